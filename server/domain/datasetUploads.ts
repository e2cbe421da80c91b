import { z } from 'zod';
import { and, count, eq, gt, inArray, lt, notExists, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { datasetFileChunks, datasetUploads, datasetVersions } from '../../db/schema';
import { ingestFile, insertUpload, resolveFormat, type DatasetUpload, type IngestProgress } from '../datasets/ingest';
import { DatasetFormatError, uploadLimits, type Limits } from '../datasets/limits';
import { InvalidInputError, LimitExceededError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { parseInput } from './validation';

export type { DatasetUpload };

/** Staged uploads that no version took up within a day are swept when the team next uploads. */
const STAGED_UPLOAD_TTL = '24 hours';
/** An upload still `receiving` whose heartbeat is this old lost its web process. */
const STALLED_UPLOAD_AGE = '2 minutes';

/** A parse error becomes BAD_USER_INPUT carrying the line and column, so the UI can point at the spot. */
export function asInputError(error: unknown): unknown {
  if (!(error instanceof DatasetFormatError)) return error;
  return new InvalidInputError(error.message, undefined, { line: error.line ?? null, column: error.column ?? null });
}

/**
 * Parses and stores a file as a staged upload while it arrives. No transaction stays open while the client sends:
 * each chunk is its own statement, and the upload becomes visible only once whole. When it fails, it is deleted.
 */
export async function stageUpload(
  scope: Scope,
  file: { filename: string; format?: string | null; source: AsyncIterable<Uint8Array>; onProgress?: (p: IngestProgress) => void },
): Promise<DatasetUpload> {
  authorize(scope, 'datasets:write');
  const filename = parseInput(z.string().trim().min(1, 'the file has no name').max(255, 'the file name is too long'), file.filename);
  const limits = uploadLimits();
  await sweepStagedUploads(scope);
  let id: string | undefined;
  try {
    const format = resolveFormat(filename, file.format);
    id = await claimUploadSlot(scope, limits, { teamId: scope.team.id, userId: scope.user.id, filename, format });
    return await ingestFile(scope.db, { ...file, id, filename, format, teamId: scope.team.id, userId: scope.user.id, limits });
  } catch (error) {
    if (id)
      await scope.db
        .delete(datasetUploads)
        .where(and(ownedBy(scope, datasetUploads.teamId), eq(datasetUploads.id, id)))
        .catch(() => {});
    throw asInputError(error);
  }
}

/** Inserts the upload's row unless the user or the team already has its most uploads in flight. */
function claimUploadSlot(scope: Scope, limits: Limits, upload: Parameters<typeof insertUpload>[1]): Promise<string> {
  return scope.db.transaction(async (tx) => {
    // The user's lock, then the team's: a user's uploads in any of their teams count together.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('dataset_uploads'), hashtext(${scope.user.id}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('dataset_uploads'), hashtext(${scope.team.id}))`);
    // The user's count spans their teams; it reads only a number, of the caller's own uploads.
    const [inFlight] = await tx
      .select({
        team: count(sql`case when ${datasetUploads.teamId} = ${scope.team.id} then 1 end`),
        user: count(sql`case when ${datasetUploads.createdBy} = ${scope.user.id} then 1 end`),
      })
      .from(datasetUploads)
      .where(and(or(ownedBy(scope, datasetUploads.teamId), eq(datasetUploads.createdBy, scope.user.id)), live));
    if (inFlight!.user >= limits.perUser) {
      throw new LimitExceededError(
        `You have ${inFlight!.user} uploads in progress, the most at once (PHASELAB_UPLOADS_PER_USER); send this file when one has finished.`,
        30,
      );
    }
    if (inFlight!.team >= limits.perTeam) {
      throw new LimitExceededError(
        `Your team has ${inFlight!.team} uploads in progress, the most at once (PHASELAB_UPLOADS_PER_TEAM); send this file when one has finished.`,
        30,
      );
    }
    return insertUpload(tx, upload);
  });
}

/** An upload still arriving whose web process is alive (it beats every HEARTBEAT_MS while bytes come). */
const live = and(eq(datasetUploads.state, 'receiving'), gt(datasetUploads.updatedAt, sql`now() - ${STALLED_UPLOAD_AGE}::interval`));

/** Its own short statement, so that no upload waits on another's sweep. */
async function sweepStagedUploads(scope: Scope) {
  await scope.db.delete(datasetUploads).where(
    and(
      ownedBy(scope, datasetUploads.teamId),
      or(
        and(eq(datasetUploads.state, 'receiving'), lt(datasetUploads.updatedAt, sql`now() - ${STALLED_UPLOAD_AGE}::interval`)),
        and(
          lt(datasetUploads.createdAt, sql`now() - ${STAGED_UPLOAD_TTL}::interval`),
          notExists(
            scope.db
              .select({ one: sql`1` })
              .from(datasetVersions)
              .where(eq(datasetVersions.uploadId, datasetUploads.id)),
          ),
        ),
      ),
    ),
  );
}

export async function getUpload(scope: Scope, id: string, executor: Executor = scope.db): Promise<DatasetUpload> {
  authorize(scope, 'datasets:read');
  parseInput(z.uuid('not an upload id'), id);
  const [upload] = await executor
    .select()
    .from(datasetUploads)
    .where(and(ownedBy(scope, datasetUploads.teamId), eq(datasetUploads.id, id), eq(datasetUploads.state, 'ready')));
  if (!upload) throw new NotFoundError('Upload');
  return upload;
}

/** For a request's loader: the team's uploads among `ids`, in their order (null where not found). */
export async function getUploads(scope: Scope, ids: readonly string[]): Promise<(DatasetUpload | null)[]> {
  authorize(scope, 'datasets:read');
  const rows = await scope.db
    .select()
    .from(datasetUploads)
    .where(and(ownedBy(scope, datasetUploads.teamId), inArray(datasetUploads.id, [...ids]), eq(datasetUploads.state, 'ready')));
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
