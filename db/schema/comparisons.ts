import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { runGroups } from './runs';
import { at, teamId } from './columns';

/** A saved compare view: which runs (a list, or a group whose runs are read when it opens), which metrics, how drawn. */
export const comparisons = pgTable(
  'comparisons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamId(),
    name: text('name').notNull(),
    note: text('note').notNull().default(''),
    runIds: uuid('run_ids').array().notNull().default([]),
    groupId: uuid('group_id').references(() => runGroups.id, { onDelete: 'set null' }),
    metrics: text('metrics').array().notNull(),
    /** Smoothing, x-axis, log scale, grouping, bands: the view's settings, validated by lib/compare/settings.ts. */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('comparisons_team_idx').on(t.teamId, t.createdAt)],
);

/** A public read-only link to one comparison. Only the token's SHA-256 is kept; the token is shown once. */
export const comparisonShares = pgTable(
  'comparison_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamId(),
    comparisonId: uuid('comparison_id')
      .notNull()
      .references(() => comparisons.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('comparison_shares_comparison_idx').on(t.comparisonId)],
);
