import { z } from 'zod';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { runAnnotations, runPhaseDetections } from '../../db/schema';
import { detectAndStorePhases, type PhaseDetectionRow } from '../../db/phaseDetections';
import { phaseDetectorParams, type PhaseName } from '../../lib/phases/spec';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { recordAudit } from './audit';
import { getRun, type Run } from './runs';
import { parseInput } from './validation';

export interface EffectivePhase {
  phase: PhaseName;
  start: number;
  end: number;
  confidence: number;
  evidence: Record<string, unknown>;
  /** The annotation that corrects the detected phase, when a person did. */
  correction: { id: string; authorId: string } | null;
}

export async function getPhaseDetection(scope: Scope, runId: string): Promise<PhaseDetectionRow | null> {
  authorize(scope, 'runs:read');
  const [row] = await scope.db
    .select()
    .from(runPhaseDetections)
    .where(and(ownedBy(scope, runPhaseDetections.teamId), eq(runPhaseDetections.runId, runId)));
  return row ?? null;
}

/**
 * Each run's detected phases with people's corrections applied (the latest correction of a phase wins), for many
 * runs in two queries, in the order asked.
 */
export async function effectivePhasesOf(scope: Scope, runIds: readonly string[]): Promise<EffectivePhase[][]> {
  authorize(scope, 'runs:read');
  const ids = [...runIds];
  const [detections, corrections] = await Promise.all([
    scope.db
      .select()
      .from(runPhaseDetections)
      .where(and(ownedBy(scope, runPhaseDetections.teamId), inArray(runPhaseDetections.runId, ids))),
    scope.db
      .select()
      .from(runAnnotations)
      .where(and(ownedBy(scope, runAnnotations.teamId), inArray(runAnnotations.runId, ids), isNotNull(runAnnotations.phase)))
      .orderBy(runAnnotations.updatedAt),
  ]);
  return ids.map((runId) => {
    const phases = new Map<string, EffectivePhase>();
    for (const p of detections.find((d) => d.runId === runId)?.phases ?? [])
      phases.set(p.phase, { ...p, phase: p.phase as PhaseName, correction: null });
    for (const a of corrections) {
      if (a.runId !== runId || !a.phase || a.end === null) continue;
      phases.set(a.phase, {
        phase: a.phase as PhaseName,
        start: a.start,
        end: a.end,
        confidence: 1,
        evidence: { note: a.note },
        correction: { id: a.id, authorId: a.authorId },
      });
    }
    return [...phases.values()].sort((x, y) => x.start - y.start);
  });
}

/** Runs the detector again on the run's curves; the parameters given replace those in force, and stay. */
export async function redetectPhases(scope: Scope, runId: string, params: unknown): Promise<Run> {
  authorize(scope, 'runs:create');
  const run = await getRun(scope, runId);
  const raw = (params ?? {}) as Record<string, unknown>;
  const checked = parseInput(z.object({ params: phaseDetectorParams }), { params: raw }).params;
  // Only what the caller gave replaces the parameters in force (parsing fills in every default).
  const given = Object.fromEntries(Object.entries(checked).filter(([key]) => raw[key] != null));
  await scope.db.transaction(async (tx) => {
    const detection = await detectAndStorePhases(tx, { run, params: given, requestedBy: scope.user.id });
    await recordAudit(tx, scope, {
      action: 'run.phases.detect',
      targetType: 'run',
      targetId: run.id,
      details: { params: detection.params, status: detection.status },
    });
  });
  return run;
}
