import { describe, expect, it } from 'vitest';
import { binCurve, fitPiecewise, fitSegments } from './piecewise';

const x = Array.from({ length: 12 }, (_, i) => i + 1);

describe('continuous piecewise-linear fits', () => {
  it('recovers the breakpoints and slopes of an exact three-segment curve', () => {
    const y = x.map((xi) => (xi <= 3 ? 0.2 * xi : xi <= 8 ? 0.6 : 0.6 - 0.05 * (xi - 8)));
    const fit = fitPiecewise(x, y);
    expect(fit.segments.map((s) => [s.start, s.end])).toEqual([
      [1, 3],
      [3, 8],
      [8, 12],
    ]);
    expect(fit.segments.map((s) => s.slope)).toEqual([expect.closeTo(0.2, 6), expect.closeTo(0, 6), expect.closeTo(-0.05, 6)]);
    expect(fit.rss).toBeCloseTo(0, 10);
  });

  it('keeps one segment for a straight line: a breakpoint must pay for itself', () => {
    const fit = fitPiecewise(
      x,
      x.map((xi) => 0.3 + 0.01 * xi + (xi % 2 ? 0.0005 : -0.0005)),
    );
    expect(fit.segments).toHaveLength(1);
    expect(fit.segments[0]!.slope).toBeCloseTo(0.01, 3);
  });

  it('needs two points per segment', () => {
    expect(fitSegments([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], 3)).toBeUndefined();
  });

  it('bins a long curve by averaging neighbours', () => {
    expect(binCurve([1, 2, 3, 4], [10, 20, 30, 40], 2)).toEqual({ x: [1.5, 3.5], y: [15, 35] });
  });
});
