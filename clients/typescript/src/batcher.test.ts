import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Batcher, fillsBatch, splitBatches } from './batcher.js';
import { PhaselabError } from './http.js';
import { LOG_BATCH_LIMITS } from './limits.js';
import type { LogBatch, Metric } from './types.js';

const metric = (i: number, key = 'loss'): Metric => ({ key, value: i, step: i, timestamp: 0 });

function pendingOf(metrics: number, params: number, tags: number): LogBatch {
  return {
    metrics: Array.from({ length: metrics }, (_, i) => metric(i)),
    params: Array.from({ length: params }, (_, i) => ({ key: `p${i}`, value: String(i) })),
    tags: Array.from({ length: tags }, (_, i) => ({ key: `t${i}`, value: String(i) })),
  };
}

function withinLimits(batch: LogBatch): boolean {
  const { metrics, params, tags } = batch;
  return (
    metrics.length <= LOG_BATCH_LIMITS.metrics &&
    params.length <= LOG_BATCH_LIMITS.params &&
    tags.length <= LOG_BATCH_LIMITS.tags &&
    metrics.length + params.length + tags.length <= LOG_BATCH_LIMITS.items
  );
}

describe('splitBatches', () => {
  it.each([
    [0, 0, 0],
    [1, 0, 0],
    [1000, 0, 0],
    [1001, 0, 0],
    [2500, 250, 150],
    [900, 100, 100],
    [0, 350, 0],
    [10, 0, 205],
  ])('cuts %i metrics, %i params and %i tags into requests within the limits, in order', (m, p, t) => {
    const pending = pendingOf(m, p, t);
    const batches = splitBatches(pending);
    expect(batches.every(withinLimits)).toBe(true);
    expect(batches.every((batch) => batch.metrics.length + batch.params.length + batch.tags.length > 0)).toBe(true);
    expect(batches.flatMap((batch) => batch.metrics)).toEqual(pending.metrics);
    expect(batches.flatMap((batch) => batch.params)).toEqual(pending.params);
    expect(batches.flatMap((batch) => batch.tags)).toEqual(pending.tags);
  });

  it('fills each request: 100 params and 100 tags leave room for 800 metrics', () => {
    const batches = splitBatches(pendingOf(2000, 100, 100));
    expect(batches.map((batch) => batch.metrics.length)).toEqual([800, 1000, 200]);
  });

  it('knows when one request is full', () => {
    expect(fillsBatch(pendingOf(999, 0, 0))).toBe(false);
    expect(fillsBatch(pendingOf(1000, 0, 0))).toBe(true);
    expect(fillsBatch(pendingOf(0, 100, 0))).toBe(true);
    expect(fillsBatch(pendingOf(0, 0, 100))).toBe(true);
    expect(fillsBatch(pendingOf(850, 99, 51))).toBe(true);
  });
});

describe('Batcher', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function recordingBatcher(send: (batch: LogBatch) => Promise<void> = async () => {}) {
    const sent: LogBatch[] = [];
    const errors: PhaselabError[] = [];
    const batcher = new Batcher({
      send: async (batch) => {
        sent.push(batch);
        await send(batch);
      },
      report: (error) => errors.push(error),
      intervalMs: 1000,
    });
    return { batcher, sent, errors };
  }

  it('sends what was logged within the interval, in one request', async () => {
    const { batcher, sent } = recordingBatcher();
    batcher.addMetric(metric(0));
    await vi.advanceTimersByTimeAsync(500);
    batcher.addParam({ key: 'lr', value: '0.1' });
    batcher.addTag({ key: 'model', value: 'mlp' });
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toEqual([{ metrics: [metric(0)], params: [{ key: 'lr', value: '0.1' }], tags: [{ key: 'model', value: 'mlp' }] }]);
  });

  it('sends at once when a request is full, without waiting for the interval', async () => {
    const { batcher, sent } = recordingBatcher();
    for (let i = 0; i < 1000; i++) batcher.addMetric(metric(i));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.metrics).toHaveLength(1000);
  });

  it('keeps one request in flight at a time, in the order logged', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const { batcher, sent } = recordingBatcher(async () => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 700));
      inFlight--;
    });
    for (let i = 0; i < 5000; i++) {
      batcher.addMetric(metric(i));
      if (i % 400 === 0) await vi.advanceTimersByTimeAsync(300);
    }
    const flushed = batcher.flush();
    await vi.runAllTimersAsync();
    await flushed;
    expect(mostInFlight).toBe(1);
    expect(sent.every(withinLimits)).toBe(true);
    expect(sent.flatMap((batch) => batch.metrics.map((m) => m.step))).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });

  it('keeps the last value of a point logged twice at the same step, and of a tag set twice', async () => {
    const { batcher, sent } = recordingBatcher();
    batcher.addMetric({ key: 'loss', value: 1, step: 3, timestamp: 0 });
    batcher.addMetric({ key: 'acc', value: 0.5, step: 3, timestamp: 0 });
    batcher.addMetric({ key: 'loss', value: 2, step: 3, timestamp: 1 });
    batcher.addTag({ key: 'phase', value: 'fitting' });
    batcher.addTag({ key: 'phase', value: 'memorization' });
    await batcher.flush();
    expect(sent[0]!.metrics).toEqual([
      { key: 'loss', value: 2, step: 3, timestamp: 1 },
      { key: 'acc', value: 0.5, step: 3, timestamp: 0 },
    ]);
    expect(sent[0]!.tags).toEqual([{ key: 'phase', value: 'memorization' }]);
  });

  it('reports a failed request and goes on with the next ones', async () => {
    let calls = 0;
    const { batcher, sent, errors } = recordingBatcher(async () => {
      if (calls++ === 0) throw new PhaselabError('INTERNAL_ERROR', 'down', 500);
    });
    batcher.addMetric(metric(0));
    await batcher.flush();
    batcher.addMetric(metric(1));
    await batcher.flush();
    expect(sent).toHaveLength(2);
    expect(errors.map((error) => error.errorCode)).toEqual(['INTERNAL_ERROR']);
  });

  it('has nothing to send on flush when nothing was logged', async () => {
    const { batcher, sent } = recordingBatcher();
    await batcher.flush();
    expect(sent).toHaveLength(0);
  });
});
