/**
 * What `npm start` does at Ctrl-C, without the web app: a process that owns an embedded Postgres (a fresh cluster,
 * so the package that creates it is loaded), and at SIGINT still queries it before stopping it last.
 * Usage: node --import tsx test/ctrlCDatabase.ts <data dir> <port>
 */
import { sql } from 'drizzle-orm';
import { connect } from '../db/client';
import { startEmbeddedPostgres } from '../db/embedded';

const [dataDir, port] = process.argv.slice(2);
const database = await startEmbeddedPostgres({ dataDir: dataDir!, port: Number(port), database: 'postgres', detached: true });
const { db, close } = connect(database.url, { max: 1 });
console.log('ready');
process.on('SIGINT', async () => {
  // The web server and workers finish their work here, while the terminal's signal has reached the whole group.
  await new Promise((r) => setTimeout(r, 500));
  const [row] = await db.execute<{ n: number }>(sql`select 42 as n`);
  console.log(`after Ctrl-C the database still answers ${row!.n}`);
  await close();
  await database.stop();
  console.log('stopped');
  process.exit(0);
});
