import type { Resolvers } from '../resolvers.generated';
import { relabelRows } from '../../domain/relabel';
import type { GraphQLContext } from '../context';
import {
  createDataset,
  createDatasetVersion,
  createSampleDataset,
  deleteDataset,
  getDataset,
  getVersion,
  listDatasets,
  listSamples,
  listVersions,
  renameDataset,
  setDatasetArchived,
  type DatasetVersion,
} from '../../domain/datasets';
import { getUpload, type DatasetUpload } from '../../domain/datasetUploads';
import { NotFoundError } from '../../errors';
import type { Format } from '../../datasets/parse';
import type { DatasetSchema, TaskType } from '../../datasets/schema';
import type { DatasetStats } from '../../datasets/stats';
import type { SplitConfig } from '../../../lib/runs/split';

// Stored as JSON objects, whose key order Postgres does not keep: most frequent first again here.
const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
const stats = (v: DatasetVersion) => v.stats as DatasetStats;
const previewRows = (upload: DatasetUpload) =>
  (upload.preview as unknown[][]).map((row) => Object.fromEntries(upload.columns.map((c, i) => [c, row[i] ?? null])));

async function uploadOf(version: DatasetVersion, ctx: GraphQLContext): Promise<DatasetUpload> {
  const upload = await ctx.loaders.datasetUpload.load(version.uploadId);
  if (!upload) throw new NotFoundError('Upload');
  return upload;
}

/** Datasets, their immutable versions, staged uploads and the samples. */
export const datasetResolvers: Resolvers = {
  Query: {
    datasets: async (_, args, ctx) => listDatasets(await ctx.scope(), args),
    dataset: async (_, { id }, ctx) => getDataset(await ctx.scope(), id),
    datasetVersion: async (_, { id }, ctx) => getVersion(await ctx.scope(), id),
    datasetUpload: async (_, { id }, ctx) => getUpload(await ctx.scope(), id),
    datasetSamples: async (_, __, ctx) => {
      await ctx.scope();
      return listSamples();
    },
  },
  Dataset: {
    archived: (dataset) => dataset.archivedAt !== null,
    createdBy: async (dataset, _, ctx) => (await ctx.loaders.user.load(dataset.createdBy))!,
    latestVersion: async (dataset, _, ctx) => {
      const version = await ctx.loaders.latestDatasetVersion.load(dataset.id);
      if (!version) throw new NotFoundError('Dataset version');
      return version;
    },
    versions: async (dataset, _, ctx) => listVersions(await ctx.scope(), dataset.id),
  },
  DatasetVersion: {
    dataset: async (version, _, ctx) => getDataset(await ctx.scope(), version.datasetId),
    taskType: (version) => version.taskType as TaskType,
    schema: (version) => version.schema as DatasetSchema,
    filename: async (version, _, ctx) => (await uploadOf(version, ctx)).filename,
    format: async (version, _, ctx) => (await uploadOf(version, ctx)).format as Format,
    bytes: async (version, _, ctx) => (await uploadOf(version, ctx)).bytes,
    rowCount: async (version, _, ctx) => (await uploadOf(version, ctx)).rowCount,
    labelDistribution: (version) => counts(stats(version).labelDistribution),
    columnStats: (version) => stats(version).columns,
    tokenStats: (version) => stats(version).tokens ?? null,
    splitConfig: (version) => version.splitConfig as SplitConfig,
    preview: async (version, _, ctx) => previewRows(await uploadOf(version, ctx)),
    downloadUrl: async (version, _, ctx) =>
      `${ctx.baseUrl}/api/datasets/versions/${version.id}/original?team=${(await ctx.scope()).team.slug}`,
    createdBy: async (version, _, ctx) => (await ctx.loaders.user.load(version.createdBy))!,
  },
  DatasetUpload: {
    format: (upload) => upload.format as Format,
    inferredSchema: (upload) => upload.inferredSchema as DatasetSchema,
    preview: (upload) => previewRows(upload),
  },
  TokenStats: {
    entities: (tokens) => counts(tokens.entities),
  },
  Mutation: {
    createDataset: async (_, { input }, ctx) => ({ dataset: await createDataset(await ctx.scope(), input) }),
    createDatasetVersion: async (_, { input }, ctx) => ({ version: await createDatasetVersion(await ctx.scope(), input) }),
    relabelRows: async (_, { input }, ctx) => ({ version: await relabelRows(await ctx.scope(), input) }),
    renameDataset: async (_, { input }, ctx) => ({ dataset: await renameDataset(await ctx.scope(), input) }),
    archiveDataset: async (_, { id }, ctx) => ({ dataset: await setDatasetArchived(await ctx.scope(), id, true) }),
    unarchiveDataset: async (_, { id }, ctx) => ({ dataset: await setDatasetArchived(await ctx.scope(), id, false) }),
    deleteDataset: async (_, { id }, ctx) => ({ deletedId: await deleteDataset(await ctx.scope(), id) }),
    createSampleDataset: async (_, { key }, ctx) => ({ dataset: await createSampleDataset(await ctx.scope(), key) }),
  },
};
