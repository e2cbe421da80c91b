import { describe, expect, it } from 'vitest';
import { bootstrapInterval, clearWinner, seedInterval, widenAtBounds, wilsonInterval } from './intervals';

describe('uncertainty intervals', () => {
  it("computes Wilson's interval as by hand", () => {
    // 80 of 100, z = 1.96: centre (0.8 + z²/200) / (1 + z²/100) = 0.78890, half-width z·√(0.0016 + z²/40,000) / (1 + z²/100) = 0.07773.
    const { low, high } = wilsonInterval(80, 100);
    expect(low).toBeCloseTo(0.71117, 5);
    expect(high).toBeCloseTo(0.86663, 5);
    // Never outside [0, 1], and wide when nothing was seen.
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(10, 10).high).toBeCloseTo(1, 12);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('bootstraps a share close to its Wilson interval, the same way every time', () => {
    const right = Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0 : 1)); // 80% of 400
    const accuracy = (indices: Int32Array) => indices.reduce((n, i) => n + right[i]!, 0) / indices.length;
    const boot = bootstrapInterval(400, accuracy, { seed: 7 })!;
    const wilson = wilsonInterval(320, 400);
    expect(Math.abs(boot.low - wilson.low)).toBeLessThan(0.01);
    expect(Math.abs(boot.high - wilson.high)).toBeLessThan(0.01);
    expect(bootstrapInterval(400, accuracy, { seed: 7 })).toEqual(boot);
    // A statistic that never has a value gives no interval.
    expect(bootstrapInterval(10, () => Number.NaN)).toBeNull();
  });

  it('widens a zero-wide bootstrap at a perfect or null score to what n items can vouch for', () => {
    const perfect = bootstrapInterval(50, () => 1, { seed: 3 });
    expect(perfect).toEqual({ low: 1, high: 1 });
    // Wilson for 50 of 50: low = 1 / (1 + z²/50) = 0.92865.
    expect(widenAtBounds(perfect, 50)!.low).toBeCloseTo(0.92865, 4);
    expect(widenAtBounds({ low: 0, high: 0 }, 50)!.high).toBeCloseTo(0.07135, 4);
    // An interval with spread, or at a value inside (0, 1), is kept.
    expect(widenAtBounds({ low: 0.8, high: 0.9 }, 50)).toEqual({ low: 0.8, high: 0.9 });
    expect(widenAtBounds({ low: 0.5, high: 0.5 }, 50)).toEqual({ low: 0.5, high: 0.5 });
  });

  it("gives the mean over seeds Student's t interval, as by hand", () => {
    // 0.70, 0.74, 0.72: mean 0.72, s = 0.02, t(0.975, 2) = 4.3027, half-width 4.3027 · 0.02 / √3 = 0.049683.
    const interval = seedInterval([0.7, 0.74, 0.72])!;
    expect(interval.mean).toBeCloseTo(0.72, 12);
    expect(interval.low).toBeCloseTo(0.670317, 5);
    expect(interval.high).toBeCloseTo(0.769683, 5);
    expect(interval.n).toBe(3);
    // Equal seeds: no spread; one seed: no interval.
    expect(seedInterval([0.5, 0.5])).toEqual({ mean: 0.5, low: 0.5, high: 0.5, n: 2 });
    expect(seedInterval([0.5])).toBeNull();
  });

  it('names a best run only where its interval overlaps no other', () => {
    const apart = [
      { id: 'wide', value: 0.62, low: 0.58, high: 0.66 },
      { id: 'deep', value: 0.75, low: 0.71, high: 0.79 },
    ];
    expect(clearWinner(apart, true)).toBe('deep');
    expect(clearWinner(apart, false)).toBe('wide');
    const overlapping = [...apart, { id: 'wide_deep', value: 0.77, low: 0.74, high: 0.8 }];
    expect(clearWinner(overlapping, true)).toBeNull();
    expect(clearWinner([apart[0]!], true)).toBeNull();
  });
});
