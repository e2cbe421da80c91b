import { PhaselabError } from './http.js';
import { LOG_BATCH_LIMITS, type LogBatchLimits } from './limits.js';
import type { LogBatch, Metric, Param, RunTag } from './types.js';

/** Cuts what is pending into `runs/log-batch` requests within the limits, in the order it was logged. */
export function splitBatches(pending: LogBatch, limits: LogBatchLimits = LOG_BATCH_LIMITS): LogBatch[] {
  const batches: LogBatch[] = [];
  let metrics = 0;
  let params = 0;
  let tags = 0;
  while (metrics < pending.metrics.length || params < pending.params.length || tags < pending.tags.length) {
    const batchParams = pending.params.slice(params, params + limits.params);
    const batchTags = pending.tags.slice(tags, tags + limits.tags);
    const room = Math.min(limits.metrics, limits.items - batchParams.length - batchTags.length);
    const batchMetrics = pending.metrics.slice(metrics, metrics + room);
    batches.push({ metrics: batchMetrics, params: batchParams, tags: batchTags });
    metrics += batchMetrics.length;
    params += batchParams.length;
    tags += batchTags.length;
  }
  return batches;
}

/** True when what is pending fills at least one whole request, so waiting longer gains nothing. */
export function fillsBatch(pending: LogBatch, limits: LogBatchLimits = LOG_BATCH_LIMITS): boolean {
  const { metrics, params, tags } = pending;
  return (
    metrics.length >= limits.metrics ||
    params.length >= limits.params ||
    tags.length >= limits.tags ||
    metrics.length + params.length + tags.length >= limits.items
  );
}

/**
 * What was logged since the last send. A point logged again at the same key and step, or a tag set again,
 * replaces the pending one in place: the server would keep only the last, and one request should not name a
 * row twice.
 */
class PendingLog implements LogBatch {
  readonly metrics: Metric[] = [];
  readonly params: Param[] = [];
  readonly tags: RunTag[] = [];
  private readonly metricAt = new Map<string, number>();
  private readonly tagAt = new Map<string, number>();

  addMetric(metric: Metric): void {
    replaceOrPush(this.metrics, this.metricAt, `${metric.step}\u0000${metric.key}`, metric);
  }

  addTag(tag: RunTag): void {
    replaceOrPush(this.tags, this.tagAt, tag.key, tag);
  }

  get size(): number {
    return this.metrics.length + this.params.length + this.tags.length;
  }
}

function replaceOrPush<T>(items: T[], indexOf: Map<string, number>, key: string, item: T): void {
  const index = indexOf.get(key);
  if (index === undefined) indexOf.set(key, items.push(item) - 1);
  else items[index] = item;
}

export interface BatcherOptions {
  /** Sends one request; it retries on its own, so a rejection is final. */
  send: (batch: LogBatch) => Promise<void>;
  /** Must not throw: it is called from timers, away from the training code. */
  report: (error: PhaselabError) => void;
  /** Longest a logged item waits before it is sent. */
  intervalMs: number;
  limits?: LogBatchLimits;
}

/**
 * Buffers a run's metrics, params and tags and sends them in the background: when a request's worth is pending,
 * else at most `intervalMs` after the first pending item; one request in flight at a time, in the order logged.
 */
export class Batcher {
  private readonly options: BatcherOptions;
  private pending = new PendingLog();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The sends queued so far; it never rejects, so each new send can be chained after it. */
  private chain: Promise<void> = Promise.resolve();
  private sendQueued = false;

  constructor(options: BatcherOptions) {
    this.options = options;
  }

  addMetric(metric: Metric): void {
    this.pending.addMetric(metric);
    this.scheduleSend();
  }

  addParam(param: Param): void {
    this.pending.params.push(param);
    this.scheduleSend();
  }

  addTag(tag: RunTag): void {
    this.pending.addTag(tag);
    this.scheduleSend();
  }

  /** Resolves once everything logged before the call was sent or reported as failed. */
  flush(): Promise<void> {
    return this.queueSend();
  }

  private scheduleSend(): void {
    if (fillsBatch(this.pending, this.options.limits)) this.queueSend();
    else if (!this.sendQueued) this.timer ??= setTimeout(() => this.queueSend(), this.options.intervalMs);
  }

  private queueSend(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.sendQueued) {
      this.sendQueued = true;
      this.chain = this.chain.then(() => this.sendPending());
    }
    return this.chain;
  }

  private async sendPending(): Promise<void> {
    this.sendQueued = false;
    const pending = this.pending;
    if (pending.size === 0) return;
    this.pending = new PendingLog();
    for (const batch of splitBatches(pending, this.options.limits)) {
      try {
        await this.options.send(batch);
      } catch (error) {
        this.options.report(
          error instanceof PhaselabError ? error : new PhaselabError('INTERNAL_ERROR', String(error), 0, { cause: error }),
        );
      }
    }
  }
}
