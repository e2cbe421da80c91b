'use client';

import Link from 'next/link';
import { graphql } from '@/app/gql';
import { Card, Table } from '../../../../_components/ui';
import { useGqlQuery } from '../../../../_lib/graphql';
import { configValue } from '@/lib/compare/configDiff';
import { clearWinner } from '@/lib/runs/intervals';
import { FewShotChart } from './FewShotChart';
import { RunStatusBadge } from './status';

const GroupQuery = graphql(`
  query RunGroup($id: ID!) {
    run(id: $id) {
      id
      group {
        id
        name
        kind
        varies
        runs {
          id
          name
          status
          config
          summary
          testUncertainty {
            intervals {
              key
              low
              high
            }
          }
        }
      }
    }
  }
`);

const scores = ['test/auc', 'test/f1', 'test/accuracy', 'test/macro_f1', 'test/coverage', 'test/loss', 'test/calibration_error'];
/** An outside sweep's own held-out scores: up to four keys its runs logged, test before eval before validation. */
const loggedScores = (summaries: Record<string, unknown>[]) =>
  [...new Set(summaries.flatMap((s) => Object.keys(s)))]
    .filter((key) => /^(test|eval|val)/i.test(key))
    .sort((a, b) => ['test', 'eval', 'val'].findIndex((p) => a.toLowerCase().startsWith(p)) - ['test', 'eval', 'val'].findIndex((p) => b.toLowerCase().startsWith(p)) || a.localeCompare(b))
    .slice(0, 4);
const shownValue = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
const format = (v: unknown) => (typeof v === 'number' ? v.toFixed(3) : '—');
const lowerIsBetter = (key: string) => key.endsWith('loss') || key.endsWith('error');

/** The runs launched with this one (an ablation's modes), side by side with their final test scores. */
export function GroupCard({ runId, team }: { runId: string; team: string }) {
  const query = useGqlQuery(GroupQuery, { id: runId }, { refetchInterval: (q) => (q.state.data?.run.group?.runs.some((r) => r.status === 'QUEUED' || r.status === 'WAITING' || r.status === 'RUNNING') ? 3000 : false) });
  const group = query.data?.run.group;
  if (!group) return null;
  const nested = group.kind === 'nested';
  const varied = group.varies ? group.varies.split(', ') : [];
  const shown = (nested ? loggedScores(group.runs.map((r) => r.summary)) : scores).filter((key) => group.runs.some((r) => typeof r.summary[key] === 'number'));
  const intervalOf = (run: (typeof group.runs)[number], key: string) => run.testUncertainty?.intervals.find((i) => i.key === key);
  // A best run only where the intervals say so: a score without one (loss, an outside run's) names none.
  const best = Object.fromEntries(shown.map((key) => {
    const contenders = group.runs.flatMap((r) => {
      const value = r.summary[key];
      const interval = intervalOf(r, key);
      return typeof value === 'number' && interval ? [{ id: r.id, value, ...interval }] : [];
    });
    return [key, contenders.length === group.runs.length ? clearWinner(contenders, !lowerIsBetter(key)) : null];
  }));
  const undecided = shown.filter((key) => best[key] === null && group.runs.filter((r) => intervalOf(r, key)).length > 1);
  return (
    <Card
      title={`Group: ${group.name}`}
      description={
        nested
          ? `Runs logged under one parent run (MLflow's nested runs)${group.varies ? `; they differ in ${group.varies}` : ''}.`
          : `Same data, split, seed and budget; the runs differ in ${group.varies}. 95% intervals in brackets; a score is bold only where its run is best and its interval overlaps no other run's.`
      }
      actions={<Link className="text-sm text-brand-700 hover:underline" href={`/t/${team}/compare?group=${group.id}`}>Compare curves</Link>}
    >
      <Table head={['Run', group.varies || 'Params', 'Status', ...shown]}>
        {group.runs.map((r) => (
          <tr key={r.id} className={r.id === runId ? 'bg-slate-50' : undefined}>
            <td className="py-1.5 pr-4"><Link className="text-brand-700 hover:underline" href={`/t/${team}/runs/${r.id}`}>{r.name}</Link></td>
            <td className="py-1.5 pr-4">{varied.map((field) => shownValue(configValue(r.config, field))).join(' · ')}</td>
            <td className="py-1.5 pr-4"><RunStatusBadge status={r.status} /></td>
            {shown.map((key) => {
              const interval = intervalOf(r, key);
              return (
                <td key={key} className={`py-1.5 pr-4 tabular-nums ${best[key] === r.id ? 'font-semibold' : ''}`}>
                  {format(r.summary[key])}
                  {interval && <span className="text-xs font-normal text-slate-500"> [{interval.low.toFixed(3)}, {interval.high.toFixed(3)}]</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </Table>
      {undecided.length > 0 && (
        <p className="mt-2 text-xs text-slate-500" aria-label="No clear winner">
          No clear winner on {undecided.join(', ')}: the best run's interval overlaps another's. One seed on one split; repeat with other seeds before concluding.
        </p>
      )}
      {varied.includes('fewShot.k') && (
        <div className="mt-4">
          <FewShotChart runs={group.runs} variesHead={varied.includes('head')} />
        </div>
      )}
    </Card>
  );
}
