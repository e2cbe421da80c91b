/**
 * Finds the three phases that Tänzer et al. (2022, "Memorisation versus Generalisation in Pre-trained Language
 * Models") saw when a pre-trained model is fine-tuned on noisy labels, on any run's curves:
 * fitting (validation score rises fast), settling (a plateau: validation flat, noisy examples still mostly predicted
 * with their true label) and memorization (noisy examples fitted one by one; validation flat or falling).
 *
 * Method (version below; README "Phases" says the same):
 * 1. The validation score gets a continuous piecewise-linear fit of 1–3 segments, the count chosen by BIC
 *    (piecewise.ts). A segment rises when its slope exceeds `plateauSlope` per epoch and twice its standard error.
 *    Fitting ends where the leading run of rising segments ends; if the first segment is already flat, fitting
 *    happened before the first evaluation.
 * 2. Memorization begins at the start of the first rising segment (slope above `memorizationSlope`) of the same kind
 *    of fit to the memorized fraction, if it then rises by at least `memorizationRise`. Without label noise: the first
 *    rise of the train–validation gap by `gapRise` after fitting, or the first fall of validation by as much.
 * 3. Settling is the stretch between the two, if it lasts `minSettling` epochs and a line through its validation
 *    points (three at least) is flat within `plateauSlope` or twice its standard error. Otherwise there is no settling
 *    and fitting runs until memorization begins, as for a randomly initialised model that memorizes while it fits.
 * Fewer than `minEpochs` points give "not enough data" and no phase; a phase the curves do not show is not reported.
 * 4. With the number of validation items n, a score in [0, 1] carries sampling noise √(p(1−p)/n) at its mean level p:
 *    slopes are judged against it as well as against the fit's residuals, a fall must exceed twice it, and a curve
 *    whose whole movement stays within twice it is "not enough data": no phase can be told from noise.
 */
import { binCurve, fitPiecewise, type PiecewiseFit, type Segment } from './piecewise';
import { phaseDetectorParams, phaseDetectorVersion, type PhaseDetectorParams, type PhaseName } from './spec';

export interface CurvePoint {
  epoch: number;
  value: number;
}

/** A run's curves, in score units (higher is better); the memorized fraction only when the run has label noise. */
export interface PhaseCurves {
  valScore: CurvePoint[];
  trainScore?: CurvePoint[];
  memorizedFraction?: CurvePoint[];
  /** How many items each validation score is computed over, where known. */
  validationItems?: number;
}

export interface Phase {
  phase: PhaseName;
  start: number;
  end: number;
  /** 0 to 1: how clearly the curves show it. */
  confidence: number;
  evidence: Record<string, number | string>;
}

export interface PhaseDetection {
  version: string;
  status: 'detected' | 'insufficient_data';
  phases: Phase[];
  explanation: string;
  evidence: Record<string, unknown>;
}

const maxPoints = 100;
const noiseFloor = 1e-3;
const pct = (v: number) => `${(Math.abs(v) < 5e-4 ? 0 : v * 100).toFixed(Math.abs(v) < 0.1 ? 1 : 0)}%`;
const num = (v: number) => v.toFixed(3);
const ep = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** A curve sorted by epoch, non-finite values dropped, repeated epochs averaged, binned for long curves. */
function series(points: CurvePoint[] | undefined) {
  const byEpoch = new Map<number, { sum: number; count: number }>();
  for (const p of points ?? []) {
    if (!Number.isFinite(p.value) || !Number.isFinite(p.epoch)) continue;
    const at = byEpoch.get(p.epoch) ?? { sum: 0, count: 0 };
    byEpoch.set(p.epoch, { sum: at.sum + p.value, count: at.count + 1 });
  }
  const epochs = [...byEpoch.keys()].sort((a, b) => a - b);
  const binned = binCurve(
    epochs,
    epochs.map((e) => byEpoch.get(e)!.sum / byEpoch.get(e)!.count),
    maxPoints,
  );
  return { ...binned, last: epochs[epochs.length - 1] ?? 0 };
}

/** The standard error of a segment's slope, from the fit's residuals (or the score's sampling noise) and the points it spans. */
function slopeError(fit: PiecewiseFit, segment: Segment, x: number[], noise = noiseFloor): number {
  const inside = x.filter((xi) => xi >= segment.start && xi <= segment.end);
  const mean = inside.reduce((a, b) => a + b, 0) / Math.max(1, inside.length);
  const spread = inside.reduce((sum, xi) => sum + (xi - mean) ** 2, 0);
  return spread > 0 ? Math.max(fit.residualStd, noise) / Math.sqrt(spread) : Infinity;
}

/** The sampling noise of a validation score that is a share of n items (0 when n is unknown or the score is no share). */
function samplingNoise(y: number[], items: number | undefined): number {
  if (!items || !y.length || y.some((v) => v < 0 || v > 1)) return 0;
  const p = y.reduce((a, b) => a + b, 0) / y.length;
  return Math.sqrt((p * (1 - p)) / items);
}

function valueAt(fit: PiecewiseFit, x: number): number {
  const segment = fit.segments.find((s) => x <= s.end) ?? fit.segments[fit.segments.length - 1]!;
  return segment.from + segment.slope * (x - segment.start);
}

interface Onset {
  at: number;
  from: number;
  to: number;
  signal: 'memorized fraction' | 'train–validation gap' | 'validation fall';
}

/** The start of the first segment rising faster than `slope` that goes on to rise by `rise`. */
function firstRise(x: number[], y: number[], slope: number, rise: number, signal: Onset['signal']): Onset | undefined {
  if (x.length < 3) return undefined;
  const fit = fitPiecewise(x, y, noiseFloor);
  for (const [i, segment] of fit.segments.entries()) {
    if (segment.slope <= Math.max(slope, 2 * slopeError(fit, segment, x))) continue;
    const top = Math.max(...fit.segments.slice(i).map((s) => s.to));
    if (top - segment.from >= rise) return { at: segment.start, from: segment.from, to: top, signal };
  }
  return undefined;
}

function memorizationOnset(
  curves: PhaseCurves,
  val: { x: number[]; y: number[] },
  fittingEnd: number,
  params: PhaseDetectorParams,
  sampling: number,
): Onset | undefined {
  const memorized = series(curves.memorizedFraction);
  if (memorized.x.length >= params.minEpochs)
    return firstRise(memorized.x, memorized.y, params.memorizationSlope, params.memorizationRise, 'memorized fraction');
  // Without label noise, only what happens after fitting can be memorization: during fitting the gap grows anyway.
  const after = (xs: number[]) => xs.map((x, i) => [x, i] as const).filter(([x]) => x >= fittingEnd);
  const trainSeries = series(curves.trainScore);
  const train = new Map(trainSeries.x.map((x, i) => [x, trainSeries.y[i]!]));
  const gapPoints = after(val.x).filter(([x]) => train.has(x));
  const gap = firstRise(
    gapPoints.map(([x]) => x),
    gapPoints.map(([x, i]) => train.get(x)! - val.y[i]!),
    params.plateauSlope,
    params.gapRise,
    'train–validation gap',
  );
  const valAfter = after(val.x);
  const fall = firstRise(
    valAfter.map(([x]) => x),
    valAfter.map(([, i]) => -val.y[i]!),
    params.plateauSlope,
    Math.max(params.gapRise, 2 * sampling),
    'validation fall',
  );
  const fallen = fall && { ...fall, from: -fall.from, to: -fall.to };
  return [gap, fallen].filter((o): o is Onset => !!o).sort((a, b) => a.at - b.at)[0];
}

/** Validation between two epochs, if a straight line through it is flat within `plateauSlope` (or noise). */
function flatStretch(val: { x: number[]; y: number[] }, from: number, to: number, residual: number, plateauSlope: number) {
  const inside = val.x.map((x, i) => [x, val.y[i]!] as const).filter(([x]) => x >= from && x <= to);
  // Two points are a line, not a plateau: it takes three evaluations to tell a plateau from a bend.
  if (inside.length < 3) return undefined;
  const mx = inside.reduce((a, [x]) => a + x, 0) / inside.length;
  const my = inside.reduce((a, [, y]) => a + y, 0) / inside.length;
  const spread = inside.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  const slope = inside.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / spread;
  const tolerance = Math.max(plateauSlope, (2 * residual) / Math.sqrt(spread));
  return Math.abs(slope) <= tolerance ? { slope, tolerance, level: my } : undefined;
}

export function detectPhases(curves: PhaseCurves, input: Partial<PhaseDetectorParams> = {}): PhaseDetection {
  const params = phaseDetectorParams.parse(input);
  const val = series(curves.valScore);
  const base = { version: phaseDetectorVersion, phases: [] as Phase[] };
  if (val.x.length < params.minEpochs) {
    return {
      ...base,
      status: 'insufficient_data',
      explanation: `Not enough data: ${val.x.length} validation point${val.x.length === 1 ? '' : 's'}, at least ${params.minEpochs} needed.`,
      evidence: { points: val.x.length, minEpochs: params.minEpochs },
    };
  }
  const fit = fitPiecewise(val.x, val.y, noiseFloor);
  const sampling = samplingNoise(val.y, curves.validationItems);
  const moved = Math.max(...val.y) - Math.min(...val.y);
  if (sampling > 0 && moved <= 2 * sampling) {
    return {
      ...base,
      status: 'insufficient_data',
      explanation: `Validation moved by ${num(moved)} over the run, within its own sampling noise (±${num(2 * sampling)} for ${curves.validationItems} validation items): no phase can be told from noise.`,
      evidence: { points: val.x.length, moved: round(moved), samplingNoise: round(sampling), validationItems: curves.validationItems },
    };
  }
  const noise = Math.max(noiseFloor, sampling);
  const tolerance = (s: Segment) => Math.max(params.plateauSlope, 2 * slopeError(fit, s, val.x, noise));
  const rising = fit.segments.findIndex((s) => s.slope <= tolerance(s));
  const firstX = val.x[0]!;
  // The real last epoch, not a binned one: the last phase runs to it.
  const lastX = val.last;
  const fittingEnd = rising === -1 ? lastX : rising === 0 ? firstX : fit.segments[rising - 1]!.end;
  const onset = memorizationOnset(curves, val, fittingEnd, params, sampling);

  const phases: Phase[] = [];
  const notes: string[] = [];
  const residual = Math.max(fit.residualStd, noise);
  const memorizationStart = onset && Math.max(onset.at, firstX);
  const plateauEnd = memorizationStart ?? lastX;
  const plateau =
    plateauEnd - fittingEnd >= params.minSettling ? flatStretch(val, fittingEnd, plateauEnd, residual, params.plateauSlope) : undefined;
  // Between fitting and memorization, a stretch that is not a clear plateau still belongs to fitting.
  const fittingTo = plateau ? fittingEnd : Math.max(memorizationStart ?? fittingEnd, firstX);
  if (rising === 0 && fittingTo === firstX) {
    phases.push({ phase: 'fitting', start: 0, end: firstX, confidence: 0.5, evidence: { valAtFirst: round(val.y[0]!) } });
    notes.push(`validation reached ${num(val.y[0]!)} by the first evaluation (epoch ${ep(firstX)})`);
  } else {
    const from = fit.segments[0]!.from;
    const to = valueAt(fit, fittingTo);
    const rise = Math.max(0, to - from);
    phases.push({
      phase: 'fitting',
      start: 0,
      end: fittingTo,
      confidence: round(clamp01(rise / (rise + 4 * residual))),
      evidence: { valFrom: round(from), valTo: round(to) },
    });
    notes.push(`validation ${to > from ? 'rose' : 'went'} from ${num(from)} to ${num(to)} until epoch ${ep(fittingTo)}`);
  }

  if (plateau) {
    const confidence = 0.5 * (1 - Math.abs(plateau.slope) / plateau.tolerance) + 0.5 * Math.min(1, (plateauEnd - fittingEnd) / 4);
    phases.push({
      phase: 'settling',
      start: fittingEnd,
      end: plateauEnd,
      confidence: round(confidence),
      evidence: { slopePerEpoch: round(plateau.slope), valLevel: round(plateau.level) },
    });
    notes.push(
      `validation plateaued from epoch ${ep(fittingEnd)}${memorizationStart !== undefined ? ` to ${ep(plateauEnd)}` : ''} (slope ${pct(plateau.slope)}/epoch)`,
    );
  } else if (memorizationStart !== undefined) {
    notes.push(
      `no settling phase: memorization began at epoch ${ep(memorizationStart)}${memorizationStart < fittingEnd ? ' while validation was still rising' : ', before validation held a plateau'}`,
    );
  } else if (rising === -1) {
    notes.push('validation was still rising at the last epoch: no plateau yet');
  }

  if (onset && memorizationStart !== undefined && memorizationStart < lastX) {
    const threshold = onset.signal === 'memorized fraction' ? params.memorizationRise : params.gapRise;
    phases.push({
      phase: 'memorization',
      start: memorizationStart,
      end: lastX,
      confidence: round(clamp01(Math.abs(onset.to - onset.from) / (2 * threshold))),
      evidence: { signal: onset.signal, from: round(onset.from), to: round(onset.to) },
    });
    notes.push(
      onset.signal === 'validation fall'
        ? `validation fell from ${num(onset.from)} to ${num(onset.to)} from epoch ${ep(memorizationStart)}`
        : `${onset.signal} rose from ${pct(clamp01(onset.from))} to ${pct(clamp01(onset.to))} from epoch ${ep(memorizationStart)}`,
    );
  } else if (curves.memorizedFraction?.length) {
    const memorized = series(curves.memorizedFraction);
    notes.push(`no memorization: memorized fraction ended at ${pct(memorized.y[memorized.y.length - 1] ?? 0)}`);
  } else if (plateau) {
    notes.push('no memorization: the train–validation gap did not grow');
  }

  const sentence = notes.join('; ');
  return {
    ...base,
    status: 'detected',
    phases,
    explanation: sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.',
    evidence: {
      points: val.x.length,
      valSegments: fit.segments.map((s) => ({ start: s.start, end: s.end, slope: round(s.slope) })),
      residualStd: round(fit.residualStd),
      ...(sampling > 0 && { samplingNoise: round(sampling), validationItems: curves.validationItems }),
      params,
    },
  };
}
