/**
 * Abuse of the GraphQL endpoint, as an attacker would try it: a huge body, the schema read anonymously, malformed ids,
 * a document that repeats an expensive field, and expensive work that would stall every other team.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, getNamedType, isLeafType, isNonNullType, type GraphQLField } from 'graphql';
import type { Database } from '../../db/client';
import { seededRandom } from '../../lib/random';
import { createTestDatabase } from '../../test/database';
import { authHeaders, errorCode, graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { uploader } from '../../test/uploads';
import { expectResponsive } from '../../test/latency';
import { createGraphQLHandler } from './http';
import { typeDefs } from './schema';

let db: Database;
let request: RequestFn;
let alice: Awaited<ReturnType<typeof newUserWithTeam>>;
let bob: Awaited<ReturnType<typeof newUserWithTeam>>;
let versionId: string;

const asAlice = (query: string, variables: Record<string, unknown> = {}) => request(query, variables, alice.caller, alice.team.slug);
const TEST_RULE = `query($input: RuleTestInput!) { testRule(input: $input) { matches milliseconds } }`;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  request = graphqlClient(db);
  [alice, bob] = [await newUserWithTeam(request, 'Alice'), await newUserWithTeam(request, 'Bob')];
  // 100,000 rows of random letters: text on which a pattern's matcher can find no shortcut.
  const random = seededRandom(7);
  const letters = [...'abcdefghijklmnopqrstuvwxyz '];
  const rows = Array.from({ length: 100_000 }, (_, i) =>
    JSON.stringify({ title: Array.from({ length: 120 }, () => random.pick(letters)).join(''), label: i % 2 ? 'a' : 'b' }),
  );
  const upload = await uploader(db)(alice.caller, alice.team.slug, 'noise.jsonl', rows.join('\n'));
  const created = await asAlice(
    `mutation($input: CreateDatasetInput!) { createDataset(input: $input) { dataset { latestVersion { id } } } }`,
    {
      input: { name: 'Noise', uploadId: upload.upload!.id },
    },
  );
  versionId = created.data!.createDataset.dataset.latestVersion.id;
}, 120_000);

describe('the GraphQL endpoint', () => {
  it('refuses a body over 1 MB before parsing it, even anonymously', async () => {
    const handler = createGraphQLHandler(() => db);
    const huge = JSON.stringify({ query: 'query($v: String) { __typename }', variables: { v: 'x'.repeat(2 * 1024 * 1024) } });
    const answer = await handler(
      new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge }),
    );
    expect(answer.status).toBe(413);
    expect((await answer.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // Streamed without a length, it is cut off as it arrives.
    const stream = new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(huge)), c.close()) });
    const streamed = await handler(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });

  it('shows the schema to signed-in callers only', async () => {
    const introspect = `{ __schema { queryType { name } } }`;
    expect(errorCode(await request(introspect))).toBe('UNAUTHENTICATED');
    expect(errorCode(await request(`{ __type(name: "Run") { name } }`))).toBe('UNAUTHENTICATED');
    expect((await asAlice(introspect)).data!.__schema.queryType.name).toBe('Query');
  });

  it('answers BAD_USER_INPUT, never an internal error, for a malformed id in any argument', async () => {
    // Every root field whose required arguments are all ids, called with a malformed one.
    const schema = buildSchema(typeDefs.join('\n'));
    const root = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())];
    const idOnly = (field: GraphQLField<unknown, unknown>) =>
      field.args.some((a) => isNonNullType(a.type)) &&
      field.args.every((a) => !isNonNullType(a.type) || getNamedType(a.type).name === 'ID');
    const fields = root.filter(idOnly);
    expect(fields.length).toBeGreaterThan(25);
    for (const field of fields) {
      const args = field.args
        .filter((a) => isNonNullType(a.type))
        .map((a) => `${a.name}: ${a.type.toString().startsWith('[') ? '["not-a-uuid"]' : '"not-a-uuid"'}`);
      const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
      const kind = schema.getMutationType()!.getFields()[field.name] === field ? 'mutation' : 'query';
      const answer = await asAlice(`${kind} { ${field.name}(${args.join(', ')}) ${selection} }`);
      expect([field.name, errorCode(answer)]).toEqual([field.name, 'BAD_USER_INPUT']);
    }
    // Inside inputs and on nested fields too; numeric ids (log lines) are checked as numbers.
    expect(
      errorCode(await asAlice(TEST_RULE, { input: { kind: 'WHITELIST', field: 'title', pattern: 'x', datasetVersionId: "1' or 1=1" } })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await asAlice(`{ runs(first: 1) { nodes { logs(after: "abc") { message } } } }`))).toBe('BAD_USER_INPUT');
    expect(errorCode(await asAlice(`{ runs(first: 1) { nodes { logs(after: "12") { message } } } }`))).toBe(undefined);
    expect(errorCode(await asAlice(`{ runsByIds(ids: ["not-a-uuid"]) { id } }`))).toBe('BAD_USER_INPUT');
  });

  it('lets one document ask for at most two rule tests, however it repeats them', async () => {
    const input = `{ kind: WHITELIST, field: "title", pattern: "omega", datasetVersionId: "${versionId}" }`;
    const aliased = `{ ${Array.from({ length: 20 }, (_, i) => `t${i}: testRule(input: ${input}) { matches }`).join(' ')} }`;
    const refused = await asAlice(aliased);
    expect(errorCode(refused)).toBe('LIMIT_EXCEEDED');
    expect(refused.errors![0]!.message).toContain('asks for 20 rule tests');
    const spread = `query { a: ruleSets { ...F } b: ruleSets { ...F } } fragment F on RuleSet { x: analysis(datasetVersionId: "${versionId}") { rows } y: analysis(datasetVersionId: "${versionId}") { rows } }`;
    expect(errorCode(await asAlice(spread))).toBe('LIMIT_EXCEEDED');
    // One field under a list runs once per item: refused too, however it is written.
    const perItem = await asAlice(
      `query { ruleSets { ...G } } fragment G on RuleSet { analysis(datasetVersionId: "${versionId}") { rows } }`,
    );
    expect(perItem.errors![0]!.message).toBe(
      'analysis runs once per item of a list: ask for it on one object at a time (e.g. ruleSet(id:)).',
    );
    const two = await asAlice(`{ a: testRule(input: ${input}) { matches } b: testRule(input: ${input}) { matches } }`);
    expect(two.errors).toBeUndefined();
  });

  it('keeps answering another team in under 250 ms while one team analyses a thousand rules over 100,000 rows', async () => {
    process.env.PHASELAB_RULE_BUDGET_MS = '3000';
    const set = (await asAlice(`mutation { createRuleSet(input: { name: "Many" }) { ruleSet { id } } }`)).data!.createRuleSet.ruleSet.id;
    const many = Array.from({ length: 1000 }, (_, i) => ({
      kind: 'whitelist',
      field: 'title',
      pattern: `(.{1,20}){1,50}${i.toString(36)}q`,
      class: 'a',
    }));
    const imported = await asAlice(
      `mutation($id: ID!, $text: String!) { importRules(ruleSetId: $id, format: JSON, text: $text) { rules { id } } }`,
      { id: set, text: JSON.stringify(many) },
    );
    expect(imported.data!.importRules.rules).toHaveLength(1000);
    // Warm: the version's text loaded and the thread started; what is measured is the matching itself.
    await asAlice(TEST_RULE, { input: { kind: 'WHITELIST', field: 'title', pattern: 'omega', datasetVersionId: versionId } });
    const ANALYSE = `query($id: ID!, $version: ID!) { ruleSet(id: $id) { analysis(datasetVersionId: $version) { coverage } } }`;
    const attack = Promise.all([asAlice(ANALYSE, { id: set, version: versionId }), asAlice(ANALYSE, { id: set, version: versionId })]);
    let attackDone = false;
    void attack.then(() => (attackDone = true));
    // A third at once is one too many for the team.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errorCode(await asAlice(ANALYSE, { id: set, version: versionId }))).toBe('LIMIT_EXCEEDED');
    const latencies: number[] = [];
    while (!attackDone) {
      const started = performance.now();
      const answer = await request(`{ team { name } }`, {}, bob.caller, bob.team.slug);
      latencies.push(performance.now() - started);
      expect(answer.data!.team.name).toBe("Bob's team");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Each ran into the budget and says what to change; one that waited for a thread says the server was busy.
    const errors = (await attack).map((answer) => answer.errors![0]!);
    expect(errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    for (const error of errors) {
      if (error.extensions?.code === 'BAD_USER_INPUT')
        expect(error).toMatchObject({ message: expect.stringContaining('longer than the budget of 3 s'), extensions: { field: 'rules' } });
      else
        expect(error).toMatchObject({
          message: 'The server is busy testing rules; try again in a moment.',
          extensions: { code: 'LIMIT_EXCEEDED' },
        });
    }
    expect(latencies.length).toBeGreaterThan(20);
    expectResponsive(latencies);
    delete process.env.PHASELAB_RULE_BUDGET_MS;
  }, 60_000);
});
