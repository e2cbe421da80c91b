/**
 * Points an outside run logs (through MLflow's routes or per-example epochs), and the provisional phases they call
 * for while the run goes on.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { copyLines, copyText } from '../../db/copy';
import { webMetrics } from '../metrics';
import { detectAndStorePhases } from '../../db/phaseDetections';
import { runKeyTags, runMetrics } from '../../db/schema';
import { PHASE_TAGS } from '../../lib/phases/curves';
import type { Scope } from '../tenancy/scope';
import type { Run } from './runs';
import { log } from '../../lib/log';

export interface MetricInput {
  key: string;
  value: number;
  /** Milliseconds since 1970; now when left out. */
  timestamp?: number;
  step: number;
}

/**
 * A batch's points: those past the last step stored for their key go by COPY (the run's row is locked, so nothing
 * else writes its points meanwhile and none can clash); a point logged again at a stored key and step replaces the
 * stored one. A point's epoch is the epoch metric's value at its step when the batch carries it (frameworks log
 * `epoch` beside each metric), else its step.
 */
export async function writeMetrics(tx: Executor, run: Run, metrics: readonly MetricInput[]): Promise<void> {
  const now = Date.now();
  const unique = [...new Map(metrics.map((m) => [`${m.key}\u0000${m.step}`, m])).values()];
  const keys = [...new Set(unique.map((m) => m.key))];
  // One index probe per key for its last step, and the epoch metric's name, in one round trip.
  const known = await tx.execute<{ key: string; step: string | null; epoch_key: string }>(sql`
    select k.key, (select max(step) from ${runMetrics} where run_id = ${run.id} and key = k.key) as step,
      coalesce((select value from ${runKeyTags} where run_id = ${run.id} and key = ${PHASE_TAGS.epoch}), 'epoch') as epoch_key
    from json_array_elements_text(${JSON.stringify(keys)}::json) as k(key)`);
  const lastStep = new Map([...known].map((r) => [r.key, r.step === null ? -Infinity : Number(r.step)]));
  const epochKey = known[0]?.epoch_key ?? 'epoch';
  // The epoch column is a float4: a value it cannot hold places its point at its step instead.
  const fitsReal = (v: number) => Number.isFinite(Math.fround(v)) && (v === 0 || Math.abs(v) >= 1.2e-38);
  const epochAt = new Map(unique.filter((m) => m.key === epochKey && fitsReal(m.value)).map((m) => [m.step, m.value]));
  // A batch repeats its keys and timestamps: each is escaped or formatted once.
  const keyText = memo((key: string) => copyText(key));
  const isoText = memo((ms: number) => new Date(ms).toISOString());
  const fresh: string[] = [];
  const again: { key: string; step: number; epoch: number; value: string; at: string }[] = [];
  const prefix = `${run.id}\t${run.teamId}\t`;
  for (const m of unique) {
    const epoch = epochAt.get(m.step) ?? m.step;
    const at = isoText(m.timestamp ?? now);
    if (m.step > lastStep.get(m.key)!) fresh.push(`${prefix}${keyText(m.key)}\t${m.step}\t${epoch}\t${m.value}\t${at}\n`);
    else again.push({ key: m.key, step: m.step, epoch, value: String(m.value), at });
  }
  webMetrics().trackedPoints.inc(unique.length);
  await copyLines(tx, 'run_metrics', ['run_id', 'team_id', 'key', 'step', 'epoch', 'value', 'wall_time'], fresh);
  if (again.length) {
    await tx.execute(sql`
      insert into run_metrics (run_id, team_id, key, step, epoch, value, wall_time)
      select ${run.id}, ${run.teamId}, p.key, p.step, p.epoch, p.value::float8, p.at
      from json_to_recordset(${JSON.stringify(again)}::json) as p(key text, step bigint, epoch real, value text, at timestamptz)
      on conflict (run_id, key, step) do update set value = excluded.value, epoch = excluded.epoch, wall_time = excluded.wall_time`);
  }
}

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
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
