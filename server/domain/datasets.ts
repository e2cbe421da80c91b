import { z } from 'zod';
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { datasetFileChunks, datasets, datasetUploads, datasetVersions } from '../../db/schema';
import { readStoredRows } from '../../db/datasetRows';
import { buildVersion } from '../datasets/build';
import { ingestFile, type DatasetUpload, type IngestProgress } from '../datasets/ingest';
import { DatasetFormatError, uploadLimits } from '../datasets/limits';
import { checkSchema, datasetSchema, type DatasetSchema } from '../datasets/schema';
import { splitConfig } from '../datasets/split';
import { InvalidInputError, NotFoundError } from '../errors';
import { datasetDescriptionField, datasetNameField } from '../inputs';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { recordAudit } from './audit';
import { decodeCursor, pageSize, toConnection, type PageArgs } from './pagination';
import { parseInput } from './validation';
import { samples } from '../datasets/samples';
import { asBytes } from '../datasets/samples/random';

export type Dataset = typeof datasets.$inferSelect;
export type DatasetVersion = typeof datasetVersions.$inferSelect;
export type { DatasetUpload };

/** Staged uploads that no version took up within a day are swept when the team next uploads. */
const STAGED_UPLOAD_TTL = '24 hours';

/** A parse error becomes BAD_USER_INPUT carrying the line and column, so the UI can point at the spot. */
function asInputError(error: unknown): unknown {
  if (!(error instanceof DatasetFormatError)) return error;
  const extra = new InvalidInputError(error.message);
  Object.assign(extra.extensions, { line: error.line ?? null, column: error.column ?? null });
  return extra;
}

/** Parses and stores a file as a staged upload; nothing is stored when it fails. */
export async function stageUpload(
  scope: Scope,
  file: { filename: string; format?: string | null; source: AsyncIterable<Uint8Array>; onProgress?: (p: IngestProgress) => void },
): Promise<DatasetUpload> {
  authorize(scope, 'datasets:write');
  const filename = parseInput(z.string().trim().min(1, 'the file has no name').max(255, 'the file name is too long'), file.filename);
  try {
    return await scope.db.transaction(async (tx) => {
      await sweepStagedUploads(tx, scope);
      return ingestFile(tx, { ...file, filename, teamId: scope.team.id, userId: scope.user.id, limits: uploadLimits() });
    });
  } catch (error) {
    throw asInputError(error);
  }
}

async function sweepStagedUploads(tx: Executor, scope: Scope) {
  await tx.execute(sql`
    delete from ${datasetUploads} u
    where u.team_id = ${scope.team.id} and u.created_at < now() - ${STAGED_UPLOAD_TTL}::interval
      and not exists (select 1 from ${datasetVersions} v where v.upload_id = u.id)`);
}

export async function getUpload(scope: Scope, id: string, executor: Executor = scope.db): Promise<DatasetUpload> {
  authorize(scope, 'datasets:read');
  parseInput(z.uuid('not an upload id'), id);
  const [upload] = await executor.select().from(datasetUploads).where(and(ownedBy(scope, datasetUploads.teamId), eq(datasetUploads.id, id)));
  if (!upload) throw new NotFoundError('Upload');
  return upload;
}

const versionInput = {
  uploadId: z.uuid('not an upload id').optional(),
  schema: datasetSchema.optional(),
  split: splitConfig.optional(),
  note: z.string().trim().max(500, 'use at most 500 characters').default(''),
};
const createDatasetInput = z.object({ name: datasetNameField, description: datasetDescriptionField.default(''), ...versionInput, uploadId: z.uuid('not an upload id') });
const createVersionInput = z.object({ datasetId: z.uuid('not a dataset id'), ...versionInput });

export async function createDataset(scope: Scope, input: unknown): Promise<Dataset> {
  authorize(scope, 'datasets:write');
  const { name, description, ...version } = parseInput(createDatasetInput, input);
  try {
    return await scope.db.transaction(async (tx) => {
      await assertNameFree(tx, scope, name);
      const [dataset] = await tx.insert(datasets).values({ teamId: scope.team.id, name, description, createdBy: scope.user.id }).returning();
      const created = await addVersion(tx, scope, dataset!, version);
      await recordAudit(tx, scope, { action: 'dataset.create', targetType: 'dataset', targetId: dataset!.id, details: { name, rows: created.splitCodes.length } });
      return dataset!;
    });
  } catch (error) {
    throw asInputError(error);
  }
}

/** A new upload, or a new schema or split over the latest upload: versions are never changed in place. */
export async function createDatasetVersion(scope: Scope, input: unknown): Promise<DatasetVersion> {
  authorize(scope, 'datasets:write');
  const { datasetId, ...version } = parseInput(createVersionInput, input);
  try {
    return await scope.db.transaction(async (tx) => {
      const [dataset] = await tx.select().from(datasets).where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, datasetId))).for('update');
      if (!dataset) throw new NotFoundError('Dataset');
      const created = await addVersion(tx, scope, dataset, version);
      await tx.update(datasets).set({ updatedAt: sql`now()` }).where(eq(datasets.id, dataset.id));
      await recordAudit(tx, scope, { action: 'dataset.version', targetType: 'dataset', targetId: dataset.id, details: { number: created.number } });
      return created;
    });
  } catch (error) {
    throw asInputError(error);
  }
}

async function addVersion(
  tx: Executor,
  scope: Scope,
  dataset: Dataset,
  input: { uploadId?: string; schema?: DatasetSchema; split?: z.output<typeof splitConfig>; note: string },
): Promise<DatasetVersion> {
  const [latest] = await tx.select().from(datasetVersions).where(eq(datasetVersions.datasetId, dataset.id)).orderBy(desc(datasetVersions.number)).limit(1);
  const uploadId = input.uploadId ?? latest?.uploadId;
  if (!uploadId) throw new InvalidInputError('uploadId: upload a file first', 'uploadId');
  const upload = await getUpload(scope, uploadId, tx);
  // A new version over the same rows keeps what it does not change.
  const schema = input.schema ?? (input.uploadId || !latest ? (upload.inferredSchema as DatasetSchema) : (latest.schema as DatasetSchema));
  const split = input.split ?? (latest && !input.uploadId ? splitConfig.parse(latest.splitConfig) : splitConfig.parse({}));
  checkSchema(schema, upload.columns);
  const built = await buildVersion(readStoredRows(tx, scope.team.id, upload.id), upload.columns, schema, split);
  const [version] = await tx
    .insert(datasetVersions)
    .values({
      teamId: scope.team.id,
      datasetId: dataset.id,
      number: (latest?.number ?? 0) + 1,
      uploadId: upload.id,
      taskType: schema.taskType,
      schema,
      stats: built.stats,
      splitConfig: split,
      splitCounts: built.splitCounts,
      splitCodes: Buffer.from(built.splitCodes),
      note: input.note,
      createdBy: scope.user.id,
    })
    .returning();
  return version!;
}

export const listSamples = () => samples;

/** Adds a demo dataset through the same path as an upload; a name already taken gets a number. */
export async function createSampleDataset(scope: Scope, key: string): Promise<Dataset> {
  authorize(scope, 'datasets:write');
  const sample = samples.find((s) => s.key === key);
  if (!sample) throw new InvalidInputError(`key: no sample named "${key}"; see datasetSamples`, 'key');
  return scope.db.transaction(async (tx) => {
    const upload = await ingestFile(tx, { teamId: scope.team.id, userId: scope.user.id, filename: sample.filename, source: asBytes(sample.lines()), limits: uploadLimits() });
    const taken = await tx.select({ name: datasets.name }).from(datasets).where(and(ownedBy(scope, datasets.teamId), sql`lower(${datasets.name}) like lower(${sample.name + '%'})`));
    const names = new Set(taken.map((t) => t.name.toLowerCase()));
    let name = sample.name;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${sample.name} (${n})`;
    const [dataset] = await tx.insert(datasets).values({ teamId: scope.team.id, name, description: sample.description, createdBy: scope.user.id }).returning();
    await addVersion(tx, scope, dataset!, { uploadId: upload.id, schema: sample.schema, note: 'sample' });
    await recordAudit(tx, scope, { action: 'dataset.create', targetType: 'dataset', targetId: dataset!.id, details: { name, sample: key } });
    return dataset!;
  });
}

async function assertNameFree(tx: Executor, scope: Scope, name: string, except?: string) {
  const [clash] = await tx
    .select({ id: datasets.id })
    .from(datasets)
    .where(and(ownedBy(scope, datasets.teamId), sql`lower(${datasets.name}) = lower(${name})`, except ? sql`${datasets.id} <> ${except}` : undefined));
  if (clash) throw new InvalidInputError(`name: the team already has a dataset named "${name}"`, 'name');
}

export async function listDatasets(scope: Scope, args: PageArgs & { includeArchived?: boolean | null; search?: string | null }) {
  authorize(scope, 'datasets:read');
  const limit = pageSize(args);
  const after = decodeCursor(args.after);
  const filters: (SQL | undefined)[] = [
    ownedBy(scope, datasets.teamId),
    args.includeArchived ? undefined : isNull(datasets.archivedAt),
    args.search ? sql`${datasets.name} ilike ${'%' + args.search.replace(/[%_\\]/g, '\\$&') + '%'}` : undefined,
    after ? sql`(${datasets.updatedAt}, ${datasets.id}) < (${after.key}::timestamptz, ${after.id}::uuid)` : undefined,
  ];
  const rows = await scope.db
    .select()
    .from(datasets)
    .where(and(...filters))
    .orderBy(desc(datasets.updatedAt), desc(datasets.id))
    .limit(limit + 1);
  return toConnection(rows, limit, (d) => ({ key: d.updatedAt.toISOString(), id: d.id }));
}

export async function getDataset(scope: Scope, id: string): Promise<Dataset> {
  authorize(scope, 'datasets:read');
  parseInput(z.uuid('not a dataset id'), id);
  const [dataset] = await scope.db.select().from(datasets).where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, id)));
  if (!dataset) throw new NotFoundError('Dataset');
  return dataset;
}

export async function listVersions(scope: Scope, datasetId: string): Promise<DatasetVersion[]> {
  authorize(scope, 'datasets:read');
  return scope.db
    .select()
    .from(datasetVersions)
    .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.datasetId, datasetId)))
    .orderBy(desc(datasetVersions.number));
}

export async function getVersion(scope: Scope, id: string): Promise<DatasetVersion> {
  authorize(scope, 'datasets:read');
  parseInput(z.uuid('not a dataset version id'), id);
  const [version] = await scope.db.select().from(datasetVersions).where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.id, id)));
  if (!version) throw new NotFoundError('Dataset version');
  return version;
}

const renameInput = z.object({ id: z.uuid('not a dataset id'), name: datasetNameField, description: datasetDescriptionField.optional() });

export async function renameDataset(scope: Scope, input: unknown): Promise<Dataset> {
  authorize(scope, 'datasets:write');
  const { id, name, description } = parseInput(renameInput, input);
  return scope.db.transaction(async (tx) => {
    await assertNameFree(tx, scope, name, id);
    const [dataset] = await tx
      .update(datasets)
      .set({ name, ...(description !== undefined && { description }), updatedAt: sql`now()` })
      .where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, id)))
      .returning();
    if (!dataset) throw new NotFoundError('Dataset');
    await recordAudit(tx, scope, { action: 'dataset.rename', targetType: 'dataset', targetId: id, details: { name } });
    return dataset;
  });
}

export async function setDatasetArchived(scope: Scope, id: string, archived: boolean): Promise<Dataset> {
  authorize(scope, 'datasets:write');
  parseInput(z.uuid('not a dataset id'), id);
  return scope.db.transaction(async (tx) => {
    const [dataset] = await tx
      .update(datasets)
      .set({ archivedAt: archived ? sql`coalesce(${datasets.archivedAt}, now())` : null })
      .where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, id)))
      .returning();
    if (!dataset) throw new NotFoundError('Dataset');
    await recordAudit(tx, scope, { action: archived ? 'dataset.archive' : 'dataset.unarchive', targetType: 'dataset', targetId: id });
    return dataset;
  });
}

/**
 * Deletes a dataset, its versions and the uploads only it used. Runs are what make a dataset worth keeping: once
 * they exist, a dataset a run trained on is refused here (archive it instead).
 */
export async function deleteDataset(scope: Scope, id: string): Promise<string> {
  authorize(scope, 'datasets:delete');
  parseInput(z.uuid('not a dataset id'), id);
  return scope.db.transaction(async (tx) => {
    const [dataset] = await tx.select().from(datasets).where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, id))).for('update');
    if (!dataset) throw new NotFoundError('Dataset');
    const uploads = await tx.selectDistinct({ id: datasetVersions.uploadId }).from(datasetVersions).where(eq(datasetVersions.datasetId, id));
    await tx.delete(datasets).where(eq(datasets.id, id));
    for (const upload of uploads) {
      await tx.execute(sql`delete from ${datasetUploads} u where u.id = ${upload.id} and not exists (select 1 from ${datasetVersions} v where v.upload_id = u.id)`);
    }
    await recordAudit(tx, scope, { action: 'dataset.delete', targetType: 'dataset', targetId: id, details: { name: dataset.name } });
    return id;
  });
}

/** The original file of a version, streamed chunk by chunk. */
export async function openOriginal(scope: Scope, versionId: string) {
  const version = await getVersion(scope, versionId);
  const upload = await getUpload(scope, version.uploadId);
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

export async function latestVersion(scope: Scope, datasetId: string, executor: Executor = scope.db): Promise<DatasetVersion> {
  const [version] = await executor
    .select()
    .from(datasetVersions)
    .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.datasetId, datasetId)))
    .orderBy(desc(datasetVersions.number))
    .limit(1);
  if (!version) throw new NotFoundError('Dataset version');
  return version;
}

