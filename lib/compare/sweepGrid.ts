/** One varied field of a sweep: a dotted config path (or `seed`) and the values it takes. */
export interface SweepAxis {
  field: string;
  values: unknown[];
}

export const MAX_SWEEP_RUNS = 100;

/** Every combination of the axes' values, first axis slowest, as `{ field: value }` assignments. */
export function expandGrid(axes: readonly SweepAxis[]): Record<string, unknown>[] {
  return axes.reduce<Record<string, unknown>[]>(
    (combos, axis) => combos.flatMap((combo) => axis.values.map((value) => ({ ...combo, [axis.field]: value }))),
    [{}],
  );
}

export const sweepSize = (axes: readonly SweepAxis[]) => axes.reduce((n, axis) => n * axis.values.length, 1);

/** A config with a dotted path set, leaving the original untouched. */
export function withConfigValue(config: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (!rest.length) return { ...config, [head!]: value };
  const inner = config[head!];
  return {
    ...config,
    [head!]: withConfigValue(
      inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {},
      rest.join('.'),
      value,
    ),
  };
}

/** Parses "0, 0.1, 0.2" or "true, false" or "wide, deep" into typed values. */
export function parseAxisValues(text: string): unknown[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) =>
      part === 'true' ? true : part === 'false' ? false : part !== '' && Number.isFinite(Number(part)) ? Number(part) : part,
    );
}
