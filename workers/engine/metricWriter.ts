import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { storePoints } from '../../db/metricChunks';
import { runs } from '../../db/schema';

export interface MetricPoint {
  key: string;
  step: number;
  epoch: number;
  value: number;
}

/** One batch writes while the next waits its turn and training goes on; a third waits for the first to land. */
export const METRIC_BATCHES_IN_FLIGHT = 2;

/**
 * Buffers a run's points and writes them in batches, in the order they were made (db/metricChunks.ts appends each
 * key's points to its last chunk). Points are written only while the run is still this attempt's: a worker that lost
 * the run cannot scribble on the curves of the next one. A point sent again replaces the stored one, so curves stay
 * continuous and nothing is counted twice.
 *
 * A point's wall time is when its batch was written: within a second of its measurement (the buffer is flushed at
 * least every second), at an epoch's commit for the epoch's own points.
 */
export class MetricWriter {
  private buffer: MetricPoint[] = [];
  private bufferedSince = 0;
  /** Batches on their way to the database while training goes on. */
  private inFlight = new Set<Promise<void>>();
  /** Settles when the latest batch and all before it have landed (or failed). */
  private lastBatch: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private run: { id: string; teamId: string; attempt: number },
    private maxBuffered = 10_000,
    /** Long epochs still show their batches live. */
    private maxDelayMs = 1000,
  ) {}

  add(point: MetricPoint, db: Executor): Promise<void> | void {
    if (this.failure) throw this.failure;
    if (!Number.isInteger(point.step) || point.step < 0 || point.step > 2 ** 31 - 1)
      throw new Error(`metric ${point.key}: step ${point.step} is not a whole number from 0 to 2³¹ − 1`);
    if (!Number.isFinite(point.value)) return;
    if (!this.buffer.length) this.bufferedSince = performance.now();
    this.buffer.push(point);
    if (this.buffer.length >= this.maxBuffered || performance.now() - this.bufferedSince >= this.maxDelayMs)
      return this.sendInBackground(db);
  }

  /**
   * Training goes on while batches are written (trainer and database then share the cores); a batch past
   * `METRIC_BATCHES_IN_FLIGHT` waits for one to land. Mid-epoch points need not wait for the disk either: if the machine dies
   * before they reach it, the epoch is replayed from its checkpoint and sends them again. (The epoch's own commit
   * stays durable.)
   */
  private async sendInBackground(db: Executor): Promise<void> {
    while (this.inFlight.size >= METRIC_BATCHES_IN_FLIGHT) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const points = this.takeBuffer();
    // A batch starts when the one before it has landed (or failed): series are appended in step order.
    const batch: Promise<void> = this.lastBatch
      .then(() =>
        db.transaction(async (tx) => {
          await tx.execute(sql`set local synchronous_commit = off`);
          await this.write(tx, points);
        }),
      )
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(batch));
    this.inFlight.add(batch);
    this.lastBatch = batch;
  }

  /**
   * Waits for the batches in flight and throws a failure. Call it before a transaction that locks the run's row:
   * a batch in flight holds that row's share lock until it lands.
   */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }

  /** Writes what is buffered, within the caller's transaction if it passes one. */
  async flush(db: Executor): Promise<void> {
    await this.drain();
    const points = this.takeBuffer();
    await db.transaction((tx) => this.write(tx, points));
  }

  private takeBuffer(): MetricPoint[] {
    const points = this.buffer;
    this.buffer = [];
    return points;
  }

  private async write(tx: Executor, points: MetricPoint[]): Promise<void> {
    if (!points.length) return;
    // The share lock holds off a new claim of the run until these points are in (or dropped).
    const held = await tx.execute(
      sql`select from ${runs} where id = ${this.run.id} and attempt = ${this.run.attempt} and status = 'running' for share`,
    );
    if (!held.length) return;
    const now = Date.now();
    await storePoints(
      tx,
      { id: this.run.id, teamId: this.run.teamId },
      points.map((p) => ({ ...p, wallTime: now })),
    );
  }
}
