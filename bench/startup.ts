/**
 * Starts and stops `npm start` many times in a row, as a person at a terminal would (Ctrl-C reaches the whole
 * process group), and reports the time to a healthy server, to the first page and to "ready" (demo seeded), cold
 * (fresh data folder: initdb, migrations, demo seed) and warm. Every request has a 10 s timeout: one that runs out is
 * a hang, reported with what held the port. Output that shows a crash while stopping, and a Postgres left running,
 * are reported too. A start that had to build the web app first is reported apart.
 * Usage: npx tsx bench/startup.ts [starts=30] [every=10: one cold start in every N]
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const starts = Number(process.argv[2] ?? 30);
const coldEvery = Number(process.argv[3] ?? 10);
const port = 3200;
const dataDir = path.join(root, '.data', 'bench-startup');
const REQUEST_TIMEOUT_MS = 10_000;
const START_LIMIT_MS = 120_000;
const STOP_LIMIT_MS = 40_000;
// What a clean stop never prints: stack traces, uncaught errors, a part that died on its own.
const CRASH = /TypeError|ReferenceError|Unhandled|uncaught|exited \((?!0\)|SIGTERM\)|SIGINT\))|failed to start/i;

interface Start {
  kind: 'cold' | 'warm' | 'build';
  health: number;
  page: number;
  /** Until `npm start` printed "ready" (demo seeded too); NaN for a start stopped before that. */
  ready: number;
  hangs: string[];
  crash: string[];
  stop: number;
}

async function startOnce(kind: Start['kind'], stopEarly: boolean): Promise<Start> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      PHASELAB_DATA_DIR: dataDir,
      PHASELAB_PG_PORT: '54340',
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let ready = NaN;
  child.stdout.on('data', (chunk) => {
    output += chunk;
    if (Number.isNaN(ready) && /"msg":"ready in /.test(output)) ready = performance.now() - started;
  });
  child.stderr.on('data', (chunk) => (output += chunk));
  const hangs: string[] = [];
  const until = async (url: string) => {
    while (performance.now() - started < START_LIMIT_MS && groupAlive(child.pid!)) {
      const sent = performance.now();
      const outcome = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then(
        (r) => (r.ok ? 'ok' : 'not ok'),
        (error: Error) => (error.name === 'TimeoutError' ? 'hang' : 'refused'),
      );
      if (outcome === 'ok') return performance.now() - started;
      if (outcome === 'hang')
        hangs.push(`${url} sent at ${((sent - started) / 1000).toFixed(2)} s: no answer in 10 s; port: ${listeners()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return NaN;
  };
  const health = await until(`http://127.0.0.1:${port}/api/health`);
  const page = await until(`http://127.0.0.1:${port}/signin`);
  // Most starts are used once ready, as a person would; some are stopped while the start still runs.
  while (!stopEarly && Number.isNaN(ready) && performance.now() - started < START_LIMIT_MS) await new Promise((r) => setTimeout(r, 50));
  // A start that had to build the web app first is not a start's time: reported apart.
  if (output.includes('building the web app')) kind = 'build';
  const stopping = output.length;
  const stopSent = performance.now();
  if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGINT');
  while (groupAlive(child.pid!) && performance.now() - stopSent < STOP_LIMIT_MS) await new Promise((r) => setTimeout(r, 50));
  const stop = performance.now() - stopSent;
  const crash = output
    .slice(stopping)
    .split('\n')
    .filter((line) => CRASH.test(line));
  // Postgres runs in a group of its own and is stopped last; a clean stop removes its pid file.
  if (fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))) crash.push('Postgres still running after the stop');
  if (groupAlive(child.pid!)) {
    crash.push(`still running ${STOP_LIMIT_MS / 1000} s after Ctrl-C: killed`);
    process.kill(-child.pid!, 'SIGKILL');
  }
  if (Number.isNaN(health))
    crash.push(`no healthy answer (within ${START_LIMIT_MS / 1000} s, or it exited); last output:\n${output.slice(-2000)}`);
  return { kind, health, page, ready, hangs, crash, stop };
}

function groupAlive(pgid: number) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function listeners() {
  try {
    return (
      execFileSync('ss', ['-Htanp', `( sport = :${port} or dport = :${port} )`], { encoding: 'utf8' })
        .trim()
        .replace(/\s+/g, ' ') || 'nothing'
    );
  } catch {
    return 'ss unavailable';
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const results: Start[] = [];
for (let i = 0; i < starts; i++) {
  const kind = i % coldEvery === 0 ? 'cold' : 'warm';
  if (kind === 'cold') fs.rmSync(dataDir, { recursive: true, force: true });
  // Every third start is stopped as soon as it answers, maybe before the demo is seeded: a stop mid-start must be clean too.
  const result = await startOnce(kind, i % 3 === 1);
  results.push(result);
  console.log(
    `start ${String(i + 1).padStart(2)} ${result.kind}: health ${seconds(result.health)}, page ${seconds(result.page)}, ` +
      `${Number.isNaN(result.ready) ? 'stopped before ready' : `ready ${seconds(result.ready)}`}, stop ${seconds(result.stop)}` +
      [...result.hangs.map((h) => `\n  HANG ${h}`), ...result.crash.map((c) => `\n  CRASH ${c}`)].join(''),
  );
}
fs.rmSync(dataDir, { recursive: true, force: true });

const of = (kind: Start['kind']) => results.filter((r) => r.kind === kind);
const timed = results.filter((r) => r.kind !== 'build');
const slowest = timed.reduce((a, b) => (b.health > a.health || Number.isNaN(b.health) ? b : a), timed[0]!);
console.log(`\nnpm start, ${starts} starts in a row (every request with a ${REQUEST_TIMEOUT_MS / 1000} s timeout)`);
for (const kind of ['cold', 'warm', 'build'] as const) {
  const runs = of(kind);
  const readyTimes = runs.map((r) => r.ready).filter((t) => !Number.isNaN(t));
  if (runs.length) {
    console.log(
      `${kind}: ${runs.length} starts, health median ${seconds(median(runs.map((r) => r.health)))}, first page median ${seconds(median(runs.map((r) => r.page)))}` +
        `, "ready" median ${seconds(median(readyTimes))}`,
    );
  }
}
const slowestReady = Math.max(...timed.map((r) => r.ready).filter((t) => !Number.isNaN(t)));
console.log(
  `slowest start (builds aside): health ${seconds(slowest.health)} (${slowest.kind}), "ready" ${seconds(slowestReady)}; stop median ${seconds(median(results.map((r) => r.stop)))}`,
);
console.log(
  `hung requests: ${results.reduce((n, r) => n + r.hangs.length, 0)}; starts with a crash or a failed stop: ${results.filter((r) => r.crash.length).length}`,
);
