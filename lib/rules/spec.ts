/**
 * A rule as analysts write it and as a hybrid run carries it. Pure (zod only), shared by the server, the workers and
 * the rule editor; whether a pattern compiles is checked by `patterns.ts`, which needs RE2.
 */
import { z } from 'zod';

export const ruleKinds = ['whitelist', 'blacklist'] as const;
export type RuleKind = (typeof ruleKinds)[number];

export const ruleSpec = z.object({
  kind: z.enum(ruleKinds),
  field: z.string().trim().min(1, 'name the column the rule reads'),
  pattern: z.string().min(1, 'write a pattern').max(1000, 'use at most 1,000 characters'),
  class: z.string().trim().min(1, 'name the class'),
  /** Higher first: a higher whitelist wins over a lower one that names another class. */
  priority: z.number().int().min(-1000).max(1000).default(0),
  enabled: z.boolean().default(true),
  note: z.string().max(2000).default(''),
});
export type RuleSpec = z.output<typeof ruleSpec>;

/** What a run keeps of a rule: enough to apply it again, whatever happens to the rule set later. */
export const ruleSnapshot = ruleSpec
  .pick({ kind: true, field: true, pattern: true, class: true, priority: true })
  .extend({ id: z.string().optional() });
export type RuleSnapshot = z.output<typeof ruleSnapshot>;
