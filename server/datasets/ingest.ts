import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { datasetFileChunks, datasetRowChunks, datasetUploads } from '../../db/schema';
import { encodeRowChunk, type StoredRow } from '../../db/datasetRows';
import { decodeText } from './decode';
import { DatasetFormatError, type Limits } from './limits';
import { formatFromFilename, formats, parseRecords, type Cell, type Format } from './parse';
import { inferSchema } from './schema';

export type DatasetUpload = typeof datasetUploads.$inferSelect;

const FILE_CHUNK_BYTES = 1024 * 1024;
const HEARTBEAT_MS = 15_000;
const ROW_CHUNK_ROWS = 2000;
const ROW_CHUNK_CHARS = 2 * 1024 * 1024;
const PREVIEW_ROWS = 20;
const PREVIEW_CHARS = 500;
const SAMPLE_ROWS = 1000;
const SAMPLE_CHARS = 4 * 1024 * 1024;

export interface IngestProgress {
  bytes: number;
  rows: number;
}

export interface IngestInput {
  teamId: string;
  userId: string;
  filename: string;
  /** When absent, taken from the file name's extension. */
  format?: string | null;
  source: AsyncIterable<Uint8Array>;
  limits: Limits;
  /** A row the caller inserted already (`insertUpload`), so that it can clean up after a failure. */
  id?: string;
  onProgress?: (progress: IngestProgress) => void;
}

export function resolveFormat(filename: string, format?: string | null): Format {
  if (format) {
    if (!(formats as readonly string[]).includes(format))
      throw new DatasetFormatError(`unknown format "${format}"; use one of ${formats.join(', ')}`);
    return format as Format;
  }
  const fromName = formatFromFilename(filename);
  if (!fromName)
    throw new DatasetFormatError(
      `cannot tell the format of "${filename}" from its name; name it .csv, .tsv, .jsonl, .conll or .txt (optionally .gz), or say the format`,
    );
  return fromName;
}

/**
 * Streams one file into the database: the original bytes (for download) and the parsed rows (for training), chunk by
 * chunk, so memory stays flat whatever the file's size. The upload stays `receiving` (invisible) until its last row is
 * stored. Inside a transaction, an error rolls everything back; outside one (a client's upload, which must not hold
 * a transaction while the client sends) each chunk is its own statement and the caller deletes the upload on error.
 */
export async function ingestFile(tx: Executor, input: IngestInput): Promise<DatasetUpload> {
  const format = resolveFormat(input.filename, input.format);
  const id = input.id ?? (await insertUpload(tx, { ...input, format }));
  const started = Date.now();
  const withinTime = () => {
    if (Date.now() - started > input.limits.maxSeconds * 1000)
      throw new DatasetFormatError(`the upload took longer than the limit of ${input.limits.maxSeconds} s`);
  };

  const progress: IngestProgress = { bytes: 0, rows: 0 };
  let compressed = false;
  let heartbeat = started;
  const original = new ChunkWriter<Buffer>((seq, parts) =>
    tx.insert(datasetFileChunks).values({ uploadId: id, teamId: input.teamId, seq, data: Buffer.concat(parts) }),
  );
  async function* storeOriginal(): AsyncGenerator<Uint8Array> {
    for await (const chunk of input.source) {
      progress.bytes += chunk.length;
      withinTime();
      await original.add(Buffer.from(chunk), chunk.length, FILE_CHUNK_BYTES);
      // A live upload says so; one whose heartbeat stopped (its web process died) is swept, and stops counting.
      if (Date.now() - heartbeat > HEARTBEAT_MS) {
        heartbeat = Date.now();
        await tx
          .update(datasetUploads)
          .set({ updatedAt: sql`now()` })
          .where(and(eq(datasetUploads.teamId, input.teamId), eq(datasetUploads.id, id)));
      }
      yield chunk;
    }
    await original.flush();
  }

  const columns: string[] = [];
  const columnIndex = new Map<string, number>();
  const sample: Cell[][] = [];
  let sampleChars = 0;
  let firstRow = 0;
  const rows = new ChunkWriter<StoredRow>(async (seq, parts) => {
    await tx
      .insert(datasetRowChunks)
      .values({ uploadId: id, teamId: input.teamId, seq, firstRow, rowCount: parts.length, data: await encodeRowChunk(parts) });
    firstRow += parts.length;
  });

  const text = decodeText(storeOriginal(), input.limits, { onCompression: (gzip) => (compressed = gzip) });
  for await (const record of parseRecords(text, format, input.limits)) {
    const stored: StoredRow = [record.line, ...columns.map(() => null as Cell)];
    let chars = 0;
    for (const [name, value] of record.values) {
      let at = columnIndex.get(name);
      if (at === undefined) {
        if (columns.length >= input.limits.maxColumns)
          throw new DatasetFormatError(`the file has more than ${input.limits.maxColumns} columns, the limit`, record.line, name);
        columnIndex.set(name, (at = columns.length));
        columns.push(name);
      }
      stored[at + 1] = value;
      chars += value === null ? 0 : Array.isArray(value) ? value.join(' ').length : value.length;
    }
    if (sample.length < SAMPLE_ROWS && sampleChars < SAMPLE_CHARS) {
      sample.push(stored.slice(1) as Cell[]);
      sampleChars += chars;
    }
    await rows.add(stored, chars, ROW_CHUNK_CHARS, ROW_CHUNK_ROWS);
    if (++progress.rows > input.limits.maxRows)
      throw new DatasetFormatError(`the file has more than ${input.limits.maxRows} rows, the limit`, record.line);
    if (progress.rows % 5000 === 0) {
      withinTime();
      input.onProgress?.(progress);
    }
  }
  await rows.flush();
  input.onProgress?.(progress);

  if (progress.bytes === 0) throw new DatasetFormatError('the file is empty');
  if (progress.rows === 0) {
    throw new DatasetFormatError(
      format === 'csv' || format === 'tsv' ? 'the file has a header but no rows' : 'the file has no rows (only blank lines)',
    );
  }
  const [upload] = await tx
    .update(datasetUploads)
    .set({
      state: 'ready',
      updatedAt: sql`now()`,
      compressed,
      bytes: progress.bytes,
      rowCount: progress.rows,
      columns,
      inferredSchema: inferSchema(format, columns, sample),
      preview: sample.slice(0, PREVIEW_ROWS).map((cells) => columns.map((_, i) => previewCell(cells[i] ?? null))),
    })
    .where(and(eq(datasetUploads.teamId, input.teamId), eq(datasetUploads.id, id)))
    .returning();
  return upload!;
}

/** The upload's row, `receiving` (invisible) until its file is stored. */
export async function insertUpload(
  tx: Executor,
  upload: { teamId: string; userId: string; filename: string; format: Format },
): Promise<string> {
  const id = randomUUID();
  await tx.insert(datasetUploads).values({
    id,
    teamId: upload.teamId,
    createdBy: upload.userId,
    filename: upload.filename,
    format: upload.format,
    state: 'receiving',
    compressed: false,
    bytes: 0,
    rowCount: 0,
    columns: [],
    inferredSchema: {},
    preview: [],
  });
  return id;
}

/** Preview cells are for the eye: long texts are cut so that listing versions stays light. */
function previewCell(cell: Cell): Cell {
  if (typeof cell === 'string') return cell.length > PREVIEW_CHARS ? `${cell.slice(0, PREVIEW_CHARS)}…` : cell;
  return Array.isArray(cell) && cell.length > PREVIEW_CHARS ? [...cell.slice(0, PREVIEW_CHARS), '…'] : cell;
}

/** Groups items into chunks by size and count and hands each full chunk, numbered, to `write`. */
class ChunkWriter<T> {
  private parts: T[] = [];
  private size = 0;
  private seq = 0;

  constructor(private write: (seq: number, parts: T[]) => Promise<unknown>) {}

  async add(item: T, size: number, maxSize: number, maxCount = Infinity) {
    this.parts.push(item);
    this.size += size;
    if (this.size >= maxSize || this.parts.length >= maxCount) await this.flush();
  }

  async flush() {
    if (this.parts.length === 0) return;
    const parts = this.parts;
    this.parts = [];
    this.size = 0;
    await this.write(this.seq++, parts);
  }
}
