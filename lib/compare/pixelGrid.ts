/**
 * Many runs' lines on one x-axis. A chart library that draws from one shared x column (uPlot) must otherwise take
 * the union of every run's x's: fifty runs bucketed at different steps make thousands of rows, nearly all empty,
 * and every line is walked across all of them. Here each x snaps to one of `slots` positions (a few per pixel), so
 * the rows stay a few per pixel however many runs there are, and a point moves by a fraction of a pixel at most.
 */

export interface GridLine {
  x: readonly number[];
  /** Columns of values along `x` (a line, or a line and its band's edges); the first is the line itself. */
  columns: readonly (readonly (number | null)[])[];
}

export interface GridTable {
  x: number[];
  /** Every line's columns, in order, aligned to `x`; null where a line has no point. */
  columns: (number | null)[][];
}

/** The lowest and highest finite x of all lines ([0, 1] when there is none). */
export function extentOf(lines: readonly { x: readonly number[] }[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const line of lines) for (const x of line.x) if (Number.isFinite(x)) ((lo = Math.min(lo, x)), (hi = Math.max(hi, x)));
  return lo <= hi ? [lo, hi] : [0, 1];
}

/**
 * Joins `lines` (x ascending) on a grid of `slots` positions across [lo, hi], the lines' extent. Where a line has
 * several points in one slot, the one that strays furthest from the line's point before that slot stays: a spike
 * survives, and the others lay within a fraction of a pixel of it. A row keeps its points' own x when they agree, so
 * runs logged at the same steps show those steps exactly; else it sits at its slot's centre. Points with no finite
 * x are left out.
 */
export function joinOnGrid(lines: readonly GridLine[], [lo, hi]: readonly [number, number], slots: number): GridTable {
  const width = hi > lo ? (hi - lo) / slots : 1;
  const slotOf = (x: number) => Math.min(slots, Math.max(0, Math.round((x - lo) / width)));
  // Per used slot: its points' own x while they agree, NaN once they do not.
  const own = new Map<number, number>();
  const placed = lines.map((line) => {
    const y = line.columns[0] ?? [];
    const kept = new Map<number, number>();
    let previous: number | null = null;
    let last = -1;
    line.x.forEach((x, i) => {
      if (!Number.isFinite(x)) return;
      const slot = slotOf(x);
      const held = kept.get(slot);
      if (held === undefined) {
        if (last >= 0) previous = y[kept.get(last)!] ?? previous;
        kept.set(slot, i);
        last = slot;
      } else if (previous !== null && Math.abs((y[i] ?? previous) - previous) > Math.abs((y[held] ?? previous) - previous))
        kept.set(slot, i);
    });
    for (const [slot, i] of kept) {
      const agreed = own.get(slot);
      own.set(slot, agreed === undefined || agreed === line.x[i] ? line.x[i]! : Number.NaN);
    }
    return kept;
  });
  const slotsUsed = [...own.keys()].sort((a, b) => a - b);
  const rowOf = new Map(slotsUsed.map((slot, row) => [slot, row]));
  // A row's own x only within its slot's width, so that rows stay in order.
  const x = slotsUsed.map((slot) => {
    const centre = lo + slot * width;
    const exact = own.get(slot)!;
    return Math.abs(exact - centre) <= width / 2 ? exact : centre;
  });
  const columns: (number | null)[][] = [];
  lines.forEach((line, l) => {
    for (const column of line.columns) {
      const out = new Array<number | null>(slotsUsed.length).fill(null);
      for (const [slot, i] of placed[l]!) out[rowOf.get(slot)!] = column[i] ?? null;
      columns.push(out);
    }
  });
  return { x, columns };
}
