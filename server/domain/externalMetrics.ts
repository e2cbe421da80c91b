/**
 * Points an outside run logs (through MLflow's routes or per-example epochs), and the provisional phases they call
 * for while the run goes on.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { storePoints } from '../../db/metricChunks';
import { webMetrics } from '../metrics';
import { detectAndStorePhases } from '../../db/phaseDetections';
import { runKeyTags } from '../../db/schema';
import { PHASE_TAGS } from '../../lib/phases/curves';
import { ownedBy, type Scope } from '../tenancy/scope';
import type { Run } from './runs';
import { log } from '../../lib/log';

export interface MetricInput {
  key: string;
  value: number;
  /** Milliseconds since 1970; now when left out. */
  timestamp?: number;
  step: number;
}

/** The metric whose values are the epochs of a run's other points: the run's `phaselab.epoch_metric` tag, else `epoch`. */
export async function epochKeyOf(scope: Scope, tx: Executor, runId: string): Promise<string> {
  const [tag] = await tx
    .select({ value: runKeyTags.value })
    .from(runKeyTags)
    .where(and(ownedBy(scope, runKeyTags.teamId), eq(runKeyTags.runId, runId), eq(runKeyTags.key, PHASE_TAGS.epoch)));
  return tag?.value ?? 'epoch';
}

/**
 * A batch's points, into the run's chunks (the run's row is locked, so nothing else writes its points meanwhile); a
 * point logged again at a stored key and step replaces the stored one. A point's epoch is the value of the
 * `epochKey` metric at its step when the batch carries it (frameworks log `epoch` beside each metric), else its step;
 * with no `epochKey`, always its step.
 */
export async function writeMetrics(tx: Executor, run: Run, metrics: readonly MetricInput[], epochKey: string | null): Promise<void> {
  const now = Date.now();
  // The epoch column is a float4: a value it cannot hold places its point at its step instead.
  const fitsReal = (v: number) => Number.isFinite(Math.fround(v)) && (v === 0 || Math.abs(v) >= 1.2e-38);
  const epochAt = new Map(metrics.filter((m) => m.key === epochKey && fitsReal(m.value)).map((m) => [m.step, m.value]));
  webMetrics().trackedPoints.inc(metrics.length);
  await storePoints(
    tx,
    run,
    metrics.map((m) => ({ key: m.key, step: m.step, epoch: epochAt.get(m.step) ?? m.step, value: m.value, wallTime: m.timestamp ?? now })),
  );
}

const pendingDetections = new Map<string, NodeJS.Timeout>();
/** Live phases of a run that is logging, at most once per this many ms. */
const DETECTION_INTERVAL_MS = 5000;

/** Provisional phases while the run logs: one detection per interval, after the points that asked for it. */
export function scheduleDetection(scope: Scope, run: Pick<Run, 'id' | 'teamId'>): void {
  if (pendingDetections.has(run.id)) return;
  const timer = setTimeout(() => {
    pendingDetections.delete(run.id);
    detectAndStorePhases(scope.db, { run }).catch((error) => log.error({ err: error, runId: run.id }, 'phase detection failed'));
  }, DETECTION_INTERVAL_MS);
  timer.unref();
  pendingDetections.set(run.id, timer);
}

/** A run that ends gets its final phases at once: no provisional detection need follow. */
export function cancelScheduledDetection(runId: string): void {
  clearTimeout(pendingDetections.get(runId));
  pendingDetections.delete(runId);
}
