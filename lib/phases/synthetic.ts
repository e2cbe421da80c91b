/**
 * Seeded learning curves with known phase boundaries, to validate the detector: the shapes Tänzer et al. (2022)
 * describe, with knobs for label noise, curve noise and length.
 * - `three-phase`: a pre-trained model on noisy labels. Validation rises until `fittingEnd`, stays flat while noisy
 *   examples keep their true prediction, then noisy examples get memorized (validation flat or slowly falling);
 *   the plateau gets shorter as noise grows.
 * - `random-init`: no plateau. Validation rises slowly to the end while noisy examples are memorized from early on.
 * - `clean`: no label noise and no memorization; the train–validation gap stays flat after fitting.
 * - `overfit`: no label noise; after a plateau the gap grows and validation falls.
 * - `still-fitting`: validation rises to the last epoch.
 * - `short`: too few epochs to judge.
 * Scores are accuracies; memorized fraction = share of noisy examples predicted as their noisy label.
 */
import { seededRandom } from '../random';
import type { PhaseCurves, PhaseDetection } from './detect';
import { phaseNames, type PhaseName } from './spec';

export const syntheticFamilies = ['three-phase', 'random-init', 'clean', 'overfit', 'still-fitting', 'short'] as const;
export type SyntheticFamily = (typeof syntheticFamilies)[number];

export interface SyntheticCase {
  family: SyntheticFamily;
  noiseRate: number;
  curveNoise: number;
  curves: PhaseCurves;
  /** What a detector should find: null means the phase is absent. */
  truth: { enoughData: boolean; fittingEnd: number | null; settling: [number, number] | null; memorizationStart: number | null };
}

export function syntheticCase(family: SyntheticFamily, seed: number): SyntheticCase {
  const random = seededRandom(seed);
  const between = (a: number, b: number) => a + (b - a) * random.float();
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random.float())) * Math.cos(2 * Math.PI * random.float());
  const noisy = family === 'three-phase' || family === 'random-init' || (family === 'short' && random.chance(0.5));
  const noiseRate = noisy ? random.pick([0.1, 0.2, 0.3, 0.4, 0.5]) : 0;
  const curveNoise = random.pick([0, 0.002, 0.005, 0.01]);
  const fittingEnd = random.int(1, 4);
  const start = between(0.2, 0.5);
  const top = between(0.75, 0.95);
  const plateau = family === 'three-phase' ? Math.max(2, Math.round(between(4, 12) * (1 - noiseRate)) + random.int(-1, 1)) : 0;
  const onset =
    family === 'three-phase'
      ? fittingEnd + plateau
      : family === 'random-init'
        ? random.int(2, 4)
        : family === 'overfit'
          ? fittingEnd + random.int(3, 8)
          : null;
  const epochs =
    family === 'short'
      ? random.int(1, 3)
      : family === 'still-fitting'
        ? random.int(5, 12)
        : (onset ?? fittingEnd + random.int(4, 10)) + random.int(4, 12);
  const memorizedTop = between(0.5, 0.95);
  const memorizedBase = between(0.01, 0.05);
  const tau = between(1.5, 5);
  const climb = between(0.01, 0.03);
  const drop = between(0.05, 0.12);

  const memorized = (x: number) =>
    onset === null || x <= onset ? memorizedBase : memorizedBase + (memorizedTop - memorizedBase) * (1 - Math.exp(-(x - onset) / tau));
  const validation = (x: number) => {
    if (family === 'random-init') return start + climb * x;
    if (family === 'still-fitting') return start + ((top - start) * x) / (epochs + 1);
    if (x <= fittingEnd) return start + (top - start) * (x / fittingEnd) ** 0.7;
    if (onset !== null && x > onset) return top - (family === 'overfit' ? drop : noiseRate * 0.1) * (1 - Math.exp(-(x - onset) / tau));
    return top;
  };
  // Train accuracy against the labels trained on: clean examples as validation (a bit higher), noisy ones as memorized.
  const clean = (x: number) =>
    Math.min(
      1,
      validation(x) + 0.03 + (family === 'overfit' && onset !== null && x > onset ? drop * 1.2 * (1 - Math.exp(-(x - onset) / tau)) : 0),
    );
  const train = (x: number) => (1 - noiseRate) * clean(x) + noiseRate * memorized(x);
  const points = (f: (x: number) => number, sigma: number) =>
    Array.from({ length: epochs }, (_, i) => ({ epoch: i + 1, value: Math.min(1, Math.max(0, f(i + 1) + sigma * gaussian())) }));

  const curves: PhaseCurves = {
    valScore: points(validation, curveNoise),
    trainScore: points(train, curveNoise / 2),
    ...(noiseRate > 0 && { memorizedFraction: points(memorized, Math.min(curveNoise, 0.005)) }),
  };
  const enoughData = family !== 'short';
  const truth: SyntheticCase['truth'] = !enoughData
    ? { enoughData, fittingEnd: null, settling: null, memorizationStart: null }
    : family === 'random-init'
      ? { enoughData, fittingEnd: onset, settling: null, memorizationStart: onset }
      : family === 'still-fitting'
        ? { enoughData, fittingEnd: epochs, settling: null, memorizationStart: null }
        : { enoughData, fittingEnd, settling: [fittingEnd, onset ?? epochs], memorizationStart: onset };
  return { family, noiseRate, curveNoise, curves, truth };
}

/** `count` cases, the families in turn, each from its own seed. */
export function syntheticSuite(count: number, seed = 1): SyntheticCase[] {
  return Array.from({ length: count }, (_, i) => syntheticCase(syntheticFamilies[i % syntheticFamilies.length]!, seed * 100_003 + i));
}

export interface Judgement {
  /** Every phase present exactly when the truth has it, and every boundary within one epoch. */
  withinOneEpoch: boolean;
  /** A phase reported that the curves do not have. */
  invented: PhaseName[];
  /** |detected − true| of each boundary both have. */
  boundaryErrors: number[];
}

export function judgeDetection(c: SyntheticCase, detection: PhaseDetection): Judgement {
  const found = (name: PhaseName) => detection.phases.find((p) => p.phase === name);
  const { truth } = c;
  if (!truth.enoughData) {
    return { withinOneEpoch: detection.status === 'insufficient_data', invented: detection.phases.map((p) => p.phase), boundaryErrors: [] };
  }
  const expected: Record<PhaseName, [number, number] | null> = {
    fitting: truth.fittingEnd === null ? null : [0, truth.fittingEnd],
    settling: truth.settling,
    memorization: truth.memorizationStart === null ? null : [truth.memorizationStart, c.curves.valScore.length],
  };
  const invented = phaseNames.filter((name) => !expected[name] && found(name));
  const boundaryErrors: number[] = [];
  let presentAsExpected = detection.status === 'detected';
  for (const name of phaseNames) {
    const want = expected[name];
    const got = found(name);
    if (!want !== !got) presentAsExpected = false;
    if (want && got) boundaryErrors.push(Math.abs(got.start - want[0]), Math.abs(got.end - want[1]));
  }
  return { withinOneEpoch: presentAsExpected && boundaryErrors.every((e) => e <= 1), invented, boundaryErrors };
}
