import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Executor } from './client';
import { datasetRowChunks, datasetVersions } from './schema';

/**
 * How parsed rows sit in the database, for the web process that writes them and for workers on any host that read
 * them with nothing but the database URL. A row is `[line, ...cells]`: the source line it starts on, then one cell
 * per column of the upload (a string, null for missing, or a list for CoNLL tokens and tags). Rows may be shorter
 * than the column list when later rows brought new columns (JSON Lines); the missing cells are null.
 */
export type Cell = string | null | string[];
export type StoredRow = [line: number, ...cells: Cell[]];

// zlib's async forms run on the thread pool, so the event loop keeps serving requests meanwhile.
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export const encodeRowChunk = async (rows: StoredRow[]): Promise<Buffer> => gzipAsync(JSON.stringify(rows));
export const decodeRowChunk = async (data: Buffer): Promise<StoredRow[]> => JSON.parse((await gunzipAsync(data)).toString('utf8'));

/** The split of each row of a version: 0 train, 1 validation, 2 test. */
export async function readSplitCodes(db: Executor, teamId: string, versionId: string): Promise<Uint8Array | null> {
  const [version] = await db
    .select({ codes: datasetVersions.splitCodes })
    .from(datasetVersions)
    .where(and(eq(datasetVersions.teamId, teamId), eq(datasetVersions.id, versionId)));
  return version?.codes ?? null;
}

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
    yield* await decodeRowChunk(chunk.data);
  }
}

/** Just the rows asked for (by position), reading only the chunks that hold them. */
export async function readStoredRowsAt(
  db: Executor,
  teamId: string,
  uploadId: string,
  positions: readonly number[],
): Promise<Map<number, StoredRow>> {
  const owned = and(eq(datasetRowChunks.teamId, teamId), eq(datasetRowChunks.uploadId, uploadId));
  const chunks = await db
    .select({ seq: datasetRowChunks.seq, firstRow: datasetRowChunks.firstRow, rowCount: datasetRowChunks.rowCount })
    .from(datasetRowChunks)
    .where(owned);
  const holding = (row: number) => chunks.find((c) => row >= c.firstRow && row < c.firstRow + c.rowCount);
  const needed = [...new Set(positions.map((row) => holding(row)?.seq).filter((seq): seq is number => seq !== undefined))];
  const found = new Map<number, StoredRow>();
  if (needed.length === 0) return found;
  const wanted = new Set(positions);
  for (const chunk of await db
    .select()
    .from(datasetRowChunks)
    .where(and(owned, inArray(datasetRowChunks.seq, needed)))) {
    (await decodeRowChunk(chunk.data)).forEach((row, i) => wanted.has(chunk.firstRow + i) && found.set(chunk.firstRow + i, row));
  }
  return found;
}
