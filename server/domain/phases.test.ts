import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { errorCode, graphqlClient, newUser, newUserWithTeam, type Caller, type RequestFn } from '../../test/graphqlClient';
import { startWorker, waitFor } from '../../test/processes';
import { phaseDetectorVersion } from '../../lib/phases/spec';

let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let colleague: Caller;
let runId: string;

const PHASES = `query($id: ID!) { run(id: $id) {
  phases { phase start end confidence correction { id author { name } } }
  phaseDetection { version status final epochsSeen params explanation requestedBy { name } phases { phase start end } }
  annotations { id kind label start end colour note phase editable author { name } } } }`;
const ANNOTATE = `mutation($runId: ID!, $input: RunAnnotationInput!) { createRunAnnotation(runId: $runId, input: $input) { annotation { id label editable } } }`;
const UPDATE = `mutation($id: ID!, $input: RunAnnotationInput!) { updateRunAnnotation(id: $id, input: $input) { annotation { id label note } } }`;
const DELETE = `mutation($id: ID!) { deleteRunAnnotation(id: $id) { deletedId } }`;
const as = (caller: Caller, document: string, variables: Record<string, unknown>) => request(document, variables, caller, owner.team.slug);
const phasesOf = async (caller: Caller = owner.caller) => (await as(caller, PHASES, { id: runId })).data!.run;

beforeAll(async () => {
  const { db, url } = await createTestDatabase();
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Pia');
  const member = await newUser(request, 'Colm');
  const invite = await as(owner.caller, `mutation($e: String!) { createInvitation(input: { email: $e, role: MEMBER }) { inviteUrl } }`, {
    e: member.email,
  });
  await request(
    `mutation($t: String!) { acceptInvitation(token: $t) { team { id } } }`,
    { t: invite.data!.createInvitation.inviteUrl.split('/invite/')[1] },
    member.caller,
  );
  colleague = member.caller;
  const sample = await as(owner.caller, `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`, {});
  const created = await as(owner.caller, `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`, {
    input: {
      kind: 'logistic_regression',
      datasetVersionId: sample.data!.createSampleDataset.dataset.latestVersion.id,
      config: { epochs: 6, noise: { rate: 0.3, seed: 2 } },
      seed: 3,
    },
  });
  runId = created.data!.createRun.run.id;
  const worker = startWorker(url);
  try {
    await waitFor(
      async () => (await as(owner.caller, `query($id: ID!) { run(id: $id) { status } }`, { id: runId })).data!.run.status === 'SUCCEEDED',
      'the run to succeed',
      120_000,
    );
  } finally {
    worker.kill('SIGTERM');
  }
}, 180_000);

describe('detected phases', () => {
  it('are stored final when the run ends, with the detector version, parameters and a readable explanation', async () => {
    const { phaseDetection, phases } = await phasesOf();
    expect(phaseDetection).toMatchObject({
      version: phaseDetectorVersion,
      status: 'DETECTED',
      final: true,
      epochsSeen: 6,
      requestedBy: null,
      params: { plateauSlope: 0.005, minEpochs: 4 },
    });
    expect(phaseDetection.explanation).toMatch(/^Validation (rose|reached)/);
    expect(phaseDetection.phases[0]).toMatchObject({ phase: 'FITTING', start: 0 });
    expect(phases.map((p: { phase: string }) => p.phase)).toEqual(phaseDetection.phases.map((p: { phase: string }) => p.phase));
  });

  it('run again with other parameters on request: those given replace those in force and stay; audited; bad ones refused naming the field', async () => {
    const bad = await as(owner.caller, `mutation($id: ID!) { detectPhases(runId: $id, params: { plateauSlope: -1 }) { run { id } } }`, {
      id: runId,
    });
    expect(bad.errors![0]).toMatchObject({
      message: 'params.plateauSlope: use a positive slope',
      extensions: { code: 'BAD_USER_INPUT', field: 'params.plateauSlope' },
    });
    const tooShort = await as(
      owner.caller,
      `mutation($id: ID!) { detectPhases(runId: $id, params: { minEpochs: 10 }) { run { phaseDetection { status explanation requestedBy { name } params } phases { phase } } } }`,
      { id: runId },
    );
    const { phaseDetection, phases } = tooShort.data!.detectPhases.run;
    expect(phaseDetection).toMatchObject({
      status: 'INSUFFICIENT_DATA',
      requestedBy: { name: 'Pia' },
      params: { minEpochs: 10, plateauSlope: 0.005 },
    });
    expect(phaseDetection.explanation).toBe('Not enough data: 6 validation points, at least 10 needed.');
    expect(phases).toEqual([]);
    const audit = await as(owner.caller, `{ auditEvents(first: 5) { nodes { action details } } }`, {});
    expect(audit.data!.auditEvents.nodes[0]).toMatchObject({
      action: 'run.phases.detect',
      details: { params: { minEpochs: 10 }, status: 'insufficient_data' },
    });
    const kept = await as(
      owner.caller,
      `mutation($id: ID!) { detectPhases(runId: $id, params: { plateauSlope: 0.01 }) { run { phaseDetection { params } } } }`,
      { id: runId },
    );
    expect(kept.data!.detectPhases.run.phaseDetection.params).toMatchObject({ minEpochs: 10, plateauSlope: 0.01 });
    await as(
      owner.caller,
      `mutation($id: ID!) { detectPhases(runId: $id, params: { minEpochs: 4, plateauSlope: 0.005 }) { run { id } } }`,
      { id: runId },
    );
  });
});

describe('people’s annotations', () => {
  it('refuse bad input with the field at fault and store nothing', async () => {
    const before = (await phasesOf()).annotations.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'BAND', label: 'x', start: 3, end: 2 }, 'end'],
      [{ kind: 'BAND', label: 'x', start: 1, end: 60 }, 'end'],
      [{ kind: 'MARKER', label: ' ', start: 1 }, 'label'],
      [{ kind: 'MARKER', label: 'x', start: 1, phase: 'SETTLING' }, 'phase'],
      [{ kind: 'MARKER', label: 'x', start: 1, colour: 'red' }, 'colour'],
    ];
    for (const [input, field] of cases) {
      const result = await as(owner.caller, ANNOTATE, { runId, input });
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await phasesOf()).annotations).toHaveLength(before);
  });

  it('belong to their author: others see them but may not change them; every change is audited', async () => {
    const created = await as(owner.caller, ANNOTATE, {
      runId,
      input: { kind: 'MARKER', label: 'lr drop', start: 3, note: 'halved the rate' },
    });
    const id = created.data!.createRunAnnotation.annotation.id;
    const seen = (await phasesOf(colleague)).annotations.find((a: { id: string }) => a.id === id);
    expect(seen).toMatchObject({ label: 'lr drop', end: null, colour: '#f59e0b', editable: false, author: { name: 'Pia' } });
    expect(errorCode(await as(colleague, UPDATE, { id, input: { kind: 'MARKER', label: 'mine', start: 3 } }))).toBe('FORBIDDEN');
    expect(errorCode(await as(colleague, DELETE, { id }))).toBe('FORBIDDEN');
    const updated = await as(owner.caller, UPDATE, { id, input: { kind: 'MARKER', label: 'lr drop', start: 3.5, note: 'a third' } });
    expect(updated.data!.updateRunAnnotation.annotation).toMatchObject({ label: 'lr drop', note: 'a third' });
    expect((await as(owner.caller, DELETE, { id })).data!.deleteRunAnnotation.deletedId).toBe(id);
    const audit = await as(owner.caller, `{ auditEvents(first: 3) { nodes { action details } } }`, {});
    expect(audit.data!.auditEvents.nodes.map((e: { action: string }) => e.action)).toEqual([
      'run.annotation.delete',
      'run.annotation.update',
      'run.annotation.create',
    ]);
    expect(audit.data!.auditEvents.nodes[1].details).toMatchObject({
      before: { start: 3, note: 'halved the rate' },
      after: { start: 3.5, note: 'a third' },
    });
  });

  it('correct a detected phase: the correction wins in run.phases and the detection is kept as it was', async () => {
    const detected = (await phasesOf()).phaseDetection.phases;
    const corrected = await as(colleague, ANNOTATE, {
      runId,
      input: { kind: 'BAND', label: 'real plateau', start: 2, end: 4, phase: 'SETTLING', colour: '#22c55e' },
    });
    const id = corrected.data!.createRunAnnotation.annotation.id;
    expect(corrected.data!.createRunAnnotation.annotation.editable).toBe(true);
    const after = await phasesOf();
    expect(after.phases.find((p: { phase: string }) => p.phase === 'SETTLING')).toMatchObject({
      start: 2,
      end: 4,
      confidence: 1,
      correction: { id, author: { name: 'Colm' } },
    });
    expect(after.phaseDetection.phases).toEqual(detected);
    expect(after.phases.map((p: { start: number }) => p.start)).toEqual(
      [...after.phases.map((p: { start: number }) => p.start)].sort((a, b) => a - b),
    );
  });
});
