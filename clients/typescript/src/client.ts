import { PhaselabError, Transport } from './http.js';
import * as mlflow from './mlflow.js';
import { Run } from './run.js';
import type { LogBatch, Metric, RunDetails } from './types.js';

export interface PhaselabOptions {
  /** Defaults to PHASELAB_TRACKING_URI, then MLFLOW_TRACKING_URI, then http://localhost:3000/api/mlflow. */
  trackingUri?: string;
  /** An API token; defaults to PHASELAB_TOKEN, then MLFLOW_TRACKING_TOKEN. */
  token?: string;
  /** Where background logging failures go; defaults to console.warn. */
  onError?: (error: PhaselabError) => void;
  /** Longest a logged metric, param or tag waits before it is sent (default 1000 ms). */
  flushIntervalMs?: number;
  /** Further tries after a 5xx answer or a network error (default 5), the first after about retryDelayMs (500). */
  retries?: number;
  retryDelayMs?: number;
  /** How long one try may take before it counts as a network error (default 60,000 ms). */
  timeoutMs?: number;
  /** Replaces the global fetch, e.g. to go through a proxy. */
  fetch?: typeof globalThis.fetch;
}

export interface StartRunOptions {
  name?: string;
  /** Defaults to the experiment of the last `setExperiment`, else "0", the team's Default experiment. */
  experimentId?: string;
  tags?: Record<string, string>;
  /** Overrides the client's `onError` for this run. */
  onError?: (error: PhaselabError) => void;
}

export const DEFAULT_TRACKING_URI = 'http://localhost:3000/api/mlflow';

const DEFAULT_EXPERIMENT_ID = '0';

/** A client of one Phaselab team, acting with its API token's role. */
export class Phaselab {
  readonly trackingUri: string;
  private readonly transport: Transport;
  private readonly onError: (error: PhaselabError) => void;
  private readonly flushIntervalMs: number;
  private experimentId: string | undefined;

  constructor(options: PhaselabOptions = {}) {
    const env = process.env;
    this.trackingUri = options.trackingUri ?? env.PHASELAB_TRACKING_URI ?? env.MLFLOW_TRACKING_URI ?? DEFAULT_TRACKING_URI;
    this.transport = new Transport({
      trackingUri: this.trackingUri,
      token: options.token ?? env.PHASELAB_TOKEN ?? env.MLFLOW_TRACKING_TOKEN,
      retries: options.retries ?? 5,
      retryDelayMs: options.retryDelayMs ?? 500,
      timeoutMs: options.timeoutMs ?? 60_000,
      fetch: options.fetch ?? globalThis.fetch,
    });
    this.onError = options.onError ?? ((error) => console.warn(`[phaselab] ${error.errorCode}: ${error.message}`));
    this.flushIntervalMs = options.flushIntervalMs ?? 1000;
  }

  /** The id of the team's experiment of that name, created when missing; later runs start in it. */
  async setExperiment(name: string): Promise<string> {
    this.experimentId = await this.experimentIdOf(name);
    return this.experimentId;
  }

  async startRun(options: StartRunOptions = {}): Promise<Run> {
    const experimentId = options.experimentId ?? this.experimentId ?? DEFAULT_EXPERIMENT_ID;
    const info = await mlflow.createRun(this.transport, experimentId, options.name, options.tags ?? {});
    return new Run({
      transport: this.transport,
      info,
      onError: options.onError ?? this.onError,
      flushIntervalMs: this.flushIntervalMs,
    });
  }

  getRun(runId: string): Promise<RunDetails> {
    return mlflow.getRun(this.transport, runId);
  }

  /** Every point logged for one metric of a run, across all pages. */
  getMetricHistory(runId: string, key: string): Promise<Metric[]> {
    return mlflow.getMetricHistory(this.transport, runId, key);
  }

  /** Sends one `runs/log-batch` request now, unbuffered; it throws what the server refuses. */
  logBatch(runId: string, batch: Partial<LogBatch>): Promise<void> {
    const { metrics = [], params = [], tags = [] } = batch;
    return mlflow.logBatch(this.transport, runId, { metrics, params, tags });
  }

  /** Runs a GraphQL operation against the same Phaselab, with the same token. */
  graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.transport.graphql<T>(query, variables);
  }

  private async experimentIdOf(name: string): Promise<string> {
    try {
      return await mlflow.getExperimentIdByName(this.transport, name);
    } catch (error) {
      if (!(error instanceof PhaselabError) || error.errorCode !== 'RESOURCE_DOES_NOT_EXIST') throw error;
    }
    try {
      return await mlflow.createExperiment(this.transport, name);
    } catch (error) {
      // Another script may have created it since it was looked up.
      if (!(error instanceof PhaselabError) || error.errorCode !== 'RESOURCE_ALREADY_EXISTS') throw error;
      return mlflow.getExperimentIdByName(this.transport, name);
    }
  }
}
