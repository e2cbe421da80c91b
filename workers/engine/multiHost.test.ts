/**
 * Scale-out across hosts, proven with network namespaces: Postgres on one host, three workers on three others, a
 * sweep of 12 runs, and one worker's link cut mid-run. The runs finish on the other two with every epoch once, and
 * the cut worker, when its link comes back, writes nothing. Needs root and `ip netns`; without them it says so and
 * is skipped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../../db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../db/embedded';
import { migrateDatabase } from '../../db/migrate';
import { runLogs, runs, workers } from '../../db/schema';
import { graphqlClient, newUserWithTeam } from '../../test/graphqlClient';
import { createHosts, namespacesUnavailable, type Hosts } from '../../test/netns';
import { startWorker, waitFor } from '../../test/processes';
import { storedPoints } from '../../test/points';

const unavailable = namespacesUnavailable();
if (unavailable) console.warn(`multi-host test skipped: ${unavailable}`);

const EPOCHS = 4;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phaselab-hosts-'));
fs.chmodSync(dataDir, 0o755);
const pgOptions = { dataDir: path.join(dataDir, 'data'), port: Number(process.env.PHASELAB_HOSTS_PG_PORT ?? 31337), database: 'phaselab' };
let hosts: Hosts | undefined;
let pg: EmbeddedDatabase | undefined;
let db: Database;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (unavailable) return;
  hosts = createHosts(4); // 0: the database, 1–3: the workers
  // Postgres listens on its host's address and lets the other hosts in (the cluster is made on the first start).
  await (await startEmbeddedPostgres(pgOptions)).stop();
  fs.appendFileSync(path.join(pgOptions.dataDir, 'pg_hba.conf'), `\nhost all all ${hosts.subnet} password\n`);
  fs.appendFileSync(path.join(pgOptions.dataDir, 'postgresql.conf'), `\nlisten_addresses = '127.0.0.1, ${hosts.serverAddress}'\n`);
  pg = await startEmbeddedPostgres(pgOptions);
  await migrateDatabase(pg.url);
  ({ db, close } = connect(pg.url, { max: 3 }));
}, 120_000);

afterAll(async () => {
  await close?.();
  await pg?.stop();
  hosts?.remove();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    return process.kill(pid, 0);
  } catch {
    return false;
  }
};

describe.skipIf(unavailable)('workers on several hosts', () => {
  it('a sweep of 12 runs survives a worker host cut off mid-run: every epoch once, and the cut worker writes nothing when it returns', async () => {
    const request = graphqlClient(db);
    const owner = await newUserWithTeam(request, 'Hana');
    const sample = await request(
      `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
      {},
      owner.caller,
      owner.team.slug,
    );
    const versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;

    // Each worker reaches Postgres at the database host's address, over its own link.
    const remoteUrl = pg!.url.replace('127.0.0.1', hosts!.serverAddress);
    const fleet = [1, 2, 3].map((host) => startWorker(remoteUrl, { PHASELAB_HEARTBEAT_MS: '500' }, { namespace: hosts!.namespaces[host] }));
    const workerIds = await waitFor(
      async () => {
        const online = await db
          .select({ id: workers.id, pid: workers.pid })
          .from(workers)
          .where(
            inArray(
              workers.pid,
              fleet.map((w) => w.pid!),
            ),
          );
        return online.length === 3 ? fleet.map((w) => online.find((o) => o.pid === w.pid)!.id) : null;
      },
      'three workers online',
      60_000,
    );

    const sweep = await request(
      `mutation($id: ID!) { launchSweep(input: { kind: "logistic_regression", datasetVersionId: $id, config: { epochs: ${EPOCHS} }, axes: [{ field: "seed", values: [1,2,3,4,5,6,7,8,9,10,11,12] }] }) { group { runs { id } } } }`,
      { id: versionId },
      owner.caller,
      owner.team.slug,
    );
    expect(sweep.errors).toBeUndefined();
    const ids: string[] = sweep.data!.launchSweep.group.runs.map((r: { id: string }) => r.id);
    expect(ids).toHaveLength(12);

    // Cut the first worker's host off while it is inside a run.
    const cutId = workerIds[0]!;
    const cutRuns = await waitFor(
      async () => {
        const held = await db
          .select({ id: runs.id, attempt: runs.attempt })
          .from(runs)
          .where(and(eq(runs.workerId, cutId), eq(runs.status, 'running'), gt(runs.epochsDone, 0)));
        return held.length ? held : null;
      },
      'a run in progress on the first worker',
      90_000,
    );
    hosts!.setLink(1, false);
    const cutAt = Date.now();

    // The other hosts requeue the cut runs once the cut worker's heartbeats stop; then the link returns, while the cut
    // worker, alive all along, still trains them: its writes must bounce.
    await waitFor(
      async () => {
        const requeued = await db
          .select({ runId: runLogs.runId })
          .from(runLogs)
          .where(
            and(
              inArray(
                runLogs.runId,
                cutRuns.map((r) => r.id),
              ),
              sql`${runLogs.message} like 'requeued: %'`,
            ),
          );
        return requeued.length === cutRuns.length;
      },
      'the cut runs requeued',
      60_000,
    );
    const returnedAt = new Date();
    hosts!.setLink(1, true);
    // Four heartbeats of silence (2 s), the next sweep, and the cut host's sessions ended by it.
    expect(Date.now() - cutAt).toBeLessThan(10_000);

    await waitFor(
      async () => {
        const done = await db
          .select({ id: runs.id })
          .from(runs)
          .where(and(inArray(runs.id, ids), eq(runs.status, 'succeeded')));
        return done.length === 12;
      },
      'the sweep to finish',
      240_000,
    ).catch((error) => {
      throw new Error(`${error.message}\n${fleet.map((w) => w.output().slice(-2000)).join('\n---\n')}`);
    });
    // Every epoch of every run trained and recorded exactly once.
    const epochLines = await db
      .select({ runId: runLogs.runId, epoch: sql<number>`substring(${runLogs.message} from '^epoch (\\d+)/')::int` })
      .from(runLogs)
      .where(and(inArray(runLogs.runId, ids), sql`${runLogs.message} ~ '^epoch \\d+/'`));
    for (const id of ids)
      expect(
        epochLines
          .filter((l) => l.runId === id)
          .map((l) => l.epoch)
          .sort(),
      ).toEqual([1, 2, 3, 4]);
    for (const id of ids) expect((await storedPoints(db, id, 'val/accuracy')).map((p) => p.step)).toEqual([1, 2, 3, 4]);

    // The cut worker is back (heartbeats again), its training processes dropped the runs, and it wrote nothing for them.
    await waitFor(
      async () => {
        const [seen] = await db.select({ at: workers.lastSeenAt }).from(workers).where(eq(workers.id, cutId));
        return seen!.at > returnedAt;
      },
      'the cut worker to reach the database again',
      60_000,
    ).catch((error) => {
      throw new Error(`${error.message}\n${fleet[0]!.output().slice(-6000)}`);
    });
    for (const cut of cutRuns) {
      const lines = await db
        .select()
        .from(runLogs)
        .where(and(eq(runLogs.runId, cut.id), eq(runLogs.attempt, cut.attempt)));
      const trainingPid = Number(lines.map((l) => /training process (\d+)/.exec(l.message)?.[1]).find(Boolean));
      await waitFor(async () => !alive(trainingPid), 'the cut training process to drop its run', 60_000);
      expect(
        await db
          .select()
          .from(runLogs)
          .where(and(eq(runLogs.runId, cut.id), eq(runLogs.attempt, cut.attempt), gt(runLogs.at, returnedAt))),
      ).toEqual([]);
    }
    const after = await db.select({ id: runs.id, status: runs.status, summary: runs.summary }).from(runs).where(inArray(runs.id, ids));
    expect(after.map((r) => r.status)).toEqual(Array(12).fill('succeeded'));
    for (const w of fleet) w.kill('SIGTERM');
  }, 420_000);
});
