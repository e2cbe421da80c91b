import { z } from 'zod';
import { and, eq, inArray, lt, notExists, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { datasetFileChunks, datasetUploads, datasetVersions } from '../../db/schema';
import { ingestFile, type DatasetUpload, type IngestProgress } from '../datasets/ingest';
import { DatasetFormatError, uploadLimits } from '../datasets/limits';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { parseInput } from './validation';

export type { DatasetUpload };

/** Staged uploads that no version took up within a day are swept when the team next uploads. */
const STAGED_UPLOAD_TTL = '24 hours';

/** A parse error becomes BAD_USER_INPUT carrying the line and column, so the UI can point at the spot. */
export function asInputError(error: unknown): unknown {
  if (!(error instanceof DatasetFormatError)) return error;
  return new InvalidInputError(error.message, undefined, { line: error.line ?? null, column: error.column ?? null });
}

/** Parses and stores a file as a staged upload, in one transaction: nothing is stored when it fails. */
export async function stageUpload(
  scope: Scope,
  file: { filename: string; format?: string | null; source: AsyncIterable<Uint8Array>; onProgress?: (p: IngestProgress) => void },
): Promise<DatasetUpload> {
  authorize(scope, 'datasets:write');
  const filename = parseInput(z.string().trim().min(1, 'the file has no name').max(255, 'the file name is too long'), file.filename);
  const limits = uploadLimits();
  await sweepStagedUploads(scope);
  try {
    return await scope.db.transaction((tx) => ingestFile(tx, { ...file, filename, teamId: scope.team.id, userId: scope.user.id, limits }));
  } catch (error) {
    throw asInputError(error);
  }
}

/** Its own short statement, so that no upload waits on another's sweep. */
async function sweepStagedUploads(scope: Scope) {
  await scope.db
    .delete(datasetUploads)
    .where(
      and(
        ownedBy(scope, datasetUploads.teamId),
        lt(datasetUploads.createdAt, sql`now() - ${STAGED_UPLOAD_TTL}::interval`),
        notExists(scope.db.select({ one: sql`1` }).from(datasetVersions).where(eq(datasetVersions.uploadId, datasetUploads.id))),
      ),
    );
}

export async function getUpload(scope: Scope, id: string, executor: Executor = scope.db): Promise<DatasetUpload> {
  authorize(scope, 'datasets:read');
  parseInput(z.uuid('not an upload id'), id);
  const [upload] = await executor.select().from(datasetUploads).where(and(ownedBy(scope, datasetUploads.teamId), eq(datasetUploads.id, id)));
  if (!upload) throw new NotFoundError('Upload');
  return upload;
}

/** For a request's loader: the team's uploads among `ids`, in their order (null where not found). */
export async function getUploads(scope: Scope, ids: readonly string[]): Promise<(DatasetUpload | null)[]> {
  authorize(scope, 'datasets:read');
  const rows = await scope.db.select().from(datasetUploads).where(and(ownedBy(scope, datasetUploads.teamId), inArray(datasetUploads.id, [...ids])));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** An upload's original file, streamed chunk by chunk. */
export async function openOriginal(scope: Scope, uploadId: string) {
  const upload = await getUpload(scope, uploadId);
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq++) {
      const [chunk] = await scope.db
        .select({ data: datasetFileChunks.data })
        .from(datasetFileChunks)
        .where(and(ownedBy(scope, datasetFileChunks.teamId), eq(datasetFileChunks.uploadId, upload.id), eq(datasetFileChunks.seq, seq)));
      if (!chunk) return;
      yield chunk.data;
    }
  }
  return { upload, chunks: chunks() };
}
