import { z } from 'zod';
import { and, asc, desc, eq } from 'drizzle-orm';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { Executor } from '../../db/client';
import { ruleRevisions, ruleSets, rules } from '../../db/schema';
import { compilePattern, type Pattern } from '../../lib/rules/patterns';
import { ruleSpec, type RuleSnapshot } from '../../lib/rules/spec';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { recordAudit } from './audit';
import { parseInput, withoutNulls } from './validation';

export type RuleSet = typeof ruleSets.$inferSelect;
export type Rule = typeof rules.$inferSelect;
export type RuleRevision = typeof ruleRevisions.$inferSelect;

const ruleSetInput = z.object({
  name: z.string().trim().min(1, 'give the rule set a name').max(120, 'use at most 120 characters'),
  description: z.string().max(5000, 'use at most 5000 characters').default(''),
});
const id = (what: string) => z.uuid(`not a ${what} id`);

/** A rule's fields as kept in its history and in exports. */
const recorded = (rule: Rule) => ({
  kind: rule.kind,
  field: rule.field,
  pattern: rule.pattern,
  class: rule.class,
  priority: rule.priority,
  enabled: rule.enabled,
  note: rule.note,
});

/** Compiles a pattern; one RE2 cannot run is refused with RE2's reason, under `prefix` (`rules.3.`). */
export function checkPattern(pattern: string, prefix = ''): Pattern {
  const compiled = compilePattern(pattern);
  if (compiled.error) throw new InvalidInputError(`${prefix}pattern: ${compiled.error}`, `${prefix}pattern`);
  return compiled.regex!;
}

/** Validates a rule and compiles its pattern, so that an unsupported one is refused when it is saved. */
function parseRule(input: unknown, prefix = ''): z.output<typeof ruleSpec> {
  const rule = parseInput(ruleSpec, input, prefix);
  checkPattern(rule.pattern, prefix);
  return rule;
}

export async function listRuleSets(scope: Scope): Promise<RuleSet[]> {
  authorize(scope, 'runs:read');
  return scope.db.select().from(ruleSets).where(ownedBy(scope, ruleSets.teamId)).orderBy(desc(ruleSets.updatedAt));
}

export async function getRuleSet(scope: Scope, ruleSetId: string, executor: Executor = scope.db): Promise<RuleSet> {
  authorize(scope, 'runs:read');
  parseInput(id('rule set'), ruleSetId);
  const [found] = await executor
    .select()
    .from(ruleSets)
    .where(and(ownedBy(scope, ruleSets.teamId), eq(ruleSets.id, ruleSetId)));
  if (!found) throw new NotFoundError('Rule set');
  return found;
}

export async function createRuleSet(scope: Scope, input: unknown): Promise<RuleSet> {
  authorize(scope, 'rules:write');
  const values = parseInput(ruleSetInput, input);
  return scope.db.transaction(async (tx) => {
    const [made] = await tx
      .insert(ruleSets)
      .values({ ...values, teamId: scope.team.id, createdBy: scope.user.id })
      .onConflictDoNothing()
      .returning();
    if (!made) throw new InvalidInputError(`name: the team already has a rule set named "${values.name}"`, 'name');
    await recordAudit(tx, scope, { action: 'ruleSet.create', targetType: 'ruleSet', targetId: made.id, details: { name: made.name } });
    return made;
  });
}

export async function deleteRuleSet(scope: Scope, ruleSetId: string): Promise<string> {
  authorize(scope, 'rules:write');
  const set = await getRuleSet(scope, ruleSetId);
  await scope.db.transaction(async (tx) => {
    await tx.delete(ruleSets).where(and(ownedBy(scope, ruleSets.teamId), eq(ruleSets.id, set.id)));
    await recordAudit(tx, scope, { action: 'ruleSet.delete', targetType: 'ruleSet', targetId: set.id, details: { name: set.name } });
  });
  return set.id;
}

/** A set's rules, highest priority first. */
export async function listRules(scope: Scope, ruleSetId: string, executor: Executor = scope.db): Promise<Rule[]> {
  authorize(scope, 'runs:read');
  return executor
    .select()
    .from(rules)
    .where(and(ownedBy(scope, rules.teamId), eq(rules.ruleSetId, ruleSetId)))
    .orderBy(desc(rules.priority), asc(rules.seq));
}

async function getRule(scope: Scope, ruleId: string, executor: Executor): Promise<Rule> {
  parseInput(id('rule'), ruleId);
  const [found] = await executor
    .select()
    .from(rules)
    .where(and(ownedBy(scope, rules.teamId), eq(rules.id, ruleId)));
  if (!found) throw new NotFoundError('Rule');
  return found;
}

/** Records changes to one set's rules, each with the rule before and after, and marks the set as changed. */
async function revise(
  tx: Executor,
  scope: Scope,
  ruleSetId: string,
  changes: { action: RuleRevision['action']; before: Rule | null; after: Rule | null }[],
) {
  if (!changes.length) return;
  await tx.insert(ruleRevisions).values(
    changes.map(({ action, before, after }) => ({
      teamId: scope.team.id,
      ruleSetId,
      ruleId: (after ?? before)!.id,
      action,
      actorId: scope.user.id,
      before: before && recorded(before),
      after: after && recorded(after),
    })),
  );
  await tx
    .update(ruleSets)
    .set({ updatedAt: new Date() })
    .where(and(ownedBy(scope, ruleSets.teamId), eq(ruleSets.id, ruleSetId)));
}

export async function createRule(scope: Scope, ruleSetId: string, input: unknown): Promise<Rule> {
  authorize(scope, 'rules:write');
  const values = parseRule(input);
  return scope.db.transaction(async (tx) => {
    const set = await getRuleSet(scope, ruleSetId, tx);
    const [made] = await tx
      .insert(rules)
      .values({ ...values, teamId: scope.team.id, ruleSetId: set.id, authorId: scope.user.id })
      .returning();
    await revise(tx, scope, set.id, [{ action: 'create', before: null, after: made! }]);
    return made!;
  });
}

export async function updateRule(scope: Scope, ruleId: string, input: unknown): Promise<Rule> {
  authorize(scope, 'rules:write');
  return scope.db.transaction(async (tx) => {
    const before = await getRule(scope, ruleId, tx);
    // A field left out (or null) keeps its value.
    const values = parseRule({ ...recorded(before), ...(withoutNulls(input) as object) });
    const [after] = await tx
      .update(rules)
      .set({ ...values, updatedAt: new Date() })
      .where(and(ownedBy(scope, rules.teamId), eq(rules.id, before.id)))
      .returning();
    await revise(tx, scope, before.ruleSetId, [{ action: 'update', before, after: after! }]);
    return after!;
  });
}

export async function deleteRule(scope: Scope, ruleId: string): Promise<string> {
  authorize(scope, 'rules:write');
  return scope.db.transaction(async (tx) => {
    const before = await getRule(scope, ruleId, tx);
    await tx.delete(rules).where(and(ownedBy(scope, rules.teamId), eq(rules.id, before.id)));
    await revise(tx, scope, before.ruleSetId, [{ action: 'delete', before, after: null }]);
    return before.id;
  });
}

/** Every change to a set's rules, newest first. */
export async function ruleHistory(scope: Scope, ruleSetId: string, first = 100): Promise<RuleRevision[]> {
  const set = await getRuleSet(scope, ruleSetId);
  return scope.db
    .select()
    .from(ruleRevisions)
    .where(and(ownedBy(scope, ruleRevisions.teamId), eq(ruleRevisions.ruleSetId, set.id)))
    .orderBy(desc(ruleRevisions.id))
    .limit(Math.min(Math.max(first, 1), 1000));
}

export const ruleFormats = ['json', 'csv'] as const;
export type RuleFormat = (typeof ruleFormats)[number];
const CSV_COLUMNS = ['kind', 'field', 'pattern', 'class', 'priority', 'enabled', 'note'] as const;

export async function exportRules(scope: Scope, ruleSetId: string, format: (typeof ruleFormats)[number]): Promise<string> {
  const set = await getRuleSet(scope, ruleSetId);
  const rows = (await listRules(scope, set.id)).map(recorded);
  if (format === 'json') return JSON.stringify({ name: set.name, description: set.description, rules: rows }, null, 2);
  return stringifyCsv(rows, { header: true, columns: [...CSV_COLUMNS], cast: { boolean: (b) => String(b) } });
}

/** Reads a JSON export (or a bare list of rules) or a CSV with a header row; the first bad rule names its place. */
function readRuleFile(format: (typeof ruleFormats)[number], text: string): unknown[] {
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new InvalidInputError(`text: not JSON (${error instanceof Error ? error.message : error})`, 'text');
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { rules?: unknown })?.rules;
    if (!Array.isArray(list)) throw new InvalidInputError('text: expected a list of rules, or an object with "rules"', 'text');
    return list;
  }
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new InvalidInputError(`text: not CSV (${error instanceof Error ? error.message : error})`, 'text');
  }
  // Cells are text: numbers and booleans are read as such, anything else is left for validation to name.
  const flag = (cell: string) => ({ true: true, false: false })[cell.toLowerCase() as 'true' | 'false'] ?? cell;
  return records.map((r) => ({
    ...r,
    priority: r.priority ? Number(r.priority) : undefined,
    enabled: r.enabled ? flag(r.enabled) : undefined,
    note: r.note || undefined,
  }));
}

/** Adds the file's rules to the set (or replaces its rules with them), all or none. */
export async function importRules(
  scope: Scope,
  ruleSetId: string,
  input: { format: string; text: string; replace?: boolean | null },
): Promise<Rule[]> {
  authorize(scope, 'rules:write');
  const { format, text, replace } = parseInput(
    z.object({
      format: z.enum(ruleFormats),
      text: z.string().max(5_000_000, 'use a file under 5 MB'),
      replace: z.boolean().default(false),
    }),
    input,
  );
  const read = readRuleFile(format, text);
  if (read.length > 5000) throw new InvalidInputError('text: import at most 5,000 rules at once', 'text');
  const parsed = read.map((rule, i) => parseRule(rule, `rules.${i}.`));
  return scope.db.transaction(async (tx) => {
    const set = await getRuleSet(scope, ruleSetId, tx);
    const removed = replace
      ? await tx
          .delete(rules)
          .where(and(ownedBy(scope, rules.teamId), eq(rules.ruleSetId, set.id)))
          .returning()
      : [];
    const made = parsed.length
      ? await tx
          .insert(rules)
          .values(parsed.map((r) => ({ ...r, teamId: scope.team.id, ruleSetId: set.id, authorId: scope.user.id })))
          .returning()
      : [];
    await revise(tx, scope, set.id, [
      ...removed.map((old) => ({ action: 'delete' as const, before: old, after: null })),
      ...made.map((rule) => ({ action: 'create' as const, before: null, after: rule })),
    ]);
    await recordAudit(tx, scope, {
      action: 'ruleSet.import',
      targetType: 'ruleSet',
      targetId: set.id,
      details: { format, rules: made.length, replace },
    });
    return made;
  });
}

/** The enabled rules of a set as a run keeps them. */
export async function snapshotRules(scope: Scope, ruleSetId: string, executor: Executor): Promise<RuleSnapshot[]> {
  await getRuleSet(scope, ruleSetId, executor);
  return (await listRules(scope, ruleSetId, executor))
    .filter((r) => r.enabled)
    .map((r) => ({ id: r.id, kind: r.kind, field: r.field, pattern: r.pattern, class: r.class, priority: r.priority }));
}
