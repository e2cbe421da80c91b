/**
 * Whether a study shows a paradigm's claim: the claimed configuration against each other one, paired by seed (an
 * ablation launches every mode with each seed), as the mean difference over seeds with Student's t 95% interval. Supported when every interval lies above zero, not supported when one lies below it (the other
 * configuration is clearly better), inconclusive otherwise: fewer than two common seeds, or an interval across zero.
 */
import { seedInterval } from '../runs/intervals';

export type Verdict = 'supported' | 'not_supported' | 'inconclusive';

export interface AblationClaim {
  claim: string;
  key: string;
  claimed: string;
  versus: readonly string[];
  phases?: boolean;
}

/**
 * The claims a one-click ablation tests, by run kind: what its paper found, on which test score; `phases` adds
 * Tänzer et al.'s three-phase claim, read from the runs' phases (the claimed configuration against the first other).
 */
export const ABLATION_CLAIMS = {
  wide_deep: {
    claim: 'Wide & Deep (Cheng et al., 2016): training the wide and the deep part jointly beats either part alone.',
    key: 'test/auc',
    claimed: 'wide_deep',
    versus: ['wide', 'deep'],
  },
  hybrid: {
    claim: "Chimera (Walmart, 2014): analysts' rules next to the classifier beat the classifier alone.",
    key: 'test/macro_f1',
    claimed: 'hybrid',
    versus: ['ml_only'],
  },
  finetune: {
    claim:
      'Tänzer et al. (2022): fine-tuned on the same noisy labels, a pre-trained model generalizes better than the same architecture from random weights.',
    key: 'test/f1',
    claimed: 'pretrained',
    versus: ['random'],
    phases: true,
  },
} as const satisfies Record<string, AblationClaim>;

export interface Difference {
  versus: string;
  /** Mean of (claimed − versus) over common seeds, oriented so that positive favours the claim. */
  mean: number | null;
  low: number | null;
  high: number | null;
  seeds: number;
}

/** Scores by seed. */
export type SeedScores = ReadonlyMap<number, number>;

export function pairedVerdict(
  claimed: SeedScores,
  others: Readonly<Record<string, SeedScores>>,
  higherIsBetter = true,
): { verdict: Verdict; differences: Difference[] } {
  const differences = Object.entries(others).map(([versus, scores]): Difference => {
    const paired = [...claimed]
      .filter(([seed]) => scores.has(seed))
      .map(([seed, value]) => (higherIsBetter ? value - scores.get(seed)! : scores.get(seed)! - value));
    const interval = seedInterval(paired);
    const mean = paired.length ? paired.reduce((a, b) => a + b, 0) / paired.length : null;
    return { versus, mean, low: interval?.low ?? null, high: interval?.high ?? null, seeds: paired.length };
  });
  const verdict: Verdict = differences.some((d) => d.high !== null && d.high < 0)
    ? 'not_supported'
    : differences.length > 0 && differences.every((d) => d.low !== null && d.low > 0)
      ? 'supported'
      : 'inconclusive';
  return { verdict, differences };
}

export const PHASE_CLAIM =
  'Tänzer et al. (2022): a pre-trained model passes fitting, settling and memorization; one from random weights does not.';
const ALL_PHASES = ['fitting', 'settling', 'memorization'];
export const passesAllPhases = (phases: readonly string[]) => ALL_PHASES.every((p) => phases.includes(p));

/**
 * The three-phase claim over seeds: supported when every pre-trained seed passes all three phases and no random-init
 * one does; not supported when random-init seeds pass them as often; inconclusive otherwise, or with fewer than 3
 * finished seeds of either.
 */
export function phaseVerdict(pretrained: readonly boolean[], random: readonly boolean[]): Verdict {
  const count = (xs: readonly boolean[]) => xs.filter(Boolean).length;
  if (pretrained.length < 3 || random.length < 3) return 'inconclusive';
  if (count(pretrained) === pretrained.length && count(random) === 0) return 'supported';
  return count(random) / random.length >= count(pretrained) / pretrained.length ? 'not_supported' : 'inconclusive';
}

/** One line for a difference, e.g. "wide_deep − deep: +0.012 [−0.020, +0.044] over 3 seeds". */
export function describeDifference(claimed: string, d: Difference): string {
  const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
  if (d.mean === null) return `${claimed} − ${d.versus}: no seed where both finished`;
  const interval = d.low !== null && d.high !== null ? ` [${signed(d.low)}, ${signed(d.high)}]` : ' (one seed: no interval)';
  return `${claimed} − ${d.versus}: ${signed(d.mean)}${interval} over ${d.seeds} seed${d.seeds === 1 ? '' : 's'}`;
}
