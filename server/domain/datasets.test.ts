import { gzipSync, gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { datasetVersions } from '../../db/schema';
import { readSplitCodes, readStoredRows } from '../../db/datasetRows';
import { createUploadHandler } from '../http/datasetFiles';
import { authHeaders } from '../../test/graphqlClient';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { createTestDatabase } from '../../test/database';
import { errorCode, graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { downloader, uploader } from '../../test/uploads';

let db: Database;
let request: RequestFn;
let upload: ReturnType<typeof uploader>;
let download: ReturnType<typeof downloader>;
let alice: Awaited<ReturnType<typeof newUserWithTeam>>;

const CREATE = `mutation($input: CreateDatasetInput!) {
  createDataset(input: $input) {
    dataset { id name latestVersion { id number taskType rowCount splitCounts { train validation test }
      labelDistribution { value count } columnStats { name type missing distinct min max mean top { value count } }
      tokenStats { count tagScheme entities { value count } } schema { labelColumn columns { name type } } } }
  }
}`;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  request = graphqlClient(db);
  upload = uploader(db);
  download = downloader(db);
  alice = await newUserWithTeam(request, 'Alice');
});

afterEach(() => {
  delete process.env.PHASELAB_MAX_UPLOAD_BYTES;
  delete process.env.PHASELAB_MAX_LINE_BYTES;
  delete process.env.PHASELAB_MAX_COLUMNS;
});

async function uploadAndCreate(filename: string, content: string | Buffer, name = filename, extra: Record<string, unknown> = {}) {
  const staged = await upload(alice.caller, alice.team.slug, filename, content);
  expect(staged.error).toBeUndefined();
  const created = await request(CREATE, { input: { name, uploadId: staged.upload!.id, ...extra } }, alice.caller, alice.team.slug);
  expect(created.errors).toBeUndefined();
  return created.data!.createDataset.dataset;
}

/** Rows of every dataset table that belong to the team: all zero after a refused upload. */
async function storedRows(teamId: string) {
  const [row] = await db.execute<{ uploads: number; files: number; rows: number; datasets: number; versions: number }>(sql`
    select (select count(*) from dataset_uploads where team_id = ${teamId})::int as uploads,
           (select count(*) from dataset_file_chunks where team_id = ${teamId})::int as files,
           (select count(*) from dataset_row_chunks where team_id = ${teamId})::int as rows,
           (select count(*) from datasets where team_id = ${teamId})::int as datasets,
           (select count(*) from dataset_versions where team_id = ${teamId})::int as versions`);
  return row;
}

function spamCsv(n: number) {
  const lines = ['text,label'];
  for (let i = 0; i < n; i++) lines.push(i % 4 === 0 ? `"win a free prize now, call ${i}",spam` : `see you at the meeting on day ${i},ham`);
  return lines.join('\n') + '\n';
}

describe('dataset formats', () => {
  it('CSV becomes a stratified text-classification dataset with statistics', async () => {
    const dataset = await uploadAndCreate('messages.csv', spamCsv(200), 'Messages');
    const v = dataset.latestVersion;
    expect(v).toMatchObject({
      number: 1,
      taskType: 'TEXT_CLASSIFICATION',
      rowCount: 200,
      splitCounts: { train: 160, validation: 20, test: 20 },
    });
    expect(v.labelDistribution).toEqual([
      { value: 'ham', count: 150 },
      { value: 'spam', count: 50 },
    ]);
    expect(v.columnStats.find((c: { name: string }) => c.name === 'label')).toMatchObject({ type: 'CATEGORICAL', missing: 0, distinct: 2 });
  });

  it('gzip-compressed TSV, with numeric statistics', async () => {
    const tsv =
      'age\tcountry\tclicked\n' +
      Array.from({ length: 50 }, (_, i) => `${20 + i}\t${i % 2 ? 'FR' : 'DE'}\t${i % 3 === 0 ? 1 : 0}`).join('\n');
    const dataset = await uploadAndCreate('clicks.tsv.gz', gzipSync(tsv));
    expect(dataset.latestVersion).toMatchObject({ taskType: 'TABULAR', rowCount: 50, schema: { labelColumn: 'clicked' } });
    expect(dataset.latestVersion.columnStats[0]).toMatchObject({ name: 'age', type: 'NUMERIC', min: 20, max: 69, mean: 44.5 });
  });

  it('JSON Lines with a column that appears late', async () => {
    const jsonl = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({ text: `a fairly long review number ${i}`, label: i % 2 ? 'pos' : 'neg', ...(i > 20 && { lang: 'en' }) }),
    ).join('\n');
    const dataset = await uploadAndCreate('reviews.jsonl', jsonl);
    const lang = dataset.latestVersion.columnStats.find((c: { name: string }) => c.name === 'lang');
    expect(lang).toMatchObject({ missing: 21 });
  });

  it('CoNLL becomes token classification, with entity counts and the tag scheme', async () => {
    const conll = '-DOCSTART- O\n\nAnn B-PER\nvisited O\nNew B-LOC\nYork I-LOC\n\nBob B-PER\nleft O\n\nIBM B-ORG\nwon O\n';
    const dataset = await uploadAndCreate('ner.conll', conll);
    expect(dataset.latestVersion).toMatchObject({ taskType: 'TOKEN_CLASSIFICATION', rowCount: 3 });
    expect(dataset.latestVersion.tokenStats).toEqual({
      count: 8,
      tagScheme: 'IOB2',
      entities: [
        { value: 'PER', count: 2 },
        { value: 'LOC', count: 1 },
        { value: 'ORG', count: 1 },
      ],
    });
  });

  it('plain text becomes a corpus, one document per line', async () => {
    const dataset = await uploadAndCreate('corpus.txt', 'the first document\n\nthe second one\nand a third\n');
    expect(dataset.latestVersion).toMatchObject({ taskType: 'CORPUS', rowCount: 3 });
  });

  it('streams progress lines and then the upload when asked for NDJSON', async () => {
    const form = new FormData();
    form.set('file', new Blob([spamCsv(20_000)]), 'big.csv');
    const headers = await authHeaders(alice.caller, alice.team.slug);
    headers.set('accept', 'application/x-ndjson');
    const response = await createUploadHandler(() => db)(
      new Request('http://localhost/api/datasets/uploads', { method: 'POST', headers, body: form }),
    );
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1).upload.rowCount).toBe(20_000);
    expect(lines.slice(0, -1).every((l) => l.progress.rows > 0 && l.progress.bytes > 0)).toBe(true);
  });
});

describe('versions', () => {
  it('re-cuts the same upload with another schema or split as a new, immutable version', async () => {
    const dataset = await uploadAndCreate('versions.csv', spamCsv(100), 'Versioned');
    const again = await request(
      `mutation($input: CreateDatasetVersionInput!) { createDatasetVersion(input: $input) { version { number splitConfig { seed test } splitCounts { train validation test } } } }`,
      { input: { datasetId: dataset.id, split: { train: 0.6, validation: 0.2, test: 0.2, seed: 7 }, note: 'bigger test set' } },
      alice.caller,
      alice.team.slug,
    );
    expect(again.data!.createDatasetVersion.version).toEqual({
      number: 2,
      splitConfig: { seed: 7, test: 0.2 },
      splitCounts: { train: 60, validation: 20, test: 20 },
    });
    const versions = await request(
      `query($id: ID!) { dataset(id: $id) { versions { number splitCounts { train } } } }`,
      { id: dataset.id },
      alice.caller,
      alice.team.slug,
    );
    expect(versions.data!.dataset.versions).toEqual([
      { number: 2, splitCounts: { train: 60 } },
      { number: 1, splitCounts: { train: 80 } },
    ]);
  });

  it('leaves rows that a worker reads back with the database alone, in order, with their source lines', async () => {
    const dataset = await uploadAndCreate('rows.csv', 'text,label\n"a message\nover two lines",x\nshort one,y\n', 'Rows');
    const [version] = await db.select().from(datasetVersions).where(eq(datasetVersions.id, dataset.latestVersion.id));
    const rows = [];
    for await (const row of readStoredRows(db, alice.team.id, version!.uploadId)) rows.push(row);
    expect(rows).toEqual([
      [2, 'a message\nover two lines', 'x'],
      [4, 'short one', 'y'],
    ]);
    expect(await readSplitCodes(db, alice.team.id, version!.id)).toHaveLength(2);
    // Scoped by team like every read: another team's id finds nothing.
    const other = await newUserWithTeam(request, 'Eve');
    const leaked = [];
    for await (const row of readStoredRows(db, other.team.id, version!.uploadId)) leaked.push(row);
    expect(leaked).toEqual([]);
  });

  it('downloads the original bytes exactly as uploaded', async () => {
    const original = gzipSync(spamCsv(30));
    const dataset = await uploadAndCreate('original.csv.gz', original);
    const response = await download(alice.caller, alice.team.slug, dataset.latestVersion.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('original.csv.gz');
    expect(Buffer.from(await response.arrayBuffer()).equals(original)).toBe(true);
    expect(gunzipSync(original).toString()).toBe(spamCsv(30));
  });

  it('keeps another team out of uploads and downloads', async () => {
    const bob = await newUserWithTeam(request, 'Bob');
    const dataset = await uploadAndCreate('private.csv', spamCsv(20), 'Private');
    expect((await download(bob.caller, bob.team.slug, dataset.latestVersion.id)).status).toBe(404);
    expect((await download(bob.caller, alice.team.slug, dataset.latestVersion.id)).status).toBe(404);
    expect((await download({ kind: 'anonymous' }, alice.team.slug, dataset.latestVersion.id)).status).toBe(401);
    expect((await upload(bob.caller, alice.team.slug, 'x.csv', spamCsv(10))).status).toBe(404);
  });
});

describe('managing datasets', () => {
  it('renames, archives out of the default list, refuses a duplicate name and deletes', async () => {
    const a = await uploadAndCreate('a.csv', spamCsv(20), 'Alpha');
    await uploadAndCreate('b.csv', spamCsv(20), 'Beta');
    const dup = await request(
      `mutation($id: ID!) { renameDataset(input: { id: $id, name: "beta" }) { dataset { id } } }`,
      { id: a.id },
      alice.caller,
      alice.team.slug,
    );
    expect(dup.errors![0]!.message).toMatch(/already has a dataset named "beta"/);
    await request(
      `mutation($id: ID!) { renameDataset(input: { id: $id, name: "Alpha 2" }) { dataset { id } } }`,
      { id: a.id },
      alice.caller,
      alice.team.slug,
    );
    await request(`mutation($id: ID!) { archiveDataset(id: $id) { dataset { archived } } }`, { id: a.id }, alice.caller, alice.team.slug);
    const list = await request(
      `{ datasets(search: "alpha") { nodes { name } } all: datasets(search: "alpha", includeArchived: true) { nodes { name archived } } }`,
      {},
      alice.caller,
      alice.team.slug,
    );
    expect(list.data!.datasets.nodes).toEqual([]);
    expect(list.data!.all.nodes).toEqual([{ name: 'Alpha 2', archived: true }]);
    const before = await storedRows(alice.team.id);
    const deleted = await request(
      `mutation($id: ID!) { deleteDataset(id: $id) { deletedId } }`,
      { id: a.id },
      alice.caller,
      alice.team.slug,
    );
    expect(deleted.data!.deleteDataset.deletedId).toBe(a.id);
    const after = await storedRows(alice.team.id);
    expect([before!.datasets - after!.datasets, before!.uploads - after!.uploads]).toEqual([1, 1]);
    expect(errorCode(await request(`query($id: ID!) { dataset(id: $id) { id } }`, { id: a.id }, alice.caller, alice.team.slug))).toBe(
      'NOT_FOUND',
    );
  });

  it('lands two uploads to the same team in parallel', async () => {
    const [one, two] = await Promise.all([
      uploadAndCreate('p1.csv', spamCsv(500), 'Parallel 1'),
      uploadAndCreate('p2.csv', spamCsv(600), 'Parallel 2'),
    ]);
    expect([one.latestVersion.rowCount, two.latestVersion.rowCount]).toEqual([500, 600]);
  });

  it('loads every sample for a new team', async () => {
    const carol = await newUserWithTeam(request, 'Carol');
    const listed = await request(`{ datasetSamples { key taskType } }`, {}, carol.caller, carol.team.slug);
    const keys: string[] = listed.data!.datasetSamples.map((s: { key: string }) => s.key);
    expect(keys).toEqual(['spam-vs-ham', 'synthetic-ner', 'synthetic-corpus', 'app-impressions', 'product-titles']);
    const loaded = [];
    for (const key of keys) {
      const result = await request(
        `mutation($key: String!) { createSampleDataset(key: $key) { dataset { name latestVersion { taskType rowCount labelDistribution { value count } } } } }`,
        { key },
        carol.caller,
        carol.team.slug,
      );
      expect(result.errors).toBeUndefined();
      loaded.push(result.data!.createSampleDataset.dataset);
    }
    expect(loaded.map((d) => [d.name, d.latestVersion.taskType, d.latestVersion.rowCount])).toEqual([
      ['Spam vs ham', 'TEXT_CLASSIFICATION', 6046],
      ['Synthetic NER', 'TOKEN_CLASSIFICATION', 3000],
      ['Synthetic corpus', 'CORPUS', 20000],
      ['App impressions', 'TABULAR', 20000],
      ['Product titles', 'TEXT_CLASSIFICATION', 6000],
    ]);
    expect(loaded[0].latestVersion.labelDistribution).toEqual([
      { value: 'ham', count: 4150 },
      { value: 'spam', count: 1896 },
    ]);
    const rare = loaded[4].latestVersion.labelDistribution.filter((c: { count: number }) => c.count < 50);
    expect(rare.length).toBe(3);
    // The same sample twice gets a fresh name rather than failing.
    const second = await request(
      `mutation { createSampleDataset(key: "product-titles") { dataset { name } } }`,
      {},
      carol.caller,
      carol.team.slug,
    );
    expect(second.data!.createSampleDataset.dataset.name).toBe('Product titles (2)');
  }, 120_000);
});

describe('bad input is refused with a clear message and leaves nothing behind', () => {
  let dave: Awaited<ReturnType<typeof newUserWithTeam>>;
  beforeAll(async () => {
    dave = await newUserWithTeam(request, 'Dave');
  });

  const cases: {
    name: string;
    filename: string;
    content: () => string | Buffer;
    message: RegExp;
    line?: number;
    env?: Record<string, string>;
  }[] = [
    { name: 'an empty file', filename: 'empty.csv', content: () => '', message: /the file is empty/ },
    { name: 'a header only', filename: 'header.csv', content: () => 'text,label\n', message: /a header but no rows/ },
    { name: 'a ragged row', filename: 'ragged.csv', content: () => 'a,b\n1,2\n3,4,5\n', message: /^line 3: .*ragged/, line: 3 },
    { name: 'unbalanced quotes', filename: 'quotes.csv', content: () => 'a,b\n1,"two\n3,4\n', message: /unbalanced quotes/, line: 2 },
    {
      name: 'non-UTF-8 bytes',
      filename: 'latin1.csv',
      content: () => Buffer.concat([Buffer.from('a,b\ncaf'), Buffer.from([0xe9]), Buffer.from(',x\n')]),
      message: /^line 2: the file is not valid UTF-8/,
      line: 2,
    },
    {
      name: 'binary junk',
      filename: 'junk.csv',
      content: () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]),
      message: /binary data/,
      line: 1,
    },
    {
      name: 'a CoNLL token without its tag',
      filename: 'tagless.conll',
      content: () => 'EU B-ORG\nrejects O\nGerman\n',
      message: /^line 3: "German" has no tag column/,
      line: 3,
    },
    {
      name: 'a line over the line limit',
      filename: 'long.txt',
      content: () => `ok\n${'x'.repeat(2000)}\n`,
      message: /^line 2: the line is longer than the limit/,
      line: 2,
      env: { PHASELAB_MAX_LINE_BYTES: '1024' },
    },
    {
      name: 'a file over the size limit',
      filename: 'big.csv',
      content: () => spamCsv(2000),
      message: /larger than the limit of 20 KB/,
      env: { PHASELAB_MAX_UPLOAD_BYTES: String(20 * 1024) },
    },
    {
      name: 'too many columns',
      filename: 'wide.csv',
      content: () => Array.from({ length: 12 }, (_, i) => `c${i}`).join(',') + '\n' + '1,'.repeat(11) + '1\n',
      message: /12 columns; the limit is 10/,
      line: 1,
      env: { PHASELAB_MAX_COLUMNS: '10' },
    },
    { name: 'an unknown extension', filename: 'data.xlsx', content: () => 'a,b\n', message: /cannot tell the format of "data.xlsx"/ },
  ];

  for (const c of cases) {
    it(`refuses ${c.name}`, async () => {
      Object.assign(process.env, c.env ?? {});
      const answer = await upload(dave.caller, dave.team.slug, c.filename, c.content());
      expect(answer.status).toBe(400);
      expect(answer.error!.code).toBe('BAD_USER_INPUT');
      expect(answer.error!.message).toMatch(c.message);
      if (c.line) expect(answer.error!.line).toBe(c.line);
      expect(await storedRows(dave.team.id)).toEqual({ uploads: 0, files: 0, rows: 0, datasets: 0, versions: 0 });
    });
  }

  it('refuses a signed-in upload that does not name the team in a header (a cross-site form cannot)', async () => {
    const answer = await upload(dave.caller, '', 'fine.csv', spamCsv(10));
    expect(answer.status).toBe(400);
    expect(answer.error!.message).toMatch(/send the x-phaselab-team header/);
  });

  it('keeps nothing of an upload whose client goes away halfway', async () => {
    const boundary = 'phaselab-test-boundary';
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="cut.csv"\r\ncontent-type: text/csv\r\n\r\n`;
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode(head + spamCsv(5000)));
        await new Promise((r) => setTimeout(r, 50));
        controller.error(new Error('connection reset'));
      },
    });
    const headers = await authHeaders(dave.caller, dave.team.slug);
    headers.set('content-type', `multipart/form-data; boundary=${boundary}`);
    const request = new Request('http://localhost/api/datasets/uploads', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
    const response = await createUploadHandler(() => db)(request);
    expect(response.status).toBe(400);
    expect(await storedRows(dave.team.id)).toEqual({ uploads: 0, files: 0, rows: 0, datasets: 0, versions: 0 });
  });

  it('refuses a label column with one class, naming it, and stores no dataset or version', async () => {
    const staged = await upload(
      dave.caller,
      dave.team.slug,
      'one-class.csv',
      'text,label\n' + 'a long enough message here,spam\n'.repeat(10),
    );
    const created = await request(CREATE, { input: { name: 'One class', uploadId: staged.upload!.id } }, dave.caller, dave.team.slug);
    expect(created.errors![0]!.message).toBe(
      'column "label": the label column has a single class ("spam"); a classifier needs at least two',
    );
    expect(await storedRows(dave.team.id)).toMatchObject({ datasets: 0, versions: 0 });
  });

  it('refuses a schema that calls a text column numeric, naming the line and column', async () => {
    const staged = await upload(dave.caller, dave.team.slug, 'typed.csv', 'age,label\n31,a\n42,b\nforty,a\n');
    const schema = {
      taskType: 'TABULAR',
      labelColumn: 'label',
      columns: [
        { name: 'age', type: 'NUMERIC' },
        { name: 'label', type: 'CATEGORICAL' },
      ],
    };
    const created = await request(CREATE, { input: { name: 'Typed', uploadId: staged.upload!.id, schema } }, dave.caller, dave.team.slug);
    expect(created.errors![0]!.message).toMatch(/^line 4, column "age": "forty" is not a number/);
    expect(created.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', line: 4, column: 'age' });
    expect(await storedRows(dave.team.id)).toMatchObject({ datasets: 0, versions: 0 });
  });
});
