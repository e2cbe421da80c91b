import { z } from 'zod';
import { and, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { datasets, datasetUploads, datasetVersions, runs } from '../../db/schema';
import { readStoredRows } from '../../db/datasetRows';
import { buildVersion } from '../datasets/build';
import { ingestFile } from '../datasets/ingest';
import { uploadLimits } from '../datasets/limits';
import { samples } from '../datasets/samples';
import { asBytes } from '../datasets/samples/bytes';
import { checkSchema, datasetSchema, type DatasetSchema } from '../datasets/schema';
import { splitConfig, type SplitConfig } from '../../lib/runs/split';
import { InvalidInputError, NotFoundError } from '../errors';
import { datasetDescriptionField, datasetNameField } from '../../lib/inputs';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { recordAudit } from './audit';
import { asInputError, getUpload } from './datasetUploads';
import { decodeCursor, pageSize, toConnection, type PageArgs } from './pagination';
import { parseInput } from './validation';

export type Dataset = typeof datasets.$inferSelect;

// Split codes are a byte per row: read only by whoever trains (db/datasetRows.ts), never with the version.
const { splitCodes: _splitCodes, ...versionColumns } = getTableColumns(datasetVersions);
export type DatasetVersion = Omit<typeof datasetVersions.$inferSelect, 'splitCodes'>;

const versionInput = {
  schema: datasetSchema.optional(),
  split: splitConfig.optional(),
  note: z.string().trim().max(500, 'use at most 500 characters').default(''),
};
const createDatasetInput = z.object({
  name: datasetNameField,
  description: datasetDescriptionField.default(''),
  uploadId: z.uuid('not an upload id'),
  ...versionInput,
});
const createVersionInput = z.object({
  datasetId: z.uuid('not a dataset id'),
  uploadId: z.uuid('not an upload id').optional(),
  ...versionInput,
});
/** `keepSplitCodes`: the rows' splits as another version drew them (same rows, corrected labels). */
type VersionInput = { uploadId?: string; schema?: DatasetSchema; split?: SplitConfig; note: string; keepSplitCodes?: Uint8Array };

export async function createDataset(scope: Scope, input: unknown): Promise<Dataset> {
  authorize(scope, 'datasets:write');
  const { name, description, ...version } = parseInput(createDatasetInput, input);
  return withInputErrors(() =>
    scope.db.transaction(async (tx) => {
      const dataset = await insertDataset(tx, scope, name, description);
      const created = await addVersion(tx, scope, dataset, version);
      await recordAudit(tx, scope, {
        action: 'dataset.create',
        targetType: 'dataset',
        targetId: dataset.id,
        details: { name, version: created.number },
      });
      return dataset;
    }),
  );
}

/** A new upload, or a new schema or split over the latest upload: versions are never changed in place. */
export async function createDatasetVersion(scope: Scope, input: unknown): Promise<DatasetVersion> {
  authorize(scope, 'datasets:write');
  const { datasetId, ...version } = parseInput(createVersionInput, input);
  return withInputErrors(() =>
    scope.db.transaction(async (tx) => {
      // Locked, so that two new versions of one dataset get consecutive numbers.
      const [dataset] = await tx
        .select()
        .from(datasets)
        .where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, datasetId)))
        .for('update');
      if (!dataset) throw new NotFoundError('Dataset');
      const created = await addVersion(tx, scope, dataset, version);
      await tx
        .update(datasets)
        .set({ updatedAt: sql`now()` })
        .where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, dataset.id)));
      await recordAudit(tx, scope, {
        action: 'dataset.version',
        targetType: 'dataset',
        targetId: dataset.id,
        details: { number: created.number },
      });
      return created;
    }),
  );
}

export const listSamples = () => samples;

/** Adds a demo dataset through the same path as an upload; a name already taken gets a number. */
export async function createSampleDataset(scope: Scope, key: string): Promise<Dataset> {
  authorize(scope, 'datasets:write');
  const sample = samples.find((s) => s.key === key);
  if (!sample) throw new InvalidInputError(`key: no sample named "${key}"; see datasetSamples`, 'key');
  return withInputErrors(() =>
    scope.db.transaction(async (tx) => {
      const upload = await ingestFile(tx, {
        teamId: scope.team.id,
        userId: scope.user.id,
        filename: sample.filename,
        source: asBytes(sample.lines()),
        limits: uploadLimits(),
      });
      const taken = await tx
        .select({ name: datasets.name })
        .from(datasets)
        .where(and(ownedBy(scope, datasets.teamId), sql`lower(${datasets.name}) like lower(${sample.name + '%'})`));
      const names = new Set(taken.map((t) => t.name.toLowerCase()));
      let name = sample.name;
      for (let n = 2; names.has(name.toLowerCase()); n++) name = `${sample.name} (${n})`;
      const dataset = await insertDataset(tx, scope, name, sample.description);
      await addVersion(tx, scope, dataset, { uploadId: upload.id, schema: sample.schema, note: 'sample' });
      await recordAudit(tx, scope, {
        action: 'dataset.create',
        targetType: 'dataset',
        targetId: dataset.id,
        details: { name, sample: key },
      });
      return dataset;
    }),
  );
}

/** Parse errors and a name taken meanwhile (the unique index) become BAD_USER_INPUT. */
async function withInputErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const pg =
      (error as { cause?: { code?: string; constraint_name?: string } }).cause ?? (error as { code?: string; constraint_name?: string });
    if (pg.code === '23505' && pg.constraint_name === 'datasets_team_name_key')
      throw new InvalidInputError('name: the team already has a dataset with this name', 'name');
    throw asInputError(error);
  }
}

async function insertDataset(tx: Executor, scope: Scope, name: string, description: string): Promise<Dataset> {
  await assertNameFree(tx, scope, name);
  const [dataset] = await tx.insert(datasets).values({ teamId: scope.team.id, name, description, createdBy: scope.user.id }).returning();
  return dataset!;
}

export async function addVersion(tx: Executor, scope: Scope, dataset: Dataset, input: VersionInput): Promise<DatasetVersion> {
  const [latest] = await tx
    .select(versionColumns)
    .from(datasetVersions)
    .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.datasetId, dataset.id)))
    .orderBy(desc(datasetVersions.number))
    .limit(1);
  const uploadId = input.uploadId ?? latest?.uploadId;
  if (!uploadId) throw new InvalidInputError('uploadId: upload a file first', 'uploadId');
  const upload = await getUpload(scope, uploadId, tx);
  // A new version over the same rows keeps what it does not change; new rows start from their inferred schema.
  const sameRows = latest && !input.uploadId;
  const schema = input.schema ?? (sameRows ? (latest.schema as DatasetSchema) : (upload.inferredSchema as DatasetSchema));
  const split = input.split ?? (sameRows ? splitConfig.parse(latest.splitConfig) : splitConfig.parse({}));
  checkSchema(schema, upload.columns);
  const built = await buildVersion(readStoredRows(tx, scope.team.id, upload.id), upload.columns, schema, split, input.keepSplitCodes);
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
    .returning(versionColumns);
  return version!;
}

async function assertNameFree(tx: Executor, scope: Scope, name: string, except?: string) {
  const [clash] = await tx
    .select({ id: datasets.id })
    .from(datasets)
    .where(
      and(
        ownedBy(scope, datasets.teamId),
        sql`lower(${datasets.name}) = lower(${name})`,
        except ? sql`${datasets.id} <> ${except}` : undefined,
      ),
    );
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
  const [dataset] = await scope.db
    .select()
    .from(datasets)
    .where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, id)));
  if (!dataset) throw new NotFoundError('Dataset');
  return dataset;
}

/** Newest first. */
export async function listVersions(scope: Scope, datasetId: string): Promise<DatasetVersion[]> {
  authorize(scope, 'datasets:read');
  return scope.db
    .select(versionColumns)
    .from(datasetVersions)
    .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.datasetId, datasetId)))
    .orderBy(desc(datasetVersions.number));
}

/** For a request's loader: the latest version of each dataset in `datasetIds`, in their order. */
export async function latestVersions(scope: Scope, datasetIds: readonly string[]): Promise<(DatasetVersion | null)[]> {
  authorize(scope, 'datasets:read');
  const rows = await scope.db
    .selectDistinctOn([datasetVersions.datasetId], versionColumns)
    .from(datasetVersions)
    .where(and(ownedBy(scope, datasetVersions.teamId), inArray(datasetVersions.datasetId, [...datasetIds])))
    .orderBy(datasetVersions.datasetId, desc(datasetVersions.number));
  const byDataset = new Map(rows.map((v) => [v.datasetId, v]));
  return datasetIds.map((id) => byDataset.get(id) ?? null);
}

export async function getVersion(scope: Scope, id: string): Promise<DatasetVersion> {
  authorize(scope, 'datasets:read');
  parseInput(z.uuid('not a dataset version id'), id);
  const [version] = await scope.db
    .select(versionColumns)
    .from(datasetVersions)
    .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.id, id)));
  if (!version) throw new NotFoundError('Dataset version');
  return version;
}

const renameInput = z.object({ id: z.uuid('not a dataset id'), name: datasetNameField, description: datasetDescriptionField.optional() });

export async function renameDataset(scope: Scope, input: unknown): Promise<Dataset> {
  authorize(scope, 'datasets:write');
  const { id, name, description } = parseInput(renameInput, input);
  return withInputErrors(() =>
    scope.db.transaction(async (tx) => {
      await assertNameFree(tx, scope, name, id);
      const [dataset] = await tx
        .update(datasets)
        .set({ name, ...(description !== undefined && { description }), updatedAt: sql`now()` })
        .where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, id)))
        .returning();
      if (!dataset) throw new NotFoundError('Dataset');
      await recordAudit(tx, scope, { action: 'dataset.rename', targetType: 'dataset', targetId: id, details: { name } });
      return dataset;
    }),
  );
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
 * Deletes a dataset, its versions, and the uploads no other dataset's version uses. Refused once runs trained on it
 * (their results would lose their data): archive it instead.
 */
export async function deleteDataset(scope: Scope, id: string): Promise<string> {
  authorize(scope, 'datasets:delete');
  parseInput(z.uuid('not a dataset id'), id);
  return scope.db.transaction(async (tx) => {
    const [dataset] = await tx
      .select()
      .from(datasets)
      .where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, id)))
      .for('update');
    if (!dataset) throw new NotFoundError('Dataset');
    const [used] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(runs)
      .innerJoin(datasetVersions, eq(datasetVersions.id, runs.datasetVersionId))
      .where(and(ownedBy(scope, runs.teamId), eq(datasetVersions.datasetId, id)));
    if (used!.count > 0)
      throw new InvalidInputError(
        `${used!.count} run${used!.count === 1 ? '' : 's'} trained on this dataset, so it cannot be deleted: archive it instead`,
      );
    const uploads = await tx
      .selectDistinct({ id: datasetVersions.uploadId })
      .from(datasetVersions)
      .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.datasetId, id)));
    await tx.delete(datasets).where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, id)));
    for (const upload of uploads) {
      const stillUsed = await tx
        .select({ id: datasetVersions.id })
        .from(datasetVersions)
        .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.uploadId, upload.id)))
        .limit(1);
      if (stillUsed.length === 0)
        await tx.delete(datasetUploads).where(and(ownedBy(scope, datasetUploads.teamId), eq(datasetUploads.id, upload.id)));
    }
    await recordAudit(tx, scope, { action: 'dataset.delete', targetType: 'dataset', targetId: id, details: { name: dataset.name } });
    return id;
  });
}
