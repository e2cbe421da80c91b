/**
 * Running the phase detector on a run's stored curves and keeping its answer: the worker does it after every epoch
 * and at the end, the web app when a person asks again with other parameters. Parameters a person set stay in
 * force for the detections that follow. Each detection locks its run row, so a worker's and a person's detections
 * of one run take turns and neither overwrites the other's parameters.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { runMetrics, runPhaseDetections, runs } from './schema';
import { detectPhases } from '../lib/phases/detect';
import { phaseDetectorParams, type PhaseDetectorParams } from '../lib/phases/spec';
import { phaseCurvesFromMetrics, phaseMetricKeys } from '../lib/phases/curves';

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
      .select({ status: runs.status, epochsDone: runs.epochsDone })
      .from(runs)
      .where(and(eq(runs.teamId, run.teamId), eq(runs.id, run.id)))
      .for('update');
    if (!locked) throw new Error(`run ${run.id} is gone`);
    const [previous] = await tx
      .select({ params: runPhaseDetections.params })
      .from(runPhaseDetections)
      .where(and(eq(runPhaseDetections.teamId, run.teamId), eq(runPhaseDetections.runId, run.id)));
    const params = phaseDetectorParams.parse({ ...previous?.params, ...request.params });
    const points = await tx
      .select({ key: runMetrics.key, epoch: runMetrics.epoch, value: runMetrics.value })
      .from(runMetrics)
      .where(and(eq(runMetrics.teamId, run.teamId), eq(runMetrics.runId, run.id), inArray(runMetrics.key, phaseMetricKeys)))
      .orderBy(runMetrics.step);
    const detection = detectPhases(phaseCurvesFromMetrics(points), params);
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
