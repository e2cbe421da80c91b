import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PgBoss from 'pg-boss';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { connect } from './client';
import { queueNames, queueOptions } from './queue';

/** The key of the advisory lock migrations hold: an arbitrary number, fixed, that nothing else in the database uses. */
const MIGRATION_LOCK = 0x5048_4c42;
const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Brings a database up to date: our tables (drizzle migrations), then the queue's schema and queues. */
export async function migrateDatabase(url: string): Promise<void> {
  const { db, close } = connect(url, { max: 1 });
  try {
    // Hosts that start at once take turns (the lock is this connection's, held to the end): the next one finds
    // everything in place.
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    await migrate(db, { migrationsFolder });
    await createQueues(url);
  } finally {
    await close();
  }
}

async function createQueues(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  try {
    for (const name of queueNames) {
      if (await boss.getQueue(name)) await boss.updateQueue(name, { name, ...queueOptions[name] });
      else await boss.createQueue(name, { name, ...queueOptions[name] });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
