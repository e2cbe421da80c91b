import { decodeNumber, encodeNumber } from './encoding.js';
import { MLFLOW_API, type Transport } from './http.js';
import type { LogBatch, Metric, Param, RunDetails, RunInfo, RunStatus, RunTag } from './types.js';

/** The MLflow routes the client uses, as functions of a transport. */

export type FinalStatus = Extract<RunStatus, 'FINISHED' | 'FAILED' | 'KILLED'>;

/** A metric as the API may write it: values and int64s possibly as strings. */
type WireMetric = { key: string; value: number | string | null; timestamp: number | string; step?: number | string };

/** MLflow leaves empty lists out of its answers. */
type WireRun = { info: RunInfo; data?: { metrics?: WireMetric[]; params?: Param[]; tags?: RunTag[] } };

export async function getExperimentIdByName(transport: Transport, name: string): Promise<string> {
  const answer = await transport.get<{ experiment: { experiment_id: string } }>(`${MLFLOW_API}/experiments/get-by-name`, {
    experiment_name: name,
  });
  return answer.experiment.experiment_id;
}

export async function createExperiment(transport: Transport, name: string): Promise<string> {
  const answer = await transport.post<{ experiment_id: string }>(`${MLFLOW_API}/experiments/create`, { name });
  return answer.experiment_id;
}

export async function createRun(
  transport: Transport,
  experimentId: string,
  name: string | undefined,
  tags: Record<string, string>,
): Promise<RunInfo> {
  const answer = await transport.post<{ run: { info: RunInfo } }>(`${MLFLOW_API}/runs/create`, {
    experiment_id: experimentId,
    run_name: name,
    start_time: Date.now(),
    tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
  });
  return answer.run.info;
}

export async function getRun(transport: Transport, runId: string): Promise<RunDetails> {
  const { run } = await transport.get<{ run: WireRun }>(`${MLFLOW_API}/runs/get`, { run_id: runId });
  const { metrics = [], params = [], tags = [] } = run.data ?? {};
  return { info: run.info, data: { metrics: metrics.map(decodeMetric), params, tags } };
}

export async function updateRun(
  transport: Transport,
  runId: string,
  update: { status?: FinalStatus; end_time?: number; run_name?: string },
): Promise<void> {
  await transport.post(`${MLFLOW_API}/runs/update`, { run_id: runId, ...update });
}

export async function logBatch(transport: Transport, runId: string, batch: LogBatch): Promise<void> {
  await transport.post(`${MLFLOW_API}/runs/log-batch`, {
    run_id: runId,
    metrics: batch.metrics.map((metric) => ({ ...metric, value: encodeNumber(metric.value) })),
    params: batch.params,
    tags: batch.tags,
  });
}

/** Every point of one metric of a run, following the pages to the last. */
export async function getMetricHistory(transport: Transport, runId: string, key: string): Promise<Metric[]> {
  const points: Metric[] = [];
  let pageToken: string | undefined;
  do {
    const answer = await transport.get<{ metrics?: WireMetric[]; next_page_token?: string }>(`${MLFLOW_API}/metrics/get-history`, {
      run_id: runId,
      metric_key: key,
      page_token: pageToken,
    });
    for (const metric of answer.metrics ?? []) points.push(decodeMetric(metric));
    pageToken = answer.next_page_token || undefined;
  } while (pageToken);
  return points;
}

/** MLflow's JSON may write int64s as strings and Phaselab writes NaN and infinities as strings. */
export function decodeMetric(metric: WireMetric): Metric {
  return {
    key: metric.key,
    value: decodeNumber(metric.value),
    timestamp: Number(metric.timestamp),
    step: Number(metric.step ?? 0),
  };
}
