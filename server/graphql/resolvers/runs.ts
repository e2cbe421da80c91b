import type { Resolvers } from '../resolvers.generated';
import {
  cancelRun,
  createRun,
  updateRun,
  getRun,
  getRunsByIds,
  listArtifacts,
  listNoisyExamples,
  listRunLogs,
  retryRun,
  waitReason,
  type Run,
} from '../../domain/runs';
import { listRuns } from '../../domain/runList';
import { queryMetrics } from '../../domain/runMetrics';
import { labelErrorReport, suspectedLabelErrors } from '../../domain/labelErrors';
import { getVersion } from '../../domain/datasets';
import { isTrainedKind, runKinds, runKindNames, type RunStatus } from '../../../lib/runs/config';
import { experimentIdOf, listExperiments } from '../../domain/experiments';
import { epochFromJson, logExampleEpoch, registerExamples, registeredExampleCount } from '../../domain/runExamples';
import type { TaskType } from '../../datasets/schema';
import type { LabelErrorRankingName } from '../../../lib/runs/labelErrorRanking';

/** Runs: launching, watching and their curves. */
/** 7 significant digits, a float32's precision (what trainers compute in): half the bytes of a double's 17. */
const float32 = (x: number) => Number(x.toPrecision(7));
const rankingEnums = { early_loss: 'EARLY_LOSS', aum: 'AUM', last_loss: 'LAST_LOSS' } as const satisfies Record<
  LabelErrorRankingName,
  string
>;
const rankingNames = { EARLY_LOSS: 'early_loss', AUM: 'aum', LAST_LOSS: 'last_loss' } as const;

/** A run's test intervals as GraphQL's TestUncertainty (shared runs show them too). */
export const testUncertaintyView = (run: Pick<Run, 'testUncertainty'>) =>
  run.testUncertainty && {
    items: run.testUncertainty.items,
    smallestClass: run.testUncertainty.smallestClass?.name ?? null,
    smallestClassItems: run.testUncertainty.smallestClass?.items ?? null,
    intervals: Object.entries(run.testUncertainty.intervals).map(([key, interval]) => ({ key, ...interval })),
  };

export const runResolvers: Resolvers = {
  MetricSeries: {
    steps: (s) => s.points.map((p) => p.step),
    epochs: (s) => s.points.map((p) => float32(p.epoch)),
    values: (s) => s.points.map((p) => float32(p.value)),
    wallTimes: (s) => (s.points.some((p) => p.wallTime !== null) ? s.points.map((p) => p.wallTime) : null),
  },
  Query: {
    runs: async (_, { orderBy, ...args }, ctx) =>
      listRuns(await ctx.scope(), {
        ...args,
        filter: args.filter && { ...args.filter, status: args.filter.status as RunStatus | null },
        orderBy: orderBy && {
          ...orderBy,
          field: ({ CREATED_AT: 'created', NAME: 'name', KIND: 'kind', STATUS: 'status', METRIC: 'metric', CONFIG: 'config' } as const)[
            orderBy.field
          ],
          direction: orderBy.direction === 'ASC' ? 'asc' : 'desc',
        },
      }),
    run: async (_, { id }, ctx) => getRun(await ctx.scope(), id),
    runsByIds: async (_, { ids }, ctx) => getRunsByIds(await ctx.scope(), ids),
    runKinds: async (_, __, ctx) => {
      await ctx.scope();
      return runKindNames.map((kind) => ({
        kind,
        label: runKinds[kind].label,
        description: runKinds[kind].description,
        taskTypes: [...runKinds[kind].taskTypes] as TaskType[],
        defaultConfig: runKinds[kind].config.parse({}),
        launchable: isTrainedKind(kind),
      }));
    },
    runMetrics: async (_, args, ctx) => queryMetrics(await ctx.scope(), args),
    experiments: async (_, args, ctx) => listExperiments(await ctx.scope(), args),
  },
  Experiment: {
    id: (experiment) => experimentIdOf(experiment),
    tags: async (experiment, _, ctx) => await ctx.loaders.experimentTags.load(experiment.id),
  },
  Run: {
    status: (run) => run.status as RunStatus,
    config: (run) => run.config as Record<string, unknown>,
    datasetVersion: async (run, _, ctx) => (run.datasetVersionId ? getVersion(await ctx.scope(), run.datasetVersionId) : null),
    createdBy: async (run, _, ctx) => (await ctx.loaders.user.load(run.createdBy))!,
    cancelRequested: (run) => run.cancelRequestedAt !== null,
    runsAheadInQueue: (run, _, ctx) => (run.status === 'queued' ? ctx.loaders.runsAheadInQueue.load(run.id) : null),
    waitReason: async (run, _, ctx) => waitReason(run, run.status === 'queued' ? await ctx.loaders.teamSlots.load(run.teamId) : null),
    experiment: async (run, _, ctx) => (run.experimentId === null ? null : ctx.loaders.experiment.load(run.experimentId)),
    keyTags: (run, _, ctx) => ctx.loaders.runKeyTags.load(run.id),
    inputs: (run) => run.inputs,
    registeredExamples: async (run, _, ctx) => (run.exampleClasses ? registeredExampleCount(await ctx.scope(), run.id) : 0),
    parent: async (run, _, ctx) => (run.parentId ? getRun(await ctx.scope(), run.parentId).catch(() => null) : null),
    metricKeys: (run, _, ctx) => ctx.loaders.runMetricKeys.load(run.id),
    metrics: async (run, args, ctx) => queryMetrics(await ctx.scope(), { ...args, runIds: [run.id] }),
    artifacts: async (run, _, ctx) => listArtifacts(await ctx.scope(), run.id),
    noisyExamples: async (run, _, ctx) => listNoisyExamples(await ctx.scope(), run.id),
    logs: async (run, args, ctx) => listRunLogs(await ctx.scope(), run.id, args),
    suspectedLabelErrors: async (run, { first }, ctx) => suspectedLabelErrors(await ctx.scope(), run.id, first ?? 50),
    testUncertainty: (run) => testUncertaintyView(run),
    labelErrors: async (run, { first, ranking }, ctx) => {
      const report = await labelErrorReport(await ctx.scope(), run.id, { first: first ?? 50, ranking: ranking && rankingNames[ranking] });
      return (
        report && {
          ...report,
          ranking: rankingEnums[report.ranking],
          rankings: report.rankings.map((r) => ({ ...r, ranking: rankingEnums[r.name] })),
          earlyEpochsFrom: report.earlyEpochs.from,
          earlyEpochsThrough: report.earlyEpochs.through,
        }
      );
    },
  },
  Mutation: {
    createRun: async (_, { input }, ctx) => ({ run: await createRun(await ctx.scope(), input) }),
    cancelRun: async (_, { id }, ctx) => ({ run: await cancelRun(await ctx.scope(), id) }),
    retryRun: async (_, { id }, ctx) => ({ run: await retryRun(await ctx.scope(), id) }),
    updateRun: async (_, { id, input }, ctx) => ({ run: await updateRun(await ctx.scope(), id, input) }),
    registerRunExamples: async (_, { input: { runId, ...examples } }, ctx) => registerExamples(await ctx.scope(), runId, examples),
    logRunExampleEpoch: async (_, { input: { runId, ...epoch } }, ctx) =>
      logExampleEpoch(await ctx.scope(), runId, (classes) => epochFromJson(epoch, classes)),
  },
};
