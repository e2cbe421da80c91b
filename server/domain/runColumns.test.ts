import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { runs } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { graphqlClient, newUser, newUserWithTeam, type Caller, type RequestFn } from '../../test/graphqlClient';
import { storedPoints, writeCurve } from '../../test/points';

let db: Database;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let viewer: Caller;
let runIds: string[];

const COLUMNS = `{ runListColumns { source key } }`;
const SET = `mutation($columns: [RunColumnInput!]!) { setRunListColumns(columns: $columns) { source key } }`;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Ines');
  const vic = await newUser(request, 'Vic');
  const invite = await request(
    `mutation($e: String!) { createInvitation(input: { email: $e, role: VIEWER }) { inviteUrl } }`,
    { e: vic.email },
    owner.caller,
    owner.team.slug,
  );
  await request(
    `mutation($t: String!) { acceptInvitation(token: $t) { team { id } } }`,
    { t: invite.data!.createInvitation.inviteUrl.split('/invite/')[1] },
    vic.caller,
  );
  viewer = vic.caller;
  const sample = await request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    owner.caller,
    owner.team.slug,
  );
  const versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;
  runIds = [];
  for (const lr of [0.1, 0.01]) {
    const created = await request(
      `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
      { input: { kind: 'logistic_regression', datasetVersionId: versionId, config: { learningRate: lr } } },
      owner.caller,
      owner.team.slug,
    );
    runIds.push(created.data!.createRun.run.id);
  }
}, 60_000);

describe('run list columns', () => {
  it("keeps each user's own choice, in order; a viewer arranges their list too", async () => {
    const mine = [
      { source: 'SUMMARY', key: 'test/f1' },
      { source: 'BEST', key: 'val/loss' },
      { source: 'CONFIG', key: 'learningRate' },
    ];
    expect((await request(SET, { columns: mine }, owner.caller, owner.team.slug)).data!.setRunListColumns).toEqual(mine);
    expect((await request(COLUMNS, {}, viewer, owner.team.slug)).data!.runListColumns).toEqual([]);
    await request(SET, { columns: [{ source: 'CONFIG', key: 'epochs' }] }, viewer, owner.team.slug);
    expect((await request(COLUMNS, {}, owner.caller, owner.team.slug)).data!.runListColumns).toEqual(mine);
    expect((await request(COLUMNS, {}, viewer, owner.team.slug)).data!.runListColumns).toEqual([{ source: 'CONFIG', key: 'epochs' }]);
  });

  it('refuses too many columns, one chosen twice or a blank key, and keeps the stored choice', async () => {
    const before = (await request(COLUMNS, {}, owner.caller, owner.team.slug)).data!.runListColumns;
    const tooMany = Array.from({ length: 13 }, (_, i) => ({ source: 'SUMMARY', key: `k${i}` }));
    const refusals = [
      [tooMany, 'columns: choose at most 12 columns'],
      [
        [
          { source: 'SUMMARY', key: 'a' },
          { source: 'SUMMARY', key: ' a ' },
        ],
        'columns: a column is chosen twice',
      ],
      [[{ source: 'CONFIG', key: '  ' }], 'columns.0.key: name the metric or config field'],
      [[{ source: 'CONFIG', key: 'a\u0000b' }], 'columns.0.key: may not contain a NUL character'],
    ] as const;
    for (const [columns, message] of refusals) {
      const answer = await request(SET, { columns }, owner.caller, owner.team.slug);
      expect(answer.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect((await request(COLUMNS, {}, owner.caller, owner.team.slug)).data!.runListColumns).toEqual(before);
  });

  it("offers the summary keys and the plain config fields of the team's runs", async () => {
    await db
      .update(runs)
      .set({ summary: { 'test/f1': 0.5, 'val/loss': 0.7 } })
      .where(eq(runs.id, runIds[0]!));
    const { metrics, configFields } = (await request(`{ runColumnChoices { metrics configFields } }`, {}, owner.caller, owner.team.slug))
      .data!.runColumnChoices;
    expect(metrics).toEqual(['test/f1', 'val/loss']);
    expect(configFields).toContain('learningRate');
    expect(configFields).toContain('epochs');
    // A nested setting is no column: it has no one value to show.
    expect(configFields).not.toContain('noise');
  });

  it("reads a metric's best over its whole curve, exactly, for live and finished runs: lowest loss, highest score", async () => {
    // 5,000 points with one-step extremes far from the end: only a min/max-keeping downsample still holds them.
    const curve = (spikeAt: number, spike: number) =>
      Array.from({ length: 5000 }, (_, i) => (i === spikeAt ? spike : 0.5 + 0.1 * Math.sin(i / 50)));
    const [live, finished] = runIds.map((id) => ({ id, teamId: owner.team.id }));
    await writeCurve(db, live!, 'val/accuracy', curve(1234, 0.97));
    await writeCurve(db, live!, 'val/loss', curve(2345, 0.013));
    await writeCurve(db, finished!, 'val/accuracy', curve(4321, 0.91));
    await db.update(runs).set({ status: 'succeeded', finishedAt: new Date() }).where(eq(runs.id, finished!.id));
    const answer = await request(
      `query($ids: [ID!]!) { runsByIds(ids: $ids) { id bestValues(keys: ["val/accuracy", "val/loss", "val/none"]) { key value } } }`,
      { ids: runIds },
      owner.caller,
      owner.team.slug,
    );
    const [liveBest, finishedBest] = answer.data!.runsByIds.map((r: { bestValues: unknown }) => r.bestValues);
    // Against every raw point, not the downsample.
    const raw = async (id: string, key: string) => (await storedPoints(db, id, key)).map((p) => p.value);
    expect(liveBest).toEqual([
      { key: 'val/accuracy', value: Math.max(...(await raw(live!.id, 'val/accuracy'))) },
      { key: 'val/loss', value: Math.min(...(await raw(live!.id, 'val/loss'))) },
    ]);
    expect(liveBest[0].value).toBe(0.97);
    expect(finishedBest).toEqual([{ key: 'val/accuracy', value: 0.91 }]);
    const tooMany = await request(
      `query($ids: [ID!]!, $keys: [String!]!) { runsByIds(ids: $ids) { bestValues(keys: $keys) { key } } }`,
      { ids: runIds, keys: Array.from({ length: 13 }, (_, i) => `k${i}`) },
      owner.caller,
      owner.team.slug,
    );
    expect(tooMany.errors![0]).toMatchObject({ message: 'keys: ask for at most 12 keys', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
