/**
 * Generated inputs against the real endpoints: 500 files through the upload parser and 500 sets of variables through
 * GraphQL operations that take rich input. Whatever arrives, the answer is a clear refusal or a success, never a
 * server error, and nothing crashes.
 */
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { createTestDatabase } from '../../test/database';
import { authHeaders, graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { uploader } from '../../test/uploads';
import { createGraphQLHandler } from '../graphql/http';

let db: Database;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let versionId: string;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Fuzz');
  const sample = await request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    owner.caller,
    owner.team.slug,
  );
  versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;
}, 60_000);

/** Text that looks enough like a table to reach deep into the parsers: separators, quotes, braces, odd characters. */
const tableish = fc
  .array(
    fc.oneof(
      fc.constantFrom(',', '\t', '"', '\n', '\r\n', '{', '}', '[', ']', ':', '\\', ' ', 'O', 'B-PER', '\u0000', '\ufeff', 'é', '😀'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));

const file = fc.record({
  name: fc.constantFrom('data.csv', 'data.tsv', 'data.jsonl', 'data.conll', 'data.txt', 'data.csv.gz', 'noextension', 'x.exe', ''),
  content: fc.oneof(
    tableish,
    fc.uint8Array({ maxLength: 500 }).map((b) => Buffer.from(b)),
    tableish.map((t) => gzipSync(t)),
    fc.constant('text,label\n' + 'a,b\n'.repeat(50)),
  ),
  format: fc.option(fc.constantFrom('csv', 'tsv', 'jsonl', 'conll', 'text', 'xml', ''), { nil: undefined }),
});

describe('fuzzing', () => {
  it('500 generated files: every upload is stored (201) or refused with a clear 4xx message', async () => {
    const upload = uploader(db);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(file, async ({ name, content, format }) => {
        const answer = await upload(owner.caller, owner.team.slug, name, content, format === undefined ? {} : { format });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 201) return;
        expect([400, 413, 429]).toContain(answer.status);
        expect(answer.error!.message.length).toBeGreaterThan(5);
      }),
      { numRuns: 500, seed: 20261207 },
    );
    // The generator reaches both ends: files stored and files refused.
    expect(statuses.get(201)).toBeGreaterThan(10);
    expect(statuses.get(400)).toBeGreaterThan(10);
  }, 120_000);

  it('500 generated variables: no operation answers with a server error', async () => {
    const handler = createGraphQLHandler(() => db);
    const headers = await authHeaders(owner.caller, owner.team.slug);
    headers.set('content-type', 'application/json');
    const operations = [
      `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
      `query($input: RuleTestInput!) { testRule(input: $input) { matches } }`,
      `query($filter: RunFilter, $first: Int, $after: String) { runs(filter: $filter, first: $first, after: $after) { nodes { id } } }`,
      `query($ids: [ID!]!, $keys: [String!], $maxPoints: Int) { runMetrics(runIds: $ids, keys: $keys, maxPoints: $maxPoints) { key } }`,
      `mutation($input: LaunchSweepInput!) { launchSweep(input: $input) { group { id } } }`,
      `mutation($input: ComparisonInput!) { saveComparison(input: $input) { comparison { id } } }`,
    ];
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constant(versionId),
      fc.constantFrom('logistic_regression', 'wide_deep', 'WHITELIST', 'title'),
    );
    const variables = fc.dictionary(
      fc.constantFrom('input', 'filter', 'first', 'after', 'ids', 'keys', 'maxPoints'),
      fc.oneof(
        value,
        fc.dictionary(
          fc.constantFrom(
            'kind',
            'datasetVersionId',
            'config',
            'field',
            'pattern',
            'name',
            'runIds',
            'metrics',
            'axes',
            'seed',
            'status',
            'tags',
          ),
          value,
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...operations), variables, async (query, vars) => {
        const response = await handler(
          new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: vars }) }),
        );
        expect(response.status).toBeLessThan(500);
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        for (const error of body.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }),
      { numRuns: 500, seed: 20261207 },
    );
  }, 180_000);
});
