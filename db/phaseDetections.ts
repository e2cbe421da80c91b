/**
 * Running the phase detector on a run's stored curves and keeping its answer: the worker does it after every epoch
 * and at the end, the web app when a person asks again with other parameters. Parameters a person set stay in
 * force for the detections that follow. Each detection locks its run row, so a worker's and a person's detections
 * of one run take turns and neither overwrites the other's parameters.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { datasetVersions, runKeyTags, runPhaseDetections, runs } from './schema';
import { readSeries } from './metricChunks';
import { detectPhases } from '../lib/phases/detect';
import { phaseDetectorParams, type PhaseDetectorParams } from '../lib/phases/spec';
import {
  externalPhaseCurves,
  externalPhaseKeys,
  PHASE_TAGS,
  phaseCurveKeys,
  phaseCurvesFromMetrics,
  phaseMetricKeys,
} from '../lib/phases/curves';
import { isTrainedKind } from '../lib/runs/config';
import { seriesKeysOf } from './metricSeries';

export type PhaseDetectionRow = typeof runPhaseDetections.$inferSelect;

interface DetectionRequest {
  run: { id: string; teamId: string };
  /** Left out: final once the run has stopped training. */
  final?: boolean;
  /** Merged over the parameters of the run's last detection, themselves over the defaults. */
  params?: Partial<PhaseDetectorParams>;
  requestedBy?: string | null;
}

export async function detectAndStorePhases(executor: Executor, request: DetectionRequest): Promise<PhaseDetectionRow> {
  const { run } = request;
  return executor.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: runs.status, epochsDone: runs.epochsDone, kind: runs.kind })
      .from(runs)
      .where(and(eq(runs.teamId, run.teamId), eq(runs.id, run.id)))
      .for('update');
    if (!locked) throw new Error(`run ${run.id} is gone`);
    const [previous] = await tx
      .select({ params: runPhaseDetections.params })
      .from(runPhaseDetections)
      .where(and(eq(runPhaseDetections.teamId, run.teamId), eq(runPhaseDetections.runId, run.id)));
    const params = phaseDetectorParams.parse({ ...previous?.params, ...request.params });
    const detection = !isTrainedKind(locked.kind)
      ? await detectExternal(tx, run, params)
      : detectPhases(phaseCurvesFromMetrics(await readPoints(tx, run, phaseMetricKeys), await validationItems(tx, run)), params);
    const values = {
      version: detection.version,
      params,
      status: detection.status,
      final: request.final ?? !(locked.status === 'queued' || locked.status === 'running'),
      epochsSeen: locked.epochsDone,
      phases: detection.phases,
      explanation: detection.explanation,
      evidence: detection.evidence,
      requestedBy: request.requestedBy ?? null,
      detectedAt: sql`now()`,
    };
    const [row] = await tx
      .insert(runPhaseDetections)
      .values({ runId: run.id, teamId: run.teamId, ...values })
      .onConflictDoUpdate({ target: runPhaseDetections.runId, set: values })
      .returning();
    return row!;
  });
}

/** The validation split a trained run is scored on: its dataset version's count (sentences, for tagging). */
async function validationItems(tx: Executor, run: { id: string; teamId: string }): Promise<number | undefined> {
  const [row] = await tx
    .select({ counts: datasetVersions.splitCounts })
    .from(runs)
    .innerJoin(datasetVersions, eq(datasetVersions.id, runs.datasetVersionId))
    .where(and(eq(runs.teamId, run.teamId), eq(runs.id, run.id)));
  return row?.counts.validation || undefined;
}

async function readPoints(tx: Executor, run: { id: string; teamId: string }, keys: string[]) {
  const series = await readSeries(tx, { teamId: run.teamId, runIds: [run.id], keys });
  return series
    .flatMap(({ key, steps, epochs, values }) => Array.from(steps, (step, i) => ({ key, step, epoch: epochs[i]!, value: values[i]! })))
    .sort((a, b) => a.step - b.step);
}

/** An outside run names its curves by tags or by the names frameworks use; when none is found, it is told which tag to set. */
async function detectExternal(tx: Executor, run: { id: string; teamId: string }, params: PhaseDetectorParams) {
  const tags = await tx
    .select({ key: runKeyTags.key, value: runKeyTags.value })
    .from(runKeyTags)
    .where(and(eq(runKeyTags.teamId, run.teamId), eq(runKeyTags.runId, run.id)));
  const [logged = []] = await seriesKeysOf(tx, run.teamId, [run.id]);
  const keys = externalPhaseKeys(logged, new Map(tags.map((t) => [t.key, t.value])));
  const wanted = [keys.validation, keys.train, keys.epoch, phaseCurveKeys.memorizedFraction[0]].filter((k): k is string => k !== null);
  const points = await readPoints(tx, run, wanted);
  const items = Number(tags.find((t) => t.key === PHASE_TAGS.validationItems)?.value);
  const detection = detectPhases(externalPhaseCurves(points, keys, Number.isInteger(items) && items > 0 ? items : undefined), params);
  if (keys.validation) return { ...detection, evidence: { ...detection.evidence, curves: keys } };
  return {
    ...detection,
    status: 'insufficient_data' as const,
    phases: [],
    explanation: `No validation curve found among this run's metrics${logged.length ? ` (${logged.slice(0, 8).join(', ')}${logged.length > 8 ? ', …' : ''})` : ''}. Set the tag ${PHASE_TAGS.validation} to the metric that holds the validation score (and ${PHASE_TAGS.epoch} when steps count batches).`,
    evidence: { curves: keys },
  };
}
