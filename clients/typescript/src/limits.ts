/** MLflow's limits on one `runs/log-batch` request, which Phaselab enforces as MLflow does. */
export const LOG_BATCH_LIMITS = { metrics: 1000, params: 100, tags: 100, items: 1000 } as const;

export type LogBatchLimits = { readonly [K in keyof typeof LOG_BATCH_LIMITS]: number };

export const MAX_KEY_LENGTH = 250;
export const MAX_PARAM_VALUE_LENGTH = 6000;
export const MAX_TAG_VALUE_LENGTH = 8000;

/** Most examples one `runs/examples/register` request may carry. */
export const MAX_EXAMPLES_PER_REGISTRATION = 100_000;

/** Why a metric would be refused, or undefined when it would be accepted. */
export function metricProblem(key: string, value: unknown, step: unknown): string | undefined {
  return (
    keyProblem(key) ??
    (typeof value === 'number' ? undefined : `Metric "${key}" has value ${String(value)}, which is not a number.`) ??
    (Number.isSafeInteger(step) ? undefined : `Metric "${key}" has step ${String(step)}, which is not a whole number of at most 2^53.`)
  );
}

export function paramProblem(key: string, value: string): string | undefined {
  return keyProblem(key) ?? lengthProblem('Param', key, value, MAX_PARAM_VALUE_LENGTH);
}

export function tagProblem(key: string, value: string): string | undefined {
  return keyProblem(key) ?? lengthProblem('Tag', key, value, MAX_TAG_VALUE_LENGTH);
}

function keyProblem(key: string): string | undefined {
  if (typeof key !== 'string' || key.length === 0) return `Key ${JSON.stringify(key)} is not a non-empty string.`;
  if (key.length > MAX_KEY_LENGTH) return `Key "${key.slice(0, 40)}…" is longer than ${MAX_KEY_LENGTH} characters.`;
  return undefined;
}

function lengthProblem(what: string, key: string, value: string, max: number): string | undefined {
  return value.length > max ? `${what} "${key}" has a value longer than ${max} characters.` : undefined;
}
