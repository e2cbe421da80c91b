/**
 * Snorkel's labeling-function summary for rules: per rule, how much it covers, how often it overlaps or conflicts
 * with other rules, and how often it is right where the data has labels; per rule set, the same in total. Pure.
 */
import type { RuleKind } from './spec';

export interface RuleStats {
  matches: number;
  /** Fractions of all rows. */
  coverage: number;
  overlaps: number;
  conflicts: number;
  correct: number;
  incorrect: number;
  /** correct / (correct + incorrect); null where the rule fires on no labeled row. */
  accuracy: number | null;
}

export interface RuleSetStats {
  rows: number;
  coverage: number;
  overlaps: number;
  conflicts: number;
}

interface AnalysedRule {
  kind: RuleKind;
  class: string;
}

/** Two rules disagree when they name different classes to assign, or one assigns the class the other rules out. */
const disagree = (a: AnalysedRule, b: AnalysedRule) =>
  a.kind === 'whitelist'
    ? b.kind === 'whitelist'
      ? a.class !== b.class
      : a.class === b.class
    : b.kind === 'whitelist' && a.class === b.class;

/**
 * `fires[r]` lists the rows rule r matches; `labels[row]` is the row's class, or null when unlabeled. A whitelist is
 * correct where the label is its class, a blacklist where the label is anything else.
 */
export function analyseRules(
  rules: readonly AnalysedRule[],
  fires: readonly ArrayLike<number>[],
  labels: readonly (string | null)[],
): { rules: RuleStats[]; total: RuleSetStats } {
  const count = labels.length;
  const firing = new Map<number, number[]>();
  fires.forEach((rows, r) => {
    for (let i = 0; i < rows.length; i++) {
      const list = firing.get(rows[i]!);
      if (list) list.push(r);
      else firing.set(rows[i]!, [r]);
    }
  });
  const stats = rules.map(() => ({ matches: 0, overlaps: 0, conflicts: 0, correct: 0, incorrect: 0 }));
  let overlapping = 0;
  let conflicting = 0;
  for (const [row, fired] of firing) {
    const label = labels[row];
    let rowConflicts = false;
    for (const r of fired) {
      const rule = rules[r]!;
      const s = stats[r]!;
      s.matches++;
      if (fired.length > 1) s.overlaps++;
      if (fired.some((other) => other !== r && disagree(rule, rules[other]!))) (s.conflicts++, (rowConflicts = true));
      if (label !== null && label !== undefined) {
        const right = rule.kind === 'whitelist' ? label === rule.class : label !== rule.class;
        if (right) s.correct++;
        else s.incorrect++;
      }
    }
    if (fired.length > 1) overlapping++;
    if (rowConflicts) conflicting++;
  }
  const share = (n: number) => (count ? n / count : 0);
  return {
    rules: stats.map((s) => ({
      ...s,
      coverage: share(s.matches),
      overlaps: share(s.overlaps),
      conflicts: share(s.conflicts),
      accuracy: s.correct + s.incorrect ? s.correct / (s.correct + s.incorrect) : null,
    })),
    total: { rows: count, coverage: share(firing.size), overlaps: share(overlapping), conflicts: share(conflicting) },
  };
}
