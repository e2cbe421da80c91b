'use client';

import { useParams, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Badge, Button, Card, Field, FormError, Loading, Notice, Select, Table, formatDate } from '@/app/_components/ui';
import { gqlFetch, useGqlMutation, useGqlQuery } from '@/app/_lib/graphql';
import { useActiveTeam } from '@/app/_lib/permissions';
import { RuleAnalysisTable } from '../_components/RuleAnalysisTable';
import { RuleEditor } from '../_components/RuleEditor';
import { downloadText } from '@/app/_lib/download';

const RuleSetQuery = graphql(`
  query RuleSet($id: ID!) {
    ruleSet(id: $id) {
      id
      name
      description
      rules {
        id
        kind
        field
        pattern
        class
        priority
        enabled
        note
        author {
          name
        }
      }
      history(first: 50) {
        id
        action
        createdAt
        before
        after
        actor {
          name
        }
      }
    }
  }
`);

// Apart from the rule set: one query for both would pass the API's cost limit.
const TextDatasets = graphql(`
  query RuleDatasets {
    datasets(first: 100) {
      nodes {
        id
        name
        latestVersion {
          id
          number
          taskType
          schema {
            columns {
              name
            }
          }
        }
      }
    }
  }
`);

const UpdateRule = graphql(`
  mutation ToggleRule($id: ID!, $input: RuleChanges!) {
    updateRule(id: $id, input: $input) {
      rule {
        id
      }
    }
  }
`);

const DeleteRule = graphql(`
  mutation DeleteRule($id: ID!) {
    deleteRule(id: $id) {
      deletedId
    }
  }
`);

const ExportRules = graphql(`
  query ExportRules($id: ID!, $format: RuleFormat!) {
    ruleSet(id: $id) {
      id
      export(format: $format)
    }
  }
`);

const ImportRules = graphql(`
  mutation ImportRules($id: ID!, $format: RuleFormat!, $text: String!, $replace: Boolean) {
    importRules(ruleSetId: $id, format: $format, text: $text, replace: $replace) {
      rules {
        id
      }
    }
  }
`);

export default function RuleSetPage() {
  const { id } = useParams<{ id: string }>();
  const params = useSearchParams();
  const { team, can } = useActiveTeam();
  const query = useGqlQuery(RuleSetQuery, { id });
  const datasets = useGqlQuery(TextDatasets, {});
  const update = useGqlMutation(UpdateRule);
  const remove = useGqlMutation(DeleteRule);
  const importing = useGqlMutation(ImportRules);
  const [chosenVersion, setVersion] = useState<string | null>(null);
  const [importFormat, setImportFormat] = useState<'JSON' | 'CSV'>('JSON');
  if (!team) return null;
  if (query.error) return <Notice>{query.error.message}</Notice>;
  if (!query.data || !datasets.data) return <Loading />;
  const { ruleSet } = query.data;
  const textSets = datasets.data.datasets.nodes.filter((d) => d.latestVersion.taskType === 'TEXT_CLASSIFICATION');
  // Until one is chosen: the first dataset that has the column the set's rules read.
  const field = ruleSet.rules[0]?.field;
  const fitting = textSets.find((d) => d.latestVersion.schema.columns.some((c) => c.name === field)) ?? textSets[0];
  const versionId = chosenVersion ?? fitting?.latestVersion.id ?? '';
  const version = textSets.find((d) => d.latestVersion.id === versionId)?.latestVersion.number ?? 0;
  const refresh = () => void query.refetch();
  const initial = {
    kind: (params.get('kind') === 'BLACKLIST' ? 'BLACKLIST' : 'WHITELIST') as 'WHITELIST' | 'BLACKLIST',
    field: params.get('field') ?? ruleSet.rules[0]?.field ?? 'title',
    pattern: params.get('pattern') ?? '',
    class: params.get('class') ?? '',
    priority: '0',
    note: params.get('note') ?? '',
  };

  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">{ruleSet.name}</h1>
        <p className="text-sm text-slate-500">{ruleSet.description}</p>
      </div>
      <Field label="Test and analyse on" htmlFor="rules-dataset">
        <Select id="rules-dataset" value={versionId} onChange={(e) => setVersion(e.target.value)}>
          {textSets.map((d) => (
            <option key={d.id} value={d.latestVersion.id}>
              {d.name} v{d.latestVersion.number}
            </option>
          ))}
        </Select>
      </Field>
      {can('rules:write') && (
        <Card title="New rule" description="Matches show while you type.">
          <RuleEditor key={params.toString()} ruleSetId={ruleSet.id} versionId={versionId} initial={initial} onSaved={refresh} />
        </Card>
      )}
      <Card title="Rules" description="Higher priority first; a run keeps the enabled rules as they are when it starts.">
        {ruleSet.rules.length === 0 ? (
          <p className="text-sm text-slate-500">No rules yet.</p>
        ) : (
          <Table head={['Rule', 'Field', 'Priority', 'Author', 'State', '']}>
            {ruleSet.rules.map((rule) => (
              <tr key={rule.id}>
                <td className="py-2 pr-4">
                  <span className="font-mono">{rule.pattern}</span>{' '}
                  <span className="text-slate-500">{rule.kind === 'WHITELIST' ? 'is' : 'is not'}</span> {rule.class}
                  {rule.note && <p className="text-xs text-slate-500">{rule.note}</p>}
                </td>
                <td className="py-2 pr-4">{rule.field}</td>
                <td className="py-2 pr-4 tabular-nums">{rule.priority}</td>
                <td className="py-2 pr-4">{rule.author.name}</td>
                <td className="py-2 pr-4">{rule.enabled ? <Badge tone="green">enabled</Badge> : <Badge>disabled</Badge>}</td>
                <td className="py-2 pr-4">
                  {can('rules:write') && (
                    <div className="flex gap-2">
                      <Button
                        variant="secondary"
                        onClick={() => update.mutate({ id: rule.id, input: { enabled: !rule.enabled } }, { onSuccess: refresh })}
                      >
                        {rule.enabled ? 'Disable' : 'Enable'}
                      </Button>
                      <Button variant="secondary" onClick={() => remove.mutate({ id: rule.id }, { onSuccess: refresh })}>
                        Delete
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title="Analysis" description="Coverage, overlaps, conflicts and accuracy of the enabled rules against the dataset's labels.">
        <RuleAnalysisTable
          key={`${ruleSet.rules.length}:${ruleSet.history[0]?.id ?? ''}`}
          ruleSetId={ruleSet.id}
          versionId={versionId}
          version={version}
        />
      </Card>
      <Card title="Import and export">
        <div className="flex flex-wrap gap-2">
          {(['JSON', 'CSV'] as const).map((format) => (
            <Button
              key={format}
              variant="secondary"
              onClick={async () =>
                downloadText(
                  `${ruleSet.name}.${format.toLowerCase()}`,
                  (await gqlFetch(ExportRules, { id: ruleSet.id, format }, team.slug)).ruleSet.export,
                  format === 'JSON' ? 'application/json' : 'text/csv',
                )
              }
            >
              Export {format}
            </Button>
          ))}
        </div>
        {can('rules:write') && (
          <form
            className="mt-4 space-y-2"
            onSubmit={(e) => {
              e.preventDefault();
              const data = new FormData(e.currentTarget);
              importing.mutate(
                { id: ruleSet.id, format: importFormat, text: String(data.get('text')), replace: data.get('replace') === 'on' },
                { onSuccess: refresh },
              );
            }}
          >
            <Select aria-label="Import format" value={importFormat} onChange={(e) => setImportFormat(e.target.value as 'JSON' | 'CSV')}>
              <option value="JSON">JSON</option>
              <option value="CSV">CSV (kind, field, pattern, class, priority, enabled, note)</option>
            </Select>
            <textarea
              name="text"
              aria-label="Rules to import"
              rows={4}
              className="w-full rounded-md border border-slate-300 p-2 font-mono text-xs"
            />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="replace" /> Replace the set’s rules
            </label>
            <FormError message={importing.error?.message} />
            <Button type="submit" variant="secondary" disabled={importing.isPending}>
              Import
            </Button>
          </form>
        )}
      </Card>
      <Card title="History">
        <ul className="space-y-1 text-sm">
          {ruleSet.history.map((h) => (
            <li key={h.id}>
              <span className="text-slate-500">{formatDate(h.createdAt)}</span> {h.actor?.name ?? 'someone'} {h.action}d{' '}
              <span className="font-mono">
                {String((h.after as { pattern?: string } | null)?.pattern ?? (h.before as { pattern?: string } | null)?.pattern ?? '')}
              </span>
              {h.action === 'update' && <span className="text-slate-500"> (was {JSON.stringify(h.before)})</span>}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
