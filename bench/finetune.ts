/**
 * Transformer runs on the wasm backend, on a throwaway embedded Postgres with the demo corpus and NER data.
 *   throughput [repeats=3]: tokens/s of pre-training and fine-tuning the tiny preset, and the engine's overhead
 *     over a bare loop of the same fine-tuning (with and without the per-epoch evaluation the engine does);
 *   science [pretrainEpochs=3] [finetuneEpochs=12] [seeds=1] [rates=0,0.1,0.2,0.3]: pre-trains a base model on the
 *     demo corpus, then fine-tunes it and the same architecture from random weights on the demo NER data at each
 *     entity-noise rate and seed, printing each epoch's validation F1 and memorized share and the phases the detector
 *     found; then, per noisy rate, the paper's two claims over the seeds with their verdicts (pre-trained beats random
 *     init on test F1, paired by seed; pre-trained runs pass all three phases and random-init ones do not).
 * Usage: npx tsx bench/finetune.ts throughput 3 | npx tsx bench/finetune.ts science 3 12 3 0.2
 */
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { runPhaseDetections, runs, workers } from '../db/schema';
import { readSeries } from '../db/metricChunks';
import { finetuneConfig } from '../lib/runs/config';
import { createRun } from '../server/domain/runs';
import { createSampleDataset } from '../server/domain/datasets';
import { runTrainingJob } from '../workers/engine/runJob';
import { evaluateEpoch } from '../workers/engine/evaluation';
import { loadBaseModel } from '../workers/engine/baseModel';
import { dataOptions, loadTrainingData } from '../db/trainingData';
import { loadTensorFlow } from '../workers/tf';
import { createFinetune } from '../workers/trainers/finetune';
import { withBenchDatabase, type BenchWorld } from './benchDatabase';
import { printVerdict } from './verdict';
import { passesAllPhases, phaseVerdict } from '../lib/compare/verdicts';

const [mode = 'throughput', first, second, third, fourth] = process.argv.slice(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f3 = (x: number | undefined) => (x === undefined ? '  —  ' : x.toFixed(3));

await withBenchDatabase('finetune', 54348, 'synthetic-corpus', async (world) => {
  const { db, scope } = world;
  const ner = await createSampleDataset(scope, 'synthetic-ner');
  const [nerVersion] = await db.execute<{ id: string }>(sql`select id from dataset_versions where dataset_id = ${ner.id}`);
  const workerId = randomUUID();
  await db.insert(workers).values({ id: workerId, host: os.hostname(), pid: process.pid, concurrency: 1 });
  const engine = { db, workerId, stopping: () => false, active: new Set<string>() };
  const { backend } = await loadTensorFlow();

  const train = async (kind: string, versionId: string, config: Record<string, unknown>, seed = 11) => {
    const run = await createRun(scope, { kind, datasetVersionId: versionId, config, seed });
    const started = performance.now();
    await runTrainingJob(engine, run.id);
    const [done] = await db.select().from(runs).where(eq(runs.id, run.id));
    if (done!.status !== 'succeeded') throw new Error(`${kind} run ended ${done!.status}: ${done!.error}`);
    return { run: done!, ms: performance.now() - started };
  };
  const curve = async (runId: string, key: string) =>
    Array.from((await readSeries(db, { teamId: world.scope.team.id, runIds: [runId], keys: [key] }))[0]?.values ?? []);

  if (mode === 'throughput') await throughput(world, nerVersion!.id, Number(first ?? 3), train, curve, backend);
  else
    await science(
      world,
      nerVersion!.id,
      {
        pretrainEpochs: Number(first ?? 3),
        epochs: Number(second ?? 12),
        seeds: Number(third ?? 1),
        rates: (fourth ?? '0,0.1,0.2,0.3').split(',').map(Number),
      },
      train,
      curve,
    );
});

type Train = (
  kind: string,
  versionId: string,
  config: Record<string, unknown>,
  seed?: number,
) => Promise<{ run: typeof runs.$inferSelect; ms: number }>;
type Curve = (runId: string, key: string) => Promise<number[]>;

async function throughput(
  { db, teamId, versionId }: BenchWorld,
  nerVersion: string,
  repeats: number,
  train: Train,
  curve: Curve,
  backend: string,
) {
  // Pre-training: the trainer's own tokens/s (tokens through forward and backward, over training time).
  const { run: base } = await train('pretrain', versionId, { epochs: 1 });
  const pretrainRate = (await curve(base.id, 'train/tokens_per_second'))[0]!;
  console.log(
    `pre-training, tiny, ${backend}: ${Math.round(pretrainRate).toLocaleString('en-US')} tokens/s (1 epoch of the demo corpus; val MLM accuracy ${f3((base.summary as Record<string, number>)['val/mlm_accuracy'])})`,
  );

  const config = { baseModelId: base.id, epochs: 3, noise: { rate: 0.2, scheme: 'flip', seed: 1 } };
  const engineMs: number[] = [];
  const rates: number[] = [];
  const bare: number[] = [];
  const bareEvaluated: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const { run, ms } = await train('finetune', nerVersion, config);
    engineMs.push(ms);
    rates.push(median(await curve(run.id, 'train/tokens_per_second')));
    for (const evaluate of [false, true]) {
      const started = performance.now();
      const parsed = finetuneConfig.parse(config);
      const { tf } = await loadTensorFlow();
      const data = await loadTrainingData(db, teamId, nerVersion, dataOptions(parsed));
      const trainer = await createFinetune({ tf, data, config: parsed, seed: 11, baseModel: await loadBaseModel(db, teamId, base.id) });
      const signal = new AbortController().signal;
      for (let epoch = 1; epoch <= parsed.epochs; epoch++) {
        await trainer.trainEpoch(epoch, { signal, onBatch: () => {} });
        if (evaluate) await evaluateEpoch(trainer, data, new Map(), epoch);
      }
      if (evaluate) await trainer.predict(data.testRows);
      trainer.dispose();
      (evaluate ? bareEvaluated : bare).push(performance.now() - started);
    }
  }
  const e = median(engineMs);
  console.log(
    `fine-tuning, tiny, ${backend}: ${Math.round(median(rates)).toLocaleString('en-US')} tokens/s [${rates.map(Math.round).join(', ')}] (demo NER, 20% entity noise)`,
  );
  console.log(
    `3 epochs of fine-tuning: engine ${(e / 1000).toFixed(1)} s, bare epochs ${(median(bare) / 1000).toFixed(1)} s (+${((e / median(bare) - 1) * 100).toFixed(1)}%), ` +
      `bare epochs + the same evaluation ${(median(bareEvaluated) / 1000).toFixed(1)} s (+${((e / median(bareEvaluated) - 1) * 100).toFixed(1)}%)  [engine ${engineMs.map((x) => (x / 1000).toFixed(1)).join(', ')}]`,
  );
}

interface ScienceOptions {
  pretrainEpochs: number;
  epochs: number;
  seeds: number;
  rates: number[];
}

async function science(
  { db, versionId }: BenchWorld,
  nerVersion: string,
  { pretrainEpochs, epochs, seeds, rates }: ScienceOptions,
  train: Train,
  curve: Curve,
) {
  const { run: base, ms } = await train('pretrain', versionId, { epochs: pretrainEpochs });
  const mlm = await curve(base.id, 'val/mlm_accuracy');
  console.log(
    `base model: ${pretrainEpochs} epochs of MLM on the demo corpus in ${(ms / 60_000).toFixed(1)} min; val MLM accuracy by epoch ${mlm.map(f3).join(' ')}`,
  );
  // By noise rate and init: each seed's test F1, and whether its run passed all three phases.
  const results = new Map<string, { f1: number[]; threePhases: boolean[] }>();
  for (let seed = 1; seed <= seeds; seed++) {
    for (const rate of rates) {
      for (const init of ['pretrained', 'random']) {
        const { run, ms: took } = await train(
          'finetune',
          nerVersion,
          { baseModelId: base.id, init, epochs, noise: { rate, scheme: 'flip', seed: 1 } },
          seed,
        );
        const f1 = await curve(run.id, 'val/f1');
        const memorized = await curve(run.id, 'noise/memorized_fraction');
        const [phases] = await db.select().from(runPhaseDetections).where(eq(runPhaseDetections.runId, run.id));
        const summary = run.summary as Record<string, number>;
        const found = new Set(phases?.phases.map((p) => p.phase));
        const entry = results.get(`${rate} ${init}`) ?? { f1: [], threePhases: [] };
        entry.f1.push(summary['test/f1']!);
        entry.threePhases.push(passesAllPhases([...found]));
        results.set(`${rate} ${init}`, entry);
        console.log(
          `\nseed ${seed}, ${init.padEnd(10)} noise ${rate}: test F1 ${f3(summary['test/f1'])}, MISC ${f3(summary['test/f1/MISC'])}  (${(took / 60_000).toFixed(1)} min)`,
        );
        console.log(`  val F1     ${f1.map(f3).join(' ')}`);
        if (rate) console.log(`  memorized  ${memorized.map(f3).join(' ')}`);
        console.log(
          `  phases     ${phases?.phases.map((p) => `${p.phase} ${p.start}–${p.end} (${p.confidence.toFixed(2)})`).join(', ') || 'none'}: ${phases?.explanation ?? ''}`,
        );
      }
    }
  }
  console.log('');
  for (const rate of rates.filter((r) => r > 0)) {
    const pretrained = results.get(`${rate} pretrained`)!;
    const random = results.get(`${rate} random`)!;
    printVerdict(
      `at ${rate * 100}% entity noise, pre-trained weights beat random ones (test F1)`,
      'pretrained',
      { pretrained: pretrained.f1, random: random.f1 },
      ['random'],
    );
    const count = (xs: boolean[]) => xs.filter(Boolean).length;
    const verdict = phaseVerdict(pretrained.threePhases, random.threePhases).replace('_', ' ');
    console.log(`   claim: at ${rate * 100}% entity noise, pre-trained runs pass all three phases and random-init runs do not`);
    console.log(
      `     all three phases found: pre-trained ${count(pretrained.threePhases)} of ${seeds} seeds, random init ${count(random.threePhases)} of ${seeds}`,
    );
    console.log(`     verdict: ${verdict}`);
  }
}
