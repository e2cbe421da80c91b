import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { runGroups, runs } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { startWorker, waitFor } from '../../test/processes';

let db: Database;
let url: string;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let versionId: string;

const LAUNCH = `mutation($input: CreateRunInput!, $seeds: Int) { launchAblation(input: $input, seeds: $seeds) { group { id name varies runs { id name seed config } } } }`;
const as = (document: string, variables: Record<string, unknown>) => request(document, variables, owner.caller, owner.team.slug);
const config = {
  epochs: 2,
  crosses: [['installed_apps', 'impressed_app']],
  crossBuckets: 1000,
  hiddenUnits: [16],
  noise: { rate: 0.1, seed: 4 },
};

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Wade');
  const sample = await as(`mutation { createSampleDataset(key: "app-impressions") { dataset { latestVersion { id } } } }`, {});
  versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;
}, 60_000);

/** A finished run scores rows: an unseen app and a missing age are fine, an unknown column is not. */
async function predictWith(runId: string) {
  const REQUEST = `mutation($id: ID!, $rows: [JSON!]!) { requestPredictions(runId: $id, rows: $rows) { prediction { id status } } }`;
  const rows = [
    {
      user_age: 25,
      user_country: 'US',
      device: 'phone',
      installed_apps: 'games_1 games_2',
      impressed_app: 'games_3',
      impressed_category: 'games',
    },
    { user_age: null, user_country: 'Atlantis', installed_apps: '', impressed_app: 'brand_new_app', impressed_category: 'games' },
  ];
  const asked = await as(REQUEST, { id: runId, rows });
  expect(asked.data!.requestPredictions.prediction.status).toBe('PENDING');
  const answer = await waitFor(
    async () => {
      const p = (
        await as(`query($id: ID!) { prediction(id: $id) { status error results { row label probabilities { class probability } } } }`, {
          id: asked.data!.requestPredictions.prediction.id,
        })
      ).data!.prediction;
      return p.status === 'PENDING' ? null : p;
    },
    'the prediction',
    60_000,
  );
  expect(answer).toMatchObject({ status: 'DONE', error: null });
  expect(answer.results).toHaveLength(2);
  for (const result of answer.results) {
    expect(['0', '1']).toContain(result.label);
    expect(result.probabilities[0].class).toBe(result.label);
    expect(result.probabilities.reduce((a: number, p: { probability: number }) => a + p.probability, 0)).toBeCloseTo(1, 5);
  }
  // A null is a missing value, stored as one: left out.
  expect(answer.results[1].row).toEqual({
    user_country: 'Atlantis',
    installed_apps: '',
    impressed_app: 'brand_new_app',
    impressed_category: 'games',
  });
  const bad = await as(REQUEST, { id: runId, rows: [{ user_age: 30, favourite_colour: 'red' }] });
  expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'rows.0.favourite_colour' } });
  expect(bad.errors![0]!.message).toMatch(/^rows\.0: unknown column "favourite_colour"; the model reads user_age, user_country/);
  expect((await as(REQUEST, { id: runId, rows: [] })).errors![0]!.message).toBe('rows: give at least one row');
}

/** Each mode is one configuration, scored by the mean over its two seeds with the t interval (t₀.₉₇₅,₁ = 12.706, s/√2 = |a − b|/2). */
async function expectMeansOverSeeds(runId: string) {
  const GROUP = `query($id: ID!) { run(id: $id) { group { scoreKeys configurations { label runs { id summary } scores { key mean low high n best } } } } }`;
  const { scoreKeys, configurations } = (await as(GROUP, { id: runId })).data!.run.group;
  expect(scoreKeys).toEqual(['test/auc', 'test/accuracy', 'test/loss', 'test/calibration_error']);
  expect(configurations.map((c: { label: string }) => c.label)).toEqual(['deep', 'wide', 'wide_deep']);
  for (const configuration of configurations) {
    const [a, b] = configuration.runs.map((r: { summary: Record<string, number> }) => r.summary['test/auc']!);
    const auc = configuration.scores.find((s: { key: string }) => s.key === 'test/auc');
    const half = (12.706205 * Math.abs(a - b)) / Math.SQRT2 / Math.SQRT2;
    expect(auc).toMatchObject({ n: 2 });
    expect(auc.mean).toBeCloseTo((a + b) / 2, 9);
    // A share's interval is clipped to [0, 1].
    expect(auc.low).toBeCloseTo(Math.max(0, (a + b) / 2 - half), 4);
    expect(auc.high).toBeCloseTo(Math.min(1, (a + b) / 2 + half), 4);
  }
  // A best configuration only where its interval overlaps no other's.
  for (const key of scoreKeys) {
    const scores = configurations.map((c: { scores: { key: string }[] }) => c.scores.find((s) => s.key === key)!);
    for (const best of scores.filter((s: { best: boolean }) => s.best)) {
      expect(scores.filter((s: { low: number; high: number }) => s !== best && s.low <= best.high && best.low <= s.high)).toEqual([]);
    }
  }
}

describe('Wide & Deep ablations', () => {
  it('refuse a cross of a column the dataset lacks, and a kind without modes, storing nothing', async () => {
    const before = [(await db.select().from(runs)).length + 1, (await db.select().from(runGroups)).length];
    const badColumn = await as(LAUNCH, {
      input: { kind: 'wide_deep', datasetVersionId: versionId, config: { crosses: [['user_country', 'favourite_colour']] } },
    });
    expect(badColumn.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'config.crosses.0.1' } });
    expect(badColumn.errors![0]!.message).toMatch(
      /^config\.crosses\.0\.1: the dataset has no feature column "favourite_colour"; it has user_age, user_country/,
    );
    const tooWide = await as(LAUNCH, {
      input: {
        kind: 'wide_deep',
        datasetVersionId: versionId,
        config: {
          crossBuckets: 100_000,
          crosses: [
            ['user_country', 'device'],
            ['device', 'impressed_app'],
            ['user_age', 'impressed_app'],
          ],
        },
      },
    });
    expect(tooWide.errors![0]).toMatchObject({
      message: 'config.crossBuckets: crosses × crossBuckets must stay at most 200,000',
      extensions: { field: 'config.crossBuckets' },
    });
    const noModes = await as(LAUNCH, { input: { kind: 'logistic_regression', datasetVersionId: versionId } });
    const queued = await as(`mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`, {
      input: { kind: 'wide_deep', datasetVersionId: versionId },
    });
    const early = await as(`mutation($id: ID!) { requestPredictions(runId: $id, rows: [{ user_age: 30 }]) { prediction { id } } }`, {
      id: queued.data!.createRun.run.id,
    });
    expect(early.errors![0]).toMatchObject({
      message: 'runId: the run has no final model (it is queued); predictions need a run that succeeded',
      extensions: { field: 'runId' },
    });
    await as(`mutation($id: ID!) { cancelRun(id: $id) { run { id } } }`, { id: queued.data!.createRun.run.id });
    expect(noModes.errors![0]).toMatchObject({
      message: 'kind: only wide_deep, hybrid, and finetune runs have an ablation',
      extensions: { field: 'kind' },
    });
    expect([(await db.select().from(runs)).length, (await db.select().from(runGroups)).length]).toEqual(before);
  });

  it('refuse more than 10 seeds or fewer than 1, storing nothing', async () => {
    const before = (await db.select().from(runs)).length;
    for (const seeds of [0, 11]) {
      const refused = await as(LAUNCH, { input: { kind: 'wide_deep', datasetVersionId: versionId }, seeds });
      expect(refused.errors![0]).toMatchObject({
        message: seeds ? 'seeds: run at most 10 seeds' : 'seeds: run at least 1 seed',
        extensions: { code: 'BAD_USER_INPUT', field: 'seeds' },
      });
    }
    expect((await db.select().from(runs)).length).toBe(before);
  });

  it('train wide, deep and joint over two seeds on real workers: AUC and calibration per split, means over seeds, label noise tracked, what the model learned explained, rows scored', async () => {
    const launched = await as(LAUNCH, {
      input: { kind: 'wide_deep', name: 'impressions', datasetVersionId: versionId, config, seed: 11 },
      seeds: 2,
    });
    const { group } = launched.data!.launchAblation;
    expect(group).toMatchObject({ name: 'impressions', varies: 'mode, seed' });
    expect(group.runs.map((r: { name: string; seed: number; config: { mode: string } }) => [r.name, r.seed, r.config.mode])).toEqual([
      ['impressions · deep · seed 11', 11, 'deep'],
      ['impressions · deep · seed 12', 12, 'deep'],
      ['impressions · wide · seed 11', 11, 'wide'],
      ['impressions · wide · seed 12', 12, 'wide'],
      ['impressions · wide_deep · seed 11', 11, 'wide_deep'],
      ['impressions · wide_deep · seed 12', 12, 'wide_deep'],
    ]);
    const worker = startWorker(url);
    try {
      await waitFor(
        async () => {
          const state = await as(`query($id: ID!) { run(id: $id) { group { runs { status } } } }`, { id: group.runs[0].id });
          const statuses = state.data!.run.group.runs.map((r: { status: string }) => r.status);
          if (statuses.includes('FAILED')) throw new Error(`a run failed: ${JSON.stringify(statuses)}`);
          return statuses.every((s: string) => s === 'SUCCEEDED');
        },
        'the six runs to succeed',
        240_000,
      );
    } catch (error) {
      worker.kill('SIGTERM');
      throw error;
    }
    const [deep, , wide, , joint] = group.runs.map((r: { id: string }) => r.id);
    await expectMeansOverSeeds(group.runs[0].id);
    try {
      await predictWith(joint);
    } finally {
      worker.kill('SIGTERM');
    }
    const RUN = `query($id: ID!) { run(id: $id) { summary metricKeys explanation { crossWeights(first: 5) { feature class weight } embeddingColumns } } }`;
    for (const id of [wide, deep, joint]) {
      const { run } = (await as(RUN, { id })).data!;
      expect(run.summary['test/auc']).toBeGreaterThan(0.5);
      expect(run.summary['test/calibration_error']).toBeLessThan(0.2);
      expect(run.metricKeys).toEqual(expect.arrayContaining(['val/auc', 'train/auc', 'noise/memorized_fraction']));
    }
    const jointRun = (await as(RUN, { id: joint })).data!.run;
    expect(jointRun.explanation.crossWeights).toHaveLength(5);
    expect(jointRun.explanation.crossWeights[0].feature).toMatch(/^AND\(installed_apps=\w+, impressed_app=\w+\)$/);
    expect(jointRun.explanation.embeddingColumns).toEqual([
      'user_country',
      'device',
      'installed_apps',
      'impressed_app',
      'impressed_category',
    ]);
    const NEAR = `query($id: ID!, $value: String!, $column: String!) { run(id: $id) { embeddingNeighbours(column: $column, value: $value, first: 3) { value similarity } } }`;
    const near = await as(NEAR, { id: joint, column: 'impressed_app', value: 'games_1' });
    expect(near.data!.run.embeddingNeighbours).toHaveLength(3);
    expect((await as(NEAR, { id: joint, column: 'impressed_app', value: 'no_such_app' })).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'value',
    });
    expect((await as(NEAR, { id: wide, column: 'impressed_app', value: 'games_1' })).errors![0]!.message).toBe(
      'column: the run has no embeddings for "impressed_app"; it has none',
    );
    expect((await as(RUN, { id: deep })).data!.run.explanation.crossWeights).toEqual([]);
  }, 300_000);
});
