'use client';

import { useState } from 'react';
import { useDebounce } from 'use-debounce';
import { graphql } from '@/app/gql';
import { Badge, Button, Field, FormError, Input, Select } from '@/app/_components/ui';
import { useGqlMutation, useGqlQuery } from '@/app/_lib/graphql';

const TestRule = graphql(`
  query TestRule($input: RuleTestInput!) {
    testRule(input: $input) {
      rows
      totalRows
      matches
      labeled
      correct
      precision
      milliseconds
      samples {
        row
        text
        label
        start
        end
      }
    }
  }
`);

const CreateRule = graphql(`
  mutation CreateRule($ruleSetId: ID!, $input: RuleInput!) {
    createRule(ruleSetId: $ruleSetId, input: $input) {
      rule {
        id
      }
    }
  }
`);

export interface RuleDraft {
  kind: 'WHITELIST' | 'BLACKLIST';
  field: string;
  pattern: string;
  class: string;
  priority: string;
  note: string;
}

/** A new rule, tested on the chosen dataset while it is typed. */
export function RuleEditor({
  ruleSetId,
  versionId,
  initial,
  onSaved,
}: {
  ruleSetId: string;
  versionId: string;
  initial: RuleDraft;
  onSaved: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [debounced] = useDebounce(draft, 250);
  const set = (key: keyof RuleDraft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const ready = Boolean(versionId && debounced.field && debounced.pattern);
  const tested = useGqlQuery(
    TestRule,
    {
      input: {
        datasetVersionId: versionId,
        kind: debounced.kind,
        field: debounced.field,
        pattern: debounced.pattern,
        class: debounced.class,
        samples: 10,
      },
    },
    { enabled: ready, placeholderData: (previous) => previous, retry: false },
  );
  const create = useGqlMutation(CreateRule);
  const result = tested.data?.testRule;
  const fieldError = (name: string) =>
    create.error?.field === name ? create.error.message : tested.error?.field === name ? tested.error.message : undefined;

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          {
            ruleSetId,
            input: {
              kind: draft.kind,
              field: draft.field,
              pattern: draft.pattern,
              class: draft.class,
              priority: Number(draft.priority || 0),
              note: draft.note,
            },
          },
          { onSuccess: () => (setDraft((d) => ({ ...d, pattern: '', note: '' })), onSaved()) },
        );
      }}
    >
      <div className="grid gap-3 sm:grid-cols-6">
        <Field label="Kind" htmlFor="rule-kind">
          <Select id="rule-kind" value={draft.kind} onChange={set('kind')}>
            <option value="WHITELIST">whitelist: is</option>
            <option value="BLACKLIST">blacklist: is not</option>
          </Select>
        </Field>
        <Field label="Field" htmlFor="rule-field" error={fieldError('field')}>
          <Input id="rule-field" value={draft.field} onChange={set('field')} />
        </Field>
        <div className="sm:col-span-2">
          <Field label="Pattern" htmlFor="rule-pattern" error={fieldError('pattern')} hint="RE2, case-insensitive">
            <Input id="rule-pattern" className="font-mono" value={draft.pattern} onChange={set('pattern')} />
          </Field>
        </div>
        <Field label="Class" htmlFor="rule-class" error={fieldError('class')}>
          <Input id="rule-class" value={draft.class} onChange={set('class')} />
        </Field>
        <Field label="Priority" htmlFor="rule-priority" error={fieldError('priority')}>
          <Input id="rule-priority" type="number" value={draft.priority} onChange={set('priority')} />
        </Field>
      </div>
      <Field label="Note" htmlFor="rule-note">
        <Input id="rule-note" value={draft.note} onChange={set('note')} />
      </Field>
      <FormError message={create.error && !create.error.field ? create.error.message : undefined} />
      <Button type="submit" disabled={create.isPending}>
        Add rule
      </Button>
      {ready && result && (
        <div className="rounded border border-slate-200 p-3 text-sm" aria-label="Rule test">
          <p>
            <strong data-testid="rule-matches">{result.matches.toLocaleString('en-US')}</strong> of{' '}
            {result.rows < result.totalRows
              ? `the first ${result.rows.toLocaleString('en-US')} of ${result.totalRows.toLocaleString('en-US')}`
              : result.rows.toLocaleString('en-US')}{' '}
            rows match
            {result.precision !== null && (
              <>
                {' '}
                · precision <strong>{(result.precision * 100).toFixed(1)}%</strong> ({result.correct} of {result.labeled} labeled)
              </>
            )}
            <span className="text-slate-400"> · {result.milliseconds.toFixed(0)} ms</span>
          </p>
          <ul className="mt-2 space-y-1">
            {result.samples.map((s) => (
              <li key={s.row} className="flex justify-between gap-3">
                <span>
                  {s.text.slice(0, s.start)}
                  <mark className="bg-amber-200">{s.text.slice(s.start, s.end)}</mark>
                  {s.text.slice(s.end)}
                </span>
                {s.label !== null && draft.class && (
                  <Badge tone={(draft.kind === 'WHITELIST') === (s.label === draft.class) ? 'green' : 'red'}>{s.label}</Badge>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
