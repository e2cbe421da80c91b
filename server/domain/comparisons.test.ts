import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { comparisonShares, memberships, runs } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { errorCode, graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { writeCurve as writeStoredCurve } from '../../test/points';

let db: Database;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let other: Awaited<ReturnType<typeof newUserWithTeam>>;
let versionId: string;

const as = (document: string, variables: Record<string, unknown> = {}, who = owner) =>
  request(document, variables, who.caller, who.team.slug);
const SWEEP = `mutation($input: LaunchSweepInput!) { launchSweep(input: $input) { group { id kind varies runs { id name seed config } } } }`;
const SAVE = `mutation($input: ComparisonInput!) { saveComparison(input: $input) { comparison { id name metrics settings runs { id } group { id } } } }`;
const SHARE = `mutation($id: ID!, $expiresAt: DateTime) { createShareLink(comparisonId: $id, expiresAt: $expiresAt) { token path shareLink { id active } } }`;
const SHARED = `query($t: String!) { sharedComparison(token: $t) { name metrics settings runs { id name config phases { phase } } series(maxPoints: 100) { runId key points { step value } } } }`;

/** Points as a worker would have written them, so curves exist without training. */
const writeCurve = (runId: string, teamId: string, key: string, values: number[]) =>
  writeStoredCurve(db, { id: runId, teamId }, key, values, { firstStep: 1 });

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Cora');
  other = await newUserWithTeam(request, 'Otto');
  const sample = await as(`mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`);
  versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;
}, 60_000);

describe('sweeps', () => {
  it('launches one run per grid point, first axis slowest, as one group', async () => {
    const result = await as(SWEEP, {
      input: {
        kind: 'logistic_regression',
        datasetVersionId: versionId,
        name: 'Noise',
        seed: 5,
        config: { epochs: 2 },
        axes: [
          { field: 'noise.rate', values: [0, 0.2] },
          { field: 'seed', values: [1, 2] },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    const group = result.data!.launchSweep.group;
    expect(group).toMatchObject({ kind: 'sweep', varies: 'noise.rate, seed' });
    expect(group.runs.map((r: { config: { noise: { rate: number } }; seed: number }) => [r.config.noise.rate, r.seed])).toEqual([
      [0, 1],
      [0, 2],
      [0.2, 1],
      [0.2, 2],
    ]);
    expect(group.runs.every((r: { config: { epochs: number } }) => r.config.epochs === 2)).toBe(true);
    expect(group.runs[2].name).toBe('Noise · noise.rate=0.2 seed=1');
  });

  it('refuses a grid that is too large or a value a run cannot take, and launches nothing', async () => {
    const before = (await db.select({ n: sql<number>`count(*)::int` }).from(runs))[0]!.n;
    const big = await as(SWEEP, {
      input: {
        kind: 'logistic_regression',
        datasetVersionId: versionId,
        axes: [
          { field: 'seed', values: Array.from({ length: 11 }, (_, i) => i) },
          { field: 'epochs', values: Array.from({ length: 10 }, (_, i) => i + 1) },
        ],
      },
    });
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0]!.message).toContain('at most 100 runs');
    const bad = await as(SWEEP, {
      input: { kind: 'logistic_regression', datasetVersionId: versionId, axes: [{ field: 'noise.rate', values: [0.1, 0.9] }] },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('config.noise.rate');
    const misspelt = await as(SWEEP, {
      input: {
        kind: 'logistic_regression',
        datasetVersionId: versionId,
        axes: [
          { field: 'seed', values: [1] },
          { field: 'noise.rat', values: [0.1, 0.2] },
        ],
      },
    });
    expect(errorCode(misspelt)).toBe('BAD_USER_INPUT');
    expect(misspelt.errors![0]!.message).toBe('axes.1.field: "noise.rat" is not a config field of logistic_regression runs');
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(runs))[0]!.n).toBe(before);
  });
});

describe('saved and shared comparisons', () => {
  let runIds: string[];
  let comparisonId: string;

  beforeAll(async () => {
    const sweep = await as(SWEEP, {
      input: { kind: 'logistic_regression', datasetVersionId: versionId, axes: [{ field: 'seed', values: [1, 2, 3] }] },
    });
    runIds = sweep.data!.launchSweep.group.runs.map((r: { id: string }) => r.id);
    for (const [i, id] of runIds.entries()) await writeCurve(id, owner.team.id, 'val/loss', [1, 0.8 - i / 10, 0.6 - i / 10]);
  });

  it('saves, lists, updates and validates a comparison', async () => {
    const saved = await as(SAVE, {
      input: { name: 'Seeds', note: 'three seeds', runIds, metrics: ['val/loss'], settings: { smoothing: 0.6, logY: true } },
    });
    expect(saved.errors).toBeUndefined();
    const comparison = saved.data!.saveComparison.comparison;
    comparisonId = comparison.id;
    expect(comparison.runs.map((r: { id: string }) => r.id)).toEqual(runIds);
    // Settings left out take their defaults.
    expect(comparison.settings).toMatchObject({ smoothing: 0.6, logY: true, xAxis: 'epoch', groupBy: null });
    const updated = await as(
      `mutation($id: ID!, $input: ComparisonInput!) { updateComparison(id: $id, input: $input) { comparison { name runs { id } } } }`,
      {
        id: comparisonId,
        input: { name: 'Two seeds', runIds: runIds.slice(0, 2), metrics: ['val/loss'] },
      },
    );
    expect(updated.data!.updateComparison.comparison).toEqual({ name: 'Two seeds', runs: runIds.slice(0, 2).map((id) => ({ id })) });
    expect((await as(`{ comparisons { id name } }`)).data!.comparisons).toContainEqual({ id: comparisonId, name: 'Two seeds' });
    const bad = await as(SAVE, { input: { name: 'x', runIds, metrics: ['val/loss'], settings: { smoothing: 2 } } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('settings.smoothing');
    expect(errorCode(await as(SAVE, { input: { name: 'x', metrics: [] } }))).toBe('BAD_USER_INPUT');
  });

  it('carries its curves: its metrics, with wall times when its x-axis is time or when asked', async () => {
    const SERIES = `query($id: ID!) { comparison(id: $id) { series { runId key steps wallTimes } wide: series(keys: ["val/loss"], maxPoints: 4, withWallTime: true) { steps wallTimes } } }`;
    const onEpochs = (await as(SERIES, { id: comparisonId })).data!.comparison;
    expect(onEpochs.series.map((s: { runId: string }) => s.runId)).toEqual(runIds.slice(0, 2));
    expect(onEpochs.series[0]).toMatchObject({ key: 'val/loss', steps: [1, 2, 3], wallTimes: null });
    expect(onEpochs.wide[0].wallTimes).toHaveLength(3);
    const timed = await as(SAVE, { input: { name: 'In time', runIds, metrics: ['val/loss'], settings: { xAxis: 'relative' } } });
    const inTime = (await as(SERIES, { id: timed.data!.saveComparison.comparison.id })).data!.comparison;
    expect(inTime.series).toHaveLength(3);
    expect(inTime.series[2].wallTimes.every((t: number) => t > 1.7e9)).toBe(true);
  });

  it('follows a group: runs added to it later appear', async () => {
    const sweep = await as(SWEEP, {
      input: { kind: 'logistic_regression', datasetVersionId: versionId, axes: [{ field: 'seed', values: [1] }] },
    });
    const group = sweep.data!.launchSweep.group;
    const saved = await as(SAVE, { input: { name: 'Follow', groupId: group.id, metrics: ['val/loss'] } });
    expect(saved.data!.saveComparison.comparison.runs).toEqual([{ id: group.runs[0].id }]);
  });

  it('a public link shows the comparison without sign-in until it is revoked or expires', async () => {
    const link = await as(SHARE, { id: comparisonId });
    const { token, path, shareLink } = link.data!.createShareLink;
    expect(path).toBe(`/share/${token}`);
    expect(shareLink.active).toBe(true);
    const shared = await request(SHARED, { t: token });
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.sharedComparison.name).toBe('Two seeds');
    expect(shared.data!.sharedComparison.runs.map((r: { id: string }) => r.id)).toEqual(runIds.slice(0, 2));
    expect(shared.data!.sharedComparison.series.map((s: { runId: string }) => s.runId).sort()).toEqual(runIds.slice(0, 2).sort());
    expect(shared.data!.sharedComparison.series[0].points).toHaveLength(3);

    // A link shows its comparison's metrics only, however it is asked.
    const other = await request(
      `query($t: String!) { sharedComparison(token: $t) { series(keys: ["val/loss", "train/secret"], maxPoints: 10000) { key points { step } } } }`,
      { t: token },
    );
    expect(other.data!.sharedComparison.series.map((s: { key: string }) => s.key)).toEqual(['val/loss', 'val/loss']);

    await as(`mutation($id: ID!) { revokeShareLink(id: $id) { shareLink { active revokedAt } } }`, { id: shareLink.id });
    expect(errorCode(await request(SHARED, { t: token }))).toBe('NOT_FOUND');

    const soon = await as(SHARE, { id: comparisonId, expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect((await request(SHARED, { t: soon.data!.createShareLink.token })).errors).toBeUndefined();
    await db
      .update(comparisonShares)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(comparisonShares.id, soon.data!.createShareLink.shareLink.id));
    expect(errorCode(await request(SHARED, { t: soon.data!.createShareLink.token }))).toBe('NOT_FOUND');
    expect(errorCode(await as(SHARE, { id: comparisonId, expiresAt: new Date(Date.now() - 1000).toISOString() }))).toBe('BAD_USER_INPUT');
    const links = await as(`query($id: ID!) { comparison(id: $id) { shareLinks { active revokedAt expiresAt } } }`, { id: comparisonId });
    expect(links.data!.comparison.shareLinks.map((l: { active: boolean }) => l.active)).toEqual([false, false]);
  });

  it('a link dies with its maker’s membership', async () => {
    const link = await as(SHARE, { id: comparisonId });
    const token = link.data!.createShareLink.token;
    expect((await request(SHARED, { t: token })).errors).toBeUndefined();
    const [membership] = await db.delete(memberships).where(eq(memberships.userId, owner.userId)).returning();
    expect(errorCode(await request(SHARED, { t: token }))).toBe('NOT_FOUND');
    await db.insert(memberships).values(membership!);
  });

  it('a link of one team reveals nothing of another', async () => {
    const theirs = await as(`mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`, {}, other);
    const run = await as(
      `mutation($id: ID!) { createRun(input: { kind: "logistic_regression", datasetVersionId: $id }) { run { id } } }`,
      { id: theirs.data!.createSampleDataset.dataset.latestVersion.id },
      other,
    );
    const theirRun = run.data!.createRun.run.id;
    await writeCurve(theirRun, other.team.id, 'val/loss', [2, 1]);
    const saved = await as(SAVE, { input: { name: 'Otto’s', runIds: [theirRun], metrics: ['val/loss'] } }, other);
    const link = await as(SHARE, { id: saved.data!.saveComparison.comparison.id }, other);
    const shared = await request(SHARED, { t: link.data!.createShareLink.token });
    const text = JSON.stringify(shared.data);
    expect(text).toContain(theirRun);
    for (const id of [owner.team.id, comparisonId, ...runIds]) expect(text).not.toContain(id);
    // Nor can a comparison of one team be built from another's runs.
    expect(errorCode(await as(SAVE, { input: { name: 'theirs', runIds: [theirRun], metrics: ['val/loss'] } }))).toBe('NOT_FOUND');
  });
});
