/**
 * Training in a process per run, proven on real worker processes: a machine with every core busy does not make a
 * worker look dead (no takeover, every epoch once), and a training process killed mid-run hands its run back to
 * resume, where it finishes with every epoch once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { runLogs, runs } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { exitOf, startWorker, waitFor } from '../../test/processes';
import { storedPoints } from '../../test/points';

let db: Database;
let url: string;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let versionId: string;
const busy: ChildProcess[] = [];

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Cora');
  const sample = await request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    owner.caller,
    owner.team.slug,
  );
  versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;
}, 60_000);

afterAll(() => {
  for (const b of busy) b.kill('SIGKILL');
});

async function launch(epochs: number) {
  const created = await request(
    `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
    {
      input: {
        kind: 'logistic_regression',
        datasetVersionId: versionId,
        config: { epochs, noise: { rate: 0.2, scheme: 'flip', seed: 3 } },
        seed: 11,
      },
    },
    owner.caller,
    owner.team.slug,
  );
  return created.data!.createRun.run.id as string;
}

const logsOf = async (ids: string[]) => db.select().from(runLogs).where(inArray(runLogs.runId, ids)).orderBy(runLogs.id);

/** Every epoch's validation point is there exactly once. */
async function expectEveryEpochOnce(id: string, epochs: number) {
  const points = await storedPoints(db, id, 'val/accuracy');
  expect(points.map((p) => p.step)).toEqual(Array.from({ length: epochs }, (_, i) => i + 1));
}

/** Whether a transaction holds the run's row now (an epoch commit: nothing else locks a running run's row). */
async function rowLocked(id: string) {
  const free = await db.execute(sql`select 1 from runs where id = ${id} for update skip locked`);
  return free.length === 0;
}

const alive = (pid: number) => {
  try {
    return process.kill(pid, 0);
  } catch {
    return false;
  }
};

describe('training processes', () => {
  it('a host frozen inside its epoch commit past the takeover limit is taken over; thawed, it finds itself fenced off and writes nothing', async () => {
    // Heartbeats every 500 ms: taken for dead after 2 s; a transaction left idle is ended after 5 s.
    const frozen = startWorker(url, { PHASELAB_HEARTBEAT_MS: '500' });
    const id = await launch(8);
    const trainer = await waitFor(
      async () => Number((await logsOf([id])).map((l) => /training process (\d+)/.exec(l.message)?.[1]).find(Boolean)),
      'the training process',
      60_000,
    );
    // Freeze the training process the moment it holds the run's row, and keep it frozen only if it still does.
    const freezeInCommit = async () => {
      if (!(await rowLocked(id))) return false;
      process.kill(trainer, 'SIGSTOP');
      if (await rowLocked(id)) return true;
      process.kill(trainer, 'SIGCONT');
      return false;
    };
    await waitFor(freezeInCommit, 'the training process frozen inside an epoch commit', 60_000);
    process.kill(frozen.pid!, 'SIGSTOP');
    const frozenAt = Date.now();
    const [before] = await db.select().from(runs).where(eq(runs.id, id));

    const other = startWorker(url, { PHASELAB_HEARTBEAT_MS: '500' });
    try {
      await waitFor(
        async () => (await db.select({ attempt: runs.attempt }).from(runs).where(eq(runs.id, id)))[0]!.attempt === 2,
        'the takeover',
        30_000,
      );
      // The sweep saw the silent worker and ended its sessions (Postgres would have, 5 s idle in a transaction),
      // which released the row.
      expect(Date.now() - frozenAt).toBeLessThan(15_000);
      const thawedAt = new Date();
      process.kill(frozen.pid!, 'SIGCONT');
      process.kill(trainer, 'SIGCONT');
      await waitFor(async () => !alive(trainer), 'the thawed training process to drop the run and end', 30_000);
      await waitFor(
        async () => (await db.select({ status: runs.status }).from(runs).where(eq(runs.id, id)))[0]!.status === 'succeeded',
        'the run to finish on the other worker',
        90_000,
      ).catch((error) => {
        throw new Error(`${error.message}\n${other.output()}`);
      });
      const logs = await logsOf([id]);
      expect(logs.filter((l) => l.attempt === 1 && l.at >= thawedAt)).toEqual([]);
      expect(logs.map((l) => l.message)).toContainEqual(
        expect.stringMatching(
          new RegExp(`^requeued: its worker on .+ sent no heartbeat for \\d+ s; resumes after epoch ${before!.epochsDone}$`),
        ),
      );
      await expectEveryEpochOnce(id, 8);
      // The thawed worker is not wedged: it stops at once when asked.
      frozen.kill('SIGTERM');
      expect(await exitOf(frozen)).toBe(0);
    } finally {
      other.kill('SIGTERM');
    }
  }, 180_000);

  it('on a machine with every core busy, two workers train four runs with no takeover and every epoch once', async () => {
    // Two busy loops per core, each stopping by itself after two minutes.
    for (let i = 0; i < 2 * os.availableParallelism(); i++)
      busy.push(spawn(process.execPath, ['-e', 'const end = Date.now() + 120000; while (Date.now() < end) {}'], { stdio: 'ignore' }));
    // Heartbeats every second: a worker 4 s late would be taken for dead.
    const env = { PHASELAB_HEARTBEAT_MS: '1000', WORKER_CONCURRENCY: '2' };
    const [a, b] = [startWorker(url, env), startWorker(url, env)];
    const ids = [await launch(3), await launch(3), await launch(3), await launch(3)];
    await waitFor(
      async () => {
        const rows = await db.select({ status: runs.status }).from(runs).where(inArray(runs.id, ids));
        return rows.every((r) => r.status === 'succeeded');
      },
      'four runs to succeed under load',
      150_000,
    ).catch((error) => {
      throw new Error(`${error.message}\n${a.output()}\n${b.output()}`);
    });
    for (const b of busy.splice(0)) b.kill('SIGKILL');
    const rows = await db.select({ id: runs.id, attempt: runs.attempt }).from(runs).where(inArray(runs.id, ids));
    expect(rows.map((r) => r.attempt)).toEqual([1, 1, 1, 1]);
    const logs = await logsOf(ids);
    expect(logs.filter((l) => /^(requeued|handed back)/.test(l.message))).toEqual([]);
    // Each trained in a process of its own, not in a worker's.
    const trainingPids = logs
      .map((l) => /training process (\d+)/.exec(l.message)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(new Set(trainingPids).size).toBe(4);
    for (const pid of trainingPids) expect([a.pid, b.pid]).not.toContain(pid);
    for (const id of ids) await expectEveryEpochOnce(id, 3);
    a.kill('SIGTERM');
    b.kill('SIGTERM');
  }, 180_000);

  it('a training process killed mid-run hands the run back; it resumes and ends with every epoch once', async () => {
    const metricsPort = String(40_000 + Math.floor(Math.random() * 10_000));
    const worker = startWorker(url, { PHASELAB_HEARTBEAT_MS: '1000', PHASELAB_WORKER_METRICS_PORT: metricsPort });
    const id = await launch(6);
    const pid = await waitFor(
      async () => {
        const [done] = await db.select({ epochs: runs.epochsDone }).from(runs).where(eq(runs.id, id));
        const started = (await logsOf([id])).map((l) => /training process (\d+)/.exec(l.message)?.[1]).find(Boolean);
        return done!.epochs >= 2 && started ? Number(started) : null;
      },
      'two epochs',
      60_000,
    );
    process.kill(pid, 'SIGKILL');
    await waitFor(
      async () => (await db.select({ status: runs.status }).from(runs).where(eq(runs.id, id)))[0]!.status === 'succeeded',
      'the run to finish',
      90_000,
    ).catch((error) => {
      throw new Error(`${error.message}\n${worker.output()}`);
    });
    const messages = (await logsOf([id])).map((l) => l.message);
    expect(messages).toContainEqual(
      expect.stringMatching(/^handed back after epoch \d: the training process ended \(killed by SIGKILL\)$/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/^resumed from the checkpoint of epoch \d$/));
    await expectEveryEpochOnce(id, 6);
    // The worker itself lived on, and its metrics count what happened.
    expect(worker.exitCode).toBeNull();
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toContain('phaselab_training_process_faults_total 1');
    expect(metrics).toContain('phaselab_run_claims_total{outcome="claimed"} 2');
    // Every epoch reported its duration, but the killed process may have died between an epoch's commit and its report.
    expect(Number(/phaselab_epoch_duration_seconds_count\{kind="logistic_regression"\} (\d+)/.exec(metrics)![1])).toBeGreaterThanOrEqual(5);
    worker.kill('SIGTERM');
  }, 120_000);
});
