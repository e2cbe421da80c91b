/**
 * Which of a run's stored metrics the phase detector reads: the first score a run has of the list, so every run kind
 * is judged on its own headline score (F1 for entity tagging, AUC for binary tabular, macro-F1 for more than two
 * classes, accuracy otherwise, masked-word accuracy for pre-training), with the training score of the same kind.
 */
import type { CurvePoint, PhaseCurves } from './detect';

export const phaseScores = [
  { val: 'val/f1', train: 'train/f1' },
  { val: 'val/auc', train: 'train/auc' },
  { val: 'val/macro_f1', train: 'train/macro_f1' },
  { val: 'val/accuracy', train: 'train/accuracy' },
  { val: 'val/mlm_accuracy', train: null },
] as const;

export const phaseCurveKeys = { memorizedFraction: ['noise/memorized_fraction'] } as const;

export const phaseMetricKeys: string[] = [
  ...phaseScores.flatMap((s) => [s.val, s.train ?? []].flat()),
  ...phaseCurveKeys.memorizedFraction,
];

/** `validationItems`: how many items each validation score is computed over (its sampling noise follows from it). */
export function phaseCurvesFromMetrics(points: readonly ({ key: string } & CurvePoint)[], validationItems?: number): PhaseCurves {
  const byKey = new Map<string, CurvePoint[]>();
  for (const p of points) {
    if (!byKey.has(p.key)) byKey.set(p.key, []);
    byKey.get(p.key)!.push({ epoch: p.epoch, value: p.value });
  }
  const score = phaseScores.find((s) => byKey.get(s.val)?.length);
  return {
    valScore: score ? byKey.get(score.val)! : [],
    trainScore: score?.train ? byKey.get(score.train) : undefined,
    memorizedFraction: byKey.get(phaseCurveKeys.memorizedFraction[0]),
    validationItems,
  };
}

/** Tags by which an outside run names its curves for the detector. */
export const PHASE_TAGS = {
  validation: 'phaselab.validation_metric',
  train: 'phaselab.train_metric',
  epoch: 'phaselab.epoch_metric',
  /** How many items the validation score is computed over, so that a move within its sampling noise is not a phase. */
  validationItems: 'phaselab.validation_items',
} as const;

/** The names frameworks log under (Hugging Face's eval_*, Lightning's and Keras's val_*), best first. */
const commonNames = {
  validation: [
    'eval_f1',
    'eval_accuracy',
    'val_f1',
    'val_acc',
    'val_accuracy',
    'validation/f1',
    'validation/accuracy',
    'val/f1',
    'val/accuracy',
    'eval/f1',
    'eval/accuracy',
    'eval_loss',
    'val_loss',
    'validation/loss',
    'val/loss',
    'eval/loss',
  ],
  train: ['train_accuracy', 'train_acc', 'train/accuracy', 'accuracy', 'acc', 'train_loss', 'train/loss', 'loss'],
  epoch: ['epoch'],
};

export interface ExternalPhaseKeys {
  validation: string | null;
  train: string | null;
  /** The metric whose value at a step is the epoch of that step, when steps count batches. */
  epoch: string | null;
}

/** A loss is read lower-is-better: the detector reads scores, so it is negated. */
export const lowerIsBetter = (key: string) => /loss$/i.test(key);

/** Which of an outside run's metrics the detector reads: a tag names it, else the first common name it logged. */
export function externalPhaseKeys(keys: readonly string[], tags: ReadonlyMap<string, string>): ExternalPhaseKeys {
  const logged = new Set(keys);
  const pick = (role: keyof typeof commonNames) => {
    const tagged = tags.get(PHASE_TAGS[role]);
    if (tagged) return logged.has(tagged) ? tagged : null;
    return commonNames[role].find((name) => logged.has(name)) ?? null;
  };
  return { validation: pick('validation'), train: pick('train'), epoch: pick('epoch') };
}

/**
 * An outside run's curves: each point placed at the epoch the epoch metric gives for its step (else at its stored
 * epoch), losses negated.
 */
export function externalPhaseCurves(
  points: readonly ({ key: string; step: number } & CurvePoint)[],
  keys: ExternalPhaseKeys,
  validationItems?: number,
): PhaseCurves {
  const epochAt = new Map(keys.epoch ? points.filter((p) => p.key === keys.epoch).map((p) => [p.step, p.value]) : []);
  const curve = (key: string) =>
    points
      .filter((p) => p.key === key)
      .map((p) => ({ epoch: epochAt.get(p.step) ?? p.epoch, value: lowerIsBetter(key) ? -p.value : p.value }));
  // The train–validation gap means something only between two scores of one kind.
  const train =
    keys.train && keys.validation && lowerIsBetter(keys.train) === lowerIsBetter(keys.validation) ? curve(keys.train) : undefined;
  // Memorization is logged by epoch (the per-example API), never by batch step.
  const memorized = points.filter((p) => p.key === phaseCurveKeys.memorizedFraction[0]).map((p) => ({ epoch: p.epoch, value: p.value }));
  return {
    valScore: keys.validation ? curve(keys.validation) : [],
    trainScore: train,
    memorizedFraction: memorized.length ? memorized : undefined,
    validationItems,
  };
}
