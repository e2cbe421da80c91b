/**
 * Wide & Deep's science check and speed, on a throwaway embedded Postgres:
 *  1. the demo app impressions, three seeds × modes wide / deep / wide_deep (default config, crossing installed_apps
 *     with impressed_app): test AUC overall, and log loss on the impressions that carry a planted cross (what only
 *     memorization can fit) and on those with an (installed app, impressed app) pair training never saw (what only
 *     generalization can score); within a slice AUC would compare like with like, so the slices get log loss;
 *  2. training throughput of the joint model (examples/s) on a 1,000,000-row table from the same generator, over
 *     its first `batches` batches, on the backend the worker would use.
 * Usage: npx tsx bench/wideDeep.ts [epochs=5] [batches=200]
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { connect } from '../db/client';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';
import { wideDeepConfig, wideDeepModes } from '../lib/runs/config';
import { logLoss, rocAuc } from '../lib/runs/metrics';
import { APP_IMPRESSION_COLUMNS, appImpressionLines, plantedCrosses } from '../server/datasets/samples/appImpressions';
import { createSampleDataset } from '../server/domain/datasets';
import { createTeam } from '../server/domain/teams';
import { signUp } from '../server/domain/users';
import { resolveScope } from '../server/tenancy/scope';
import { loadTrainingData, type TrainingData } from '../workers/engine/trainingData';
import { loadTensorFlow } from '../workers/tf';
import { createWideDeep } from '../workers/trainers/wideDeep';

const epochs = Number(process.argv[2] ?? 5);
const batches = Number(process.argv[3] ?? 200);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : ' n/a ');
const { tf, backend } = await loadTensorFlow();

async function aucOn(data: TrainingData, mode: (typeof wideDeepModes)[number], seed: number, slices: Record<string, number[]>) {
  const config = wideDeepConfig.parse({ mode, epochs, crosses: [['installed_apps', 'impressed_app']] });
  const trainer = await createWideDeep({ tf, data, config, seed });
  try {
    for (let epoch = 1; epoch <= epochs; epoch++) await trainer.trainEpoch(epoch, { signal: new AbortController().signal, onBatch: () => {} });
    const { probabilities } = await trainer.predict(data.testRows);
    const score = new Map(data.testRows.map((row, i) => [row, probabilities![2 * i + 1]!]));
    const positive = (rows: number[]) => rows.map((r) => data.trueLabels[r] === 1);
    return Object.fromEntries(
      Object.entries(slices).map(([name, rows]) => [name, name === 'all' ? rocAuc(rows.map((r) => score.get(r)!), positive(rows)) : logLoss(rows.map((r) => score.get(r)!), positive(rows))]),
    );
  } finally {
    trainer.dispose();
  }
}

const dataDir = path.resolve(import.meta.dirname, '..', '.data', 'bench-wide-deep');
fs.rmSync(dataDir, { recursive: true, force: true });
const pg = await startEmbeddedPostgres({ dataDir, port: 54344, database: 'bench', persistent: false });
try {
  await migrateDatabase(pg.url);
  const { db, close } = connect(pg.url, { max: 4 });
  const user = await signUp(db, { email: 'bench@example.com', password: 'bench password', name: 'Bench' });
  const team = await createTeam(db, user, { name: 'Bench' });
  const scope = await resolveScope(db, { kind: 'user', user }, team.slug);
  const dataset = await createSampleDataset(scope, 'app-impressions');
  const [version] = await db.execute<{ id: string }>(sql`select id from dataset_versions where dataset_id = ${dataset.id}`);
  const data = await loadTrainingData(db, team.id, version!.id, { rate: 0, scheme: 'flip', seed: 1 });
  await close();

  // Slices of the test split: impressions a planted cross lifts, and impressions whose app pairs training never saw.
  const at = (name: string) => data.columns.findIndex((c) => c.name === name);
  const pairs = (row: number) => String(data.rows[row]![at('installed_apps')]).split(' ').map((app) => `${app}>${data.rows[row]![at('impressed_app')]}`);
  const crosses = plantedCrosses();
  const seen = new Set(data.trainRows.flatMap(pairs));
  const slices = {
    all: data.testRows,
    planted: data.testRows.filter((r) => pairs(r).some((p) => crosses.has(p))),
    unseen: data.testRows.filter((r) => pairs(r).some((p) => !seen.has(p))),
  };
  console.log(`1. app impressions (${data.trainRows.length} train, ${data.testRows.length} test rows; planted-cross slice ${slices.planted.length}, unseen-pair slice ${slices.unseen.length}), ${epochs} epochs, ${backend}`);
  console.log('   mode        seed  AUC all  log loss: planted  unseen pair');
  const results: Record<string, Record<string, number[]>> = {};
  for (const seed of [1, 2, 3]) {
    for (const mode of wideDeepModes) {
      const auc = await aucOn(data, mode, seed, slices);
      for (const [slice, value] of Object.entries(auc)) ((results[mode] ??= {})[slice] ??= []).push(value);
      console.log(`   ${mode.padEnd(10)} ${String(seed).padStart(5)}  ${f3(auc.all!)}             ${f3(auc.planted!)}   ${f3(auc.unseen!)}`);
    }
  }
  for (const mode of wideDeepModes) console.log(`   median ${mode.padEnd(10)} AUC ${f3(median(results[mode]!.all!))}; log loss planted ${f3(median(results[mode]!.planted!))}, unseen pair ${f3(median(results[mode]!.unseen!))}`);

  // 2. Throughput on a 1,000,000-row table, parsed in memory as the worker would hold it.
  const rows = parse([...appImpressionLines(1_000_000, 99)].join('\n'), { from_line: 2 }) as string[][];
  const labels = Int32Array.from(rows, (r) => Number(r[r.length - 1]));
  const ids = rows.map((_, i) => i);
  const big: TrainingData = {
    columns: data.columns,
    labelColumn: 'installed',
    rows,
    classes: ['0', '1'],
    labels,
    trueLabels: labels,
    noisyRows: [],
    trainRows: ids,
    validationRows: [],
    testRows: [],
  };
  if (APP_IMPRESSION_COLUMNS.join() !== data.columns.map((c) => c.name).join()) throw new Error('the columns moved');
  let started = performance.now();
  const trainer = await createWideDeep({ tf, data: big, config: wideDeepConfig.parse({ crosses: [['installed_apps', 'impressed_app']] }), seed: 1 });
  const featurized = (performance.now() - started) / 1000;
  const controller = new AbortController();
  let seen_ = 0;
  started = performance.now();
  await trainer
    .trainEpoch(1, {
      signal: controller.signal,
      onBatch: () => {
        if (++seen_ === batches) controller.abort();
      },
    })
    .catch((error) => {
      if (!controller.signal.aborted) throw error;
    });
  const seconds = (performance.now() - started) / 1000;
  trainer.dispose();
  console.log(`2. joint model on 1,000,000 rows (${backend}): featurized in ${featurized.toFixed(1)} s; ${batches} batches of 128 in ${seconds.toFixed(1)} s = ${Math.round((batches * 128) / seconds).toLocaleString('en-US')} examples/s`);
} finally {
  await pg.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
