import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../../db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../db/embedded';
import { migrateDatabase } from '../../db/migrate';
import { runLogs, runs } from '../../db/schema';
import { graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { startWorker, waitFor } from '../../test/processes';
import { storedPoints } from '../../test/points';

/**
 * A Postgres of this file's own, since it is killed and restarted under a training worker: every backend terminated,
 * a kill -9 of the server, a clean restart. The run must finish with every epoch once, never failed.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phaselab-faults-'));
fs.chmodSync(dataDir, 0o755);
const pgOptions = { dataDir: path.join(dataDir, 'data'), port: Number(process.env.PHASELAB_FAULTS_PG_PORT ?? 31336), database: 'phaselab' };
let pg: EmbeddedDatabase;
let db: Database;
let close: () => Promise<void>;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let versionId: string;
const DOWN_MS = 4_000;

beforeAll(async () => {
  pg = await startEmbeddedPostgres(pgOptions);
  await migrateDatabase(pg.url);
  ({ db, close } = connect(pg.url, { max: 3 }));
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Faye');
  const sample = await request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    owner.caller,
    owner.team.slug,
  );
  versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;
}, 120_000);

afterAll(async () => {
  await close?.();
  await pg?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// The test's own queries meet the same faults: a probe that fails is a probe that says "not yet".
const runState = (id: string) =>
  db
    .select()
    .from(runs)
    .where(eq(runs.id, id))
    .then(
      (r) => r[0],
      () => undefined,
    );
const epochsDone = async (id: string) => (await runState(id))?.epochsDone ?? 0;

async function launch(config: Record<string, unknown>) {
  const created = await request(
    `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
    { input: { kind: 'logistic_regression', datasetVersionId: versionId, config, seed: 3 } },
    owner.caller,
    owner.team.slug,
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createRun.run.id as string;
}

/** Postgres again on the same data folder; a killed server's last backends may hold its memory for a moment. */
async function restartPostgres() {
  for (let attempt = 0; ; attempt++) {
    try {
      return await startEmbeddedPostgres(pgOptions);
    } catch (error) {
      if (attempt === 20) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

describe('a training worker under database faults', () => {
  it('finishes a run through terminated backends, a killed Postgres and a restart: every epoch once, never failed', async () => {
    const worker = startWorker(pg.url, { PHASELAB_HEARTBEAT_MS: '500' });
    const id = await launch({ epochs: 9, batchSize: 16 });
    const fail = (error: Error) => {
      throw new Error(`${error.message}\n${worker.output()}`);
    };

    await waitFor(async () => (await epochsDone(id)) >= 2, 'two epochs', 90_000).catch(fail);
    await db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()`,
    );

    await waitFor(async () => (await epochsDone(id)) >= 4, 'four epochs after every backend was terminated', 90_000).catch(fail);
    const postmaster = Number(fs.readFileSync(path.join(pgOptions.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    await pg.exited;
    // Down long enough that the worker's queries are refused, not just queued until it is back.
    await new Promise((r) => setTimeout(r, DOWN_MS));
    pg = await restartPostgres();

    await waitFor(async () => (await epochsDone(id)) >= 6, 'six epochs after Postgres was killed', 90_000).catch(fail);
    await pg.stop();
    await new Promise((r) => setTimeout(r, DOWN_MS));
    pg = await restartPostgres();

    const run = await waitFor(
      async () => ((await runState(id))?.status === 'succeeded' ? runState(id) : null),
      'the run to succeed after a restart',
      120_000,
    ).catch(fail);
    expect(run).toMatchObject({ status: 'succeeded', epochsDone: 9, error: null });
    const steps = await storedPoints(db, id, 'val/accuracy');
    expect(steps.map((p) => p.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Every attempt after the first was given a reason in the log, and none failed.
    const log = await db.select().from(runLogs).where(eq(runLogs.runId, id)).orderBy(asc(runLogs.id));
    const reasons = log.filter((l) => /^(handed back after epoch \d+: the database connection was lost|requeued: )/.test(l.message));
    expect(reasons.length).toBe(run!.attempt - 1);
    expect(log.filter((l) => l.message.startsWith('failed'))).toEqual([]);

    // The worker was not wedged by it all: it takes the next run at once.
    const next = await launch({ epochs: 1 });
    await waitFor(async () => (await runState(next))?.status === 'succeeded', 'the next run on the same worker', 60_000).catch(fail);
    expect(worker.exitCode).toBeNull();
  }, 360_000);
});
