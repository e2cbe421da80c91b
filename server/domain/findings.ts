/**
 * The team's findings: each ablation whose kind has a paper's claim (lib/compare/verdicts.ts), with the verdict its
 * finished seeds give; a fine-tuning ablation also with the three-phase claim, read from each run's phases (people's
 * corrections included). Read on demand from the runs: a run that finishes changes the verdict.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { runGroups, runs } from '../../db/schema';
import { configValue } from '../../lib/compare/configDiff';
import {
  ABLATION_CLAIMS,
  PHASE_CLAIM,
  type AblationClaim,
  pairedVerdict,
  passesAllPhases,
  phaseVerdict,
  type Difference,
  type Verdict,
} from '../../lib/compare/verdicts';
import { ablations, type RunKind } from '../../lib/runs/config';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { effectivePhasesOf } from './phases';
import type { RunGroup } from './runGroups';

export interface Finding {
  group: RunGroup;
  claim: string;
  scoreKey: string;
  claimed: string;
  verdict: Verdict;
  differences: Difference[];
  /** Each mode's finished seeds and their scores. */
  scores: { configuration: string; seed: number; value: number }[];
  /** Fine-tuning ablations: whether pre-trained runs pass all three phases and random-init ones do not. */
  phases: PhaseFinding | null;
}

export interface PhaseFinding {
  claim: string;
  verdict: Verdict;
  /** Each finished run's phases, by configuration and seed. */
  runs: { configuration: string; seed: number; phases: string[] }[];
}

const FINDINGS_LIMIT = 50;

const claimOf = (kind: string): AblationClaim | null =>
  kind in ABLATION_CLAIMS ? ABLATION_CLAIMS[kind as keyof typeof ABLATION_CLAIMS] : null;

export async function listFindings(scope: Scope): Promise<Finding[]> {
  authorize(scope, 'runs:read');
  const groups = await scope.db
    .select()
    .from(runGroups)
    .where(and(ownedBy(scope, runGroups.teamId), eq(runGroups.kind, 'ablation')))
    .orderBy(desc(runGroups.createdAt))
    .limit(FINDINGS_LIMIT);
  if (!groups.length) return [];
  const members = await scope.db
    .select({
      id: runs.id,
      groupId: runs.groupId,
      kind: runs.kind,
      seed: runs.seed,
      status: runs.status,
      config: runs.config,
      summary: runs.summary,
    })
    .from(runs)
    .where(
      and(
        ownedBy(scope, runs.teamId),
        inArray(
          runs.groupId,
          groups.map((g) => g.id),
        ),
      ),
    );
  const withPhases = members.filter((r) => r.status === 'succeeded' && claimOf(r.kind)?.phases);
  const phasesOf = new Map(
    (
      await effectivePhasesOf(
        scope,
        withPhases.map((r) => r.id),
      )
    ).map((phases, i) => [withPhases[i]!.id, phases.map((p) => p.phase as string)]),
  );
  return groups.flatMap((group) => {
    const mine = members.filter((r) => r.groupId === group.id);
    const kind = mine[0]?.kind as RunKind | undefined;
    const study = kind && claimOf(kind);
    const axis = kind && ablations[kind]?.field;
    if (!study || !axis) return [];
    const finished = mine
      .filter((r) => r.status === 'succeeded')
      .map((r) => ({ ...r, configuration: String(configValue(r.config, axis)) }));
    const scores = finished.flatMap((r) => {
      const value = r.summary[study.key];
      return typeof value === 'number' && Number.isFinite(value) ? [{ configuration: r.configuration, seed: r.seed, value }] : [];
    });
    const bySeed = (configuration: string) =>
      new Map(scores.filter((s) => s.configuration === configuration).map((s) => [s.seed, s.value]));
    const { verdict, differences } = pairedVerdict(bySeed(study.claimed), Object.fromEntries(study.versus.map((v) => [v, bySeed(v)])));
    return [
      {
        group,
        claim: study.claim,
        scoreKey: study.key,
        claimed: study.claimed,
        verdict,
        differences,
        scores,
        phases: study.phases ? phaseFinding(finished, phasesOf, study.claimed, study.versus[0]) : null,
      },
    ];
  });
}

function phaseFinding(
  finished: { id: string; configuration: string; seed: number }[],
  phasesOf: ReadonlyMap<string, string[]>,
  claimed: string,
  versus: string,
): PhaseFinding {
  const runs = finished.map((r) => ({ configuration: r.configuration, seed: r.seed, phases: phasesOf.get(r.id) ?? [] }));
  const passes = (configuration: string) => runs.filter((r) => r.configuration === configuration).map((r) => passesAllPhases(r.phases));
  return { claim: PHASE_CLAIM, verdict: phaseVerdict(passes(claimed), passes(versus)), runs };
}
