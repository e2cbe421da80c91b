import type { z } from 'zod';
import { InvalidInputError } from '../errors';

/** GraphQL sends null for an optional field left out; here both mean "not given", so defaults apply. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
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
