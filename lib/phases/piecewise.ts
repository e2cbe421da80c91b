/**
 * Continuous piecewise-linear least squares, as pwlf fits it: a curve modelled as k straight segments meeting at
 * k−1 breakpoints is a linear regression on the hinge basis 1, x, (x−b₁)₊, …, (x−b₍ₖ₋₁₎)₊. Breakpoints are searched
 * exhaustively over the points' own x values (exact and deterministic for the few hundred epochs a run has), and
 * the number of segments is chosen by BIC, so a segment is added only when the data pay for it.
 */
import { Matrix, solve } from 'ml-matrix';

export interface Segment {
  start: number;
  end: number;
  slope: number;
  /** The fitted values at start and end. */
  from: number;
  to: number;
}

export interface PiecewiseFit {
  segments: Segment[];
  rss: number;
  bic: number;
  /** Standard deviation of the residuals, what is left for curve noise. */
  residualStd: number;
}

function fitWithBreakpoints(x: readonly number[], y: readonly number[], breakpoints: readonly number[], floor: number): PiecewiseFit {
  const design = new Matrix(x.map((xi) => [1, xi, ...breakpoints.map((b) => Math.max(0, xi - b))]));
  const coef = solve(design, Matrix.columnVector([...y])).to1DArray();
  const at = (xi: number) => coef[0]! + coef[1]! * xi + breakpoints.reduce((sum, b, i) => sum + coef[i + 2]! * Math.max(0, xi - b), 0);
  const rss = x.reduce((sum, xi, i) => sum + (y[i]! - at(xi)) ** 2, 0);
  const knots = [x[0]!, ...breakpoints, x[x.length - 1]!];
  let slope = coef[1]!;
  const segments = knots.slice(1).map((end, i) => {
    if (i > 0) slope += coef[i + 1]!;
    const start = knots[i]!;
    return { start, end, slope, from: at(start), to: at(end) };
  });
  const n = x.length;
  // Residuals below the floor are curve noise's precision, not information: without it a perfect fit would win any BIC.
  const bic = n * Math.log(Math.max(rss / n, floor * floor)) + 2 * segments.length * Math.log(n);
  return { segments, rss, bic, residualStd: Math.sqrt(rss / Math.max(1, n - 2 * segments.length)) };
}

/** The best fit with exactly `count` segments (1 to 3). */
export function fitSegments(x: readonly number[], y: readonly number[], count: 1 | 2 | 3, floor = 1e-3): PiecewiseFit | undefined {
  const n = x.length;
  if (n < count * 2) return undefined;
  let best: PiecewiseFit | undefined;
  const consider = (breakpoints: number[]) => {
    const fit = fitWithBreakpoints(x, y, breakpoints, floor);
    if (!best || fit.rss < best.rss - 1e-12) best = fit;
  };
  if (count === 1) consider([]);
  for (let i = 1; i < n - 1 && count > 1; i++) {
    if (count === 2) consider([x[i]!]);
    else for (let j = i + 1; j < n - 1; j++) consider([x[i]!, x[j]!]);
  }
  return best;
}

/** The fit of 1, 2 or 3 segments with the lowest BIC. */
export function fitPiecewise(x: readonly number[], y: readonly number[], floor = 1e-3, maxSegments: 1 | 2 | 3 = 3): PiecewiseFit {
  let best = fitSegments(x, y, 1, floor)!;
  for (const count of [2, 3] as const) {
    if (count > maxSegments) break;
    const fit = fitSegments(x, y, count, floor);
    if (fit && fit.bic < best.bic) best = fit;
  }
  return best;
}

/** Averages a long curve into at most `bins` points, so the exhaustive search stays fast on per-step curves. */
export function binCurve(x: readonly number[], y: readonly number[], bins: number): { x: number[]; y: number[] } {
  if (x.length <= bins) return { x: [...x], y: [...y] };
  const out = { x: [] as number[], y: [] as number[] };
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * x.length) / bins);
    const to = Math.floor(((b + 1) * x.length) / bins);
    let sx = 0;
    let sy = 0;
    for (let i = from; i < to; i++) {
      sx += x[i]!;
      sy += y[i]!;
    }
    out.x.push(sx / (to - from));
    out.y.push(sy / (to - from));
  }
  return out;
}
