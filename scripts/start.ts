/**
 * `npm start`: the whole product on one machine. Postgres (embedded unless DATABASE_URL is set), migrations,
 * the demo team, the Next.js server (built first if there is no build) and worker processes. Ctrl-C stops all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { connect } from '../db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';
import { DEMO_CREDENTIALS, ensureDemo } from '../server/demo/seed';
import { uploadLimits } from '../server/datasets/limits';

const dev = process.argv.includes('--dev');
const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(process.env.PHASELAB_DATA_DIR ?? path.join(root, '.data'));
const port = Number(process.env.PORT ?? 3000);
const workerCount = Number(process.env.PHASELAB_WORKERS ?? 1);
const baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const children = new Set<ChildProcess>();
let embedded: EmbeddedDatabase | undefined;
let stopping = false;

function log(message: string) {
  console.log(`[phaselab] ${message}`);
}

async function main() {
  const started = Date.now();
  uploadLimits(); // a mistyped limit stops the start here, not the first upload
  fs.mkdirSync(dataDir, { recursive: true });
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pgPort = Number(process.env.PHASELAB_PG_PORT ?? 54320);
    log(`starting embedded Postgres in ${path.join(dataDir, 'postgres')} on port ${pgPort}`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: pgPort, database: 'phaselab' });
    databaseUrl = embedded.url;
  }
  await migrateDatabase(databaseUrl);
  const { db, close } = connect(databaseUrl, { max: 1 });
  // PHASELAB_DEMO_TRAINING=off seeds the demo without its queued study (the browser tests start that way).
  const demo = await ensureDemo(db, { training: process.env.PHASELAB_DEMO_TRAINING !== 'off' });
  await close();

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
  supervise('web', next, [dev ? 'dev' : 'start', '-p', String(port)], env, { restart: false });
  for (let i = 0; i < workerCount; i++) {
    supervise(`worker-${i + 1}`, process.execPath, ['--import', 'tsx', path.join(root, 'workers', 'main.ts')], env, { restart: true });
  }
  await waitForHttp(`http://127.0.0.1:${port}/api/health`);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${baseUrl}`);
  log(`sign in as ${DEMO_CREDENTIALS.email} / ${DEMO_CREDENTIALS.password} (team "${demo.teamSlug}"), or sign up.`);
  log('Ctrl-C stops everything.');
}

/** Builds when there is no build, or when the sources changed since the last one (a pull, an edit). */
async function buildIfStale(next: string, env: NodeJS.ProcessEnv) {
  const stampFile = path.join(root, '.next', 'phaselab-source.sha256');
  const stamp = sourceHash();
  const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
  if (built) return;
  log('building the web app (a minute or two; only after the sources change)');
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
  for (const dir of ['app', 'server', 'db']) walk(path.join(root, dir));
  for (const file of ['next.config.js', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json']) hash.update(fs.readFileSync(path.join(root, file)));
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

function supervise(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, options: { restart: boolean }) {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (stopping) return;
    if (options.restart) {
      log(`${name} exited (${signal ?? code}); restarting in 2 s`);
      setTimeout(() => !stopping && supervise(name, command, args, env, options), 2000);
    } else {
      log(`${name} exited (${signal ?? code}); stopping`);
      void shutdown(1);
    }
  });
}

async function waitForHttp(url: string) {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within 150 s`);
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log('stopping');
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
          child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  await embedded?.stop();
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch((error) => {
  console.error('[phaselab] failed to start:', error instanceof Error ? error.message : error);
  void shutdown(1);
});
