/**
 * Every query and mutation of the schema, found by introspection, must have a case here (the team-scoped ones are
 * listed in tenantIsolation.cases.ts). Each team-scoped
 * case is tried by an anonymous caller, a revoked token, a member of another team (NOT_FOUND, no data),
 * and for writes a viewer (FORBIDDEN). A new operation without a case fails this file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { runPredictions } from '../../db/schema';
import { uploader } from '../../test/uploads';
import { trackingClient } from '../../test/trackingClient';
import {
  errorCode,
  graphqlClient,
  newUser,
  newUserWithTeam,
  type Caller,
  type GraphQLResult,
  type RequestFn,
} from '../../test/graphqlClient';
import { teamCases, type IsolationWorld, type TeamCase } from './tenantIsolation.cases';

type World = IsolationWorld;

type Case = TeamCase | { kind: 'custom'; check: (w: World) => Promise<void> };

let request: RequestFn;
let world: World;

const cases: Record<string, Case> = {
  ...teamCases,

  'Query.viewer': {
    kind: 'custom',
    async check(w) {
      const doc = `{ viewer { user { id } memberships { team { id } } } }`;
      expect((await request(doc, {}, { kind: 'anonymous' })).data!.viewer).toBeNull();
      expect((await request(doc, {}, w.revokedToken)).data!.viewer).toBeNull();
      const bob = await request(doc, {}, w.bob.caller);
      expect(JSON.stringify(bob)).not.toContain(w.alice.team.id);
      // A token sees its own team only, even when its creator belongs to others.
      const other = await request(`mutation { createTeam(input: { name: "Alice Side" }) { team { id } } }`, {}, w.alice.caller);
      const viaToken = await request(doc, {}, w.aliceToken);
      expect(JSON.stringify(viaToken)).not.toContain(other.data!.createTeam.team.id);
    },
  },
  'Query.workerStatus': {
    kind: 'custom',
    async check(w) {
      const doc = `{ workerStatus { online } }`;
      expect(errorCode(await request(doc, {}, { kind: 'anonymous' }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await request(doc, {}, w.revokedToken))).toBe('UNAUTHENTICATED');
      expect((await request(doc, {}, w.bob.caller)).data!.workerStatus.online).toBeTypeOf('number');
    },
  },
  'Query.sharedComparison': {
    kind: 'custom',
    async check(w) {
      const doc = `query($t: String!) { sharedComparison(token: $t) { name runs { id name phases { phase } marks { label } } series { runId key } } }`;
      expect(errorCode(await request(doc, { t: 'shr_guessed' }))).toBe('NOT_FOUND');
      // Public by design: the link shows its comparison's runs and nothing else of the team.
      const shared = await request(doc, { t: w.shareToken });
      expect(shared.errors).toBeUndefined();
      expect(shared.data!.sharedComparison.runs.map((r: { id: string }) => r.id)).toEqual([w.runId]);
      const text = JSON.stringify(shared.data);
      for (const id of [
        w.alice.team.id,
        w.invitationId,
        w.apiTokenId,
        w.datasetId,
        w.versionId,
        w.uploadId,
        w.groupId,
        w.comparisonId,
        w.shareId,
      ])
        expect(text).not.toContain(id);
    },
  },
  'Query.invitation': {
    kind: 'custom',
    async check(w) {
      const doc = `query($t: String!) { invitation(token: $t) { teamName email } }`;
      expect(errorCode(await request(doc, { t: 'inv_guessed' }))).toBe('NOT_FOUND');
      // Public by design: the link's holder learns only what the invitation told them.
      const preview = await request(doc, { t: w.invitationToken });
      expect(Object.keys(preview.data!.invitation)).toEqual(['teamName', 'email']);
    },
  },
  'Mutation.signUp': {
    kind: 'custom',
    async check(w) {
      // Public by design, and it answers only with the address it was given (whether it has an account or not).
      for (const email of ['fresh@example.com', w.alice.email]) {
        const result = await request(
          `mutation($e: String!) { signUp(input: { email: $e, password: "long enough password", name: "F" }) { email } }`,
          { e: email },
        );
        expect(result.data!.signUp).toEqual({ email });
      }
    },
  },
  'Mutation.changePassword': {
    kind: 'custom',
    async check(w) {
      const doc = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } } }`;
      const input = { currentPassword: 'correct horse battery', newPassword: 'another long password' };
      expect(errorCode(await request(doc, { input }, { kind: 'anonymous' }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await request(doc, { input }, w.revokedToken))).toBe('UNAUTHENTICATED');
      // A token cannot change its creator's password; a user changes only their own.
      expect(errorCode(await request(doc, { input }, w.aliceToken))).toBe('FORBIDDEN');
      expect(
        (await request(doc, { input: { ...input, newPassword: 'correct horse battery' } }, w.bob.caller)).data!.changePassword.user.id,
      ).toBe(w.bob.userId);
    },
  },
  'Mutation.createTeam': {
    kind: 'custom',
    async check(w) {
      const doc = `mutation { createTeam(input: { name: "Another" }) { team { id } } }`;
      expect(errorCode(await request(doc, {}, { kind: 'anonymous' }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await request(doc, {}, w.revokedToken))).toBe('UNAUTHENTICATED');
      expect(errorCode(await request(doc, {}, w.aliceToken))).toBe('FORBIDDEN');
    },
  },
  'Mutation.acceptInvitation': {
    kind: 'custom',
    async check(w) {
      const doc = `mutation($t: String!) { acceptInvitation(token: $t) { team { id } } }`;
      expect(errorCode(await request(doc, { t: w.invitationToken }, { kind: 'anonymous' }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await request(doc, { t: w.invitationToken }, w.revokedToken))).toBe('UNAUTHENTICATED');
      expect(errorCode(await request(doc, { t: w.invitationToken }, w.aliceToken))).toBe('FORBIDDEN');
      // Bob holds a link addressed to someone else: refused, and he is not let in.
      expect(errorCode(await request(doc, { t: w.invitationToken }, w.bob.caller))).toBe('FORBIDDEN');
      expect(errorCode(await request(`{ team { id } }`, {}, w.bob.caller, w.alice.team.slug))).toBe('NOT_FOUND');
    },
  },
};

function expectNoData(result: GraphQLResult, w: World) {
  const text = JSON.stringify(result.data ?? null);
  for (const id of [
    w.alice.team.id,
    w.invitationId,
    w.apiTokenId,
    w.healthCheckId,
    w.datasetId,
    w.versionId,
    w.uploadId,
    w.runId,
    w.annotationId,
    w.predictionId,
    w.groupId,
    w.ablationGroupId,
    w.comparisonId,
    w.shareId,
    w.ruleSetId,
    w.ruleId,
    w.baseModelId,
    w.externalRunId,
  ])
    expect(text).not.toContain(id);
}

beforeAll(async () => {
  const { db } = await createTestDatabase();
  request = graphqlClient(db);
  const alice = await newUserWithTeam(request, 'Alice');
  const bob = await newUserWithTeam(request, 'Bob');
  const slug = alice.team.slug;
  const veraUser = await newUser(request, 'Vera');
  const veraInvite = await request(
    `mutation($e: String!) { createInvitation(input: { email: $e, role: VIEWER }) { inviteUrl } }`,
    { e: veraUser.email },
    alice.caller,
    slug,
  );
  await request(
    `mutation($t: String!) { acceptInvitation(token: $t) { team { id } } }`,
    { t: veraInvite.data!.createInvitation.inviteUrl.split('/invite/')[1] },
    veraUser.caller,
  );
  const invite = await request(
    `mutation { createInvitation(input: { email: "pending@example.com", role: MEMBER }) { inviteUrl invitation { id } } }`,
    {},
    alice.caller,
    slug,
  );
  const token = await request(
    `mutation { createApiToken(input: { name: "ci", role: OWNER }) { secret apiToken { id } } }`,
    {},
    alice.caller,
    slug,
  );
  const revoked = await request(
    `mutation { createApiToken(input: { name: "old", role: OWNER }) { secret apiToken { id } } }`,
    {},
    alice.caller,
    slug,
  );
  await request(
    `mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id } } }`,
    { id: revoked.data!.createApiToken.apiToken.id },
    alice.caller,
    slug,
  );
  const check = await request(`mutation { requestHealthCheck { healthCheck { id } } }`, {}, alice.caller, slug);
  const staged = await uploader(db)(
    alice.caller,
    slug,
    'secret.csv',
    'text,label\nthe launch date is friday,internal\nlunch at noon today,social\n',
  );
  const dataset = await request(
    `mutation($id: ID!) { createDataset(input: { name: "Secret", uploadId: $id }) { dataset { id latestVersion { id } } } }`,
    { id: staged.upload!.id },
    alice.caller,
    slug,
  );
  const run = await request(
    `mutation($id: ID!) { createRun(input: { kind: "logistic_regression", datasetVersionId: $id }) { run { id } } }`,
    { id: dataset.data!.createDataset.dataset.latestVersion.id },
    alice.caller,
    slug,
  );
  const annotation = await request(
    `mutation($id: ID!) { createRunAnnotation(runId: $id, input: { kind: BAND, label: "plateau", start: 1, end: 2 }) { annotation { id } } }`,
    { id: run.data!.createRun.run.id },
    alice.caller,
    slug,
  );
  const runId = run.data!.createRun.run.id;
  const sweep = await request(
    `mutation($id: ID!) { launchSweep(input: { kind: "logistic_regression", datasetVersionId: $id, axes: [{ field: "noise.rate", values: [0, 0.1] }] }) { group { id } } }`,
    { id: dataset.data!.createDataset.dataset.latestVersion.id },
    alice.caller,
    slug,
  );
  const comparison = await request(
    `mutation($id: ID!) { saveComparison(input: { name: "Secret comparison", runIds: [$id], metrics: ["val/loss"] }) { comparison { id } } }`,
    { id: runId },
    alice.caller,
    slug,
  );
  const comparisonId = comparison.data!.saveComparison.comparison.id;
  const share = await request(
    `mutation($id: ID!) { createShareLink(comparisonId: $id) { token shareLink { id } } }`,
    { id: comparisonId },
    alice.caller,
    slug,
  );
  const ruleSet = await request(`mutation { createRuleSet(input: { name: "Secret rules" }) { ruleSet { id } } }`, {}, alice.caller, slug);
  const ruleSetId = ruleSet.data!.createRuleSet.ruleSet.id;
  const rule = await request(
    `mutation($id: ID!) { createRule(ruleSetId: $id, input: { kind: WHITELIST, field: "text", pattern: "launch date", class: "internal" }) { rule { id } } }`,
    { id: ruleSetId },
    alice.caller,
    slug,
  );
  // An ablation: a study the team's findings read.
  const ablation = await request(
    `mutation($id: ID!, $rules: ID!) { launchAblation(input: { kind: "hybrid", datasetVersionId: $id, config: { ruleSetId: $rules } }, seeds: 1) { group { id } } }`,
    { id: dataset.data!.createDataset.dataset.latestVersion.id, rules: ruleSetId },
    alice.caller,
    slug,
  );
  expect((await request(`{ findings { group { id } } }`, {}, alice.caller, slug)).data!.findings).toEqual([
    { group: { id: ablation.data!.launchAblation.group.id } },
  ]);
  // A base model still queued: the team lists it, and nobody else sees it.
  const pretrain = await request(
    `mutation($id: ID!) { createRun(input: { kind: "pretrain", datasetVersionId: $id, config: { epochs: 1 } }) { run { id } } }`,
    { id: dataset.data!.createDataset.dataset.latestVersion.id },
    alice.caller,
    slug,
  );
  const external = await trackingClient(db)(
    'POST',
    'mlflow/runs/create',
    { experiment_id: '0', run_name: 'secret outside run' },
    token.data!.createApiToken.secret,
  );
  world = {
    externalRunId: external.body.run.info.run_id,
    baseModelId: pretrain.data!.createRun.run.id,
    ruleSetId,
    ruleId: rule.data!.createRule.rule.id,
    groupId: sweep.data!.launchSweep.group.id,
    ablationGroupId: ablation.data!.launchAblation.group.id,
    comparisonId,
    shareId: share.data!.createShareLink.shareLink.id,
    shareToken: share.data!.createShareLink.token,
    alice,
    bob,
    vera: veraUser.caller,
    aliceToken: { kind: 'token', secret: token.data!.createApiToken.secret },
    revokedToken: { kind: 'token', secret: revoked.data!.createApiToken.secret },
    invitationId: invite.data!.createInvitation.invitation.id,
    invitationToken: invite.data!.createInvitation.inviteUrl.split('/invite/')[1],
    apiTokenId: token.data!.createApiToken.apiToken.id,
    healthCheckId: check.data!.requestHealthCheck.healthCheck.id,
    datasetId: dataset.data!.createDataset.dataset.id,
    versionId: dataset.data!.createDataset.dataset.latestVersion.id,
    uploadId: staged.upload!.id,
    runId: run.data!.createRun.run.id,
    annotationId: annotation.data!.createRunAnnotation.annotation.id,
    // Written directly: a real one needs a finished run, which this file does not train.
    predictionId: (
      await db
        .insert(runPredictions)
        .values({ teamId: alice.team.id, runId: run.data!.createRun.run.id, rows: [{ text: 'hello' }] })
        .returning()
    )[0]!.id,
  };
});

describe('tenant isolation', () => {
  it('every operation of the schema has an isolation case', async () => {
    const schema = await request(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`, {}, world.alice.caller);
    const operations = [
      ...schema.data!.__schema.queryType.fields.map((f: { name: string }) => `Query.${f.name}`),
      ...schema.data!.__schema.mutationType.fields.map((f: { name: string }) => `Mutation.${f.name}`),
    ].sort();
    expect(Object.keys(cases).sort()).toEqual(operations);
  });

  for (const [operation, testCase] of Object.entries(cases)) {
    if (testCase.kind === 'custom') {
      it(`${operation} keeps every team's data to itself`, () => testCase.check(world));
      continue;
    }
    it(`${operation} refuses anonymous callers, revoked tokens, outsiders${testCase.write ? ' and viewers' : ''}`, async () => {
      const vars = testCase.variables?.(world) ?? {};
      const slug = world.alice.team.slug;
      for (const caller of [{ kind: 'anonymous' } as Caller, world.revokedToken]) {
        const result = await request(testCase.document, vars, caller, slug);
        expect(errorCode(result)).toBe('UNAUTHENTICATED');
        expectNoData(result, world);
      }
      const outsider = await request(testCase.document, vars, world.bob.caller, slug);
      expect(errorCode(outsider)).toBe('NOT_FOUND');
      expectNoData(outsider, world);
      if (testCase.targetsObject) {
        const inOwnTeam = await request(testCase.document, vars, world.bob.caller, world.bob.team.slug);
        expect(errorCode(inOwnTeam)).toBe('NOT_FOUND');
        expectNoData(inOwnTeam, world);
      }
      if (testCase.write) {
        const viewer = await request(testCase.document, vars, world.vera, slug);
        expect(errorCode(viewer)).toBe('FORBIDDEN');
      }
    });
  }
});
