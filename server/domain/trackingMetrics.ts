/**
 * Curves as MLflow's tracking API reads them: a run's latest value per key, one key's whole history in pages, and
 * many runs' histories sampled over a step interval (our curve bucketing, which keeps each bucket's lowest and
 * highest point). Values come back as stored, NaN and infinities included, except in sampled histories: those are
 * curves, which draw finite values only.
 */
import { z } from 'zod';
import { querySeries, seriesStatus } from '../../db/metricSeries';
import { CHUNK_POINTS, latestPoints, readSeries } from '../../db/metricChunks';
import { InvalidInputError } from '../errors';
import { authorize, type Scope } from '../tenancy/scope';
import { parseInput } from './validation';
import { readableRun } from './externalRuns';

export interface TrackedMetric {
  key: string;
  value: number;
  /** Milliseconds since 1970. */
  timestamp: number;
  step: number;
}

/** Each run's last value of each key (the highest step's), for run listings. */
export async function latestMetricsOf(scope: Scope, runIds: readonly string[]): Promise<Map<string, TrackedMetric[]>> {
  const byRun = new Map<string, TrackedMetric[]>(runIds.map((id) => [id, []]));
  for (const p of await latestPoints(scope.db, scope.team.id, runIds)) {
    byRun.get(p.runId)?.push({ key: p.key, value: p.value, timestamp: Math.floor(p.wallTime), step: p.step });
  }
  return byRun;
}

const historyInput = z.object({
  metricKey: z.string().min(1, 'metric_key is required'),
  /** Left out: the whole history in one answer, as MLflow gives it. */
  maxResults: z.coerce.number().int().min(1).optional(),
  pageToken: z.string().optional(),
});

/** One key of one run, by step, in pages of `maxResults`; the token is the last step of the page before. */
export async function metricHistory(
  scope: Scope,
  runId: unknown,
  input: unknown,
): Promise<{ metrics: TrackedMetric[]; nextPageToken?: string }> {
  const run = await readableRun(scope, runId);
  const { metricKey, maxResults, pageToken } = parseInput(historyInput, input);
  const after = pageToken ? decodeStepToken(pageToken) : null;
  let fromStep = after === null ? null : after + 1;
  const metrics: TrackedMetric[] = [];
  // A page reads chunk by chunk until it holds one point more than it returns (which says another page follows).
  while (maxResults === undefined || metrics.length <= maxResults) {
    // Enough chunks for the page if they are full, and one more; a later turn fetches what smaller ones left short.
    const maxChunks = maxResults === undefined ? null : Math.ceil((maxResults + 1 - metrics.length) / CHUNK_POINTS) + 1;
    const [series] = await readSeries(scope.db, {
      teamId: scope.team.id,
      runIds: [run.id],
      keys: [metricKey],
      fromStep,
      withWallTime: true,
      maxChunks,
    });
    if (!series) break;
    for (let i = 0; i < series.steps.length; i++)
      metrics.push({ key: metricKey, value: series.values[i]!, timestamp: Math.floor(series.wallTimes![i]!), step: series.steps[i]! });
    if (maxResults === undefined) break;
    fromStep = series.steps.at(-1)! + 1;
  }
  if (maxResults === undefined || metrics.length <= maxResults) return { metrics };
  const page = metrics.slice(0, maxResults);
  return { metrics: page, nextPageToken: Buffer.from(JSON.stringify({ step: page.at(-1)!.step })).toString('base64url') };
}

function decodeStepToken(token: string): number {
  try {
    const { step } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (Number.isSafeInteger(step)) return step;
  } catch {
    // reported below
  }
  throw new InvalidInputError('page_token: not a token this API returned', 'page_token');
}

const intervalInput = z.object({
  runIds: z.array(z.string()).min(1, 'run_ids: name at least one run').max(100, 'run_ids: at most 100 runs'),
  metricKey: z.string().min(1, 'metric_key is required'),
  startStep: z.coerce.number().int().optional(),
  endStep: z.coerce.number().int().optional(),
  maxResults: z.coerce.number().int().min(4, 'max_results: at least 4').max(2500, 'max_results: at most 2,500').default(320),
});

/** Many runs' histories of one key over a step interval, each sampled to at most `maxResults` points. */
export async function metricHistoryBulkInterval(scope: Scope, input: unknown): Promise<(TrackedMetric & { runId: string })[]> {
  authorize(scope, 'runs:read');
  const query = parseInput(intervalInput, input);
  if (query.startStep !== undefined && query.endStep !== undefined && query.startStep > query.endStep) {
    throw new InvalidInputError('end_step must be at least start_step', 'end_step');
  }
  const found = [];
  for (const id of new Set(query.runIds)) found.push(await readableRun(scope, id));
  const series = await querySeries(
    scope.db,
    {
      teamId: scope.team.id,
      runIds: found.map((r) => r.id),
      keys: [query.metricKey],
      maxPoints: query.maxResults,
      fromStep: query.startStep ?? null,
      toStep: query.endStep ?? null,
      withWallTime: true,
    },
    new Map(found.map((r) => [r.id, seriesStatus(r)])),
  );
  return series.flatMap((s) =>
    s.points.map((p) => ({ runId: s.runId, key: s.key, value: p.value, step: p.step, timestamp: Math.round((p.wallTime ?? 0) * 1000) })),
  );
}
