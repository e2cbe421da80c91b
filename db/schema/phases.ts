import { boolean, index, integer, jsonb, pgTable, real, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { runs } from './runs';
import { at, teamId } from './columns';

const runId = () =>
  uuid('run_id')
    .notNull()
    .references(() => runs.id, { onDelete: 'cascade' });

/**
 * The phase detector's latest word on a run: provisional after each epoch, final once the run ends, or what a
 * person asked for with other parameters. The detector's version and parameters are kept with it.
 */
export const runPhaseDetections = pgTable(
  'run_phase_detections',
  {
    runId: runId().primaryKey(),
    teamId: teamId(),
    version: text('version').notNull(),
    params: jsonb('params').$type<Record<string, number>>().notNull(),
    /** 'detected' or 'insufficient_data'. */
    status: text('status').notNull(),
    final: boolean('final').notNull(),
    /** The epochs the run had done when its curves were read. */
    epochsSeen: integer('epochs_seen').notNull(),
    phases: jsonb('phases')
      .$type<{ phase: string; start: number; end: number; confidence: number; evidence: Record<string, unknown> }[]>()
      .notNull(),
    explanation: text('explanation').notNull(),
    evidence: jsonb('evidence').$type<Record<string, unknown>>().notNull(),
    /** Who asked for this detection; null when a worker ran it. */
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    detectedAt: at('detected_at').notNull().defaultNow(),
  },
  (t) => [index('run_phase_detections_team_idx').on(t.teamId)],
);

/**
 * People's marks on a run's curves: a band over a range of epochs or a marker at one. One that names a `phase`
 * corrects the detector's boundaries of that phase; the detection itself is kept as it was.
 */
export const runAnnotations = pgTable(
  'run_annotations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamId(),
    runId: runId(),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    start: real('start').notNull(),
    end: real('end'),
    colour: text('colour').notNull(),
    note: text('note').notNull().default(''),
    phase: text('phase'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('run_annotations_team_run_idx').on(t.teamId, t.runId, t.createdAt)],
);
