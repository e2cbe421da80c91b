/** Input rules the tracking API's experiments, runs and examples share: MLflow's key and value limits. */
import { z } from 'zod';

const withoutNul = [(s: string) => !s.includes('\u0000'), 'may not contain a NUL character'] as const;
/** Text Postgres can store: no NUL character. */
export const storableText = z.string().refine(...withoutNul);
/** One schema, not a pipe of two: a batch checks a thousand keys. */
export const tagKey = z.string().min(1, 'a key may not be empty').max(250, 'use keys of at most 250 characters').refine(...withoutNul);
export const tagInput = z.object({ key: tagKey, value: storableText.pipe(z.string().max(8000, 'use tag values of at most 8,000 characters')) });

/** The last of several values for one key wins, as when they are sent one by one. */
export function dedupe<T extends { key: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.key, item])).values()];
}
