'use client';

import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Loading, Notice, formatPercent } from '@/app/_components/ui';
import { useGqlQuery } from '@/app/_lib/graphql';

const Analysis = graphql(`
  query RuleSetAnalysis($id: ID!, $versionId: ID!) {
    ruleSet(id: $id) {
      id
      analysis(datasetVersionId: $versionId) {
        rows
        coverage
        overlaps
        conflicts
        rules {
          rule {
            id
            kind
            pattern
            class
          }
          matches
          coverage
          overlaps
          conflicts
          correct
          incorrect
          accuracy
        }
      }
    }
  }
`);

const columns = [
  ['pattern', 'Rule'],
  ['coverage', 'Coverage'],
  ['overlaps', 'Overlaps'],
  ['conflicts', 'Conflicts'],
  ['correct', 'Correct'],
  ['incorrect', 'Incorrect'],
  ['accuracy', 'Accuracy'],
] as const;
type SortKey = (typeof columns)[number][0];

/** Snorkel's labeling-function summary: sortable by any column. */
export function RuleAnalysisTable({ ruleSetId, versionId, version }: { ruleSetId: string; versionId: string; version: number }) {
  const query = useGqlQuery(Analysis, { id: ruleSetId, versionId }, { enabled: Boolean(versionId) });
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'coverage', descending: true });
  if (!versionId) return <Notice>Choose a dataset to analyse the rules on.</Notice>;
  if (query.error) return <Notice>{query.error.message}</Notice>;
  const analysis = query.data?.ruleSet.analysis;
  if (!analysis) return <Loading />;
  const value = (r: (typeof analysis.rules)[number]) => (sort.key === 'pattern' ? r.rule.pattern : (r[sort.key] ?? -1));
  const rows = [...analysis.rules].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return sort.descending ? -order : order;
  });
  return (
    <div className="space-y-2" data-version={version}>
      <p className="text-sm">
        Enabled rules cover <strong>{formatPercent(analysis.coverage)}</strong> of {analysis.rows.toLocaleString('en-US')} rows;{' '}
        {formatPercent(analysis.overlaps)} are matched by more than one rule, {formatPercent(analysis.conflicts)} by rules that disagree.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" aria-label="Rule analysis">
          <thead>
            <tr className="border-b border-slate-200 text-xs uppercase text-slate-500">
              {columns.map(([key, label]) => (
                <th key={key} className="py-2 pr-4">
                  <button type="button" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : true }))}>
                    {label}
                    {sort.key === key ? (sort.descending ? ' ↓' : ' ↑') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.rule.id} className="border-b border-slate-100">
                <td className="py-2 pr-4">
                  <span className="font-mono">{r.rule.pattern}</span>{' '}
                  <span className="text-slate-500">
                    {r.rule.kind === 'WHITELIST' ? 'is' : 'is not'} {r.rule.class}
                  </span>
                </td>
                <td className="py-2 pr-4 tabular-nums">
                  {formatPercent(r.coverage)} <span className="text-slate-400">({r.matches})</span>
                </td>
                <td className="py-2 pr-4 tabular-nums">{formatPercent(r.overlaps)}</td>
                <td className="py-2 pr-4 tabular-nums">{formatPercent(r.conflicts)}</td>
                <td className="py-2 pr-4 tabular-nums">{r.correct}</td>
                <td className="py-2 pr-4 tabular-nums">{r.incorrect}</td>
                <td className="py-2 pr-4 tabular-nums">{formatPercent(r.accuracy ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
