import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { metricChunks, runArtifacts, runs } from '../../db/schema';
import { createArtifactHandler, createLabelErrorsHandler } from '../http/runArtifacts';
import { createTestDatabase } from '../../test/database';
import { authHeaders, graphqlClient, newUserWithTeam, type Caller, type RequestFn } from '../../test/graphqlClient';
import { writeCurve } from '../../test/points';

let db: Database;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let titles: { datasetId: string; versionId: string };
let corpusVersionId: string;

const CREATE = `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id status kind config seed tags parent { id } } } }`;
const create = (input: Record<string, unknown>) => request(CREATE, { input }, owner.caller, owner.team.slug);

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Rita');
  const sample = async (key: string) =>
    (
      await request(
        `mutation($key: String!) { createSampleDataset(key: $key) { dataset { id latestVersion { id } } } }`,
        { key },
        owner.caller,
        owner.team.slug,
      )
    ).data!.createSampleDataset.dataset;
  const t = await sample('product-titles');
  titles = { datasetId: t.id, versionId: t.latestVersion.id };
  corpusVersionId = (await sample('synthetic-corpus')).latestVersion.id;
}, 60_000);

describe('creating runs', () => {
  it('fills the kind’s defaults, queues the run and its job together', async () => {
    const created = await create({
      kind: 'logistic_regression',
      datasetVersionId: titles.versionId,
      config: { epochs: 3 },
      tags: ['baseline'],
    });
    const run = created.data!.createRun.run;
    expect(run).toMatchObject({
      status: 'QUEUED',
      config: { epochs: 3, batchSize: 64, learningRate: 0.05, noise: { rate: 0, scheme: 'flip' } },
      tags: ['baseline'],
    });
    const [job] = await db.execute<{ count: number }>(
      `select count(*)::int as count from pgboss.job where name = 'run-train' and data->>'runId' = '${run.id}'`,
    );
    expect(job!.count).toBe(1);
  });

  it('refuses a bad config naming the field, a wrong task type and an unknown kind, and stores nothing', async () => {
    const before = (await db.select().from(runs)).length;
    const epochs = await create({ kind: 'logistic_regression', datasetVersionId: titles.versionId, config: { epochs: 0 } });
    expect(epochs.errors![0]).toMatchObject({
      message: 'config.epochs: train at least 1 epoch',
      extensions: { code: 'BAD_USER_INPUT', field: 'config.epochs' },
    });
    const noise = await create({ kind: 'logistic_regression', datasetVersionId: titles.versionId, config: { noise: { rate: 0.8 } } });
    expect(noise.errors![0]!.extensions!.field).toBe('config.noise.rate');
    const matrix = await create({
      kind: 'logistic_regression',
      datasetVersionId: titles.versionId,
      config: {
        noise: {
          rate: 0.1,
          scheme: 'matrix',
          matrix: [
            [0, 1],
            [1, 0],
          ],
        },
      },
    });
    expect(matrix.errors![0]).toMatchObject({
      message: 'config.noise.matrix: this dataset has 15 classes, so the matrix must be 15 × 15',
      extensions: { field: 'config.noise.matrix' },
    });
    const corpus = await create({ kind: 'logistic_regression', datasetVersionId: corpusVersionId });
    expect(corpus.errors![0]!.message).toMatch(/trains on text_classification or tabular data, not corpus/);
    const kind = await create({ kind: 'magic', datasetVersionId: titles.versionId });
    expect(kind.errors![0]!.message).toMatch(/unknown run kind "magic"/);
    expect((await db.select().from(runs)).length).toBe(before);
  });
});

describe('run lifecycle', () => {
  it('cancels a queued run at once, retries it as a new linked run, and filters the list', async () => {
    const id = (await create({ kind: 'logistic_regression', datasetVersionId: titles.versionId, tags: ['to-cancel'] })).data!.createRun.run
      .id;
    const canceled = await request(
      `mutation($id: ID!) { cancelRun(id: $id) { run { status finishedAt } } }`,
      { id },
      owner.caller,
      owner.team.slug,
    );
    expect(canceled.data!.cancelRun.run.status).toBe('CANCELED');
    const again = await request(`mutation($id: ID!) { cancelRun(id: $id) { run { status } } }`, { id }, owner.caller, owner.team.slug);
    expect(again.errors![0]!.message).toMatch(/already been canceled/);
    const retried = await request(
      `mutation($id: ID!) { retryRun(id: $id) { run { id status seed parent { id } } } }`,
      { id },
      owner.caller,
      owner.team.slug,
    );
    expect(retried.data!.retryRun.run).toMatchObject({ status: 'QUEUED', parent: { id } });
    const list = await request(
      `{ canceled: runs(filter: { status: CANCELED }) { nodes { id } } tagged: runs(filter: { tag: "to-cancel" }) { nodes { id } } }`,
      {},
      owner.caller,
      owner.team.slug,
    );
    expect(list.data!.canceled.nodes).toEqual([{ id }]);
    expect(list.data!.tagged.nodes.map((n: { id: string }) => n.id).sort()).toEqual([id, retried.data!.retryRun.run.id].sort());
    const badFilter = await request(`{ runs(filter: { datasetId: "nope" }) { nodes { id } } }`, {}, owner.caller, owner.team.slug);
    expect(badFilter.errors![0]).toMatchObject({
      message: 'filter.datasetId: "nope" is not an id',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const byWhoAndWhen = `query($by: ID, $after: DateTime, $before: DateTime) { runs(filter: { tag: "to-cancel", createdBy: $by, createdAfter: $after, createdBefore: $before }) { nodes { id } } }`;
    const ask = async (vars: Record<string, unknown>) =>
      (await request(byWhoAndWhen, vars, owner.caller, owner.team.slug)).data!.runs.nodes.length;
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    expect(await ask({ by: owner.userId, after: hourAgo, before: inAnHour })).toBe(2);
    expect(await ask({ after: inAnHour })).toBe(0);
    expect(await ask({ before: hourAgo })).toBe(0);
    expect(await ask({ by: '00000000-0000-4000-8000-000000000000' })).toBe(0);
  });

  it("edits a run's name, tags and notes after launch, leaving out what is not sent; bad input changes nothing", async () => {
    const id = (await create({ kind: 'logistic_regression', datasetVersionId: titles.versionId, tags: ['first'], notes: 'as launched' }))
      .data!.createRun.run.id;
    const UPDATE = `mutation($id: ID!, $input: UpdateRunInput!) { updateRun(id: $id, input: $input) { run { name tags notes } } }`;
    const update = (input: Record<string, unknown>) => request(UPDATE, { id, input }, owner.caller, owner.team.slug);
    expect((await update({ tags: ['lr-study', ' lr-study ', 'keep'] })).data!.updateRun.run).toMatchObject({
      tags: ['lr-study', 'keep'],
      notes: 'as launched',
    });
    expect((await update({ name: ' Baseline, lr 0.05 ', notes: 'Settles by epoch 3.' })).data!.updateRun.run).toEqual({
      name: 'Baseline, lr 0.05',
      tags: ['lr-study', 'keep'],
      notes: 'Settles by epoch 3.',
    });
    const refusals = [
      [{ name: '   ' }, 'name: give the run a name'],
      [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags: use at most 20 tags'],
      [{ tags: ['ok', ''] }, 'tags.1: a tag cannot be empty'],
      [{ notes: 'x'.repeat(8001) }, 'notes: use at most 8,000 characters'],
      [{ notes: 'a\u0000b', tags: ['new'] }, 'notes: may not contain a NUL character'],
    ] as const;
    for (const [input, message] of refusals)
      expect((await update(input)).errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    const [stored] = await db.select().from(runs).where(eq(runs.id, id));
    expect(stored).toMatchObject({ name: 'Baseline, lr 0.05', tags: ['lr-study', 'keep'], notes: 'Settles by epoch 3.' });
    const audit = await request(`{ auditEvents(first: 5) { nodes { action targetId } } }`, {}, owner.caller, owner.team.slug);
    expect(audit.data!.auditEvents.nodes).toContainEqual({ action: 'run.update', targetId: id });
  });

  it('refuses to delete a dataset that runs trained on', async () => {
    const deleted = await request(
      `mutation($id: ID!) { deleteDataset(id: $id) { deletedId } }`,
      { id: titles.datasetId },
      owner.caller,
      owner.team.slug,
    );
    expect(deleted.errors![0]!.message).toMatch(/runs trained on this dataset, so it cannot be deleted: archive it instead/);
  });
});

describe('downloads', () => {
  it('answers another team NOT_FOUND for a run’s artifacts and label-error list, and anonymous callers 401', async () => {
    const id = (await create({ kind: 'logistic_regression', datasetVersionId: titles.versionId })).data!.createRun.run.id;
    await db
      .insert(runArtifacts)
      .values({ runId: id, teamId: owner.team.id, name: 'model', epoch: 1, data: Buffer.from('weights'), bytes: 7 });
    const outsider = await newUserWithTeam(request, 'Otto');
    const artifact = (caller: Caller, team: string) =>
      authHeaders(caller, team).then((headers) =>
        createArtifactHandler(() => db)(new Request(`http://localhost/api/runs/${id}/artifacts/model`, { headers }), id, 'model'),
      );
    const labelErrors = (caller: Caller, team: string) =>
      authHeaders(caller, team).then((headers) =>
        createLabelErrorsHandler(() => db)(new Request(`http://localhost/api/runs/${id}/suspected-label-errors`, { headers }), id),
      );
    expect(Buffer.from(await (await artifact(owner.caller, owner.team.slug)).arrayBuffer()).toString()).toBe('weights');
    expect((await artifact(outsider.caller, outsider.team.slug)).status).toBe(404);
    expect((await artifact(outsider.caller, owner.team.slug)).status).toBe(404);
    expect((await artifact({ kind: 'anonymous' }, owner.team.slug)).status).toBe(401);
    expect((await labelErrors(outsider.caller, outsider.team.slug)).status).toBe(404);
    expect((await labelErrors(owner.caller, owner.team.slug)).status).toBe(200);
  });
});

describe('curves', () => {
  it('downsamples a long series to maxPoints and keeps the spike and the dip of each bucket', async () => {
    const id = (await create({ kind: 'logistic_regression', datasetVersionId: titles.versionId })).data!.createRun.run.id;
    const values = Array.from({ length: 10_000 }, (_, step) => 1 + Math.sin(step / 50) / 10);
    values[4321] = 50; // a spike one step wide
    values[7777] = -3; // and a dip
    await writeCurve(db, { id, teamId: owner.team.id }, 'train/loss', values, { epochOf: (step) => step / 1000 });
    const result = await request(
      `query($id: ID!) { run(id: $id) { metrics(keys: ["train/loss"], maxPoints: 100) { points { step value } } } }`,
      { id },
      owner.caller,
      owner.team.slug,
    );
    const curve = result.data!.run.metrics[0].points as { step: number; value: number }[];
    expect(curve.length).toBeLessThanOrEqual(100);
    expect(curve.length).toBeGreaterThan(90);
    expect(curve).toContainEqual({ step: 4321, value: 50 });
    expect(curve).toContainEqual({ step: 7777, value: -3 });
    expect(curve.map((p) => p.step)).toEqual([...curve.map((p) => p.step)].sort((a, b) => a - b));
    // The curve is drawn from its very first point to its very last, whatever the buckets kept.
    expect(curve[0]!.step).toBe(0);
    expect(curve.at(-1)!.step).toBe(9999);
    const none = await request(`query($id: ID!) { run(id: $id) { metrics(keys: []) { key } } }`, { id }, owner.caller, owner.team.slug);
    expect(none.data!.run.metrics).toEqual([]);
    const short = await request(
      `query($id: ID!) { run(id: $id) { metrics(keys: ["train/loss"], fromStep: 10, toStep: 19) { points { step } } } }`,
      { id },
      owner.caller,
      owner.team.slug,
    );
    expect(short.data!.run.metrics[0].points.map((p: { step: number }) => p.step)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    await db.delete(metricChunks).where(eq(metricChunks.runId, id));
  });
});
