import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/database';
import { graphqlClient, newUserWithTeam, type RequestFn } from '../test/graphqlClient';
import { exitOf, startWorker, waitFor } from '../test/processes';

let request: RequestFn;
let databaseUrl: string;

beforeAll(async () => {
  const { db, url } = await createTestDatabase();
  request = graphqlClient(db);
  databaseUrl = url;
});

describe('worker process', () => {
  it('comes online, answers a health check sent through the queue, and goes offline on SIGTERM', async () => {
    const owner = await newUserWithTeam(request, 'Wendy');
    const status = async () => (await request(`{ workerStatus { online workers { id online } } }`, {}, owner.caller)).data!.workerStatus;
    expect((await status()).online).toBe(0);

    const worker = startWorker(databaseUrl);
    const online = await waitFor(async () => ((await status()).online === 1 ? await status() : null), 'the worker to come online');
    const workerId = online.workers[0].id;

    const requested = await request(`mutation { requestHealthCheck { healthCheck { id answeredAt } } }`, {}, owner.caller, owner.team.slug);
    const { id, answeredAt } = requested.data!.requestHealthCheck.healthCheck;
    expect(answeredAt).toBeNull();
    const answered = await waitFor(async () => {
      const check = (
        await request(
          `query($id: ID!) { healthCheck(id: $id) { answeredAt roundTripMs worker { id } } }`,
          { id },
          owner.caller,
          owner.team.slug,
        )
      ).data!.healthCheck;
      return check.answeredAt ? check : null;
    }, 'a worker to answer the health check');
    expect(answered.worker.id).toBe(workerId);
    expect(answered.roundTripMs).toBeGreaterThanOrEqual(0);

    worker.kill('SIGTERM');
    expect(await exitOf(worker)).toBe(0);
    expect(worker.output()).toMatch(/finishing jobs in hand/);
    expect((await status()).online).toBe(0);
  });

  it('refuses to start without a database, saying why', async () => {
    const worker = startWorker('', { DATABASE_URL: '' });
    expect(await exitOf(worker)).toBe(1);
    expect(worker.output()).toMatch(/DATABASE_URL is not set/);
  });
});
