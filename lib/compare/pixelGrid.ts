/**
 * Many runs' lines on one x-axis. A chart library that draws from one shared x column (uPlot) must otherwise take
 * the union of every run's x's: fifty runs bucketed at different steps make thousands of rows, nearly all empty,
 * and every line is walked across all of them. Here each x in view snaps to one of `slots` positions (a few per
 * pixel), so the rows stay a few per pixel however many runs there are; a point is moved by a fraction of a pixel
 * at most and none is dropped.
 */

export interface GridLine {
  x: readonly number[];
  /** Columns of values along `x` (a line, or a line and its band's edges). */
  columns: readonly (readonly (number | null)[])[];
}

export interface GridTable {
  x: number[];
  /** Every line's columns, in order, aligned to `x`; null where a line has no point. */
  columns: (number | null)[][];
}

/**
 * Joins `lines` on a grid of `slots` positions across [lo, hi]. Where a line has several points in one slot, the
 * one that strays furthest from the line's point before that slot stays (a spike survives; the others lie within a
 * fraction of a pixel of it). A row keeps its points' own x when they agree, so runs logged at the same steps show
 * those steps exactly. Each line also keeps its nearest point on either side of the range, at its own x, so it runs
 * on to the chart's edges.
 */
export function joinOnGrid(lines: readonly GridLine[], [lo, hi]: readonly [number, number], slots: number): GridTable {
  const width = hi > lo ? (hi - lo) / slots : 1;
  // Off the range a point keeps its own position, outside [0, slots]; in it, its slot's.
  const keyOf = (x: number) => (x < lo || x > hi ? (x - lo) / width : Math.round((x - lo) / width));
  // A row's x: its points' own while they agree (NaN once they do not), or its slot's centre.
  const rows = new Map<number, number>();
  const placed = lines.map((line) => {
    const y = line.columns[0] ?? [];
    const kept = new Map<number, number>();
    let previous: number | null = null;
    let lastKey = Number.NaN;
    for (let i = Math.max(0, lastIndexBelow(line.x, lo)); i < line.x.length; i++) {
      const x = line.x[i]!;
      if (!Number.isFinite(x)) continue;
      const key = keyOf(x);
      const held = kept.get(key);
      if (held === undefined) {
        if (key !== lastKey && lastKey === lastKey) previous = y[kept.get(lastKey)!] ?? previous;
        kept.set(key, i);
        lastKey = key;
      } else if (previous !== null && Math.abs((y[i] ?? previous) - previous) > Math.abs((y[held] ?? previous) - previous)) kept.set(key, i);
      if (x > hi) break;
    }
    for (const [key, i] of kept) {
      const x = line.x[i]!;
      const agreed = rows.get(key);
      rows.set(key, agreed === undefined || agreed === x ? x : Number.NaN);
    }
    return kept;
  });
  const keys = [...rows.keys()].sort((a, b) => a - b);
  const rowOf = new Map(keys.map((key, i) => [key, i]));
  const x = keys.map((key) => {
    const own = rows.get(key)!;
    const inRange = key >= 0 && key <= slots;
    // Own x only within its slot's width: rows stay in order.
    return !inRange || (own === own && Math.abs(own - (lo + key * width)) <= width / 2) ? own : lo + key * width;
  });
  const columns: (number | null)[][] = [];
  lines.forEach((line, l) => {
    for (const column of line.columns) {
      const out = new Array<number | null>(keys.length).fill(null);
      for (const [key, i] of placed[l]!) out[rowOf.get(key)!] = column[i] ?? null;
      columns.push(out);
    }
  });
  return { x, columns };
}

/** The index of the last x below `value` (x ascending), or −1. */
function lastIndexBelow(x: readonly number[], value: number): number {
  let low = 0;
  let high = x.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (x[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
