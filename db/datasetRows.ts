import { gunzipSync, gzipSync } from 'node:zlib';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Executor } from './client';
import { datasetRowChunks } from './schema';

/**
 * How parsed rows sit in the database, for the web process that writes them and for workers on any host that read
 * them with nothing but the database URL. A row is `[line, ...cells]`: the source line it starts on, then one cell
 * per column of the upload (a string, null for missing, or a list for CoNLL tokens and tags). Rows may be shorter
 * than the column list when later rows brought new columns (JSON Lines); the missing cells are null.
 */
export type Cell = string | null | string[];
export type StoredRow = [line: number, ...cells: Cell[]];

export const encodeRowChunk = (rows: StoredRow[]): Buffer => gzipSync(JSON.stringify(rows), { level: 6 });
export const decodeRowChunk = (data: Buffer): StoredRow[] => JSON.parse(gunzipSync(data).toString('utf8'));

/** Streams an upload's rows in order, one chunk in memory at a time. */
export async function* readStoredRows(db: Executor, teamId: string, uploadId: string): AsyncGenerator<StoredRow> {
  let seq = -1;
  for (;;) {
    const [chunk] = await db
      .select({ seq: datasetRowChunks.seq, data: datasetRowChunks.data })
      .from(datasetRowChunks)
      .where(and(eq(datasetRowChunks.teamId, teamId), eq(datasetRowChunks.uploadId, uploadId), gt(datasetRowChunks.seq, seq)))
      .orderBy(asc(datasetRowChunks.seq))
      .limit(1);
    if (!chunk) return;
    seq = chunk.seq;
    yield* decodeRowChunk(chunk.data);
  }
}
