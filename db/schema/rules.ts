import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid, bigserial } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './users';
import { at, teamId } from './columns';

/** Analysts' rules for one classification problem, run next to a learned classifier by hybrid runs. */
export const ruleSets = pgTable(
  'rule_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('rule_sets_team_name_key').on(t.teamId, sql`lower(${t.name})`)],
);

/**
 * A whitelist rule assigns its class to the items whose field matches its pattern; a blacklist rule rules its class
 * out for them. Patterns are RE2 syntax, matched case-insensitively.
 */
export const rules = pgTable(
  'rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of writing, which breaks ties of priority: an imported file keeps its order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    teamId: teamId(),
    ruleSetId: uuid('rule_set_id')
      .notNull()
      .references(() => ruleSets.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'whitelist' | 'blacklist'>().notNull(),
    field: text('field').notNull(),
    pattern: text('pattern').notNull(),
    class: text('class').notNull(),
    priority: integer('priority').notNull().default(0),
    enabled: boolean('enabled').notNull().default(true),
    note: text('note').notNull().default(''),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('rules_set_idx').on(t.ruleSetId, t.priority), index('rules_team_idx').on(t.teamId)],
);

/** Every change of a rule: who, when, and the rule before and after (null for a creation or a deletion). */
export const ruleRevisions = pgTable(
  'rule_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    teamId: teamId(),
    ruleSetId: uuid('rule_set_id')
      .notNull()
      .references(() => ruleSets.id, { onDelete: 'cascade' }),
    // No foreign key: a deleted rule keeps its history.
    ruleId: uuid('rule_id').notNull(),
    action: text('action').$type<'create' | 'update' | 'delete'>().notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    before: jsonb('before'),
    after: jsonb('after'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('rule_revisions_set_idx').on(t.ruleSetId, t.id), index('rule_revisions_team_idx').on(t.teamId)],
);
