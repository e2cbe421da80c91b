/**
 * Running the phase detector on a run's stored curves and keeping its answer: the worker does it after every epoch
 * and at the end, the web app when a person asks again with other parameters. The parameters a person chose stay in
 * force for the detections that follow.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { runMetrics, runPhaseDetections } from './schema';
import { detectPhases } from '../lib/phases/detect';
import { phaseDetectorParams, type PhaseDetectorParams } from '../lib/phases/spec';
import { phaseCurvesFromMetrics, phaseMetricKeys } from '../lib/phases/curves';

export type PhaseDetectionRow = typeof runPhaseDetections.$inferSelect;

interface DetectionRequest {
  run: { id: string; teamId: string; epochsDone: number };
  final: boolean;
  /** Left out: the parameters of the run's last detection, else the defaults. */
  params?: PhaseDetectorParams;
  requestedBy?: string | null;
}

export async function detectAndStorePhases(executor: Executor, request: DetectionRequest): Promise<PhaseDetectionRow> {
  const { run } = request;
  const where = and(eq(runMetrics.teamId, run.teamId), eq(runMetrics.runId, run.id));
  const points = await executor
    .select({ key: runMetrics.key, epoch: runMetrics.epoch, value: runMetrics.value })
    .from(runMetrics)
    .where(and(where, inArray(runMetrics.key, phaseMetricKeys)))
    .orderBy(runMetrics.step);
  const [previous] = await executor
    .select({ params: runPhaseDetections.params })
    .from(runPhaseDetections)
    .where(and(eq(runPhaseDetections.teamId, run.teamId), eq(runPhaseDetections.runId, run.id)));
  const params = request.params ?? phaseDetectorParams.parse(previous?.params ?? {});
  const detection = detectPhases(phaseCurvesFromMetrics(points), params);
  const values = {
    version: detection.version,
    params,
    status: detection.status,
    final: request.final,
    epochsSeen: run.epochsDone,
    phases: detection.phases,
    explanation: detection.explanation,
    evidence: detection.evidence,
    requestedBy: request.requestedBy ?? null,
    detectedAt: sql`now()`,
  };
  const [row] = await executor
    .insert(runPhaseDetections)
    .values({ runId: run.id, teamId: run.teamId, ...values })
    .onConflictDoUpdate({ target: runPhaseDetections.runId, set: values })
    .returning();
  return row!;
}
