'use client';

import Link from 'next/link';
import { graphql } from '@/app/gql';
import type { FindingsQuery } from '@/app/gql/graphql';
import { Badge, Card, Loading, Notice, Table } from '@/app/_components/ui';
import { useGqlQuery } from '@/app/_lib/graphql';
import { useTeamSlug } from '@/app/_lib/team';
import { describeDifference } from '@/lib/compare/verdicts';
import { DifferenceChart } from './DifferenceChart';

const FindingsQuery = graphql(`
  query Findings {
    findings {
      group {
        id
        name
        createdAt
        runs {
          id
          status
        }
      }
      claim
      scoreKey
      claimed
      verdict
      differences {
        versus
        mean
        low
        high
        seeds
      }
      scores {
        configuration
        seed
        value
      }
      phases {
        claim
        verdict
        runs {
          configuration
          seed
          phases
        }
      }
    }
  }
`);

const verdicts = {
  SUPPORTED: { label: 'Supported', tone: 'green', why: 'every difference’s interval lies above zero' },
  NOT_SUPPORTED: { label: 'Not supported', tone: 'red', why: 'the other configuration is clearly better on a pair' },
  INCONCLUSIVE: { label: 'Inconclusive', tone: 'amber', why: 'an interval crosses zero, or too few seeds have finished' },
} as const;

/** Each ablation as a test of its paper's claim: the verdict its finished seeds give, with the numbers behind it. */
export default function FindingsPage() {
  const team = useTeamSlug()!;
  const query = useGqlQuery(
    FindingsQuery,
    {},
    {
      refetchInterval: (q) =>
        q.state.data?.findings.some((f) =>
          f.group.runs.some((r) => r.status === 'QUEUED' || r.status === 'WAITING' || r.status === 'RUNNING'),
        )
          ? 5000
          : false,
    },
  );
  const findings = query.data?.findings;
  return (
    <>
      <h1 className="text-2xl font-semibold">Findings</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        Each ablation tests its paper’s claim on your data. Modes are compared seed by seed (each mode ran with the same seeds): the mean
        difference over seeds with Student’s t 95% interval. A claim is supported only when every interval lies above zero; a single seed
        never decides.
      </p>
      {!findings ? (
        <Loading />
      ) : findings.length === 0 ? (
        <Notice>
          No studies yet. A Wide &amp; Deep, hybrid or fine-tuning ablation (New run → Launch ablation) appears here with its verdict as its
          runs finish.
        </Notice>
      ) : (
        findings.map((f) => {
          const verdict = verdicts[f.verdict];
          const running = f.group.runs.filter((r) => r.status === 'QUEUED' || r.status === 'WAITING' || r.status === 'RUNNING').length;
          const configurations = [...new Set(f.scores.map((s) => s.configuration))].sort();
          const seeds = [...new Set(f.scores.map((s) => s.seed))].sort((a, b) => a - b);
          return (
            <Card
              key={f.group.id}
              title={f.group.name}
              description={f.claim}
              actions={
                <Link className="text-sm text-brand-700 hover:underline" href={`/t/${team}/compare?group=${f.group.id}`}>
                  Compare curves
                </Link>
              }
            >
              <section aria-label={`Finding: ${f.group.name}`} className="space-y-3">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone={verdict.tone}>{verdict.label}</Badge>
                  <span className="text-slate-600">
                    on {f.scoreKey}: {verdict.why}.{running > 0 && ` ${running} run${running === 1 ? '' : 's'} still to finish.`}
                  </span>
                </p>
                <ul className="text-sm tabular-nums">
                  {f.differences.map((d) => (
                    <li key={d.versus}>{describeDifference(f.claimed, d)}</li>
                  ))}
                </ul>
                <DifferenceChart claimed={f.claimed} scoreKey={f.scoreKey} differences={f.differences} />
                {seeds.length > 0 && (
                  <Table head={['Seed', ...configurations.map((c) => `${c} ${f.scoreKey}`)]}>
                    {seeds.map((seed) => (
                      <tr key={seed}>
                        <td className="py-1.5 pr-4 tabular-nums">{seed}</td>
                        {configurations.map((c) => {
                          const score = f.scores.find((s) => s.seed === seed && s.configuration === c);
                          return (
                            <td key={c} className="py-1.5 pr-4 tabular-nums">
                              {score ? score.value.toFixed(3) : '—'}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </Table>
                )}
                {f.phases && <PhaseClaim finding={f.phases} />}
              </section>
            </Card>
          );
        })
      )}
    </>
  );
}

type PhaseFinding = NonNullable<NonNullable<FindingsQuery['findings'][number]>['phases']>;

/** Tänzer et al.'s second claim: the phases each finished seed's run passed. */
function PhaseClaim({ finding }: { finding: PhaseFinding }) {
  const verdict = verdicts[finding.verdict];
  const configurations = [...new Set(finding.runs.map((r) => r.configuration))].sort();
  const seeds = [...new Set(finding.runs.map((r) => r.seed))].sort((a, b) => a - b);
  return (
    <section aria-label="Phase claim" className="space-y-2 border-t border-slate-200 pt-3">
      <p className="text-sm">{finding.claim}</p>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={verdict.tone}>{verdict.label}</Badge>
        <span className="text-slate-600">
          {finding.verdict === 'SUPPORTED'
            ? 'every pre-trained seed passed all three phases and no random-init one did.'
            : finding.verdict === 'NOT_SUPPORTED'
              ? 'random-init runs passed all three phases as often as pre-trained ones.'
              : 'fewer than 3 finished seeds of each, or the runs are split.'}
        </span>
      </p>
      {seeds.length > 0 && (
        <Table head={['Seed', ...configurations.map((c) => `${c}: phases`)]}>
          {seeds.map((seed) => (
            <tr key={seed}>
              <td className="py-1.5 pr-4 tabular-nums">{seed}</td>
              {configurations.map((c) => {
                const run = finding.runs.find((r) => r.seed === seed && r.configuration === c);
                return (
                  <td key={c} className="py-1.5 pr-4">
                    {run ? run.phases.join(', ') || 'none found' : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
