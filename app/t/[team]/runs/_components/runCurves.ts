import type { Curve } from './CurveChart';

export function pick(series: Curve[], keys: string[]): Curve[] {
  return keys.flatMap((key) => series.filter((s) => s.key === key));
}

/** The curves the run page charts by name; an outside run's other curves are charted as logged. */
export const lossKeys = ['train/batch_loss', 'train/loss', 'val/loss', 'train/mlm_loss', 'val/mlm_loss'];
export const scoreKeys = ['train/accuracy', 'val/accuracy', 'train/f1', 'val/f1', 'val/mlm_accuracy', 'train/clean_accuracy'];
export const noiseKeys = ['noise/memorized_fraction', 'noise/recovered_fraction', 'noise/detection_f1'];
const builtInKeys = new Set([...lossKeys, ...scoreKeys, ...noiseKeys]);

/** An outside run's own curves, whatever their names: losses together, then the rest by eight. */
export function loggedCurves(series: Curve[]): { title: string; curves: Curve[] }[] {
  const own = series.filter((s) => !builtInKeys.has(s.key) && s.key !== 'epoch');
  const losses = own.filter((s) => /loss/i.test(s.key));
  const rest = own.filter((s) => !/loss/i.test(s.key));
  const groups = losses.length ? [{ title: 'Logged losses', curves: losses }] : [];
  for (let i = 0; i < rest.length; i += 8)
    groups.push({ title: rest.length > 8 ? `Logged metrics ${i / 8 + 1}` : 'Logged metrics', curves: rest.slice(i, i + 8) });
  return groups;
}
