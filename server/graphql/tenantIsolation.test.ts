/**
 * Every query and mutation of the schema, found by introspection, must have a case here. Each team-scoped
 * case is tried by an anonymous caller, a revoked token, a member of another team (NOT_FOUND, no data),
 * and for writes a viewer (FORBIDDEN). A new operation without a case fails this file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { runPredictions } from '../../db/schema';
import { uploader } from '../../test/uploads';
import { errorCode, graphqlClient, newUser, newUserWithTeam, type Caller, type GraphQLResult, type RequestFn } from '../../test/graphqlClient';

interface World {
  alice: Awaited<ReturnType<typeof newUserWithTeam>>;
  bob: Awaited<ReturnType<typeof newUserWithTeam>>;
  vera: Caller;
  aliceToken: Caller;
  revokedToken: Caller;
  invitationId: string;
  invitationToken: string;
  apiTokenId: string;
  healthCheckId: string;
  datasetId: string;
  versionId: string;
  uploadId: string;
  runId: string;
  annotationId: string;
  predictionId: string;
  groupId: string;
  comparisonId: string;
  shareId: string;
  shareToken: string;
  ruleSetId: string;
  ruleId: string;
}

type Case =
  | { kind: 'team'; write: boolean; document: string; variables?: (w: World) => Record<string, unknown>; targetsObject?: boolean }
  | { kind: 'custom'; check: (w: World) => Promise<void> };

let request: RequestFn;
let world: World;

const cases: Record<string, Case> = {
  'Query.team': { kind: 'team', write: false, document: `{ team { id name } }` },
  'Query.members': { kind: 'team', write: false, document: `{ members { nodes { user { id email } } } }` },
  'Query.invitations': { kind: 'team', write: false, document: `{ invitations { nodes { id email } } }` },
  'Query.apiTokens': { kind: 'team', write: false, document: `{ apiTokens { nodes { id name } } }` },
  'Query.auditEvents': { kind: 'team', write: false, document: `{ auditEvents { nodes { id action } } }` },
  'Query.healthCheck': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { healthCheck(id: $id) { id } }`,
    variables: (w) => ({ id: w.healthCheckId }),
  },
  'Mutation.updateTeam': { kind: 'team', write: true, document: `mutation { updateTeam(input: { name: "Renamed" }) { team { id } } }` },
  'Mutation.createInvitation': {
    kind: 'team', write: true,
    document: `mutation { createInvitation(input: { email: "new@example.com", role: VIEWER }) { inviteUrl } }`,
  },
  'Mutation.revokeInvitation': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { revokeInvitation(id: $id) { invitation { id } } }`,
    variables: (w) => ({ id: w.invitationId }),
  },
  'Mutation.changeMemberRole': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { changeMemberRole(input: { userId: $id, role: VIEWER }) { member { role } } }`,
    variables: (w) => ({ id: w.alice.userId }),
  },
  'Mutation.removeMember': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { removeMember(userId: $id) { removedUserId } }`,
    variables: (w) => ({ id: w.alice.userId }),
  },
  // Leaving is open to every role, viewers included: the write check is that nobody leaves another team.
  'Mutation.leaveTeam': { kind: 'team', write: false, document: `mutation { leaveTeam { teamId } }` },
  'Mutation.createApiToken': { kind: 'team', write: false, document: `mutation { createApiToken(input: { name: "x", role: VIEWER }) { secret } }` },
  'Mutation.revokeApiToken': {
    kind: 'team', write: false, targetsObject: true,
    document: `mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id } } }`,
    variables: (w) => ({ id: w.apiTokenId }),
  },
  'Mutation.requestHealthCheck': { kind: 'team', write: true, document: `mutation { requestHealthCheck { healthCheck { id } } }` },

  'Query.datasets': { kind: 'team', write: false, document: `{ datasets(includeArchived: true) { nodes { id name } } }` },
  'Query.datasetSamples': { kind: 'team', write: false, document: `{ datasetSamples { key } }` },
  'Query.dataset': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { dataset(id: $id) { id name latestVersion { id } } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Query.datasetVersion': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { datasetVersion(id: $id) { id preview downloadUrl } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Query.datasetUpload': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { datasetUpload(id: $id) { id preview } }`,
    variables: (w) => ({ id: w.uploadId }),
  },
  'Mutation.createDataset': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { createDataset(input: { name: "Copy", uploadId: $id }) { dataset { id } } }`,
    variables: (w) => ({ id: w.uploadId }),
  },
  'Mutation.createDatasetVersion': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { createDatasetVersion(input: { datasetId: $id, split: { seed: 3 } }) { version { id } } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Mutation.renameDataset': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { renameDataset(input: { id: $id, name: "Taken over" }) { dataset { id } } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Mutation.archiveDataset': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { archiveDataset(id: $id) { dataset { id } } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Mutation.unarchiveDataset': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { unarchiveDataset(id: $id) { dataset { id } } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Mutation.deleteDataset': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { deleteDataset(id: $id) { deletedId } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Query.runs': { kind: 'team', write: false, document: `{ runs { nodes { id name } } }` },
  'Query.runKinds': { kind: 'team', write: false, document: `{ runKinds { kind } }` },
  'Query.run': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { run(id: $id) { id config metrics { key } noisyExamples { row } artifacts { name } suspectedLabelErrors { row text } logs { id }
      phases { phase correction { id } } phaseDetection { status explanation } annotations { id label author { id } }
      group { id runs { id } } explanation { crossWeights { feature } embeddingColumns } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Query.runMetrics': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { runMetrics(runIds: [$id]) { runId key } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.createRun': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { createRun(input: { kind: "logistic_regression", datasetVersionId: $id }) { run { id } } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Mutation.cancelRun': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { cancelRun(id: $id) { run { id } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.retryRun': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { retryRun(id: $id) { run { id } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Query.prediction': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { prediction(id: $id) { id status results { row label } } }`,
    variables: (w) => ({ id: w.predictionId }),
  },
  'Mutation.requestPredictions': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { requestPredictions(runId: $id, rows: [{ text: "hello" }]) { prediction { id } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.launchAblation': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { launchAblation(input: { kind: "wide_deep", datasetVersionId: $id }) { group { id runs { id } } } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Mutation.detectPhases': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { detectPhases(runId: $id, params: { plateauSlope: 0.01 }) { run { id phaseDetection { explanation } } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.createRunAnnotation': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { createRunAnnotation(runId: $id, input: { kind: MARKER, label: "mine now", start: 1 }) { annotation { id } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.updateRunAnnotation': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { updateRunAnnotation(id: $id, input: { kind: MARKER, label: "changed", start: 1 }) { annotation { id label } } }`,
    variables: (w) => ({ id: w.annotationId }),
  },
  'Mutation.deleteRunAnnotation': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { deleteRunAnnotation(id: $id) { deletedId } }`,
    variables: (w) => ({ id: w.annotationId }),
  },
  'Query.runsByIds': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { runsByIds(ids: [$id]) { id name } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Query.runGroups': { kind: 'team', write: false, document: `{ runGroups { id name runs { id } } }` },
  'Query.runGroup': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { runGroup(id: $id) { id runs { id } } }`,
    variables: (w) => ({ id: w.groupId }),
  },
  'Query.comparisons': { kind: 'team', write: false, document: `{ comparisons { id name runs { id } } }` },
  'Query.comparison': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { comparison(id: $id) { id name runs { id } shareLinks { id } } }`,
    variables: (w) => ({ id: w.comparisonId }),
  },
  'Mutation.saveComparison': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { saveComparison(input: { name: "mine", runIds: [$id], metrics: ["val/loss"] }) { comparison { id } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.updateComparison': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!, $runId: ID!) { updateComparison(id: $id, input: { name: "taken", runIds: [$runId], metrics: ["val/loss"] }) { comparison { id } } }`,
    variables: (w) => ({ id: w.comparisonId, runId: w.runId }),
  },
  'Mutation.deleteComparison': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { deleteComparison(id: $id) { deletedId } }`,
    variables: (w) => ({ id: w.comparisonId }),
  },
  'Mutation.createShareLink': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { createShareLink(comparisonId: $id) { token shareLink { id } } }`,
    variables: (w) => ({ id: w.comparisonId }),
  },
  'Mutation.revokeShareLink': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { revokeShareLink(id: $id) { shareLink { id } } }`,
    variables: (w) => ({ id: w.shareId }),
  },
  'Mutation.launchSweep': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { launchSweep(input: { kind: "logistic_regression", datasetVersionId: $id, axes: [{ field: "seed", values: [1, 2] }] }) { group { id } } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Query.ruleSets': { kind: 'team', write: false, document: `{ ruleSets { id name rules { id pattern } } }` },
  'Query.ruleSet': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { ruleSet(id: $id) { id rules { id pattern } history { id } export(format: JSON) } }`,
    variables: (w) => ({ id: w.ruleSetId }),
  },
  'Query.testRule': {
    kind: 'team', write: false, targetsObject: true,
    document: `query($id: ID!) { testRule(input: { datasetVersionId: $id, kind: WHITELIST, field: "text", pattern: "launch", class: "internal" }) { matches samples { text } } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Mutation.createRuleSet': { kind: 'team', write: true, document: `mutation { createRuleSet(input: { name: "Mine" }) { ruleSet { id } } }` },
  'Mutation.deleteRuleSet': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { deleteRuleSet(id: $id) { deletedId } }`,
    variables: (w) => ({ id: w.ruleSetId }),
  },
  'Mutation.createRule': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { createRule(ruleSetId: $id, input: { kind: WHITELIST, field: "text", pattern: "lunch", class: "social" }) { rule { id } } }`,
    variables: (w) => ({ id: w.ruleSetId }),
  },
  'Mutation.updateRule': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { updateRule(id: $id, input: { pattern: "leaked" }) { rule { id pattern } } }`,
    variables: (w) => ({ id: w.ruleId }),
  },
  'Mutation.deleteRule': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { deleteRule(id: $id) { deletedId } }`,
    variables: (w) => ({ id: w.ruleId }),
  },
  'Mutation.importRules': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { importRules(ruleSetId: $id, format: JSON, text: "[]", replace: true) { rules { id } } }`,
    variables: (w) => ({ id: w.ruleSetId }),
  },
  'Mutation.relabelRows': {
    kind: 'team', write: true, targetsObject: true,
    document: `mutation($id: ID!) { relabelRows(input: { datasetVersionId: $id, rows: [{ row: 0, label: "social" }] }) { version { id } } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Mutation.createSampleDataset': { kind: 'team', write: true, document: `mutation { createSampleDataset(key: "product-titles") { dataset { id } } }` },

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
      for (const id of [w.alice.team.id, w.invitationId, w.apiTokenId, w.datasetId, w.versionId, w.uploadId, w.groupId, w.comparisonId, w.shareId]) expect(text).not.toContain(id);
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
    async check() {
      const result = await request(`mutation { signUp(input: { email: "fresh@example.com", password: "long enough password", name: "F" }) { user { id email } } }`);
      expect(result.data!.signUp.user.email).toBe('fresh@example.com');
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
  for (const id of [w.alice.team.id, w.invitationId, w.apiTokenId, w.healthCheckId, w.datasetId, w.versionId, w.uploadId, w.runId, w.annotationId, w.predictionId, w.groupId, w.comparisonId, w.shareId, w.ruleSetId, w.ruleId]) expect(text).not.toContain(id);
}

beforeAll(async () => {
  const { db } = await createTestDatabase();
  request = graphqlClient(db);
  const alice = await newUserWithTeam(request, 'Alice');
  const bob = await newUserWithTeam(request, 'Bob');
  const slug = alice.team.slug;
  const veraUser = await newUser(request, 'Vera');
  const veraInvite = await request(`mutation($e: String!) { createInvitation(input: { email: $e, role: VIEWER }) { inviteUrl } }`, { e: veraUser.email }, alice.caller, slug);
  await request(`mutation($t: String!) { acceptInvitation(token: $t) { team { id } } }`, { t: veraInvite.data!.createInvitation.inviteUrl.split('/invite/')[1] }, veraUser.caller);
  const invite = await request(`mutation { createInvitation(input: { email: "pending@example.com", role: MEMBER }) { inviteUrl invitation { id } } }`, {}, alice.caller, slug);
  const token = await request(`mutation { createApiToken(input: { name: "ci", role: OWNER }) { secret apiToken { id } } }`, {}, alice.caller, slug);
  const revoked = await request(`mutation { createApiToken(input: { name: "old", role: OWNER }) { secret apiToken { id } } }`, {}, alice.caller, slug);
  await request(`mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id } } }`, { id: revoked.data!.createApiToken.apiToken.id }, alice.caller, slug);
  const check = await request(`mutation { requestHealthCheck { healthCheck { id } } }`, {}, alice.caller, slug);
  const staged = await uploader(db)(alice.caller, slug, 'secret.csv', 'text,label\nthe launch date is friday,internal\nlunch at noon today,social\n');
  const dataset = await request(`mutation($id: ID!) { createDataset(input: { name: "Secret", uploadId: $id }) { dataset { id latestVersion { id } } } }`, { id: staged.upload!.id }, alice.caller, slug);
  const run = await request(`mutation($id: ID!) { createRun(input: { kind: "logistic_regression", datasetVersionId: $id }) { run { id } } }`, { id: dataset.data!.createDataset.dataset.latestVersion.id }, alice.caller, slug);
  const annotation = await request(`mutation($id: ID!) { createRunAnnotation(runId: $id, input: { kind: BAND, label: "plateau", start: 1, end: 2 }) { annotation { id } } }`, { id: run.data!.createRun.run.id }, alice.caller, slug);
  const runId = run.data!.createRun.run.id;
  const sweep = await request(`mutation($id: ID!) { launchSweep(input: { kind: "logistic_regression", datasetVersionId: $id, axes: [{ field: "noise.rate", values: [0, 0.1] }] }) { group { id } } }`, { id: dataset.data!.createDataset.dataset.latestVersion.id }, alice.caller, slug);
  const comparison = await request(`mutation($id: ID!) { saveComparison(input: { name: "Secret comparison", runIds: [$id], metrics: ["val/loss"] }) { comparison { id } } }`, { id: runId }, alice.caller, slug);
  const comparisonId = comparison.data!.saveComparison.comparison.id;
  const share = await request(`mutation($id: ID!) { createShareLink(comparisonId: $id) { token shareLink { id } } }`, { id: comparisonId }, alice.caller, slug);
  const ruleSet = await request(`mutation { createRuleSet(input: { name: "Secret rules" }) { ruleSet { id } } }`, {}, alice.caller, slug);
  const ruleSetId = ruleSet.data!.createRuleSet.ruleSet.id;
  const rule = await request(`mutation($id: ID!) { createRule(ruleSetId: $id, input: { kind: WHITELIST, field: "text", pattern: "launch date", class: "internal" }) { rule { id } } }`, { id: ruleSetId }, alice.caller, slug);
  world = {
    ruleSetId,
    ruleId: rule.data!.createRule.rule.id,
    groupId: sweep.data!.launchSweep.group.id,
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
    predictionId: (await db.insert(runPredictions).values({ teamId: alice.team.id, runId: run.data!.createRun.run.id, rows: [{ text: 'hello' }] }).returning())[0]!.id,
  };
});

describe('tenant isolation', () => {
  it('every operation of the schema has an isolation case', async () => {
    const schema = await request(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
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
