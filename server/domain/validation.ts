import type { z } from 'zod';
import { InvalidInputError } from '../errors';

/** Validates input at the boundary; the first problem becomes BAD_USER_INPUT naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || undefined;
  throw new InvalidInputError(field ? `${field}: ${issue.message}` : issue.message, field);
}
