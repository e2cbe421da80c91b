import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PgBoss from 'pg-boss';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { connect } from './client';
import { queueNames, queueOptions } from './queue';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Brings a database up to date: our tables (drizzle migrations), then the queue's schema and queues. */
export async function migrateDatabase(url: string): Promise<void> {
  const { db, close } = connect(url, { max: 1 });
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    await close();
  }
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
