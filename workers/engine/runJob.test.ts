import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { runs } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { authHeaders, graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { createLabelErrorsHandler } from '../../server/http/runArtifacts';
import { exitOf, startWorker, waitFor } from '../../test/processes';
import { storedPoints } from '../../test/points';

let db: Database;
let url: string;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let versionId: string;

// Heartbeats every 500 ms: a killed worker is taken for dead after 2 s instead of 20 s.
const FAST = { PHASELAB_HEARTBEAT_MS: '500' };

const workers: ReturnType<typeof startWorker>[] = [];
const worker = (env = FAST) => {
  const started = startWorker(url, env);
  workers.push(started);
  return started;
};
// A failed test must not leave its worker taking the next test's runs.
afterEach(() => {
  for (const w of workers.splice(0)) if (w.exitCode === null) w.kill('SIGKILL');
});

const runState = async (id: string) => (await db.select().from(runs).where(eq(runs.id, id)))[0]!;

async function launch(config: Record<string, unknown>) {
  const created = await request(
    `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id status } } }`,
    { input: { kind: 'logistic_regression', datasetVersionId: versionId, config, seed: 7 } },
    owner.caller,
    owner.team.slug,
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createRun.run.id as string;
}

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Tara');
  const sample = await request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    owner.caller,
    owner.team.slug,
  );
  versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;
}, 60_000);

describe('the run engine in real worker processes', () => {
  it('trains a run with label noise to the end: curves per epoch, memorization, artifacts and the backend', async () => {
    const running = worker();
    const id = await launch({ epochs: 4, noise: { rate: 0.2, scheme: 'flip', seed: 5 } });
    const run = await waitFor(
      async () => ((await runState(id)).status === 'succeeded' ? runState(id) : null),
      'the run to succeed',
      90_000,
    ).catch((error) => {
      throw new Error(`${error.message}\n${running.output()}`);
    });
    expect(run).toMatchObject({ epochsDone: 4, progress: 1, backend: 'wasm', attempt: 1, error: null });
    const result = await request(
      `query($id: ID!) { run(id: $id) { status summary metricKeys artifacts { name epoch } noisyExamples { row trueLabel noisyLabel firstMemorizedEpoch } logs { attempt level message }
        metrics(keys: ["val/accuracy", "noise/memorized_fraction"]) { key points { step value } } } }`,
      { id },
      owner.caller,
      owner.team.slug,
    );
    const r = result.data!.run;
    expect(r.status).toBe('SUCCEEDED');
    const log = r.logs.map((l: { message: string }) => l.message);
    expect(log[0]).toMatch(/^attempt 1 on .+ \(worker [0-9a-f]{8}, training process \d+, tfjs backend wasm\)$/);
    expect(log[1]).toMatch(/^4800 training, \d+ validation, \d+ test rows; 15 classes; 960 labels corrupted$/);
    expect(log.filter((m: string) => /^epoch \d\/4 in [\d.]+ s: train\/loss /.test(m))).toHaveLength(4);
    expect(log.at(-1)).toBe(`succeeded: test accuracy ${r.summary['test/accuracy'].toFixed(4)}`);
    expect(r.metricKeys).toEqual(
      expect.arrayContaining([
        'train/loss',
        'train/accuracy',
        'val/loss',
        'val/accuracy',
        'train/batch_loss',
        'train/clean_accuracy',
        'noise/memorized_fraction',
        'noise/recovered_fraction',
        'noise/detection_f1',
      ]),
    );
    for (const series of r.metrics) expect(series.points.map((p: { step: number }) => p.step)).toEqual([1, 2, 3, 4]);
    // A record of every training example per epoch, for ranking label errors over the epochs.
    expect(r.artifacts.map((a: { name: string }) => a.name).sort()).toEqual([
      'checkpoint',
      'model',
      'training-losses-1',
      'training-losses-2',
      'training-losses-3',
      'training-losses-4',
    ]);
    // Exactly 20% of the training split (4,800 of 6,000 rows) was flipped, each to another class.
    expect(r.noisyExamples).toHaveLength(Math.round(0.2 * 4800));
    expect(r.noisyExamples.every((e: { trueLabel: string; noisyLabel: string }) => e.trueLabel !== e.noisyLabel)).toBe(true);
    const memorized = r.metrics.find((s: { key: string }) => s.key === 'noise/memorized_fraction').points.at(-1).value;
    expect(
      r.noisyExamples.filter((e: { firstMemorizedEpoch: number | null }) => e.firstMemorizedEpoch !== null).length,
    ).toBeGreaterThanOrEqual(Math.round(memorized * 960));
    // Each ranking is scored against the injected errors; the default is the best, and the list follows its scores.
    const suspects = await request(
      `query($id: ID!) { run(id: $id) { labelErrors(first: 100) { ranking rankings { ranking available detectionF1 preferred } examples { score injected text line } }
        metrics(keys: ["noise/detection_f1"]) { points { value } } } }`,
      { id },
      owner.caller,
      owner.team.slug,
    );
    expect(suspects.errors).toBeUndefined();
    const report = suspects.data!.run.labelErrors;
    const f1 = Object.fromEntries(report.rankings.map((x: { ranking: string; detectionF1: number }) => [x.ranking, x.detectionF1]));
    expect(report.rankings.every((x: { available: boolean }) => x.available)).toBe(true);
    expect(f1[report.ranking]).toBe(Math.max(f1.EARLY_LOSS, f1.AUM, f1.LAST_LOSS));
    // The last-epoch loss ranking is the engine's epoch metric.
    expect(f1.LAST_LOSS).toBeCloseTo(suspects.data!.run.metrics[0].points.at(-1).value, 5);
    const list = report.examples as { score: number; injected: boolean; text: string; line: number }[];
    expect(list).toHaveLength(100);
    expect(list.map((e) => e.score)).toEqual([...list.map((e) => e.score)].sort((a, b) => b - a));
    expect(list[0]!.text.length).toBeGreaterThan(0);
    expect(list[0]!.line).toBeGreaterThan(0);
    // The CSV holds every training example, suspects first.
    const csv = await createLabelErrorsHandler(() => db)(
      new Request(`http://localhost/api/runs/${id}/suspected-label-errors`, { headers: await authHeaders(owner.caller, owner.team.slug) }),
      id,
    );
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe('line,text,given_label,predicted_label,score,last_loss,model_agreed_every_epoch,injected');
    expect(lines).toHaveLength(4801);
    const agreed = lines.slice(1).map((l) => /,(true|false),(?:true|false)$/.exec(l)![1] === 'true');
    expect(agreed.indexOf(true)).toBeGreaterThan(0);
    expect(agreed.slice(agreed.indexOf(true)).every(Boolean)).toBe(true);
    // The test scores come with how far they can be trusted.
    const trust = (
      await request(
        `query($id: ID!) { run(id: $id) { testUncertainty { items smallestClass smallestClassItems intervals { key low high } } } }`,
        { id },
        owner.caller,
        owner.team.slug,
      )
    ).data!.run.testUncertainty;
    expect(trust.items).toBe(Number(/(\d+) test rows/.exec(log[1])![1]));
    expect(trust.smallestClassItems).toBeGreaterThan(0);
    // The demo titles are easy (test accuracy near 1): Wilson's interval still has width there.
    expect(trust.intervals.find((i: { key: string }) => i.key === 'test/accuracy').low).toBeLessThan(r.summary['test/accuracy']);
    for (const key of ['test/accuracy', 'test/macro_f1']) {
      const interval = trust.intervals.find((i: { key: string }) => i.key === key);
      expect(interval.low).toBeLessThanOrEqual(r.summary[key]);
      expect(interval.high).toBeGreaterThanOrEqual(r.summary[key]);
      expect(interval.high - interval.low).toBeLessThan(0.2);
    }
    expect(r.summary['val/accuracy']).toBeGreaterThan(0.8);
    expect(r.summary['test/accuracy']).toBeGreaterThan(0.8);
  }, 120_000);

  it('stops a running run within a batch when it is canceled', async () => {
    const running = worker();
    const id = await launch({ epochs: 300, batchSize: 8 });
    await waitFor(async () => (await runState(id)).epochsDone >= 1, 'the first epoch', 60_000);
    const canceled = await request(
      `mutation($id: ID!) { cancelRun(id: $id) { run { status cancelRequested } } }`,
      { id },
      owner.caller,
      owner.team.slug,
    );
    expect(canceled.data!.cancelRun.run).toEqual({ status: 'RUNNING', cancelRequested: true });
    const asked = Date.now();
    const run = await waitFor(async () => ((await runState(id)).status === 'canceled' ? runState(id) : null), 'the run to stop', 10_000);
    expect(Date.now() - asked).toBeLessThan(5_000);
    expect(run.epochsDone).toBeLessThan(300);
  }, 90_000);

  it('resumes a run on another worker after its worker is SIGKILLed: every epoch exactly once', async () => {
    const first = worker();
    const id = await launch({ epochs: 6, batchSize: 16 });
    await waitFor(async () => (await runState(id)).epochsDone >= 2, 'two epochs on the first worker', 60_000);
    first.kill('SIGKILL');
    const killedAt = new Date();
    const doneBeforeKill = (await runState(id)).epochsDone;
    const second = worker();
    const run = await waitFor(
      async () => ((await runState(id)).status === 'succeeded' ? runState(id) : null),
      'the run to finish on the second worker',
      90_000,
    ).catch((error) => {
      throw new Error(`${error.message}\n${second.output()}`);
    });
    expect(run.attempt).toBe(2);
    const logs = await request(`query($id: ID!) { run(id: $id) { logs { attempt message } } }`, { id }, owner.caller, owner.team.slug);
    expect(logs.data!.run.logs).toContainEqual({ attempt: 2, message: `resumed from the checkpoint of epoch ${doneBeforeKill}` });
    // The takeover says why, in the attempt it ended.
    const requeued = logs.data!.run.logs.filter((l: { message: string }) => l.message.startsWith('requeued'));
    expect(requeued).toEqual([
      {
        attempt: 1,
        message: expect.stringMatching(
          new RegExp(`^requeued: its worker on .+ sent no heartbeat for \\d+ s; resumes after epoch ${doneBeforeKill}$`),
        ),
      },
    ]);
    const points = await storedPoints(db, id, 'val/accuracy');
    expect(points.map((p) => p.step)).toEqual([1, 2, 3, 4, 5, 6]);
    // Epochs finished before the kill were not trained again: their points still carry their first timestamps.
    for (const p of points) expect(p.wallTime < killedAt).toBe(p.step <= doneBeforeKill);
  }, 150_000);

  it('a worker stopped in a long epoch checkpoints at the next batch and exits; the run resumes there, every batch once', async () => {
    const first = worker();
    // One title per batch: each epoch takes seconds, so the stop lands mid-epoch.
    const id = await launch({ epochs: 2, batchSize: 1 });
    // Stopped once epoch 2's first batches are written (the writer sends points every second), not at an epoch's end.
    await waitFor(
      async () => {
        const last = (await storedPoints(db, id, 'train/batch_loss')).at(-1);
        return (await runState(id)).epochsDone >= 1 && Number(last?.step) > 4800 + 50;
      },
      'the second epoch under way',
      90_000,
    );
    const asked = Date.now();
    first.kill('SIGTERM');
    expect(await exitOf(first)).toBe(0);
    expect(Date.now() - asked).toBeLessThan(10_000);
    const stopped = await runState(id);
    expect(stopped).toMatchObject({ status: 'queued', epochsDone: 1 });
    const logs = async () =>
      (await request(`query($id: ID!) { run(id: $id) { logs { attempt message } } }`, { id }, owner.caller, owner.team.slug)).data!.run
        .logs;
    const handedBack = (await logs()).find((l: { message: string }) => l.message.startsWith('handed back'));
    const [, batch, batches] =
      /^handed back at batch (\d+)\/(\d+) of epoch 2: the worker is stopping$/.exec(handedBack?.message ?? '') ?? [];
    expect(Number(batch)).toBe(stopped.batchesDone);
    expect(stopped.batchesDone).toBeGreaterThan(0);
    expect(stopped.batchesDone).toBeLessThan(Number(batches));

    const resumedAt = new Date();
    worker();
    await waitFor(async () => (await runState(id)).status === 'succeeded', 'the run to finish on the second worker', 90_000);
    expect(await logs()).toContainEqual({ attempt: 2, message: `resumed from the checkpoint of batch ${batch}/${batches} of epoch 2` });
    const points = await storedPoints(db, id, 'train/batch_loss');
    // Every batch of both epochs once, and those trained before the stop were not trained again.
    expect(points.map((p) => p.step)).toEqual(Array.from({ length: 2 * Number(batches) }, (_, i) => i));
    for (const p of points) expect(p.wallTime < resumedAt).toBe(p.step < Number(batches) + Number(batch));
  }, 150_000);

  it('marks a run that throws as failed with its error, and the worker goes on with the next run', async () => {
    const broken = await launch({ epochs: 2 });
    // A run that claims a finished epoch it has no checkpoint for cannot resume: a real failure of the engine.
    await db.update(runs).set({ epochsDone: 1 }).where(eq(runs.id, broken));
    const running = worker();
    const failed = await waitFor(
      async () => ((await runState(broken)).status === 'failed' ? runState(broken) : null),
      'the run to fail',
      60_000,
    );
    expect(failed.error).toBe('no checkpoint for epoch 1 to resume from');
    expect(failed.errorStack).toContain('runJob.ts');
    const logs = await request(
      `query($id: ID!) { run(id: $id) { logs(last: 1) { level message } } }`,
      { id: broken },
      owner.caller,
      owner.team.slug,
    );
    expect(logs.data!.run.logs).toEqual([{ level: 'error', message: 'failed: no checkpoint for epoch 1 to resume from' }]);
    const next = await launch({ epochs: 1 });
    await waitFor(async () => (await runState(next)).status === 'succeeded', 'the next run to succeed', 60_000);
    expect(running.exitCode).toBeNull();
  }, 120_000);
});
