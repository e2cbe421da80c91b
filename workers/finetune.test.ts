import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { runNoisyExamples, runs } from '../db/schema';
import { corpusLines, nerLines } from '../server/datasets/samples/ner';
import { createTestDatabase } from '../test/database';
import { errorCode, graphqlClient, newUserWithTeam, type RequestFn } from '../test/graphqlClient';
import { startWorker, waitFor } from '../test/processes';
import { uploader } from '../test/uploads';

let db: Database;
let url: string;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let outsider: Awaited<ReturnType<typeof newUserWithTeam>>;
let corpusVersion: string;
let nerVersion: string;
let worker: ReturnType<typeof startWorker>;

async function dataset(filename: string, lines: Iterable<string>) {
  const staged = await uploader(db)(owner.caller, owner.team.slug, filename, [...lines].join('\n') + '\n');
  expect(staged.error).toBeUndefined();
  const created = await request(
    `mutation($id: ID!) { createDataset(input: { name: "${filename}", uploadId: $id }) { dataset { latestVersion { id } } } }`,
    { id: staged.upload!.id },
    owner.caller,
    owner.team.slug,
  );
  return created.data!.createDataset.dataset.latestVersion.id as string;
}

const launch = (kind: string, datasetVersionId: string, config: Record<string, unknown>, as = owner) =>
  request(
    `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
    { input: { kind, datasetVersionId, config, seed: 3 } },
    as.caller,
    as.team.slug,
  );

const finished = (id: string, timeout: number) =>
  waitFor(
    async () => {
      const [run] = await db.select().from(runs).where(eq(runs.id, id));
      return run && ['succeeded', 'failed', 'canceled'].includes(run.status) ? run : null;
    },
    'the run to finish',
    timeout,
  ).catch((error) => {
    throw new Error(`${error.message}\n${worker.output()}`);
  });

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Pia');
  outsider = await newUserWithTeam(request, 'Oskar');
  corpusVersion = await dataset('corpus.txt', corpusLines(400));
  nerVersion = await dataset('ner.conll', nerLines(240));
  // Two slots: the fine-tuning run is claimed while its base model still pre-trains in the other.
  worker = startWorker(url, { WORKER_CONCURRENCY: '2' });
}, 60_000);

afterAll(() => {
  if (worker.exitCode === null) worker.kill('SIGKILL');
});

describe('pre-training and fine-tuning a transformer in a real worker', () => {
  let baseModelId: string;

  it('fine-tunes a base model launched before its pre-training ends: the fine-tuning run waits, then learns the tags with noise bookkeeping per entity', async () => {
    const pretrain = await launch('pretrain', corpusVersion, { epochs: 2, vocabularySize: 400, batchSize: 32, maxLength: 32 });
    expect(pretrain.errors).toBeUndefined();
    baseModelId = pretrain.data!.createRun.run.id;
    const finetune = await launch('finetune', nerVersion, {
      baseModelId,
      epochs: 4,
      batchSize: 16,
      maxLength: 32,
      learningRate: 0.002,
      noise: { rate: 0.2, scheme: 'flip', seed: 2 },
    });
    expect(finetune.errors).toBeUndefined();
    const finetuneId = finetune.data!.createRun.run.id;

    // Claimed while its base model pre-trains, it waits without a worker.
    await waitFor(
      async () => (await db.select({ status: runs.status }).from(runs).where(eq(runs.id, finetuneId)))[0]!.status === 'waiting',
      'the fine-tuning run to wait',
      60_000,
    );
    const waiting = await request(
      `query($id: ID!) { run(id: $id) { status runsAheadInQueue } }`,
      { id: finetuneId },
      owner.caller,
      owner.team.slug,
    );
    expect(waiting.data!.run).toEqual({ status: 'WAITING', runsAheadInQueue: null });
    const base = await finished(baseModelId, 120_000);
    expect(base.status).toBe('succeeded');
    const models = await request(
      `{ baseModels { id status layers hidden heads maxLength vocabularySize mlmAccuracy corpus { id } run { metricKeys } } }`,
      {},
      owner.caller,
      owner.team.slug,
    );
    expect(models.data!.baseModels).toEqual([
      expect.objectContaining({
        id: baseModelId,
        status: 'SUCCEEDED',
        layers: 2,
        hidden: 128,
        heads: 2,
        maxLength: 32,
        vocabularySize: 400,
        corpus: { id: corpusVersion },
      }),
    ]);
    expect(models.data!.baseModels[0].mlmAccuracy).toBeGreaterThan(0);
    const split = await request(`{ baseModels { tokenize(text: "Ann visited Ohio, again.") } }`, {}, owner.caller, owner.team.slug);
    const tokens: string[] = split.data!.baseModels[0].tokenize;
    // The corpus has no comma: the vocabulary cannot spell it.
    expect(tokens).toEqual(expect.arrayContaining(['visited', '[UNK]', '.']));
    expect(tokens.join(' ').replace(/ ##/g, '')).toBe('Ann visited Ohio [UNK] again .');
    expect(models.data!.baseModels[0].run.metricKeys).toEqual(
      expect.arrayContaining(['train/mlm_loss', 'val/mlm_loss', 'val/mlm_accuracy', 'train/tokens_per_second']),
    );

    const run = await finished(finetuneId, 150_000);
    expect(run.status, run.error ?? '').toBe('succeeded');
    const result = await request(
      `query($id: ID!) { run(id: $id) { summary metricKeys baseModel { id } logs { message } noisyExamples { row token trueLabel noisyLabel firstMemorizedEpoch } } }`,
      { id: finetuneId },
      owner.caller,
      owner.team.slug,
    );
    const { summary, metricKeys, logs, noisyExamples } = result.data!.run;
    expect(result.data!.run.baseModel).toEqual({ id: baseModelId });
    // It waited without a worker, and was queued again when the pre-training ended.
    const messages = logs.map((l: { message: string }) => l.message);
    expect(messages).toContain(
      'waiting for the base model to finish pre-training: the run holds no worker, and is queued again when that ends',
    );
    expect(messages).toContain('queued again: its base model is no longer pre-training');
    expect(metricKeys).toEqual(
      expect.arrayContaining([
        'val/f1',
        'val/precision',
        'val/recall',
        'val/token_accuracy',
        'val/f1/PER',
        'noise/memorized_fraction',
        'noise/recovered_fraction',
        'train/clean_accuracy',
      ]),
    );
    // Four epochs on 190 sentences learn the templates' entities well past chance.
    expect(summary['test/f1']).toBeGreaterThan(0.3);
    // Entities, not sentences: each noisy example names its first word, and its types are entity types.
    expect(noisyExamples.length).toBeGreaterThan(10);
    for (const e of noisyExamples) {
      expect(e.token).toBeTypeOf('number');
      expect(['PER', 'LOC', 'ORG', 'MISC']).toContain(e.trueLabel);
      expect(e.noisyLabel).not.toBe(e.trueLabel);
    }
    const stored = await db
      .select()
      .from(runNoisyExamples)
      .where(and(eq(runNoisyExamples.runId, finetuneId)));
    const memorizedShare = summary['noise/memorized_fraction'];
    expect(stored.filter((e) => e.firstMemorizedEpoch !== null).length).toBeGreaterThanOrEqual(Math.round(memorizedShare * stored.length));
    // Sentences are ranked as suspected label errors like rows are, scored against the sentences with a corrupted entity.
    const suspects = await request(
      `query($id: ID!) { run(id: $id) { labelErrors(first: 5) { rankings { ranking detectionF1 } examples { text givenLabel predictedLabel injected } } testUncertainty { items intervals { key low high } } } }`,
      { id: finetuneId },
      owner.caller,
      owner.team.slug,
    );
    const report = suspects.data!.run.labelErrors;
    expect(report.examples).toHaveLength(5);
    for (const e of report.examples)
      expect(e).toMatchObject({
        givenLabel: 'tags as labelled',
        predictedLabel: expect.stringMatching(/^(tags as labelled|other tags)$/),
        injected: expect.any(Boolean),
      });
    expect(report.rankings.find((r: { ranking: string }) => r.ranking === 'EARLY_LOSS').detectionF1).toBeGreaterThan(0);
    const f1 = suspects.data!.run.testUncertainty.intervals.find((i: { key: string }) => i.key === 'test/f1');
    expect(f1.low).toBeLessThanOrEqual(summary['test/f1']);
    expect(f1.high).toBeGreaterThanOrEqual(summary['test/f1']);
  }, 300_000);

  it('starts a fine-tuning run from random weights of the same shape with one switch', async () => {
    const random = await launch('finetune', nerVersion, { baseModelId, init: 'random', epochs: 1, batchSize: 32, maxLength: 32 });
    expect(random.errors).toBeUndefined();
    const run = await finished(random.data!.createRun.run.id, 120_000);
    expect(run.status, run.error ?? '').toBe('succeeded');
    expect(run.summary).toHaveProperty('test/f1');
  }, 150_000);

  it('sweeps few-shot k with both heads: each run keeps k training sentences with a LOC entity and reports LOC’s test F1', async () => {
    const sweep = await request(
      `mutation($input: LaunchSweepInput!) { launchSweep(input: $input) { group { id runs { id config } } } }`,
      {
        input: {
          kind: 'finetune',
          datasetVersionId: nerVersion,
          config: { baseModelId, epochs: 1, batchSize: 32, maxLength: 32, fewShot: { classes: ['LOC'], k: 1 } },
          axes: [
            { field: 'fewShot.k', values: [5, 20] },
            { field: 'head', values: ['linear', 'prototype'] },
          ],
        },
      },
      owner.caller,
      owner.team.slug,
    );
    expect(sweep.errors).toBeUndefined();
    const trained = new Map<string, number>();
    for (const { id, config } of sweep.data!.launchSweep.group.runs) {
      const run = await finished(id, 120_000);
      expect(run.status, run.error ?? '').toBe('succeeded');
      expect(run.summary).toHaveProperty('test/f1/LOC');
      const { logs } = (await request(`query($id: ID!) { run(id: $id) { logs { message } } }`, { id }, owner.caller, owner.team.slug)).data!
        .run;
      trained.set(
        `${config.head} ${config.fewShot.k}`,
        Number(/(\d+) training/.exec(logs.map((l: { message: string }) => l.message).join('\n'))![1]),
      );
    }
    // The sentences without LOC all stay: between k = 5 and k = 20 exactly 15 sentences differ, whatever the head.
    for (const head of ['linear', 'prototype']) expect(trained.get(`${head} 20`)! - trained.get(`${head} 5`)!).toBe(15);
    expect(trained.get('linear 20')).toBeLessThan(191);
  }, 300_000);

  it('a fine-tuning run waiting for a pre-training that is canceled is queued again at once, and fails saying why', async () => {
    const pretrain = await launch('pretrain', corpusVersion, { epochs: 30, vocabularySize: 400, batchSize: 32, maxLength: 32 });
    const baseId = pretrain.data!.createRun.run.id;
    const finetune = await launch('finetune', nerVersion, { baseModelId: baseId, epochs: 2, batchSize: 16, maxLength: 32 });
    const finetuneId = finetune.data!.createRun.run.id;
    await waitFor(
      async () => (await db.select({ status: runs.status }).from(runs).where(eq(runs.id, finetuneId)))[0]!.status === 'waiting',
      'the fine-tuning run to wait',
      60_000,
    );
    await request(`mutation($id: ID!) { cancelRun(id: $id) { run { id } } }`, { id: baseId }, owner.caller, owner.team.slug);
    const run = await finished(finetuneId, 60_000);
    expect(run.status).toBe('failed');
    expect(run.error).toBe('the base model is gone or its pre-training did not succeed');
  }, 120_000);

  it('refuses a base model of another team, a longer input than the base model reads, and few-shot classes the data lacks', async () => {
    const foreign = await launch('finetune', nerVersion, { baseModelId }, outsider);
    // The outsider names their own version: here it is the owner's, so the dataset answers first.
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    const outsiderNer = await (async () => {
      const staged = await uploader(db)(outsider.caller, outsider.team.slug, 'ner.conll', [...nerLines(30)].join('\n') + '\n');
      const created = await request(
        `mutation($id: ID!) { createDataset(input: { name: "ner", uploadId: $id }) { dataset { latestVersion { id } } } }`,
        { id: staged.upload!.id },
        outsider.caller,
        outsider.team.slug,
      );
      return created.data!.createDataset.dataset.latestVersion.id as string;
    })();
    const stolen = await launch('finetune', outsiderNer, { baseModelId }, outsider);
    expect(errorCode(stolen)).toBe('NOT_FOUND');
    const tooLong = await launch('finetune', nerVersion, { baseModelId, maxLength: 64 });
    expect(tooLong.errors![0]!.message).toBe('config.maxLength: the base model reads at most 32 tokens');
    const fewShot = await launch('finetune', nerVersion, { baseModelId, maxLength: 32, fewShot: { classes: ['DISEASE'], k: 5 } });
    expect(fewShot.errors![0]!.message).toContain('config.fewShot.classes.0: the dataset has no class "DISEASE"');
  });
});
