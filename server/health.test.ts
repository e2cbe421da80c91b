import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../db/client';
import { createTestDatabase } from '../test/database';
import { checkHealth, HEALTH_BUDGET_MS } from './health';

describe('health', () => {
  const closers: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it('says the database is reached when it is', async () => {
    const { db } = await createTestDatabase();
    expect(await checkHealth(db)).toEqual({ ok: true, database: true });
  });

  it('answers within its budget when the database accepts connections and never replies', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    closers.push(() => {
      for (const socket of sockets) socket.destroy();
      return new Promise((r) => silent.close(r));
    });
    const { port } = silent.address() as net.AddressInfo;
    const { db, close } = connect(`postgres://nobody:secret@127.0.0.1:${port}/nothing`, { max: 1 });
    closers.unshift(close);

    for (let probe = 0; probe < 3; probe++) {
      const started = performance.now();
      expect(await checkHealth(db)).toEqual({ ok: false, database: false });
      // Its budget, with room for a loaded machine; far below the 10 s a connect may take.
      expect(performance.now() - started).toBeLessThan(HEALTH_BUDGET_MS + 2_000);
    }
  });
});
