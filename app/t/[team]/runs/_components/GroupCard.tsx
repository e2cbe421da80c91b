'use client';

import Link from 'next/link';
import { graphql } from '@/app/gql';
import { Card, Table } from '../../../../_components/ui';
import { useGqlQuery } from '../../../../_lib/graphql';
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
        scoreKeys
        configurations {
          label
          runs {
            id
            name
            seed
            status
          }
          scores {
            key
            mean
            low
            high
            n
            best
          }
        }
        runs {
          id
          status
          config
          summary
        }
      }
    }
  }
`);

const format = (v: number | null | undefined) => (typeof v === 'number' ? v.toFixed(3) : '—');

/**
 * The runs launched with this one (an ablation's modes, a sweep's points), one row per configuration: its seeds'
 * mean test scores with their 95% intervals, bold only where a configuration is clearly best.
 */
export function GroupCard({ runId, team }: { runId: string; team: string }) {
  const query = useGqlQuery(
    GroupQuery,
    { id: runId },
    {
      refetchInterval: (q) =>
        q.state.data?.run.group?.runs.some((r) => r.status === 'QUEUED' || r.status === 'WAITING' || r.status === 'RUNNING') ? 3000 : false,
    },
  );
  const group = query.data?.run.group;
  if (!group) return null;
  const nested = group.kind === 'nested';
  const varied = group.varies ? group.varies.split(', ') : [];
  const seeded = group.configurations.some((c) => c.runs.length > 1);
  const ownSplits = group.runs.some((r) => typeof r.config.splitSeed === 'number');
  const undecided = group.scoreKeys.filter((key) => {
    const scored = group.configurations.map((c) => c.scores.find((s) => s.key === key)).filter((s) => s && s.low !== null);
    return scored.length > 1 && !scored.some((s) => s!.best);
  });
  return (
    <Card
      title={`Group: ${group.name}`}
      description={
        nested
          ? `Runs logged under one parent run (MLflow's nested runs)${group.varies ? `; they differ in ${group.varies}` : ''}.`
          : `${ownSplits ? 'Same data and budget; each seed draws its own train/validation/test split (repeated splits: the test split is small), which its modes share' : 'Same data, split and budget'}; the runs differ in ${group.varies}. ${seeded ? "Scores are means over each configuration's finished seeds with Student's t 95% interval in brackets" : '95% intervals in brackets'}; a score is bold only where its interval overlaps no other configuration's.`
      }
      actions={
        <Link className="text-sm text-brand-700 hover:underline" href={`/t/${team}/compare?group=${group.id}`}>
          Compare curves
        </Link>
      }
    >
      <Table head={[varied.filter((f) => f !== 'seed').join(' · ') || 'Params', seeded ? 'Seeds' : 'Run', ...group.scoreKeys]}>
        {group.configurations.map((c) => (
          <tr key={c.label} className={c.runs.some((r) => r.id === runId) ? 'bg-slate-50' : undefined}>
            <td className="py-1.5 pr-4">{c.label}</td>
            <td className="py-1.5 pr-4">
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {c.runs.map((r) => (
                  <li key={r.id} className="flex items-center gap-1">
                    <Link className="text-brand-700 hover:underline" href={`/t/${team}/runs/${r.id}`} title={r.name}>
                      {seeded ? `seed ${r.seed}` : r.name}
                    </Link>
                    <RunStatusBadge status={r.status} />
                  </li>
                ))}
              </ul>
            </td>
            {group.scoreKeys.map((key) => {
              const score = c.scores.find((s) => s.key === key);
              return (
                <td key={key} className={`py-1.5 pr-4 tabular-nums ${score?.best ? 'font-semibold' : ''}`}>
                  {format(score?.mean)}
                  {score && score.low !== null && score.high !== null && (
                    <span className="text-xs font-normal text-slate-500">
                      {' '}
                      [{score.low.toFixed(3)}, {score.high.toFixed(3)}]
                    </span>
                  )}
                  {score && seeded && <span className="text-xs font-normal text-slate-500"> n={score.n}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </Table>
      {undecided.length > 0 && (
        <p className="mt-2 text-xs text-slate-500" aria-label="No clear winner">
          No clear winner on {undecided.join(', ')}: the best configuration's interval overlaps another's.{' '}
          {seeded ? 'More seeds narrow the intervals.' : 'One seed on one split; repeat with other seeds before concluding.'}
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
