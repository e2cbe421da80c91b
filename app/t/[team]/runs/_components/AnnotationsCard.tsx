'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { graphql } from '@/app/gql';
import type { AnnotationKind, PhaseName, RunAnnotationInput } from '@/app/gql/graphql';
import { annotationInput } from '@/lib/inputs';
import { Button, Card, Field, FormError, Input, Select, Table } from '../../../../_components/ui';
import { useGqlMutation } from '../../../../_lib/graphql';
import { showServerError } from '../../../../_lib/forms';
import { phaseLabels } from '@/app/_components/phaseColours';

const Create = graphql(`
  mutation CreateRunAnnotation($runId: ID!, $input: RunAnnotationInput!) {
    createRunAnnotation(runId: $runId, input: $input) {
      annotation {
        id
      }
    }
  }
`);

const Update = graphql(`
  mutation UpdateRunAnnotation($id: ID!, $input: RunAnnotationInput!) {
    updateRunAnnotation(id: $id, input: $input) {
      annotation {
        id
      }
    }
  }
`);

const Delete = graphql(`
  mutation DeleteRunAnnotation($id: ID!) {
    deleteRunAnnotation(id: $id) {
      deletedId
    }
  }
`);

export interface Annotation {
  id: string;
  kind: AnnotationKind;
  label: string;
  start: number;
  end?: number | null;
  colour: string;
  note: string;
  phase?: PhaseName | null;
  editable: boolean;
  author: { name?: string | null; email: string };
}

type Values = z.input<typeof annotationInput>;
const fields = ['kind', 'label', 'start', 'end', 'colour', 'note', 'phase'] as const;
const blank: Values = { kind: 'band', label: '', start: 0, end: null, colour: '#f59e0b', note: '', phase: null };
const toValues = (a: Annotation): Values => ({
  kind: a.kind === 'BAND' ? 'band' : 'marker',
  label: a.label,
  start: a.start,
  end: a.end ?? null,
  colour: a.colour,
  note: a.note,
  phase: a.phase ? (a.phase.toLowerCase() as Values['phase']) : null,
});

function AnnotationForm({
  initial,
  onSave,
  onDone,
}: {
  initial: Values;
  onSave: (input: RunAnnotationInput) => Promise<unknown>;
  onDone: () => void;
}) {
  // Fields hidden by the kind (a marker's end and phase) drop their values, so a hidden value never fails validation.
  const form = useForm<Values, unknown, z.output<typeof annotationInput>>({
    resolver: zodResolver(annotationInput),
    defaultValues: initial,
    shouldUnregister: true,
  });
  const { errors, isSubmitting } = form.formState;
  const kind = form.watch('kind');
  const onSubmit = form.handleSubmit(async (v) => {
    try {
      await onSave({
        kind: v.kind === 'band' ? 'BAND' : 'MARKER',
        label: v.label,
        start: v.start,
        end: v.kind === 'band' ? v.end : null,
        colour: v.colour,
        note: v.note,
        phase: v.phase ? (v.phase.toUpperCase() as PhaseName) : null,
      });
      form.reset(blank);
      onDone();
    } catch (error) {
      showServerError(error, form.setError, [...fields]);
    }
  });
  const number = { setValueAs: (v: string) => (v === '' || v === null ? null : Number(v)) };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Annotation" className="grid gap-3 sm:grid-cols-4">
      <Field label="Kind" htmlFor="annotation-kind">
        <Select id="annotation-kind" {...form.register('kind')}>
          <option value="band">Band</option>
          <option value="marker">Marker</option>
        </Select>
      </Field>
      <Field label="Label" htmlFor="annotation-label" error={errors.label?.message}>
        <Input id="annotation-label" invalid={!!errors.label} {...form.register('label')} />
      </Field>
      <Field label={kind === 'band' ? 'From epoch' : 'At epoch'} htmlFor="annotation-start" error={errors.start?.message}>
        <Input id="annotation-start" type="number" step="any" invalid={!!errors.start} {...form.register('start', number)} />
      </Field>
      {kind === 'band' && (
        <Field label="To epoch" htmlFor="annotation-end" error={errors.end?.message}>
          <Input id="annotation-end" type="number" step="any" invalid={!!errors.end} {...form.register('end', number)} />
        </Field>
      )}
      <Field label="Colour" htmlFor="annotation-colour" error={errors.colour?.message}>
        <Input id="annotation-colour" type="color" className="h-9 p-1" {...form.register('colour')} />
      </Field>
      {kind === 'band' && (
        <Field label="Corrects phase" htmlFor="annotation-phase" error={errors.phase?.message} hint="The band replaces the detected phase.">
          <Select id="annotation-phase" {...form.register('phase', { setValueAs: (v: string) => v || null })}>
            <option value="">— none —</option>
            <option value="fitting">Fitting</option>
            <option value="settling">Settling</option>
            <option value="memorization">Memorization</option>
          </Select>
        </Field>
      )}
      <div className="sm:col-span-2">
        <Field label="Note" htmlFor="annotation-note" error={errors.note?.message}>
          <Input id="annotation-note" {...form.register('note')} />
        </Field>
      </div>
      <div className="flex items-end gap-2 sm:col-span-4">
        <Button type="submit" disabled={isSubmitting}>
          Save annotation
        </Button>
        <FormError message={errors.root?.message} />
      </div>
    </form>
  );
}

const range = (a: Annotation) => (a.end == null ? `${a.start}` : `${a.start}–${a.end}`);

/** People's bands and markers on the run's curves; authors edit and delete their own. */
export function AnnotationsCard({ runId, annotations, canAnnotate }: { runId: string; annotations: Annotation[]; canAnnotate: boolean }) {
  const create = useGqlMutation(Create);
  const update = useGqlMutation(Update);
  const remove = useGqlMutation(Delete);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title="Annotations"
      description="Bands and markers drawn on the curves; a band can correct a detected phase."
      actions={
        canAnnotate &&
        !adding && (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Add annotation
          </Button>
        )
      }
    >
      {adding && (
        <AnnotationForm initial={blank} onSave={(input) => create.mutateAsync({ runId, input })} onDone={() => setAdding(false)} />
      )}
      {annotations.length === 0 ? (
        !adding && <p className="text-sm text-slate-500">None yet.</p>
      ) : (
        <Table head={['Label', 'Epochs', 'Note', 'Author', '']}>
          {annotations.map((a) =>
            editing === a.id ? (
              <tr key={a.id}>
                <td colSpan={5} className="py-2">
                  <AnnotationForm
                    initial={toValues(a)}
                    onSave={(input) => update.mutateAsync({ id: a.id, input })}
                    onDone={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={a.id}>
                <td className="py-1.5 pr-4">
                  <span className="mr-2 inline-block h-3 w-3 rounded-sm align-middle" style={{ background: a.colour }} />
                  {a.label}
                  {a.phase && <span className="ml-2 text-xs text-slate-500">corrects {phaseLabels[a.phase].toLowerCase()}</span>}
                </td>
                <td className="py-1.5 pr-4 tabular-nums">{range(a)}</td>
                <td className="py-1.5 pr-4 text-xs">{a.note}</td>
                <td className="py-1.5 pr-4">{a.author.name ?? a.author.email}</td>
                <td className="py-1.5 text-right">
                  {a.editable && (
                    <span className="flex justify-end gap-2">
                      <Button variant="secondary" onClick={() => setEditing(a.id)}>
                        Edit
                      </Button>
                      <Button variant="danger" onClick={() => remove.mutate({ id: a.id })}>
                        Delete
                      </Button>
                    </span>
                  )}
                </td>
              </tr>
            ),
          )}
        </Table>
      )}
      <FormError message={remove.error?.message} />
    </Card>
  );
}
