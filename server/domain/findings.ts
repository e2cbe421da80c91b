/**
 * The team's findings: each ablation whose kind has a paper's claim (lib/compare/verdicts.ts), with the verdict its
 * finished seeds give. Read on demand from the runs' test scores: a run that finishes changes the verdict.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { runGroups, runs } from '../../db/schema';
import { configValue } from '../../lib/compare/configDiff';
import { ABLATION_CLAIMS, pairedVerdict, type Difference, type Verdict } from '../../lib/compare/verdicts';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
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
}

const FINDINGS_LIMIT = 50;

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
    .select({ groupId: runs.groupId, kind: runs.kind, seed: runs.seed, status: runs.status, config: runs.config, summary: runs.summary })
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), inArray(runs.groupId, groups.map((g) => g.id))));
  return groups.flatMap((group) => {
    const mine = members.filter((r) => r.groupId === group.id);
    const kind = mine[0]?.kind;
    const study = kind && kind in ABLATION_CLAIMS ? ABLATION_CLAIMS[kind as keyof typeof ABLATION_CLAIMS] : null;
    if (!study) return [];
    const scores = mine.flatMap((r) => {
      const value = r.summary[study.key];
      return r.status === 'succeeded' && typeof value === 'number' && Number.isFinite(value) ? [{ configuration: String(configValue(r.config, 'mode')), seed: r.seed, value }] : [];
    });
    const bySeed = (configuration: string) => new Map(scores.filter((s) => s.configuration === configuration).map((s) => [s.seed, s.value]));
    const { verdict, differences } = pairedVerdict(bySeed(study.claimed), Object.fromEntries(study.versus.map((v) => [v, bySeed(v)])));
    return [{ group, claim: study.claim, scoreKey: study.key, claimed: study.claimed, verdict, differences, scores }];
  });
}
