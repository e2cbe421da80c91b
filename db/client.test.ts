import net from 'node:net';
import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connect } from './client';
import { isConnectionLost } from './faults';

/** A loopback port nothing listens on (until a test opens it). */
async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** Forwards a port to the test Postgres: a database that "comes up" on that port when the forwarder opens. */
function forwardTo(target: URL, port: number): Promise<net.Server> {
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

describe('the database pool', () => {
  const adminUrl = new URL(inject('adminUrl'));
  const closers: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it('fails fast while the database refuses connections, never runs out of slots, and recovers when it is back', async () => {
    const port = await freePort();
    const url = new URL(adminUrl);
    url.port = String(port);
    const { db, close } = connect(url.toString(), { max: 2 });
    closers.push(close);

    // More refused connects than the pool has slots: each query must still get its answer.
    for (let i = 0; i < 8; i++) {
      const started = performance.now();
      await expect(db.execute(sql`select 1`)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
      expect(performance.now() - started).toBeLessThan(3_000);
    }

    const forwarder = await forwardTo(adminUrl, port);
    closers.push(() => new Promise((r) => forwarder.close(r)));
    const back = performance.now();
    let answer: unknown;
    while (answer === undefined && performance.now() - back < 10_000) {
      answer = await db.execute(sql`select 41 + 1 as n`).then(
        (rows) => rows[0],
        () => new Promise((r) => setTimeout(() => r(undefined), 100)),
      );
    }
    expect(answer).toEqual({ n: 42 });
    expect(performance.now() - back).toBeLessThan(5_000);
  });

  it("asks the server to probe its clients every few seconds, so a vanished host's session ends", async () => {
    const { db, close } = connect(adminUrl.toString(), { max: 1 });
    closers.push(close);
    const [settings] = await db.execute(
      sql`select current_setting('tcp_keepalives_idle') as idle, current_setting('tcp_keepalives_count') as count`,
    );
    expect(settings).toEqual({ idle: '10', count: '3' });
  });

  it('fails a query on a connection whose backend was terminated, and the process lives on', async () => {
    const { db, close } = connect(adminUrl.toString(), { max: 2 });
    closers.push(close);
    const client = (db as typeof db & { $client: postgres.Sql }).$client;
    // A reserved connection (as a transaction holds one) cannot be swapped for a live one by the pool.
    const reserved = await client.reserve();
    const [{ pid }] = await reserved<{ pid: number }[]>`select pg_backend_pid() as pid`;
    await client`select pg_terminate_backend(${pid})`;
    await new Promise((r) => setTimeout(r, 300));
    const failure = await reserved`select 1`.then(
      () => null,
      (error: unknown) => error,
    );
    expect(isConnectionLost(failure)).toBe(true);
    // The pool's other connection still answers (the dead one stays reserved, out of the pool's way).
    expect(await db.execute(sql`select 1 as n`)).toEqual([{ n: 1 }]);
  });
});
