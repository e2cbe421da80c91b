import { bigint, boolean, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './users';
import { at, teamId } from './columns';

/**
 * A team's project of runs, as MLflow's tracking API names it. Ids are one sequence across teams (MLflow's are
 * numbers as strings); each team's Default experiment answers to MLflow's id "0".
 */
export const experiments = pgTable(
  'experiments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: teamId(),
    name: text('name').notNull(),
    artifactLocation: text('artifact_location'),
    isDefault: boolean('is_default').notNull().default(false),
    deletedAt: at('deleted_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('experiments_team_name_idx').on(t.teamId, t.name),
    uniqueIndex('experiments_team_default_idx')
      .on(t.teamId)
      .where(sql`${t.isDefault}`),
  ],
);

export const experimentTags = pgTable(
  'experiment_tags',
  {
    experimentId: bigint('experiment_id', { mode: 'number' })
      .notNull()
      .references(() => experiments.id, { onDelete: 'cascade' }),
    teamId: teamId(),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.experimentId, t.key] }), index('experiment_tags_team_idx').on(t.teamId)],
);
