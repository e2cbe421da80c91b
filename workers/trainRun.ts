/**
 * A training process: the worker keeps one started and idle, and sends it the run it claims
 * (`workers/engine/childRuns.ts`), so that training, which holds its thread for whole batches, never delays the
 * worker's heartbeat, queue polling, cancel checks or other runs, and a crash or leak of TensorFlow.js ends with the
 * process. It trains that one run and exits. SIGTERM or SIGINT: the run is checkpointed at the next batch and handed
 * back (idle: it exits at once). If the worker goes away, so does this process.
 */
import { and, eq } from 'drizzle-orm';
import { connect } from '../db/client';
import { runs } from '../db/schema';
import { METRIC_BATCHES_IN_FLIGHT } from './engine/metricWriter';
import { trainClaimedRun } from './engine/runJob';
import type { TrainingAssignment } from './engine/childRuns';
import { loadTensorFlow } from './tf';
import { SESSION_NAME_PREFIX, WORKER_SESSION_TIMEOUTS } from './registry';

const url = process.env.DATABASE_URL;
if (!url || !process.send) throw new Error('trainRun.ts is started by a worker (with DATABASE_URL set and an IPC channel)');

let assigned = false;
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => (assigned ? (stopping = true) : process.exit(0)));
// The worker that started this process is gone (killed): its runs are requeued by the others, so stop at once,
// also if it went while this process was still loading.
process.on('disconnect', () => process.exit(1));
if (!process.connected) process.exit(1);

// What starting costs is paid while idle: the backend is ready when the run arrives.
await loadTensorFlow();
const assignment = new Promise<TrainingAssignment>((resolve) =>
  process.once('message', (message) => resolve(message as TrainingAssignment)),
);
process.send({ ready: true });
const { runId, attempt, workerId } = await assignment;
assigned = true;

const { db, close } = connect(url, {
  max: METRIC_BATCHES_IN_FLIGHT + 2,
  timeouts: WORKER_SESSION_TIMEOUTS,
  applicationName: SESSION_NAME_PREFIX + workerId,
});
const [run] = await db
  .select()
  .from(runs)
  .where(and(eq(runs.id, runId), eq(runs.attempt, attempt), eq(runs.status, 'running')));
const onEpoch = (seconds: number) => process.send?.({ epochSeconds: seconds });
if (run) await trainClaimedRun({ db, workerId, stopping: () => stopping, active: new Set([run.id]), onEpoch }, run);
await close();
process.exit(0);
