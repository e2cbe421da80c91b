/**
 * How a hybrid run decides an item from its rules and its learned classifier (Chimera's combiner), and how the
 * decisions are scored: precision before coverage, a precision–coverage curve, and a per-class release gate. Pure.
 */

export const combinerPolicies = ['rules_first', 'majority_vote'] as const;
export type CombinerPolicy = (typeof combinerPolicies)[number];

export interface RuleVotes {
  /** Classes (ids) the matching whitelists assign, with their priorities. */
  whitelist: { class: number; priority: number }[];
  /** Classes the matching blacklists rule out. */
  vetoed: ReadonlySet<number>;
}

/** `class` −1: undecided. `source` tells what decided it, for coverage by rules vs by the model. */
export interface Decision {
  class: number;
  confidence: number;
  source: 'rule' | 'ml' | 'none';
}

const UNDECIDED: Decision = { class: -1, confidence: 0, source: 'none' };

/** The model's best class among those not ruled out, with its probability renormalized over them. */
function modelChoice(probabilities: ArrayLike<number>, allowed: (k: number) => boolean): { class: number; confidence: number } | null {
  let best = -1;
  let total = 0;
  for (let k = 0; k < probabilities.length; k++) {
    if (!allowed(k)) continue;
    total += probabilities[k]!;
    if (best < 0 || probabilities[k]! > probabilities[best]!) best = k;
  }
  return best < 0 ? null : { class: best, confidence: total > 0 ? probabilities[best]! / total : 0 };
}

/**
 * `rules_first`: blacklists veto classes, the highest-priority whitelists assign (the model settles a tie between
 * classes), the model decides the rest. `majority_vote`: every matching whitelist and the model's choice vote once;
 * blacklisted classes get no votes; a tie goes to the model's likelier class, else to the higher rule priority.
 * Without `probabilities` (rules only), an item no rule decides stays undecided.
 */
export function combine(policy: CombinerPolicy, votes: RuleVotes, probabilities?: ArrayLike<number>): Decision {
  const allowed = (k: number) => !votes.vetoed.has(k);
  const whitelist = votes.whitelist.filter((w) => allowed(w.class));
  const model = probabilities && modelChoice(probabilities, allowed);
  if (policy === 'rules_first') {
    if (whitelist.length) {
      const top = Math.max(...whitelist.map((w) => w.priority));
      const candidates = [...new Set(whitelist.filter((w) => w.priority === top).map((w) => w.class))];
      if (candidates.length === 1) return { class: candidates[0]!, confidence: 1, source: 'rule' };
      const settled = probabilities && modelChoice(probabilities, (k) => candidates.includes(k));
      return settled ? { ...settled, source: 'rule' } : UNDECIDED;
    }
    return model ? { ...model, source: 'ml' } : UNDECIDED;
  }
  const count = new Map<number, { votes: number; priority: number }>();
  for (const w of whitelist) {
    const c = count.get(w.class) ?? { votes: 0, priority: -Infinity };
    count.set(w.class, { votes: c.votes + 1, priority: Math.max(c.priority, w.priority) });
  }
  if (!whitelist.length) return model ? { ...model, source: 'ml' } : UNDECIDED;
  if (model)
    count.set(model.class, { votes: (count.get(model.class)?.votes ?? 0) + 1, priority: count.get(model.class)?.priority ?? -Infinity });
  const total = whitelist.length + (model ? 1 : 0);
  const ranked = [...count.entries()].sort(
    ([a, x], [b, y]) => y.votes - x.votes || (probabilities ? probabilities[b]! - probabilities[a]! : 0) || y.priority - x.priority,
  );
  const [winner, tally] = ranked[0]!;
  const runnerUp = ranked[1];
  if (runnerUp && runnerUp[1].votes === tally.votes && !probabilities && runnerUp[1].priority === tally.priority) return UNDECIDED;
  return { class: winner, confidence: tally.votes / total, source: whitelist.some((w) => w.class === winner) ? 'rule' : 'ml' };
}

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/**
 * Scores decisions against the truth, an undecided item (class −1) counting as a miss: precision over the decided
 * items, recall over all, and per class (macro-F1 averages the classes present in the truth).
 */
export function scoreDecisions(decided: ArrayLike<number>, truth: ArrayLike<number>, classes: number) {
  const tp = new Float64Array(classes);
  const predicted = new Float64Array(classes);
  const support = new Float64Array(classes);
  let covered = 0;
  let correct = 0;
  for (let i = 0; i < truth.length; i++) {
    support[truth[i]!]!++;
    if (decided[i]! < 0) continue;
    covered++;
    predicted[decided[i]!]!++;
    if (decided[i] === truth[i]) (correct++, tp[truth[i]!]!++);
  }
  const perClass: ClassScore[] = Array.from({ length: classes }, (_, k) => {
    const precision = predicted[k]! ? tp[k]! / predicted[k]! : 0;
    const recall = support[k]! ? tp[k]! / support[k]! : 0;
    return { precision, recall, f1: f1(precision, recall), support: support[k]! };
  });
  const present = perClass.filter((c) => c.support > 0);
  const precision = covered ? correct / covered : 0;
  const recall = truth.length ? correct / truth.length : 0;
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    coverage: truth.length ? covered / truth.length : 0,
    macroF1: present.reduce((a, c) => a + c.f1, 0) / Math.max(1, present.length),
    perClass,
  };
}

/**
 * Precision of the most confident decisions at each coverage level: what a threshold buys. Points sit only where a
 * threshold can cut (between distinct confidences), at most about `levels` of them.
 */
export function precisionCoverage(decisions: readonly Decision[], truth: ArrayLike<number>, levels = 20) {
  const order = decisions
    .map((d, i) => i)
    .filter((i) => decisions[i]!.class >= 0)
    .sort((a, b) => decisions[b]!.confidence - decisions[a]!.confidence);
  const points: { coverage: number; precision: number; threshold: number }[] = [];
  const step = Math.max(1, Math.floor(order.length / levels));
  let correct = 0;
  let lastPoint = 0;
  order.forEach((i, n) => {
    if (decisions[i]!.class === truth[i]) correct++;
    const cut = n === order.length - 1 || decisions[order[n + 1]!]!.confidence < decisions[i]!.confidence;
    if (cut && (n + 1 - lastPoint >= step || n === order.length - 1)) {
      points.push({ coverage: (n + 1) / truth.length, precision: correct / (n + 1), threshold: decisions[i]!.confidence });
      lastPoint = n + 1;
    }
  });
  return points;
}

/**
 * Chimera's release gate: a class is classified automatically only where its precision on validation items
 * reaches the target with at least `minDecided` items decided as it; its items otherwise go to review.
 */
export function releaseGate(decided: ArrayLike<number>, truth: ArrayLike<number>, classes: number, target: number, minDecided = 5) {
  const scored = scoreDecisions(decided, truth, classes);
  const counts = new Float64Array(classes);
  for (let i = 0; i < decided.length; i++) if (decided[i]! >= 0) counts[decided[i]!]!++;
  return scored.perClass.map((c, k) => ({
    precision: c.precision,
    decided: counts[k]!,
    released: counts[k]! >= minDecided && c.precision >= target,
  }));
}
