/**
 * The compare view under load: 50 finished runs × 4 metrics × 10,000 points, saved as one comparison, opened in
 * headless Chromium (Debian's) against the production build: time from navigation to every chart drawn with all
 * 50 lines, and the GraphQL bytes the page fetched. Run `npm run build` first.
 * Usage: npx tsx bench/compare.ts [repeats=5]
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Response } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { connect } from '../db/client';
import { storeRollups } from '../db/metricSeries';
import { storePoints } from '../db/metricChunks';
import { users } from '../db/schema';
import { DEMO_CREDENTIALS } from '../server/demo/seed';
import { saveComparison } from '../server/domain/comparisons';
import { resolveScope } from '../server/tenancy/scope';

const repeats = Number(process.argv[2] ?? 5);
const root = path.resolve(import.meta.dirname, '..');
const port = 3210;
const pgPort = 54346;
const base = `http://127.0.0.1:${port}`;
const dataDir = path.join(root, '.data', 'bench-compare');
const metrics = ['train/loss', 'val/loss', 'train/accuracy', 'val/accuracy'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

fs.rmSync(dataDir, { recursive: true, force: true });
const app = spawn('npm', ['start'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    PHASELAB_DATA_DIR: dataDir,
    PHASELAB_PG_PORT: String(pgPort),
    PHASELAB_WORKERS: '0',
    NEXTAUTH_URL: base,
  },
  stdio: 'ignore',
  detached: true,
});
try {
  for (
    let i = 0;
    !(await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  ) {
    if (i > 1200) throw new Error('the product did not start in 10 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  const { db, close } = connect(`postgres://phaselab:phaselab@127.0.0.1:${pgPort}/phaselab`, { max: 2 });
  const [demo] = await db
    .select()
    .from(users)
    .where(sql`${users.email} = ${DEMO_CREDENTIALS.email}`);
  const scope = await resolveScope(db, { kind: 'user', user: demo! }, 'demo');
  const [version] = await db.execute<{ id: string }>(sql`select id from dataset_versions where team_id = ${scope.team.id} limit 1`);
  const runIds = Array.from({ length: 50 }, () => randomUUID());
  for (const [i, id] of runIds.entries()) {
    await db.execute(sql`insert into runs (id, team_id, name, kind, config, dataset_version_id, seed, epochs, epochs_done, status, progress, created_by)
      values (${id}, ${scope.team.id}, ${`bench run ${i + 1}`}, 'logistic_regression', ${JSON.stringify({ epochs: 100, noise: { rate: (i % 5) / 10 } })}::jsonb, ${version!.id}, ${i}, 100, 100, 'succeeded', 1, ${demo!.id})`);
  }
  const now = Date.now();
  for (const id of runIds) {
    const points = metrics.flatMap((key) =>
      Array.from({ length: 10_000 }, (_, step) => ({
        key,
        step,
        epoch: step / 100,
        value: (key.endsWith('loss') ? 1 / (1 + step / 1000) : 1 - 1 / (1 + step / 1000)) + Math.random() * 0.05,
        wallTime: now,
      })),
    );
    await db.transaction((tx) => storePoints(tx, { id, teamId: scope.team.id }, points));
  }
  await db.execute(sql`vacuum analyze metric_chunks`);
  // As a worker does when a run finishes.
  for (const id of runIds) await storeRollups(db, { id, teamId: scope.team.id });
  const comparison = await saveComparison(scope, { name: 'Fifty runs', runIds, metrics });
  await close();

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${base}/signin`);
  await page.getByLabel('Email').fill(DEMO_CREDENTIALS.email);
  await page.getByLabel('Password').fill(DEMO_CREDENTIALS.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/t\//);

  const url = `${base}/t/demo/compare/${comparison.id}`;
  const times: number[] = [];
  const payloads: number[] = [];
  const transferred: number[] = [];
  for (let r = 0; r <= repeats; r++) {
    let bytes = 0;
    let sent = 0;
    const count = (response: Response) => {
      if (!response.url().endsWith('/api/graphql')) return;
      void response.body().then(
        (b) => (bytes += b.length),
        () => {},
      );
      void response
        .request()
        .sizes()
        .then(
          (s) => (sent += s.responseBodySize),
          () => {},
        );
    };
    page.on('response', count);
    const started = performance.now();
    await page.goto(url);
    for (const metric of metrics) await page.locator(`figure[aria-label="${metric}"][data-lines="50"] canvas`).waitFor({ timeout: 60_000 });
    const elapsed = performance.now() - started;
    await page.waitForLoadState('networkidle');
    page.off('response', count);
    // The first navigation warms the server's and the browser's caches; it is left out.
    if (r > 0) (times.push(elapsed), payloads.push(bytes), transferred.push(sent));
  }
  await browser.close();
  console.log(`50 runs × 4 metrics × 10,000 points, saved comparison opened ${repeats} times (after one warm-up)`);
  console.log(
    `navigation → 4 charts drawn with 50 lines each: median ${median(times).toFixed(0)} ms  [${times.map((t) => t.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `GraphQL per load: median ${(median(payloads) / 1024).toFixed(0)} KiB of JSON, ${(median(transferred) / 1024).toFixed(0)} KiB on the wire`,
  );
} finally {
  process.kill(-app.pid!, 'SIGINT');
  await new Promise((r) => app.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
