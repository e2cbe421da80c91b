import { inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../db/client';
import { runs } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { startWorker, waitFor } from '../../test/processes';
import { claimRun } from './runJob';

let db: Database;
let url: string;
let request: RequestFn;

async function teamWithData(name: string) {
  const member = await newUserWithTeam(request, name);
  const sample = await request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    member.caller,
    member.team.slug,
  );
  const versionId = sample.data!.createSampleDataset.dataset.latestVersion.id as string;
  return [
    member,
    async () => {
      const created = await request(
        `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
        { input: { kind: 'logistic_regression', datasetVersionId: versionId, config: { epochs: 1 }, seed: 1 } },
        member.caller,
        member.team.slug,
      );
      expect(created.errors).toBeUndefined();
      return created.data!.createRun.run.id as string;
    },
  ] as const;
}

type Member = Awaited<ReturnType<typeof newUserWithTeam>>;

async function versionOf(member: Member): Promise<string> {
  const found = await request(`{ datasets { nodes { latestVersion { id } } } }`, {}, member.caller, member.team.slug);
  return found.data!.datasets.nodes[0].latestVersion.id;
}

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  request = graphqlClient(db);
}, 60_000);

describe('scheduling between teams', () => {
  it("gives the next free slot to a team's first run, not to the 20 another team queued before it", async () => {
    const [a, launchA] = await teamWithData('Ada');
    const [b, launchB] = await teamWithData('Bo');
    const sweep: string[] = [];
    for (let i = 0; i < 20; i++) sweep.push(await launchA());
    const first = await launchB();
    // What each run's page says while it waits: only team A's first run goes before B's.
    const ahead = async (id: string, caller: Member) =>
      (await request(`query($id: ID!) { run(id: $id) { runsAheadInQueue } }`, { id }, caller.caller, caller.team.slug)).data?.run
        ?.runsAheadInQueue;
    expect(await ahead(sweep[0]!, a)).toBe(0);
    expect(await ahead(first, b)).toBe(1);
    expect(await ahead(sweep[19]!, a)).toBe(20);
    // A canceled run no longer stands before anyone, though its job waits until a worker drops it.
    const canceled = await request(`mutation($id: ID!) { cancelRun(id: $id) { run { status } } }`, { id: sweep[5] }, a.caller, a.team.slug);
    expect(canceled.data!.cancelRun.run.status).toBe('CANCELED');
    expect(await ahead(sweep[19]!, a)).toBe(19);
    expect(await ahead(sweep[5]!, a)).toBeNull();
    // Another team's run is not found, and says nothing of its place.
    expect(await ahead(sweep[19]!, b)).toBeUndefined();

    // One slot: runs start one at a time, in the order the queue hands them out.
    const worker = startWorker(url, { WORKER_CONCURRENCY: '1' });
    try {
      await waitFor(
        async () =>
          (
            await db
              .select()
              .from(runs)
              .where(inArray(runs.id, [first]))
          ).every((r) => r.status === 'succeeded'),
        "team B's run",
        90_000,
      );
      const started = await db
        .select({ id: runs.id, startedAt: runs.startedAt })
        .from(runs)
        .where(inArray(runs.id, [...sweep, first]));
      const order = started.filter((r) => r.startedAt).sort((a, b) => a.startedAt!.getTime() - b.startedAt!.getTime());
      // Team A's first run (queued first, same priority) may go before it; nothing else of A's.
      expect(order.findIndex((r) => r.id === first)).toBeLessThanOrEqual(1);
      expect(order.length).toBeLessThanOrEqual(3);
      expect(await ahead(first, b)).toBeNull();
    } finally {
      worker.kill('SIGKILL');
    }
  }, 120_000);

  it('lets a team train at most its limit at once while another team waits, says why, and lets it use every slot alone', async () => {
    vi.stubEnv('PHASELAB_TEAM_RUN_LIMIT', '1');
    // Only these two teams have runs to start: the runs the test above left queued are canceled.
    await db
      .update(runs)
      .set({ status: 'canceled' })
      .where(inArray(runs.status, ['queued', 'running']));
    try {
      const [e, launchE] = await teamWithData('Eve');
      const [, launchF] = await teamWithData('Fay');
      const engine = {
        db,
        workerId: (
          await db.execute<{ id: string }>(
            sql`insert into workers (id, host, pid, concurrency) values (gen_random_uuid(), 'test', 1, 2) returning id`,
          )
        )[0]!.id,
        stopping: () => false,
        active: new Set<string>(),
      };
      const [e1, e2] = [await launchE(), await launchE()];
      // Alone, the team may take a second slot.
      expect((await claimRun(engine, e1))?.status).toBe('running');
      const f1 = await launchF();
      // Now Fay waits: Eve's second run is held back (offered again shortly), and its page says why.
      expect(await claimRun(engine, e2)).toBeUndefined();
      const [held] = await db
        .select({ status: runs.status })
        .from(runs)
        .where(inArray(runs.id, [e2]));
      expect(held!.status).toBe('queued');
      const reason = await request(`query($id: ID!) { run(id: $id) { waitReason } }`, { id: e2 }, e.caller, e.team.slug);
      expect(reason.data!.run.waitReason).toBe(
        'your team trains 1 of the 1 runs it may train at once while other teams wait (PHASELAB_TEAM_RUN_LIMIT)',
      );
      expect((await claimRun(engine, f1))?.status).toBe('running');
      // Both teams at their limit: what is left goes to whoever asks.
      expect((await claimRun(engine, e2))?.status).toBe('running');
      await db
        .update(runs)
        .set({ status: 'canceled' })
        .where(inArray(runs.id, [e1, e2, f1]));
    } finally {
      vi.unstubAllEnvs();
    }
  }, 60_000);

  it('refuses a launch past the team queue limit with a clear error, writes nothing of it, and leaves other teams alone', async () => {
    vi.stubEnv('PHASELAB_TEAM_QUEUE_LIMIT', '3');
    try {
      const [c, launchC] = await teamWithData('Cy');
      const [, launchD] = await teamWithData('Di');
      for (let i = 0; i < 3; i++) await launchC();
      const refused = await request(
        `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
        { input: { kind: 'logistic_regression', datasetVersionId: await versionOf(c), config: { epochs: 1 } } },
        c.caller,
        c.team.slug,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
      expect(refused.errors?.[0]?.message).toMatch(
        /^Your team may have at most 3 runs queued \(PHASELAB_TEAM_QUEUE_LIMIT\), and this launch would go past it\./,
      );
      const [{ n }] = await db.execute<{ n: number }>(sql`select count(*)::int as n from runs where team_id = ${c.team.id}`);
      expect(n).toBe(3);
      // Another team queues as before.
      await launchD();
    } finally {
      vi.unstubAllEnvs();
    }
  }, 60_000);
});
