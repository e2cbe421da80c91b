/**
 * Uploads under attack: clients that announce a file and stall, more uploads at once than allowed, and gzip bombs.
 * The web process's pool is made as in production (ten connections, Postgres-side timeouts).
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { connect, type Database } from '../../db/client';
import { datasetUploads } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { authHeaders, graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { uploader } from '../../test/uploads';
import { createUploadHandler } from './datasetFiles';
import { expectResponsive } from '../../test/latency';

let db: Database;
let close: () => Promise<void>;
let request: RequestFn;

beforeAll(async () => {
  const { url } = await createTestDatabase();
  ({ db, close } = connect(url, { max: 10, timeouts: { statement: 60_000, idleInTransaction: 30_000 } }));
  request = graphqlClient(db);
  process.env.PHASELAB_UPLOAD_IDLE_SECONDS = '2';
}, 60_000);

afterAll(async () => {
  delete process.env.PHASELAB_UPLOAD_IDLE_SECONDS;
  await close();
});

const BOUNDARY = 'phaselab-boundary';
const partHead = (filename: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`;

/** An upload that announces 50 MB, sends a header and a few rows, and then sends nothing more. */
async function stalledUpload(handler: ReturnType<typeof createUploadHandler>, user: Awaited<ReturnType<typeof newUserWithTeam>>) {
  const headers = await authHeaders(user.caller, user.team.slug);
  headers.set('content-type', `multipart/form-data; boundary=${BOUNDARY}`);
  headers.set('content-length', String(50 * 1024 * 1024));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(partHead('big.csv') + 'text,label\n' + 'hello,a\n'.repeat(5000)));
    },
  });
  return handler(new Request('http://localhost/api/datasets/uploads', { method: 'POST', headers, body, duplex: 'half' } as RequestInit));
}

describe('uploads', () => {
  it('ten stalled uploads hold no database connection, and are dropped after the idle timeout', async () => {
    const handler = createUploadHandler(() => db);
    const attackers = await Promise.all(Array.from({ length: 10 }, (_, i) => newUserWithTeam(request, `Mallory${i}`)));
    const victim = await newUserWithTeam(request, 'Victor');
    const started = performance.now();
    const stalled = attackers.map((a) => stalledUpload(handler, a));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Meanwhile no transaction waits on a client (a claim between two of its statements idles for milliseconds, not
    // for as long as a client stalls), and another team is answered at once, ten times over.
    const [idle] = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and state = 'idle in transaction' and state_change < now() - interval '1 second'`);
    expect(idle!.n).toBe(0);
    const latencies: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      const answer = await request(`{ team { name } }`, {}, victim.caller, victim.team.slug);
      expect(answer.data!.team.name).toBe("Victor's team");
      latencies.push(performance.now() - t);
    }
    expectResponsive(latencies);
    for (const response of await Promise.all(stalled)) {
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toBe('the upload stalled: nothing arrived for 2 s');
    }
    expect(performance.now() - started).toBeLessThan(10_000);
    // Nothing of them is left behind.
    const [left] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${datasetUploads}`);
    expect(left!.n).toBe(0);
  });

  it('lets one user have two uploads in flight, and answers the third with 429 and Retry-After', async () => {
    const handler = createUploadHandler(() => db);
    const user = await newUserWithTeam(request, 'Ursula');
    const first = [stalledUpload(handler, user), stalledUpload(handler, user)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const third = await stalledUpload(handler, user);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('30');
    expect((await third.json()).error).toMatchObject({ code: 'LIMIT_EXCEEDED', retryAfter: 30 });
    await Promise.all(first);
    // Once they are gone, the slot is free again.
    expect((await uploader(db)(user.caller, user.team.slug, 'ok.csv', 'text,label\nhi,a\n')).status).toBe(201);
  });

  it('refuses a gzip bomb within a second, by how much it expands, and keeps nothing', async () => {
    const user = await newUserWithTeam(request, 'Gus');
    const bomb = gzipSync(Buffer.from('a\n'.repeat(13_000_000)), { level: 9 });
    expect(bomb.length).toBeLessThan(60_000);
    const answer = await uploader(db)(user.caller, user.team.slug, 'rows.csv.gz', bomb);
    expect(answer.status).toBe(400);
    // Refused within its first megabyte of output, not after 13 million rows.
    const [, read, inflated] =
      /^the file expands more than 100× once decompressed \((\d+) (?:bytes|KB) to over (\d+) KB\), far beyond what real data does/.exec(
        answer.error!.message,
      )!;
    expect(Number(inflated)).toBeLessThan(1024);
    expect(Number(read)).toBeGreaterThan(0);
    const [left] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${datasetUploads}`);
    expect(left!.n).toBe(1); // Ursula's small file only
  });

  it('refuses a file past the row limit, naming the line', async () => {
    const user = await newUserWithTeam(request, 'Rowan');
    process.env.PHASELAB_MAX_ROWS = '1000';
    try {
      const answer = await uploader(db)(user.caller, user.team.slug, 'rows.csv', 'text,label\n' + 'x,a\n'.repeat(1001));
      expect(answer.status).toBe(400);
      expect(answer.error).toMatchObject({ message: 'line 1002: the file has more than 1000 rows, the limit', line: 1002 });
    } finally {
      delete process.env.PHASELAB_MAX_ROWS;
    }
  });
});
