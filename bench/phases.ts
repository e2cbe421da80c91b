/**
 * The phase detector's figures:
 *  1. accuracy on seeded synthetic curve sets with known boundaries (per family: every boundary within one epoch,
 *     phases invented where the curves have none), over several suites;
 *  2. its speed on curves of 20, 100 and 2,000 points (per-step curves are binned to 100);
 *  3. real runs: logistic regression (its default config) on a demo dataset with label noise 0/10/20/30%, trained by
 *     the engine on a throwaway embedded Postgres; the detected phases next to the validation and memorized-fraction
 *     curves they were read from.
 * Usage: npx tsx bench/phases.ts [suites=5] [epochs=20] [sample=spam-vs-ham]
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { eq } from 'drizzle-orm';
import { runPhaseDetections, workers } from '../db/schema';
import { readSeries } from '../db/metricChunks';
import { detectPhases } from '../lib/phases/detect';
import { judgeDetection, syntheticCase, syntheticFamilies, syntheticSuite } from '../lib/phases/synthetic';
import { createRun } from '../server/domain/runs';
import { runTrainingJob } from '../workers/engine/runJob';
import { withBenchDatabase } from './benchDatabase';

const suites = Number(process.argv[2] ?? 5);
const epochs = Number(process.argv[3] ?? 20);
const sample = process.argv[4] ?? 'spam-vs-ham';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

// 1. Synthetic suites of 240 cases each, from different seeds.
const tally = new Map<string, { cases: number; within: number; invented: number }>(
  syntheticFamilies.map((f) => [f, { cases: 0, within: 0, invented: 0 }]),
);
const shares: number[] = [];
for (let seed = 1; seed <= suites; seed++) {
  const suite = syntheticSuite(240, seed);
  let within = 0;
  for (const c of suite) {
    const j = judgeDetection(c, detectPhases(c.curves));
    const t = tally.get(c.family)!;
    t.cases++;
    if (j.withinOneEpoch) (t.within++, within++);
    if (j.invented.length) t.invented++;
  }
  shares.push(within / suite.length);
}
console.log(
  `1. synthetic curve sets: ${suites} suites × 240; every boundary within 1 epoch on ${shares.map(pct).join(', ')} (median ${pct(median(shares))})`,
);
for (const [family, t] of tally)
  console.log(
    `   ${family.padEnd(14)} ${pct(t.within / t.cases).padStart(6)} within 1 epoch, ${t.invented} of ${t.cases} with an invented phase`,
  );

// 2. Speed.
for (const length of [20, 100, 2000]) {
  const c = syntheticCase('three-phase', 11);
  const stretch = (points: { epoch: number; value: number }[] | undefined) =>
    points &&
    Array.from({ length }, (_, i) => ({
      epoch: ((i + 1) * points.length) / length,
      value: points[Math.min(points.length - 1, Math.floor((i * points.length) / length))]!.value,
    }));
  const curves = {
    valScore: stretch(c.curves.valScore)!,
    trainScore: stretch(c.curves.trainScore),
    memorizedFraction: stretch(c.curves.memorizedFraction),
  };
  const times: number[] = [];
  for (let r = 0; r < 15; r++) {
    const started = performance.now();
    detectPhases(curves);
    times.push(performance.now() - started);
  }
  console.log(`2. detection on ${length} points per curve: median ${median(times).toFixed(1)} ms`);
}

// 3. Real runs.
await withBenchDatabase('phases', 54343, sample, async ({ db, scope, teamId, versionId }) => {
  const workerId = randomUUID();
  await db.insert(workers).values({ id: workerId, host: os.hostname(), pid: process.pid, concurrency: 1 });
  console.log(`3. real runs: logistic regression on ${sample}, ${epochs} epochs, default config, seed 7`);
  for (const rate of [0, 0.1, 0.2, 0.3]) {
    const run = await createRun(scope, {
      kind: 'logistic_regression',
      datasetVersionId: versionId,
      config: { epochs, noise: { rate, seed: 1 } },
      seed: 7,
    });
    await runTrainingJob({ db, workerId, stopping: () => false, active: new Set() }, run.id);
    const [detection] = await db.select().from(runPhaseDetections).where(eq(runPhaseDetections.runId, run.id));
    const curve = async (key: string) =>
      Array.from((await readSeries(db, { teamId, runIds: [run.id], keys: [key] }))[0]?.values ?? [], (v) => v.toFixed(3));
    console.log(`   noise ${pct(rate)}: ${detection?.phases.map((p) => `${p.phase} ${p.start}–${p.end}`).join(', ')}`);
    console.log(`     ${detection?.explanation}`);
    console.log(`     val/accuracy ${(await curve('val/accuracy')).join(' ')}`);
    if (rate > 0) console.log(`     memorized    ${(await curve('noise/memorized_fraction')).join(' ')}`);
  }
});
