/**
 * Continuous piecewise-linear least squares, as pwlf fits it: a curve modelled as k straight segments meeting at
 * k−1 breakpoints is a linear regression on the hinge basis 1, x, (x−b₁)₊, …, (x−b₍ₖ₋₁₎)₊. Breakpoints are searched
 * exhaustively over the points' own x values (exact and deterministic for the few hundred epochs a run has), and
 * the number of segments is chosen by BIC, so a segment is added only when the data pay for it. The search ranks
 * candidates by the normal equations (suffix sums, constant time each); the winner is refitted by QR.
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

/**
 * The residual sum of squares for given breakpoints, from the normal equations assembled out of suffix sums in
 * constant time per candidate, so that the exhaustive search over breakpoint pairs stays fast.
 */
function searchResiduals(x: readonly number[], y: readonly number[]) {
  const n = x.length;
  const suffix = (f: (i: number) => number) => {
    const out = new Float64Array(n + 1);
    for (let i = n - 1; i >= 0; i--) out[i] = out[i + 1]! + f(i);
    return out;
  };
  const C = suffix(() => 1);
  const X1 = suffix((i) => x[i]!);
  const X2 = suffix((i) => x[i]! ** 2);
  const Y = suffix((i) => y[i]!);
  const XY = suffix((i) => x[i]! * y[i]!);
  const yy = y.reduce((sum, v) => sum + v * v, 0);
  // Breakpoint b = x[j]: its hinge (x − b)₊ is non-zero from point j + 1 on.
  return (indices: number[]): number => {
    const b = indices.map((j) => x[j]!);
    const from = indices.map((j) => j + 1);
    const p = 2 + b.length;
    const gram = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const rhs = new Array<number>(p).fill(0);
    gram[0]![0] = n;
    gram[0]![1] = gram[1]![0] = X1[0]!;
    gram[1]![1] = X2[0]!;
    rhs[0] = Y[0]!;
    rhs[1] = XY[0]!;
    b.forEach((ba, a) => {
      const k = from[a]!;
      gram[0]![2 + a] = gram[2 + a]![0] = X1[k]! - ba * C[k]!;
      gram[1]![2 + a] = gram[2 + a]![1] = X2[k]! - ba * X1[k]!;
      rhs[2 + a] = XY[k]! - ba * Y[k]!;
      b.forEach((bc, c) => {
        // Both hinges are non-zero from the later breakpoint on.
        const m = Math.max(k, from[c]!);
        gram[2 + a]![2 + c] = X2[m]! - (ba + bc) * X1[m]! + ba * bc * C[m]!;
      });
    });
    const beta = solve(new Matrix(gram), Matrix.columnVector(rhs)).to1DArray();
    return Math.max(0, yy - beta.reduce((sum, v, i) => sum + v * rhs[i]!, 0));
  };
}

/** The best fit with exactly `count` segments (1 to 3). */
export function fitSegments(x: readonly number[], y: readonly number[], count: 1 | 2 | 3, floor = 1e-3): PiecewiseFit | undefined {
  const n = x.length;
  if (n < count * 2) return undefined;
  if (count === 1) return fitWithBreakpoints(x, y, [], floor);
  const residuals = searchResiduals(x, y);
  let best: { rss: number; indices: number[] } | undefined;
  const consider = (indices: number[]) => {
    const rss = residuals(indices);
    if (!best || rss < best.rss - 1e-12) best = { rss, indices };
  };
  for (let i = 1; i < n - 1; i++) {
    if (count === 2) consider([i]);
    else for (let j = i + 1; j < n - 1; j++) consider([i, j]);
  }
  return fitWithBreakpoints(
    x,
    y,
    best!.indices.map((i) => x[i]!),
    floor,
  );
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
