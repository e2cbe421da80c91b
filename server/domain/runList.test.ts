import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { runs } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';

let db: Database;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
const ids = new Map<string, string>();

const LIST = `query($filter: RunFilter, $orderBy: RunOrder, $first: Int, $after: String) {
  runs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }
}`;
const list = (variables: Record<string, unknown>) => request(LIST, variables, owner.caller, owner.team.slug);
/** Every page, `first` runs at a time: the names in the order the pages gave them. */
async function allPages(variables: Record<string, unknown>, first = 2): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const answer = await list({ ...variables, first, after });
    expect(answer.errors).toBeUndefined();
    const { nodes, pageInfo } = answer.data!.runs;
    names.push(...nodes.map((n: { name: string }) => n.name));
    if (!pageInfo.hasNextPage) return names;
    after = pageInfo.endCursor;
  }
  throw new Error('more than 20 pages');
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Lena');
  const sample = await request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    owner.caller,
    owner.team.slug,
  );
  const versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;
  // Five runs: two share a test F1 (ties break by id), one has none (it sorts last both ways).
  const made: [string, string[], Record<string, unknown>, number | null][] = [
    ['baseline', ['keep'], { epochs: 2 }, 0.71],
    ['Noisy 20%', ['noise-study'], { epochs: 3, noise: { rate: 0.2 } }, 0.64],
    ['noisy 30%', ['noise-study'], { epochs: 3, noise: { rate: 0.3 } }, 0.64],
    ['100%_done', [], { epochs: 4 }, 0.9],
    ['waiting', ['keep'], { epochs: 5 }, null],
  ];
  for (const [name, tags, config, f1] of made) {
    const created = await request(
      `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
      { input: { kind: 'logistic_regression', name, datasetVersionId: versionId, config, tags } },
      owner.caller,
      owner.team.slug,
    );
    const id = created.data!.createRun.run.id;
    ids.set(name, id);
    if (f1 !== null)
      await db
        .update(runs)
        .set({ summary: { 'test/f1': f1 } })
        .where(eq(runs.id, id));
  }
}, 60_000);

describe('the run list', () => {
  it('searches names, tags and config values, every word, in any case, with % and _ as themselves', async () => {
    const names = async (search: string) => (await allPages({ filter: { search } }, 10)).sort();
    expect(await names('noisy')).toEqual(['Noisy 20%', 'noisy 30%']);
    expect(await names('NOISE-STUDY 30')).toEqual(['noisy 30%']);
    expect(await names('"rate": 0.2')).toEqual(['Noisy 20%']);
    expect(await names('%')).toEqual(['100%_done', 'Noisy 20%', 'noisy 30%']);
    expect(await names('0%_')).toEqual(['100%_done']);
    expect(await names('keep')).toEqual(['baseline', 'waiting']);
    expect(await names('nothing like it')).toEqual([]);
    expect((await list({ filter: { search: 'x'.repeat(201) } })).errors![0]).toMatchObject({
      message: 'filter.search: use at most 200 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.search' },
    });
  });

  it('sorts by name or by a summary value, runs without it last, and pages through without repeating or skipping one', async () => {
    expect(await allPages({ orderBy: { field: 'NAME', direction: 'ASC' } })).toEqual([
      '100%_done',
      'Noisy 20%',
      'baseline',
      'noisy 30%',
      'waiting',
    ]);
    expect(await allPages({ orderBy: { field: 'NAME' } })).toEqual(['waiting', 'noisy 30%', 'baseline', 'Noisy 20%', '100%_done']);
    const tied = ['Noisy 20%', 'noisy 30%'].sort((a, b) => (ids.get(a)! < ids.get(b)! ? -1 : 1));
    for (const first of [1, 2, 3]) {
      expect(await allPages({ orderBy: { field: 'METRIC', metric: 'test/f1' } }, first)).toEqual([
        '100%_done',
        'baseline',
        ...[...tied].reverse(),
        'waiting',
      ]);
      expect(await allPages({ orderBy: { field: 'METRIC', metric: 'test/f1', direction: 'ASC' } }, first)).toEqual([
        ...tied,
        'baseline',
        '100%_done',
        'waiting',
      ]);
    }
    // Newest first by default; a search and a sort together.
    expect(await allPages({})).toEqual(['waiting', '100%_done', 'noisy 30%', 'Noisy 20%', 'baseline']);
    // ("noise" alone finds every run: each config has a noise setting, and keys are searched too.)
    expect(await allPages({ filter: { search: 'noise-study' }, orderBy: { field: 'NAME', direction: 'ASC' } })).toEqual([
      'Noisy 20%',
      'noisy 30%',
    ]);
  });

  it('sorts by a config field: numbers by value (MLflow params written as text too), text apart, runs without a value last', async () => {
    // A JSON null is no value: that run sorts with the runs that lack the field.
    const params: Record<string, unknown> = {
      baseline: '1e-3',
      'Noisy 20%': '0.01',
      'noisy 30%': 0.0005,
      '100%_done': 'adam',
      waiting: null,
    };
    for (const [name, p] of Object.entries(params))
      await db
        .update(runs)
        .set({ config: { p } })
        .where(eq(runs.id, ids.get(name)!));
    for (const first of [1, 2, 3]) {
      expect(await allPages({ orderBy: { field: 'CONFIG', configField: 'p', direction: 'ASC' } }, first)).toEqual([
        '100%_done',
        'noisy 30%',
        'baseline',
        'Noisy 20%',
        'waiting',
      ]);
      expect(await allPages({ orderBy: { field: 'CONFIG', configField: 'p' } }, first)).toEqual([
        'Noisy 20%',
        'baseline',
        'noisy 30%',
        '100%_done',
        'waiting',
      ]);
    }
    expect((await list({ orderBy: { field: 'CONFIG' } })).errors![0]).toMatchObject({
      message: 'orderBy.configField: name the config field to sort by, e.g. lr',
      extensions: { field: 'orderBy.configField' },
    });
  });

  it('sorts by status in the order a run goes through them, and by kind', async () => {
    const statuses: Record<string, string> = {
      baseline: 'succeeded',
      'Noisy 20%': 'running',
      'noisy 30%': 'canceled',
      '100%_done': 'queued',
      waiting: 'failed',
    };
    for (const [name, status] of Object.entries(statuses))
      await db
        .update(runs)
        .set({ status })
        .where(eq(runs.id, ids.get(name)!));
    for (const first of [1, 2])
      expect(await allPages({ orderBy: { field: 'STATUS', direction: 'ASC' } }, first)).toEqual([
        '100%_done',
        'Noisy 20%',
        'baseline',
        'waiting',
        'noisy 30%',
      ]);
    await db
      .update(runs)
      .set({ kind: 'wide_deep' })
      .where(eq(runs.id, ids.get('waiting')!));
    expect((await allPages({ orderBy: { field: 'KIND', direction: 'DESC' } }, 2))[0]).toBe('waiting');
  });

  it('refuses a metric sort without a key and a cursor it did not make', async () => {
    expect((await list({ orderBy: { field: 'METRIC' } })).errors![0]).toMatchObject({
      message: 'orderBy.metric: name the summary key to sort by, e.g. test/f1',
      extensions: { code: 'BAD_USER_INPUT', field: 'orderBy.metric' },
    });
    const forged = Buffer.from(JSON.stringify([{ sql: 1 }, 'x'])).toString('base64url');
    expect((await list({ after: forged })).errors![0]).toMatchObject({ message: 'after: not a cursor returned by this API' });
    // A cursor belongs to its order: another order cannot read its position.
    const byName = (await list({ orderBy: { field: 'NAME' }, first: 1 })).data!.runs.pageInfo.endCursor;
    for (const orderBy of [
      { field: 'CONFIG', configField: 'p' },
      { field: 'METRIC', metric: 'test/f1' },
      { field: 'NAME', direction: 'ASC' },
    ]) {
      expect((await list({ orderBy, after: byName })).errors![0]).toMatchObject({
        message: 'after: this cursor was made for another order of the list: start again from the first page',
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
    }
  });

  it('sorts a number written with other spaces than ASCII ones as text, and refuses a NUL in a field name', async () => {
    await db
      .update(runs)
      .set({ config: { p: '\u3000 0.1' } })
      .where(eq(runs.id, ids.get('waiting')!));
    expect((await allPages({ orderBy: { field: 'CONFIG', configField: 'p' } })).sort()).toEqual([
      '100%_done',
      'Noisy 20%',
      'baseline',
      'noisy 30%',
      'waiting',
    ]);
    expect((await list({ orderBy: { field: 'CONFIG', configField: 'a\u0000b' } })).errors![0]).toMatchObject({
      message: 'orderBy.configField: may not contain a NUL character',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
