'use client';

import Link from 'next/link';
import { graphql } from '@/app/gql';
import { Card, Table } from '../../../../_components/ui';
import { useGqlQuery } from '../../../../_lib/graphql';
import { configValue } from '@/lib/compare/configDiff';
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
const format = (v: unknown) => (typeof v === 'number' ? v.toFixed(4) : '—');

/** The runs launched with this one (an ablation's modes), side by side with their final test scores. */
export function GroupCard({ runId, team }: { runId: string; team: string }) {
  const query = useGqlQuery(GroupQuery, { id: runId }, { refetchInterval: (q) => (q.state.data?.run.group?.runs.some((r) => r.status === 'QUEUED' || r.status === 'WAITING' || r.status === 'RUNNING') ? 3000 : false) });
  const group = query.data?.run.group;
  if (!group) return null;
  const nested = group.kind === 'nested';
  const varied = group.varies ? group.varies.split(', ') : [];
  const shown = (nested ? loggedScores(group.runs.map((r) => r.summary)) : scores).filter((key) => group.runs.some((r) => typeof r.summary[key] === 'number'));
  const best = Object.fromEntries(shown.map((key) => {
    const values = group.runs.map((r) => r.summary[key]).filter((v): v is number => typeof v === 'number');
    return [key, key.endsWith('loss') || key.endsWith('error') ? Math.min(...values) : Math.max(...values)];
  }));
  return (
    <Card
      title={`Group: ${group.name}`}
      description={
        nested
          ? `Runs logged under one parent run (MLflow's nested runs)${group.varies ? `; they differ in ${group.varies}` : ''}. Best of each score in bold.`
          : `Same data, split, seed and budget; the runs differ in ${group.varies}. Best of each score in bold.`
      }
      actions={<Link className="text-sm text-brand-700 hover:underline" href={`/t/${team}/compare?group=${group.id}`}>Compare curves</Link>}
    >
      <Table head={['Run', group.varies || 'Params', 'Status', ...shown]}>
        {group.runs.map((r) => (
          <tr key={r.id} className={r.id === runId ? 'bg-slate-50' : undefined}>
            <td className="py-1.5 pr-4"><Link className="text-brand-700 hover:underline" href={`/t/${team}/runs/${r.id}`}>{r.name}</Link></td>
            <td className="py-1.5 pr-4">{varied.map((field) => shownValue(configValue(r.config, field))).join(' · ')}</td>
            <td className="py-1.5 pr-4"><RunStatusBadge status={r.status} /></td>
            {shown.map((key) => (
              <td key={key} className={`py-1.5 pr-4 tabular-nums ${r.summary[key] === best[key] ? 'font-semibold' : ''}`}>{format(r.summary[key])}</td>
            ))}
          </tr>
        ))}
      </Table>
      {varied.includes('fewShot.k') && (
        <div className="mt-4">
          <FewShotChart runs={group.runs} variesHead={varied.includes('head')} />
        </div>
      )}
    </Card>
  );
}
