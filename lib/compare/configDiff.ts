/** A run's config flattened to dotted paths (`noise.rate`), the names a sweep, a grouping and a diff share. */
export function flattenConfig(config: unknown, prefix = ''): Record<string, unknown> {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return prefix ? { [prefix]: config } : {};
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) Object.assign(flat, flattenConfig(value, prefix ? `${prefix}.${key}` : key));
  return flat;
}

/** The value at a dotted path, or undefined. */
export function configValue(config: unknown, path: string): unknown {
  return flattenConfig(config)[path];
}

/** Only the parameters whose values differ between the runs, each with every run's value (undefined where unset). */
export function configDiff(configs: readonly unknown[]): { path: string; values: unknown[] }[] {
  const flat = configs.map((c) => flattenConfig(c));
  const paths = [...new Set(flat.flatMap(Object.keys))].sort();
  return paths
    .map((path) => ({ path, values: flat.map((f) => f[path]) }))
    .filter(({ values }) => new Set(values.map((v) => JSON.stringify(v))).size > 1);
}
