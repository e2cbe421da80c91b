import { pgTable, text, timestamp, uuid, integer, index } from 'drizzle-orm/pg-core';
import { users } from './users';
import { teams } from './teams';

/** One row per worker process; heartbeats keep `lastSeenAt` fresh. Shared infrastructure, not team-owned. */
export const workers = pgTable(
  'workers',
  {
    id: uuid('id').primaryKey(),
    host: text('host').notNull(),
    pid: integer('pid').notNull(),
    concurrency: integer('concurrency').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    stoppedAt: timestamp('stopped_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [index('workers_last_seen_idx').on(t.lastSeenAt)],
);

/** A team's request that a worker answer through the queue: proves the web → queue → worker path. */
export const healthChecks = pgTable(
  'health_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: timestamp('requested_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true, precision: 3 }),
    workerId: uuid('worker_id').references(() => workers.id, { onDelete: 'set null' }),
  },
  (t) => [index('health_checks_team_idx').on(t.teamId, t.requestedAt)],
);
