/**
 * A training process: the worker starts one per run it claims (`workers/engine/childRuns.ts`), so that training, which
 * holds its thread for whole batches, never delays the worker's heartbeat, queue polling, cancel checks or other
 * runs, and a crash or leak of TensorFlow.js ends with the process. Arguments: run id, attempt, worker id.
 * SIGTERM or SIGINT: the run is handed back after the epoch in hand. If the worker goes away, so does this process.
 */
import { and, eq } from 'drizzle-orm';
import { connect } from '../db/client';
import { runs } from '../db/schema';
import { METRIC_BATCHES_IN_FLIGHT } from './engine/metricWriter';
import { trainClaimedRun } from './engine/runJob';
import { SESSION_NAME_PREFIX, WORKER_SESSION_TIMEOUTS } from './registry';

const [runId, attemptText, workerId] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!runId || !attemptText || !workerId || !url) throw new Error('usage: trainRun.ts <run id> <attempt> <worker id>, with DATABASE_URL set');

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => (stopping = true));
// The worker that started this process is gone (killed): its runs are requeued by the others, so stop at once.
process.on('disconnect', () => process.exit(1));

const { db, close } = connect(url, { max: METRIC_BATCHES_IN_FLIGHT + 2, timeouts: WORKER_SESSION_TIMEOUTS, applicationName: SESSION_NAME_PREFIX + workerId });
const [run] = await db.select().from(runs).where(and(eq(runs.id, runId), eq(runs.attempt, Number(attemptText)), eq(runs.status, 'running')));
const onEpoch = (seconds: number) => process.send?.({ epochSeconds: seconds });
if (run) await trainClaimedRun({ db, workerId, stopping: () => stopping, active: new Set([run.id]), onEpoch }, run);
await close();
process.exit(0);
