/**
 * `npm start`: the whole product on one machine. Postgres (embedded unless DATABASE_URL is set), migrations,
 * the demo team, the Next.js server (built first if there is no build) and worker processes. Ctrl-C stops all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from '../db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';
import { DEMO_CREDENTIALS, ensureDemo } from '../server/demo/seed';
import { uploadLimits } from '../server/datasets/limits';
import { teamQueueLimit } from '../server/domain/runs';
import { log } from '../lib/log';

const dev = process.argv.includes('--dev');
const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(process.env.PHASELAB_DATA_DIR ?? path.join(root, '.data'));
const port = Number(process.env.PORT ?? 3000);
const workerCount = Number(process.env.PHASELAB_WORKERS ?? 1);
const baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const children = new Set<ChildProcess>();
let embedded: EmbeddedDatabase | undefined;
let stopping = false;
const stopSignal = new AbortController();
let restarting: Promise<void> = Promise.resolve();

const logger = log.child({ component: 'start' });

async function main() {
  const started = Date.now();
  // A mistyped limit stops the start here, not the first upload or launch.
  uploadLimits();
  teamQueueLimit();
  fs.mkdirSync(dataDir, { recursive: true });
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pgPort = Number(process.env.PHASELAB_PG_PORT ?? 54320);
    logger.info(`starting embedded Postgres in ${path.join(dataDir, 'postgres')} on port ${pgPort}`);
    // Stopped last, after the web server and workers have finished: Ctrl-C must not reach it first.
    const options = { dataDir: path.join(dataDir, 'postgres'), port: pgPort, database: 'phaselab', detached: true };
    embedded = await startEmbeddedPostgres(options);
    databaseUrl = embedded.url;
    superviseDatabase(embedded, options);
  }
  await migrateDatabase(databaseUrl);
  if (stopping) return;
  // The demo is seeded while the web server boots: a cold start waits for the longer of the two, not their sum.
  const [seeded, serving] = await Promise.allSettled([seedDemo(databaseUrl), serve(databaseUrl)]);
  if (serving.status === 'rejected') throw serving.reason;
  if (seeded.status === 'rejected') throw seeded.reason;
  const demo = seeded.value;
  logger.info(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${baseUrl}`);
  logger.info(`sign in as ${DEMO_CREDENTIALS.email} / ${DEMO_CREDENTIALS.password} (team "${demo.teamSlug}"), or sign up.`);
  logger.info('Ctrl-C stops everything.');
}

/** The web server (built first when its sources changed) and the workers, until the server says it is healthy. */
async function serve(databaseUrl: string) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(),
    NEXTAUTH_URL: baseUrl,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const next = path.join(root, 'node_modules', '.bin', 'next');
  if (!dev) await buildIfStale(next, env);
  if (stopping) throw new Error('stopped before the web server started');
  const webEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: dev ? 'development' : 'production' };
  supervise('web', process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'web.ts'), ...(dev ? ['--dev'] : [])], webEnv, {
    restart: false,
  });
  for (let i = 0; i < workerCount; i++) {
    // Each worker serves its metrics on a port of its own: the first on PHASELAB_WORKER_METRICS_PORT, then the next.
    const firstPort = process.env.PHASELAB_WORKER_METRICS_PORT;
    const metricsPort = firstPort && { PHASELAB_WORKER_METRICS_PORT: String(Number(firstPort) + i) };
    supervise(
      `worker-${i + 1}`,
      process.execPath,
      ['--import', 'tsx', path.join(root, 'workers', 'main.ts')],
      { ...env, ...metricsPort },
      { restart: true },
    );
  }
  await waitForHealth(`http://127.0.0.1:${port}/api/health`);
}

async function seedDemo(databaseUrl: string) {
  const { db, close } = connect(databaseUrl, { max: 1 });
  try {
    // PHASELAB_DEMO_TRAINING=off seeds the demo without its queued study (the browser tests start that way).
    return await ensureDemo(db, { training: process.env.PHASELAB_DEMO_TRAINING !== 'off' });
  } finally {
    await close();
  }
}

/** Builds when there is no build, or when the sources changed since the last one (a pull, an edit). */
async function buildIfStale(next: string, env: NodeJS.ProcessEnv) {
  const stampFile = path.join(root, '.next', 'phaselab-source.sha256');
  const stamp = sourceHash();
  const built =
    fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
  if (built) return;
  logger.info('building the web app (a minute or two; only after the sources change)');
  await run(next, ['build'], env);
  fs.writeFileSync(stampFile, stamp);
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (!entry.name.endsWith('.test.ts')) hash.update(file).update(fs.readFileSync(file));
    }
  };
  // patches/ changes a bundled library (postgres.js).
  for (const dir of ['app', 'server', 'db', 'lib', 'patches']) walk(path.join(root, dir));
  for (const file of ['next.config.js', 'proxy.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'])
    hash.update(fs.readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

/** A secret for session cookies that survives restarts, so sign-ins do too. */
function persistentSecret(): string {
  const file = path.join(dataDir, 'auth-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    children.add(child);
    child.on('exit', (code) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`));
    });
  });
}

/**
 * Runs a part of the product. One that may restart (a worker) comes back after 2 s, then 4, 8… up to 30 s while it
 * keeps dying within a minute of its start, so a crash loop neither spins nor goes unsaid.
 */
function supervise(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, options: { restart: boolean }, crashes = 0) {
  const started = Date.now();
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (stopping) return;
    if (options.restart) {
      const inARow = Date.now() - started < 60_000 ? crashes + 1 : 1;
      const wait = Math.min(2 ** inARow, 30);
      logger.info(`${name} exited (${signal ?? code}); restarting in ${wait} s${inARow > 1 ? ` (${inARow} exits in a row)` : ''}`);
      setTimeout(() => !stopping && supervise(name, command, args, env, options, inARow), wait * 1000);
    } else {
      logger.info(`${name} exited (${signal ?? code}); stopping`);
      void shutdown(1);
    }
  });
}

/**
 * Polls until the web server says it is healthy. Each probe has its own timeout, so one request that never
 * answers cannot stall the start; when the limit passes, the last answer says which part did not come up.
 */
async function waitForHealth(url: string) {
  const limitMs = 150_000;
  const deadline = Date.now() + limitMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (stopping) throw new Error('stopped before the web server was ready');
    last = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      .then(async (response) => (response.ok ? '' : `HTTP ${response.status} ${await response.text()}`))
      .catch((error: Error) =>
        error.name === 'TimeoutError' ? 'a probe got no answer within 5 s' : `web server not reachable (${error.message})`,
      );
    if (!last) return;
    await sleep(250);
  }
  throw new Error(`${url} was not healthy within ${limitMs / 1000} s; last: ${last}`);
}

/**
 * Postgres that exits by itself (a crash, a kill) is started again after 2 s, then 4, 8… up to 30 s while it keeps
 * dying within a minute of its start; the web server and workers reconnect. A stop waits for a restart under way.
 */
function superviseDatabase(database: EmbeddedDatabase, options: Parameters<typeof startEmbeddedPostgres>[0], crashes = 0) {
  const started = Date.now();
  void database.exited.then((how) => {
    if (!stopping) restarting = restartDatabase(`exited (${how})`, options, Date.now() - started < 60_000 ? crashes + 1 : 1);
  });
}

async function restartDatabase(why: string, options: Parameters<typeof startEmbeddedPostgres>[0], inARow: number) {
  for (; !stopping; inARow++) {
    const wait = Math.min(2 ** inARow, 30);
    logger.info(`Postgres ${why}; starting it again in ${wait} s`);
    await sleep(wait * 1000, undefined, { signal: stopSignal.signal }).catch(() => {});
    if (stopping) return;
    try {
      embedded = await startEmbeddedPostgres(options);
    } catch (error) {
      logger.error({ err: error }, 'Postgres did not start');
      why = 'did not start';
      continue;
    }
    logger.info('Postgres is back');
    return superviseDatabase(embedded, options, inARow);
  }
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  stopSignal.abort();
  logger.info('stopping');
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          // Longer than a worker's own 30 s for the epoch in hand.
          const kill = setTimeout(() => child.kill('SIGKILL'), 40_000);
          child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  // Database work of the start (Postgres itself, migrations, the demo seed) and a restart under way end first.
  await Promise.race([Promise.all([starting, restarting]), sleep(150_000)]);
  await embedded?.stop();
  process.exit(code);
}

// A closed terminal (SIGHUP) stops everything too: Postgres, in a process group of its own, would outlive it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));
const starting = main().catch((error) => {
  if (stopping) return; // the stop cut the start short: not a failure to report
  logger.fatal({ err: error }, 'failed to start');
  void shutdown(1);
});
