/**
 * An exponential moving average with TensorBoard's debiasing: early points are divided by 1 − weightⁿ, so a
 * smoothed curve starts at its first value instead of climbing from zero. Weight 0 leaves the values as they are;
 * non-finite values pass through without disturbing the average.
 */
export function smoothEma(values: readonly number[], weight: number): number[] {
  if (!(weight > 0)) return [...values];
  const w = Math.min(weight, 0.999);
  let average = 0;
  let seen = 0;
  return values.map((value) => {
    if (!Number.isFinite(value)) return value;
    average = average * w + (1 - w) * value;
    seen++;
    return average / (1 - w ** seen);
  });
}
