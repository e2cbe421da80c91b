/**
 * The tenant-isolation cases of every team-scoped query and mutation: the document, its variables from the test's
 * world of two teams, and whether it writes (viewers are refused) or targets an object (the other team's id answers
 * NOT_FOUND). `tenantIsolation.test.ts` runs them and checks that none is missing.
 */
import type { Caller, newUserWithTeam } from '../../test/graphqlClient';

export interface IsolationWorld {
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
  ablationGroupId: string;
  comparisonId: string;
  shareId: string;
  shareToken: string;
  ruleSetId: string;
  ruleId: string;
  baseModelId: string;
  /** A run logged through the tracking API. */
  externalRunId: string;
}

export interface TeamCase {
  kind: 'team';
  write: boolean;
  document: string;
  variables?: (w: IsolationWorld) => Record<string, unknown>;
  targetsObject?: boolean;
}

export const teamCases: Record<string, TeamCase> = {
  'Query.team': { kind: 'team', write: false, document: `{ team { id name } }` },
  'Query.members': { kind: 'team', write: false, document: `{ members { nodes { user { id email } } } }` },
  'Query.invitations': { kind: 'team', write: false, document: `{ invitations { nodes { id email } } }` },
  'Query.apiTokens': { kind: 'team', write: false, document: `{ apiTokens { nodes { id name } } }` },
  'Query.auditEvents': { kind: 'team', write: false, document: `{ auditEvents { nodes { id action } } }` },
  'Query.healthCheck': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { healthCheck(id: $id) { id } }`,
    variables: (w) => ({ id: w.healthCheckId }),
  },
  'Mutation.updateTeam': { kind: 'team', write: true, document: `mutation { updateTeam(input: { name: "Renamed" }) { team { id } } }` },
  'Mutation.createInvitation': {
    kind: 'team',
    write: true,
    document: `mutation { createInvitation(input: { email: "new@example.com", role: VIEWER }) { inviteUrl } }`,
  },
  'Mutation.revokeInvitation': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { revokeInvitation(id: $id) { invitation { id } } }`,
    variables: (w) => ({ id: w.invitationId }),
  },
  'Mutation.changeMemberRole': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { changeMemberRole(input: { userId: $id, role: VIEWER }) { member { role } } }`,
    variables: (w) => ({ id: w.alice.userId }),
  },
  'Mutation.removeMember': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { removeMember(userId: $id) { removedUserId } }`,
    variables: (w) => ({ id: w.alice.userId }),
  },
  // Leaving is open to every role, viewers included: the write check is that nobody leaves another team.
  'Mutation.leaveTeam': { kind: 'team', write: false, document: `mutation { leaveTeam { teamId } }` },
  'Mutation.createApiToken': {
    kind: 'team',
    write: false,
    document: `mutation { createApiToken(input: { name: "x", role: VIEWER }) { secret } }`,
  },
  'Mutation.revokeApiToken': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id } } }`,
    variables: (w) => ({ id: w.apiTokenId }),
  },
  'Mutation.requestHealthCheck': { kind: 'team', write: true, document: `mutation { requestHealthCheck { healthCheck { id } } }` },

  'Query.datasets': { kind: 'team', write: false, document: `{ datasets(includeArchived: true) { nodes { id name } } }` },
  'Query.datasetSamples': { kind: 'team', write: false, document: `{ datasetSamples { key } }` },
  'Query.dataset': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { dataset(id: $id) { id name latestVersion { id } } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Query.datasetVersion': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { datasetVersion(id: $id) { id preview downloadUrl } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Query.datasetUpload': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { datasetUpload(id: $id) { id preview } }`,
    variables: (w) => ({ id: w.uploadId }),
  },
  'Mutation.createDataset': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { createDataset(input: { name: "Copy", uploadId: $id }) { dataset { id } } }`,
    variables: (w) => ({ id: w.uploadId }),
  },
  'Mutation.createDatasetVersion': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { createDatasetVersion(input: { datasetId: $id, split: { seed: 3 } }) { version { id } } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Mutation.renameDataset': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { renameDataset(input: { id: $id, name: "Taken over" }) { dataset { id } } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Mutation.archiveDataset': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { archiveDataset(id: $id) { dataset { id } } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Mutation.unarchiveDataset': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { unarchiveDataset(id: $id) { dataset { id } } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Mutation.deleteDataset': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { deleteDataset(id: $id) { deletedId } }`,
    variables: (w) => ({ id: w.datasetId }),
  },
  'Query.runs': { kind: 'team', write: false, document: `{ runs { nodes { id name } } }` },
  'Query.runKinds': { kind: 'team', write: false, document: `{ runKinds { kind } }` },
  'Query.experiments': { kind: 'team', write: false, document: `{ experiments { nodes { id name } } }` },
  'Mutation.registerRunExamples': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { registerRunExamples(input: { runId: $id, ids: ["a", "b"], labels: ["x", "y"] }) { total } }`,
    variables: (w) => ({ id: w.externalRunId }),
  },
  'Mutation.logRunExampleEpoch': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { logRunExampleEpoch(input: { runId: $id, epoch: 1, losses: "AACAPwAAgD8=", predictions: "AAAAAAEAAAA=" }) { memorizedFraction } }`,
    variables: (w) => ({ id: w.externalRunId }),
  },
  'Query.baseModels': {
    kind: 'team',
    write: false,
    document: `{ baseModels { id name status layers corpus { id } run { id } tokenize(text: "the launch date") } }`,
  },
  'Query.run': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { run(id: $id) { id config metrics { key } noisyExamples { row } artifacts { name } suspectedLabelErrors { row text } labelErrors { ranking examples { row } } logs { id }
      phases { phase correction { id } } phaseDetection { status explanation } annotations { id label author { id } }
      group { id runs { id } } explanation { crossWeights { feature } embeddingColumns } baseModel { id name } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Query.runMetrics': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { runMetrics(runIds: [$id]) { runId key } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.createRun': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { createRun(input: { kind: "logistic_regression", datasetVersionId: $id }) { run { id } } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Mutation.cancelRun': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { cancelRun(id: $id) { run { id } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.retryRun': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { retryRun(id: $id) { run { id } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.updateRun': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { updateRun(id: $id, input: { notes: "mine now", tags: ["x"] }) { run { id notes } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Query.runListColumns': { kind: 'team', write: false, document: `{ runListColumns { source key } }` },
  'Query.runColumnChoices': { kind: 'team', write: false, document: `{ runColumnChoices { metrics configFields } }` },
  // Each user arranges their own list, viewers too.
  'Mutation.setRunListColumns': {
    kind: 'team',
    write: false,
    document: `mutation { setRunListColumns(columns: [{ source: CONFIG, key: "lr" }]) { key } }`,
  },
  'Query.prediction': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { prediction(id: $id) { id status results { row label } } }`,
    variables: (w) => ({ id: w.predictionId }),
  },
  'Mutation.requestPredictions': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { requestPredictions(runId: $id, rows: [{ text: "hello" }]) { prediction { id } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.launchAblation': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { launchAblation(input: { kind: "wide_deep", datasetVersionId: $id }) { group { id runs { id } } } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Mutation.detectPhases': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { detectPhases(runId: $id, params: { plateauSlope: 0.01 }) { run { id phaseDetection { explanation } } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.createRunAnnotation': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { createRunAnnotation(runId: $id, input: { kind: MARKER, label: "mine now", start: 1 }) { annotation { id } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.updateRunAnnotation': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { updateRunAnnotation(id: $id, input: { kind: MARKER, label: "changed", start: 1 }) { annotation { id label } } }`,
    variables: (w) => ({ id: w.annotationId }),
  },
  'Mutation.deleteRunAnnotation': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { deleteRunAnnotation(id: $id) { deletedId } }`,
    variables: (w) => ({ id: w.annotationId }),
  },
  'Query.runsByIds': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { runsByIds(ids: [$id]) { id name } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Query.runGroups': { kind: 'team', write: false, document: `{ runGroups { id name runs { id } } }` },
  'Query.findings': {
    kind: 'team',
    write: false,
    document: `{ findings { group { id runs { id } } verdict phases { verdict runs { seed phases } } } }`,
  },
  'Query.runGroup': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { runGroup(id: $id) { id runs { id } } }`,
    variables: (w) => ({ id: w.groupId }),
  },
  'Query.comparisons': { kind: 'team', write: false, document: `{ comparisons { id name runs { id } } }` },
  'Query.comparison': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { comparison(id: $id) { id name runs { id } shareLinks { id } series { key } } }`,
    variables: (w) => ({ id: w.comparisonId }),
  },
  'Mutation.saveComparison': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { saveComparison(input: { name: "mine", runIds: [$id], metrics: ["val/loss"] }) { comparison { id } } }`,
    variables: (w) => ({ id: w.runId }),
  },
  'Mutation.updateComparison': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!, $runId: ID!) { updateComparison(id: $id, input: { name: "taken", runIds: [$runId], metrics: ["val/loss"] }) { comparison { id } } }`,
    variables: (w) => ({ id: w.comparisonId, runId: w.runId }),
  },
  'Mutation.deleteComparison': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { deleteComparison(id: $id) { deletedId } }`,
    variables: (w) => ({ id: w.comparisonId }),
  },
  'Mutation.createShareLink': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { createShareLink(comparisonId: $id) { token shareLink { id } } }`,
    variables: (w) => ({ id: w.comparisonId }),
  },
  'Mutation.revokeShareLink': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { revokeShareLink(id: $id) { shareLink { id } } }`,
    variables: (w) => ({ id: w.shareId }),
  },
  'Mutation.launchSweep': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { launchSweep(input: { kind: "logistic_regression", datasetVersionId: $id, axes: [{ field: "seed", values: [1, 2] }] }) { group { id } } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Query.ruleSets': { kind: 'team', write: false, document: `{ ruleSets { id name rules { id pattern } } }` },
  'Query.ruleSet': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { ruleSet(id: $id) { id rules { id pattern } history { id } export(format: JSON) } }`,
    variables: (w) => ({ id: w.ruleSetId }),
  },
  'Query.testRule': {
    kind: 'team',
    write: false,
    targetsObject: true,
    document: `query($id: ID!) { testRule(input: { datasetVersionId: $id, kind: WHITELIST, field: "text", pattern: "launch", class: "internal" }) { matches samples { text } } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Mutation.createRuleSet': {
    kind: 'team',
    write: true,
    document: `mutation { createRuleSet(input: { name: "Mine" }) { ruleSet { id } } }`,
  },
  'Mutation.deleteRuleSet': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { deleteRuleSet(id: $id) { deletedId } }`,
    variables: (w) => ({ id: w.ruleSetId }),
  },
  'Mutation.createRule': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { createRule(ruleSetId: $id, input: { kind: WHITELIST, field: "text", pattern: "lunch", class: "social" }) { rule { id } } }`,
    variables: (w) => ({ id: w.ruleSetId }),
  },
  'Mutation.updateRule': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { updateRule(id: $id, input: { pattern: "leaked" }) { rule { id pattern } } }`,
    variables: (w) => ({ id: w.ruleId }),
  },
  'Mutation.deleteRule': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { deleteRule(id: $id) { deletedId } }`,
    variables: (w) => ({ id: w.ruleId }),
  },
  'Mutation.importRules': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { importRules(ruleSetId: $id, format: JSON, text: "[]", replace: true) { rules { id } } }`,
    variables: (w) => ({ id: w.ruleSetId }),
  },
  'Mutation.relabelRows': {
    kind: 'team',
    write: true,
    targetsObject: true,
    document: `mutation($id: ID!) { relabelRows(input: { datasetVersionId: $id, rows: [{ row: 0, label: "social" }] }) { version { id } } }`,
    variables: (w) => ({ id: w.versionId }),
  },
  'Mutation.createSampleDataset': {
    kind: 'team',
    write: true,
    document: `mutation { createSampleDataset(key: "product-titles") { dataset { id } } }`,
  },
};
