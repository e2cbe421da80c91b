/** Input rules the tracking API's experiments, runs and examples share: MLflow's key and value limits. */
import { z } from 'zod';

import { NUL, storableText } from '../../lib/inputs';

export { storableText };

/** What is wrong with a key of a metric, param or tag, if anything. */
export function keyProblem(key: string): string | undefined {
  if (!key.length) return 'a key may not be empty';
  if (key.length > 250) return 'use keys of at most 250 characters';
  if (key.includes('\u0000')) return NUL;
}
/** Adds `problem` to the issues of the value being checked (at `path` under it), if there is one. */
export function report(ctx: z.RefinementCtx, problem: string | undefined, path?: PropertyKey[]): void {
  if (problem) ctx.addIssue({ code: 'custom', message: problem, ...(path && { path }) });
}
export const tagKey = z.string().superRefine((key, ctx) => report(ctx, keyProblem(key)));
export const tagInput = z.object({
  key: tagKey,
  value: storableText.pipe(z.string().max(8000, 'use tag values of at most 8,000 characters')),
});

/** The last of several values for one key wins, as when they are sent one by one. */
export function dedupe<T extends { key: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.key, item])).values()];
}
