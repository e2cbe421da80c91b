import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { runMetrics } from '../../db/schema';

export interface MetricPoint {
  key: string;
  step: number;
  epoch: number;
  value: number;
}

/**
 * Buffers a run's points and writes them in multi-row inserts. A point sent again (a resumed epoch replays its
 * batches) replaces the stored one, so curves stay continuous and nothing is counted twice.
 */
export class MetricWriter {
  private buffer: MetricPoint[] = [];

  constructor(
    private runId: string,
    private teamId: string,
    private maxBuffered = 1000,
  ) {}

  add(point: MetricPoint, db: Executor): Promise<void> | void {
    if (!Number.isFinite(point.value)) return;
    this.buffer.push(point);
    if (this.buffer.length >= this.maxBuffered) return this.flush(db);
  }

  async flush(db: Executor): Promise<void> {
    const points = this.buffer;
    this.buffer = [];
    for (let i = 0; i < points.length; i += 5000) {
      await db
        .insert(runMetrics)
        .values(points.slice(i, i + 5000).map((p) => ({ runId: this.runId, teamId: this.teamId, ...p })))
        .onConflictDoUpdate({ target: [runMetrics.runId, runMetrics.key, runMetrics.step], set: { value: sql`excluded.value`, epoch: sql`excluded.epoch`, wallTime: sql`excluded.wall_time` } });
    }
  }
}
