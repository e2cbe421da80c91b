import type { HybridReport, ReviewItem as StoredReviewItem } from '../../lib/rules/report';
import type { RuleSnapshot } from '../../lib/rules/spec';
import type { Scope } from '../tenancy/scope';
import { getRunExplanation, type Run } from './runs';

export type { HybridReport };
export type ReviewItem = Omit<StoredReviewItem, 'rules'> & { rules: (RuleSnapshot & { ruleId: string | null })[] };

/** A finished hybrid run's report, as its trainer wrote it with the model; null for other kinds and until then. */
export async function getHybridReport(scope: Scope, run: Run): Promise<HybridReport | null> {
  if (run.kind !== 'hybrid') return null;
  const found = await getRunExplanation(scope, run.id);
  return found && (found.explanation as HybridReport);
}

/** The run's review queue, most impactful first, each item with the rules that fired on it. */
export async function reviewQueue(
  scope: Scope,
  run: Run,
  { first, reason }: { first: number; reason?: string | null },
): Promise<ReviewItem[]> {
  const report = await getHybridReport(scope, run);
  if (!report) return [];
  const rules = (run.config as { rules?: RuleSnapshot[] }).rules ?? [];
  return report.review
    .filter((item) => !reason || item.reason === reason)
    .slice(0, Math.min(Math.max(first, 1), 500))
    .map((item) => ({ ...item, rules: item.rules.map((i) => ({ ...rules[i]!, ruleId: rules[i]?.id ?? null })) }));
}
