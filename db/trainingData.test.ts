import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { loadTrainingData, type TrainingData } from './trainingData';
import { createTestDatabase } from '../test/database';
import { graphqlClient, newUserWithTeam, type RequestFn } from '../test/graphqlClient';
import { uploader } from '../test/uploads';

let db: Database;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let versionId: string;

/** 300 rows, a third of them "rare": small enough that an ablation draws a split per seed. */
const csv = [
  'size,colour,label',
  ...Array.from({ length: 300 }, (_, i) => `${i % 17},${['red', 'blue', 'green'][i % 3]},${i % 3 === 0 ? 'rare' : 'common'}`),
].join('\n');

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Sara');
  const staged = await uploader(db)(owner.caller, owner.team.slug, 'small.csv', csv);
  const created = await request(
    `mutation($input: CreateDatasetInput!) { createDataset(input: $input) { dataset { latestVersion { id splitConfig { seed } } } } }`,
    { input: { name: 'small', uploadId: staged.upload!.id } },
    owner.caller,
    owner.team.slug,
  );
  versionId = created.data!.createDataset.dataset.latestVersion.id;
}, 60_000);

const load = (splitSeed?: number) => loadTrainingData(db, owner.team.id, versionId, { splitSeed });
const sorted = (rows: number[]) => [...rows].sort((a, b) => a - b);
const rareShare = (data: TrainingData, rows: number[]) =>
  rows.filter((r) => data.classes[data.trueLabels[r]!] === 'rare').length / rows.length;

describe('repeated splits', () => {
  it('draw a run its own stratified split with the version’s fractions; the version’s seed gives the version’s split', async () => {
    const version = await load();
    expect(version.testRows).toHaveLength(30);
    // The algorithm that drew the version's split, with its seed (42 by default), draws it again.
    const again = await load(42);
    expect([again.trainRows, again.validationRows, again.testRows]).toEqual([version.trainRows, version.validationRows, version.testRows]);

    const [first, second, firstAgain] = [await load(1), await load(2), await load(1)];
    expect(firstAgain.testRows).toEqual(first.testRows);
    expect(sorted(first.testRows)).not.toEqual(sorted(version.testRows));
    expect(sorted(first.testRows)).not.toEqual(sorted(second.testRows));
    for (const data of [first, second]) {
      expect([data.trainRows.length, data.validationRows.length, data.testRows.length]).toEqual([240, 30, 30]);
      expect(new Set([...data.trainRows, ...data.validationRows, ...data.testRows]).size).toBe(300);
      // Stratified: every split keeps the classes' shares.
      for (const rows of [data.trainRows, data.validationRows, data.testRows]) expect(rareShare(data, rows)).toBeCloseTo(1 / 3, 5);
    }
  });

  it('draw a split per seed in an ablation over several seeds on a small test split, shared by the modes of one seed', async () => {
    const launched = await request(
      `mutation($input: CreateRunInput!, $seeds: Int) { launchAblation(input: $input, seeds: $seeds) { group { runs { seed config } } } }`,
      { input: { kind: 'wide_deep', datasetVersionId: versionId, seed: 5, config: { epochs: 1 } }, seeds: 2 },
      owner.caller,
      owner.team.slug,
    );
    const runs = launched.data!.launchAblation.group.runs as { seed: number; config: { mode: string; splitSeed?: number } }[];
    expect(runs).toHaveLength(6);
    for (const run of runs) expect(run.config.splitSeed).toBe(run.seed);
    // One seed, or a split the config fixes: the runs keep it.
    const fixed = await request(
      `mutation($input: CreateRunInput!, $seeds: Int) { launchAblation(input: $input, seeds: $seeds) { group { runs { config } } } }`,
      { input: { kind: 'wide_deep', datasetVersionId: versionId, seed: 5, config: { epochs: 1, splitSeed: 9 } }, seeds: 2 },
      owner.caller,
      owner.team.slug,
    );
    expect(fixed.data!.launchAblation.group.runs.map((r: { config: { splitSeed: number } }) => r.config.splitSeed)).toEqual(
      Array(6).fill(9),
    );
    const single = await request(
      `mutation($input: CreateRunInput!, $seeds: Int) { launchAblation(input: $input, seeds: $seeds) { group { runs { config } } } }`,
      { input: { kind: 'wide_deep', datasetVersionId: versionId, config: { epochs: 1 } }, seeds: 1 },
      owner.caller,
      owner.team.slug,
    );
    expect(single.data!.launchAblation.group.runs.every((r: { config: object }) => !('splitSeed' in r.config))).toBe(true);
  });
});
