import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { copyLines, copyText } from '../../db/copy';
import { runMetrics, runs } from '../../db/schema';

export interface MetricPoint {
  key: string;
  step: number;
  epoch: number;
  value: number;
}

/**
 * Buffers a run's points and writes them with COPY, the fastest way into Postgres. Points are written only while
 * the run is still this attempt's: a worker that lost the run cannot scribble on the curves of the next one. A point
 * sent again replaces the stored one, so curves stay continuous and nothing is counted twice.
 *
 * A point's wall time is when its batch reached the database: within a second of its measurement (the buffer is
 * flushed at least every second), exactly at an epoch's commit for the epoch's own points.
 *
 * COPY cannot skip a duplicate (db/copy.ts), so only points past the last step stored for their key go by COPY; any
 * other point is upserted after them.
 */
/** Two batches at once keep two Postgres backends busy: writing, not the trainer, is what limits ingestion. */
export const METRIC_BATCHES_IN_FLIGHT = 2;

export class MetricWriter {
  private buffer: MetricPoint[] = [];
  private bufferedSince = 0;
  /** The highest step stored per key, learnt from the database on a key's first flush. */
  private lastStep = new Map<string, number>();
  /** Batches on their way to the database while training goes on. */
  private inFlight = new Set<Promise<void>>();
  /** Settles when the latest batch and all before it have landed (or failed). */
  private lastBatch: Promise<void> = Promise.resolve();
  /** Settles when the latest batch has been sorted into new and sent-again points. */
  private sorting: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private run: { id: string; teamId: string; attempt: number },
    private maxBuffered = 10_000,
    /** Long epochs still show their batches live. */
    private maxDelayMs = 1000,
  ) {}

  add(point: MetricPoint, db: Executor): Promise<void> | void {
    if (this.failure) throw this.failure;
    if (!Number.isInteger(point.step) || point.step < 0 || point.step > 2 ** 31 - 1) throw new Error(`metric ${point.key}: step ${point.step} is not a whole number from 0 to 2³¹ − 1`);
    if (!Number.isFinite(point.value)) return;
    if (!this.buffer.length) this.bufferedSince = performance.now();
    this.buffer.push(point);
    if (this.buffer.length >= this.maxBuffered || performance.now() - this.bufferedSince >= this.maxDelayMs) return this.sendInBackground(db);
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
    const before = this.lastBatch;
    const sorted = this.sortInTurn(db, this.takeBuffer());
    const batch: Promise<void> = sorted
      .then(({ fresh, again }) =>
        db.transaction(async (tx) => {
          await tx.execute(sql`set local synchronous_commit = off`);
          await this.write(tx, fresh, again, before);
        }),
      )
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(batch));
    this.inFlight.add(batch);
    // Landed means this batch and every one before it: a batch with nothing to upsert does not wait for the others.
    this.lastBatch = batch.then(() => before);
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
    const { fresh, again } = await this.sortInTurn(db, this.takeBuffer());
    await db.transaction((tx) => this.write(tx, fresh, again, Promise.resolve()));
  }

  private takeBuffer(): MetricPoint[] {
    const points = this.buffer;
    this.buffer = [];
    return points;
  }

  /**
   * Splits points into those past the last step stored for their key (for COPY) and those sent again (upserted,
   * the latest of a point sent twice winning), batch after batch in the order they were made: a later batch sorted
   * first would count an earlier one's steps as its own and COPY what the other upserts.
   */
  private sortInTurn(db: Executor, points: MetricPoint[]): Promise<{ fresh: MetricPoint[]; again: MetricPoint[] }> {
    const sorted = this.sorting.then(async () => {
      await this.learnLastSteps(db, points);
      const fresh: MetricPoint[] = [];
      const again = new Map<string, MetricPoint>();
      for (const point of points) {
        if (point.step > this.lastStep.get(point.key)!) {
          fresh.push(point);
          this.lastStep.set(point.key, point.step);
        } else again.set(`${point.key}\0${point.step}`, point);
      }
      return { fresh, again: [...again.values()] };
    });
    this.sorting = sorted.then(
      () => undefined,
      () => undefined,
    );
    return sorted;
  }

  /** A point sent again waits for the batches before it to land, so that it lands after them. */
  private async write(tx: Executor, fresh: MetricPoint[], again: MetricPoint[], before: Promise<void>): Promise<void> {
    if (!fresh.length && !again.length) return;
    // The share lock holds off a new claim of the run until these points are in (or dropped).
    const held = await tx.execute(sql`select from ${runs} where id = ${this.run.id} and attempt = ${this.run.attempt} and status = 'running' for share`);
    if (!held.length) return;
    await this.copy(tx, fresh);
    if (!again.length) return;
    await before;
    await this.upsert(tx, again);
  }

  private async learnLastSteps(db: Executor, points: MetricPoint[]): Promise<void> {
    const unknown = [...new Set(points.map((p) => p.key))].filter((key) => !this.lastStep.has(key));
    if (!unknown.length) return;
    // One index probe per key: the primary key (run_id, key, step) ends at each key's last step.
    const rows = await db.execute<{ key: string; step: number | null }>(sql`
      select k.key, (select max(step) from ${runMetrics} where run_id = ${this.run.id} and key = k.key) as step
      from json_array_elements_text(${JSON.stringify(unknown)}::json) as k(key)`);
    for (const row of rows) this.lastStep.set(row.key, row.step === null ? -1 : Number(row.step));
  }

  private async copy(tx: Executor, points: MetricPoint[]): Promise<void> {
    const prefixes = new Map<string, string>();
    const prefix = (key: string) => prefixes.get(key) ?? prefixes.set(key, `${this.run.id}\t${this.run.teamId}\t${copyText(key)}\t`).get(key)!;
    await copyLines(tx, 'run_metrics', ['run_id', 'team_id', 'key', 'step', 'epoch', 'value'], points.map((p) => `${prefix(p.key)}${p.step}\t${p.epoch}\t${p.value}\n`));
  }

  /** One statement per 20,000 points: the batch travels as one JSON parameter, which Postgres unpacks itself. */
  private async upsert(tx: Executor, points: MetricPoint[]): Promise<void> {
    for (let i = 0; i < points.length; i += 20_000) {
      await tx.execute(sql`
        insert into ${runMetrics} (run_id, team_id, key, step, epoch, value)
        select ${this.run.id}, ${this.run.teamId}, p.key, p.step, p.epoch, p.value
        from json_to_recordset(${JSON.stringify(points.slice(i, i + 20_000))}::json) as p(key text, step bigint, epoch real, value float8)
        on conflict (run_id, key, step) do update set value = excluded.value, epoch = excluded.epoch, wall_time = now()`);
    }
  }
}
