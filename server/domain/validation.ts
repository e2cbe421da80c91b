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
  // Nothing is allocated for an object without a null (a log-batch's thousand metrics are checked, not copied).
  let copy: Record<string, unknown> | null = null;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    const kept = item === null ? undefined : withoutNulls(item);
    // The spread makes every key an own property, so the writes below never reach a prototype (`__proto__`).
    if (kept !== item) copy ??= { ...value };
    if (copy) {
      if (kept === undefined) delete copy[key];
      else copy[key] = kept;
    }
  }
  return copy ?? value;
}

/**
 * Validates input at the boundary; the first problem becomes BAD_USER_INPUT naming its field, under `prefix` when the
 * input is one item of a larger one (`rules.3.`).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(withoutNulls(input));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [prefix.replace(/\.$/, ''), ...issue.path.map(String)].filter(Boolean).join('.') || undefined;
  throw new InvalidInputError(field ? `${field}: ${issue.message}` : issue.message, field);
}
