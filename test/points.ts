/** Curve points for tests: written and read through the same chunk storage workers and the API use. */
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { readSeries, storePoints } from '../db/metricChunks';
import { runs } from '../db/schema';

export interface StoredPoint {
  step: number;
  epoch: number;
  value: number;
  wallTime: Date;
}

/** A run's points of one key, in step order. */
export async function storedPoints(db: Executor, runId: string, key: string): Promise<StoredPoint[]> {
  const [run] = await db.select({ teamId: runs.teamId }).from(runs).where(eq(runs.id, runId));
  if (!run) return [];
  const [series] = await readSeries(db, { teamId: run.teamId, runIds: [runId], keys: [key], withWallTime: true });
  if (!series) return [];
  return Array.from(series.steps, (step, i) => ({
    step,
    epoch: series.epochs[i]!,
    value: series.values[i]!,
    wallTime: new Date(series.wallTimes![i]!),
  }));
}

/** A curve as a worker would have written it: `values` at steps `firstStep`, `firstStep + 1`, … */
export async function writeCurve(
  db: Executor,
  run: { id: string; teamId: string },
  key: string,
  values: readonly number[],
  { firstStep = 0, epochOf = (step: number) => step } = {},
): Promise<void> {
  const now = Date.now();
  await storePoints(
    db,
    run,
    values.map((value, i) => ({ key, step: firstStep + i, epoch: epochOf(firstStep + i), value, wallTime: now })),
  );
}
