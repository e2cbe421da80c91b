import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { runMetrics, runs } from '../../db/schema';

export interface MetricPoint {
  key: string;
  step: number;
  epoch: number;
  value: number;
}

/**
 * Buffers a run's points and writes them in multi-row inserts. A point sent again (a resumed epoch replays its
 * batches) replaces the stored one, so curves stay continuous and nothing is counted twice. Points are written only
 * while the run is still this attempt's: a worker that lost the run cannot scribble on the curves of the next one.
 */
export class MetricWriter {
  private buffer: MetricPoint[] = [];

  constructor(
    private run: { id: string; teamId: string; attempt: number },
    private maxBuffered = 1000,
  ) {}

  add(point: MetricPoint, db: Executor): Promise<void> | void {
    if (!Number.isFinite(point.value)) return;
    this.buffer.push(point);
    if (this.buffer.length >= this.maxBuffered) return this.flushUnsynced(db);
  }

  /**
   * Mid-epoch points need not wait for the disk: if the machine dies before they reach it, the epoch is replayed
   * from its checkpoint and sends them again. (The epoch's own commit stays durable.)
   */
  private async flushUnsynced(db: Executor): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local synchronous_commit = off`);
      await this.flush(tx);
    });
  }

  /** One statement per 20,000 points: the batch travels as one JSON parameter, which Postgres unpacks itself. */
  async flush(db: Executor): Promise<void> {
    const points = this.buffer;
    this.buffer = [];
    for (let i = 0; i < points.length; i += 20_000) {
      await db.execute(sql`
        insert into ${runMetrics} (run_id, team_id, key, step, epoch, value)
        select ${this.run.id}, ${this.run.teamId}, p.key, p.step, p.epoch, p.value
        from json_to_recordset(${JSON.stringify(points.slice(i, i + 20_000))}::json) as p(key text, step int, epoch real, value float8)
        where exists (select from ${runs} where id = ${this.run.id} and attempt = ${this.run.attempt} and status = 'running')
        on conflict (run_id, key, step) do update set value = excluded.value, epoch = excluded.epoch, wall_time = now()`);
    }
  }
}
