/**
 * Which of a run's stored metrics the phase detector reads: the first key a run has of each list, so every run kind
 * is judged on its own headline score (F1 for entity tagging, AUC for binary tabular, accuracy otherwise).
 */
import type { CurvePoint, PhaseCurves } from './detect';

export const phaseCurveKeys = {
  valScore: ['val/f1', 'val/auc', 'val/accuracy'],
  trainScore: ['train/f1', 'train/auc', 'train/accuracy'],
  memorizedFraction: ['noise/memorized_fraction'],
} as const;

export const phaseMetricKeys: string[] = Object.values(phaseCurveKeys).flat();

export function phaseCurvesFromMetrics(points: readonly ({ key: string } & CurvePoint)[]): PhaseCurves {
  const byKey = new Map<string, CurvePoint[]>();
  for (const p of points) {
    if (!byKey.has(p.key)) byKey.set(p.key, []);
    byKey.get(p.key)!.push({ epoch: p.epoch, value: p.value });
  }
  const first = (keys: readonly string[]) => keys.map((key) => byKey.get(key)).find((curve) => curve?.length);
  return {
    valScore: first(phaseCurveKeys.valScore) ?? [],
    trainScore: first(phaseCurveKeys.trainScore),
    memorizedFraction: first(phaseCurveKeys.memorizedFraction),
  };
}
