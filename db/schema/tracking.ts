import { index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { runs } from './runs';
import { teamId } from './columns';

const runId = () =>
  uuid('run_id')
    .notNull()
    .references(() => runs.id, { onDelete: 'cascade' });

/** Key–value tags of a run (MLflow's run tags), beside the run's plain labels (`runs.tags`). */
export const runKeyTags = pgTable(
  'run_key_tags',
  {
    runId: runId(),
    teamId: teamId(),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.key] }), index('run_key_tags_team_idx').on(t.teamId)],
);

/**
 * The training examples an outside run registered for memorization tracking, in registration order (`position`
 * indexes the per-epoch loss and prediction arrays). A noisy example also has its row in run_noisy_examples, with
 * `row` = position.
 */
export const runExamples = pgTable(
  'run_examples',
  {
    // No foreign keys, as for metric_chunks: a check per row made registering 100,000 examples five times slower. The
    // run's row is locked while examples are written, and the trigger that deletes a deleted run's points deletes
    // its examples too (migration 0014).
    runId: uuid('run_id').notNull(),
    teamId: uuid('team_id').notNull(),
    position: integer('position').notNull(),
    exampleId: text('example_id').notNull(),
    label: text('label').notNull(),
    trueLabel: text('true_label'),
    text: text('text'),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.position] }),
    uniqueIndex('run_examples_run_example_idx').on(t.runId, t.exampleId),
    index('run_examples_team_idx').on(t.teamId),
  ],
);
