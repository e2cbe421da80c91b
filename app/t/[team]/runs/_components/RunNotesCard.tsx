'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '@/app/gql';
import { Button, Card, Field, FormError, Input } from '../../../../_components/ui';
import { useGqlMutation } from '../../../../_lib/graphql';
import { showServerError } from '../../../../_lib/forms';

const Update = graphql(`
  mutation UpdateRun($id: ID!, $input: UpdateRunInput!) {
    updateRun(id: $id, input: $input) {
      run {
        id
        name
        tags
        notes
      }
    }
  }
`);

interface Values {
  name: string;
  tags: string;
  notes: string;
}

/** Tags are typed as one line, split at commas. */
const tagsOf = (line: string) =>
  line
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** What a run is for, said after the fact: its name, labels and notes, editable by those who may annotate runs. */
export function RunNotesCard({ run, canEdit }: { run: { id: string; name: string; tags: string[]; notes: string }; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const update = useGqlMutation(Update);
  // The page polls while a run trains: what the user is typing stays, and only the fields they changed are sent, so
  // a note a script sets meanwhile is not overwritten by a tags edit.
  const form = useForm<Values>({
    values: { name: run.name, tags: run.tags.join(', '), notes: run.notes },
    resetOptions: { keepDirtyValues: true },
  });
  const { errors, isSubmitting, dirtyFields } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    try {
      const input = {
        ...(dirtyFields.name && { name: v.name }),
        ...(dirtyFields.tags && { tags: tagsOf(v.tags) }),
        ...(dirtyFields.notes && { notes: v.notes }),
      };
      await update.mutateAsync({ id: run.id, input });
      setEditing(false);
    } catch (error) {
      showServerError(error, form.setError, ['name', 'tags', 'notes']);
    }
  });
  const edit = canEdit && !editing && (
    <Button variant="secondary" onClick={() => setEditing(true)}>
      Edit
    </Button>
  );

  if (editing) {
    return (
      <Card title="Notes and tags">
        <form onSubmit={onSubmit} noValidate aria-label="Run notes" className="space-y-3">
          <Field label="Name" htmlFor="run-name" error={errors.name?.message}>
            <Input id="run-name" invalid={!!errors.name} {...form.register('name')} />
          </Field>
          <Field label="Tags" htmlFor="run-tags" hint="Separated by commas." error={errors.tags?.message}>
            <Input id="run-tags" invalid={!!errors.tags} {...form.register('tags')} />
          </Field>
          <Field label="Notes" htmlFor="run-notes" error={errors.notes?.message}>
            <textarea
              id="run-notes"
              rows={5}
              className="w-full rounded-md border border-slate-300 bg-surface p-2 text-sm"
              {...form.register('notes')}
            />
          </Field>
          <FormError message={errors.root?.message} />
          <div className="flex gap-2">
            <Button type="submit" disabled={isSubmitting}>
              Save
            </Button>
            <Button type="button" variant="secondary" onClick={() => (form.reset(), setEditing(false))}>
              Cancel
            </Button>
          </div>
        </form>
      </Card>
    );
  }
  if (!run.notes && !run.tags.length && !canEdit) return null;
  return (
    <Card title="Notes and tags" actions={edit}>
      <div className="space-y-2 text-sm">
        {run.tags.length > 0 ? (
          <ul aria-label="Tags" className="flex flex-wrap gap-1">
            {run.tags.map((tag) => (
              <li key={tag} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                {tag}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-500">No tags.</p>
        )}
        {run.notes ? (
          <p className="whitespace-pre-wrap break-words" aria-label="Notes">
            {run.notes}
          </p>
        ) : (
          <p className="text-slate-500">No notes yet.</p>
        )}
      </div>
    </Card>
  );
}
