/**
 * The tracking API under load, over real HTTP on loopback (the route handler Next.js mounts at /api/mlflow, served
 * by node:http in a process of its own, on a throwaway embedded Postgres):
 * - MLflow's log-batch at its limit (1,000 metrics per request) from 4 concurrent writers, each logging its own run:
 *   points/s into Postgres and the request latency's median and p95;
 * - per-example memorization: registering 100,000 examples, then epochs of 100,000 losses and predictions (the
 *   binary body), each request's time.
 * PHASELAB_WEB_PROCESSES=N serves from N processes, as the web server can.
 * Usage: npx tsx bench/tracking.ts [repeats=3] [requestsPerWriter=50]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createApiToken } from '../server/domain/apiTokens';
import { withBenchDatabase } from './benchDatabase';

const root = path.resolve(import.meta.dirname, '..');

const repeats = Number(process.argv[2] ?? 3);
const requestsPerWriter = Number(process.argv[3] ?? 50);
const WRITERS = 4;
const KEYS = 10;

/** CPU time (ms) used so far by `pid` and, with `children`, by the processes it started (Postgres's backends). */
function cpuMs(pid: number, children = false): number {
  const ticks = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  let total = 0;
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const fields = ticks(fs.readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (Number(entry) === pid || (children && Number(fields[1]) === pid)) total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return (total * 1000) / 100;
}

/** The postmaster of the bench's database: the process started on its data directory. */
function postmasterOf(dataDir: string): number {
  const found = fs
    .readdirSync('/proc')
    .find(
      (e) =>
        /^\d+$/.test(e) &&
        fs.existsSync(`/proc/${e}/cmdline`) &&
        fs.readFileSync(`/proc/${e}/cmdline`, 'utf8').includes(dataDir) &&
        fs.readFileSync(`/proc/${e}/comm`, 'utf8').startsWith('postgres'),
    );
  return Number(found);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

await withBenchDatabase('tracking', 54351, 'product-titles', async ({ scope, url, dataDir }) => {
  const postmaster = postmasterOf(dataDir);
  // BENCH_SERVER_FLAGS: node flags for the server process, e.g. --cpu-prof to see where its time goes.
  const flags = process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
  const serving = spawn(process.execPath, [...flags, '--import', 'tsx', path.join(root, 'bench/trackingServer.ts'), url], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const server = { url: await new Promise<string>((resolve) => serving.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()))) };
  const { secret } = await createApiToken(scope, { name: 'bench', role: 'member' });
  /** `body` as bytes (sent as they are) or a value (sent as JSON). */
  /** What the bench reads of the answers: a new run's id, a registration's count of noisy examples. */
  type Answer = { run: { info: { run_id: string } }; noisy: number };
  // node:http on kept-alive connections, not fetch: the writers stand for processes on other machines, and fetch
  // would take a third of the CPU the server and Postgres share here.
  const agent = new http.Agent({ keepAlive: true, maxSockets: WRITERS });
  const call = (path: string, body: unknown, query = '', contentType = 'application/json') =>
    new Promise<{ answer: Answer; ms: number }>((resolve, reject) => {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
      const started = performance.now();
      const request = http.request(
        `${server.url}/api/mlflow/api/2.0/${path}${query}`,
        {
          method: 'POST',
          agent,
          headers: { authorization: `Bearer ${secret}`, 'content-type': contentType, 'content-length': bytes.length },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const answer = JSON.parse(Buffer.concat(chunks).toString());
            if (response.statusCode !== 200) reject(new Error(`${path}: ${JSON.stringify(answer)}`));
            else resolve({ answer, ms: performance.now() - started });
          });
        },
      );
      request.on('error', reject);
      request.end(bytes);
    });
  const newRun = async () => (await call('mlflow/runs/create', { experiment_id: '0' })).answer.run.info.run_id;

  try {
    console.log(
      `log-batch: ${WRITERS} writers × ${requestsPerWriter} requests × 1,000 metrics (${KEYS} keys × 100 steps), ${process.env.PHASELAB_WEB_PROCESSES ?? 1} web process(es)`,
    );
    const rates: number[] = [];
    const p95s: number[] = [];
    const medians: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const runs = await Promise.all(Array.from({ length: WRITERS }, newRun));
      // The bodies are made before the clock starts: the writers stand for training processes on other machines, so
      // making them should not take the cores the server and Postgres share here.
      const bodies = runs.map((runId) =>
        Array.from({ length: requestsPerWriter }, (_, i) => {
          const metrics = Array.from({ length: 1000 }, (_, j) => ({
            key: `metric_${j % KEYS}`,
            value: Math.random(),
            timestamp: Date.now(),
            step: i * 100 + Math.floor(j / KEYS),
          }));
          return Buffer.from(JSON.stringify({ run_id: runId, metrics }));
        }),
      );
      const latencies: number[] = [];
      const cpuBefore = [cpuMs(serving.pid!, true), cpuMs(postmaster, true), cpuMs(process.pid)];
      const started = performance.now();
      await Promise.all(
        bodies.map(async (writer) => {
          for (const body of writer) latencies.push((await call('mlflow/runs/log-batch', body, '', 'application/json')).ms);
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const points = WRITERS * requestsPerWriter * 1000;
      rates.push(points / seconds);
      p95s.push(percentile(latencies, 0.95));
      medians.push(median(latencies));
      const [web, postgres, writers] = [
        cpuMs(serving.pid!, true) - cpuBefore[0]!,
        cpuMs(postmaster, true) - cpuBefore[1]!,
        cpuMs(process.pid) - cpuBefore[2]!,
      ].map((ms) => (ms / (WRITERS * requestsPerWriter)).toFixed(1));
      console.log(
        `  run ${r + 1}: ${Math.round(points / seconds).toLocaleString('en')} points/s, request median ${median(latencies).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms; CPU per request: web ${web} ms, Postgres ${postgres} ms, writers ${writers} ms`,
      );
    }
    console.log(
      `log-batch median of ${repeats}: ${Math.round(median(rates)).toLocaleString('en')} points/s, request median ${median(medians).toFixed(1)} ms, p95 ${median(p95s).toFixed(1)} ms`,
    );

    if (process.env.ONLY_BATCH) return;
    const n = 100_000;
    const runId = await newRun();
    const ids = Array.from({ length: n }, (_, i) => `example-${i}`);
    const labels = ids.map((_, i) => `class-${i % 10}`);
    const trueLabels = labels.map((l, i) => (i % 5 === 0 ? `class-${(i + 1) % 10}` : l));
    const registered = await call('phaselab/runs/examples/register', { run_id: runId, ids, labels, true_labels: trueLabels });
    console.log(
      `per-example: registering ${n.toLocaleString('en')} examples (${registered.answer.noisy.toLocaleString('en')} noisy): ${registered.ms.toFixed(0)} ms`,
    );
    const epochs: number[] = [];
    for (let epoch = 1; epoch <= Math.max(3, repeats); epoch++) {
      const body = Buffer.alloc(n * 8);
      for (let i = 0; i < n; i++) {
        body.writeFloatLE(Math.random() * 3, i * 4);
        body.writeInt32LE(Math.random() < 0.1 * epoch ? (i + 1) % 10 : i % 10, (n + i) * 4);
      }
      const { ms } = await call('phaselab/runs/examples/log-epoch', body, `?run_id=${runId}&epoch=${epoch}`, 'application/octet-stream');
      epochs.push(ms);
      console.log(`  epoch ${epoch}: ${ms.toFixed(0)} ms`);
    }
    console.log(
      `per-example epoch of ${n.toLocaleString('en')} examples: median ${median(epochs).toFixed(0)} ms (first ${epochs[0]!.toFixed(0)} ms reads the labels; later epochs reuse them)`,
    );
  } finally {
    agent.destroy();
    serving.kill('SIGINT');
    await new Promise((resolve) => serving.once('exit', resolve));
  }
});
