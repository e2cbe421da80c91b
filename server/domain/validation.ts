import type { z } from 'zod';
import { InvalidInputError } from '../errors';

/**
 * GraphQL sends null for an optional field left out; here both mean "not given", so defaults apply. Input without a
 * null comes back as it is (a log-batch of 1,000 metrics is not copied).
 */
export function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = withoutNulls(value[i]);
      if (item !== value[i]) (copy ??= value.slice())[i] = item;
    }
    return copy ?? value;
  }
  let changed = false;
  const entries: [string, unknown][] = [];
  for (const [key, item] of Object.entries(value)) {
    if (item === null) changed = true;
    else {
      const kept = withoutNulls(item);
      changed ||= kept !== item;
      entries.push([key, kept]);
    }
  }
  return changed ? Object.fromEntries(entries) : value;
}

/**
 * Validates input at the boundary; the first problem becomes BAD_USER_INPUT naming its field, under `prefix` when the
 * input is one item of a larger one (`rules.3.`).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(withoutNulls(input));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = `${prefix}${issue.path.join('.')}` || undefined;
  throw new InvalidInputError(field ? `${field}: ${issue.message}` : issue.message, field);
}
