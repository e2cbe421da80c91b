/**
 * Each training example's loss and prediction at the end of an epoch, as the worker (or an outside run, through the
 * tracking API) stores them, one record per epoch: the ranking of suspected label errors reads them over epochs
 * (labelErrorRanking.ts). Bytes: a JSON header, then rows (int32), losses (float32), predictions (int32), and from
 * format 2 the labels the model was trained with (int32) and margins (float32: the given label's probability minus
 * the highest other's; NaN where the model gives no probabilities).
 */
export interface TrainingLosses {
  epoch: number;
  classes: string[];
  rows: Int32Array;
  losses: Float32Array;
  predictions: Int32Array;
  /** The label each row was trained with; absent in records of format 1. */
  labels?: Int32Array;
  margins?: Float32Array;
}

export function encodeTrainingLosses(value: TrainingLosses): Buffer {
  const count = value.rows.length;
  const header = Buffer.from(JSON.stringify({ format: 2, epoch: value.epoch, classes: value.classes, count }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const bytes = (a: Int32Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const labels = value.labels ?? new Int32Array(count).fill(-1);
  const margins = value.margins ?? new Float32Array(count).fill(Number.NaN);
  return Buffer.concat([length, header, bytes(value.rows), bytes(value.losses), bytes(value.predictions), bytes(labels), bytes(margins)]);
}

export function decodeTrainingLosses(data: Buffer): TrainingLosses {
  const headerLength = data.readUInt32LE(0);
  const header = JSON.parse(data.subarray(4, 4 + headerLength).toString()) as {
    format?: number;
    epoch: number;
    classes: string[];
    count: number;
  };
  const { epoch, classes, count } = header;
  const start = 4 + headerLength;
  const copy = (offset: number) => new Uint8Array(data.subarray(start + offset * count * 4, start + (offset + 1) * count * 4)).buffer;
  const value: TrainingLosses = {
    epoch,
    classes,
    rows: new Int32Array(copy(0)),
    losses: new Float32Array(copy(1)),
    predictions: new Int32Array(copy(2)),
  };
  if (header.format !== 2) return value;
  const labels = new Int32Array(copy(3));
  const margins = new Float32Array(copy(4));
  return { ...value, ...(labels.some((l) => l >= 0) && { labels }), ...(margins.some((m) => !Number.isNaN(m)) && { margins }) };
}

/** The artifact holding one epoch's record. */
export const trainingLossesArtifact = (epoch: number) => `training-losses-${epoch}`;
/** Where runs before per-epoch records kept their latest epoch's. */
export const LATEST_TRAINING_LOSSES = 'training-losses';

/** The positions (into `losses`) of the k highest losses, highest first. */
export function highestLosses(losses: Float32Array, k: number): number[] {
  return Array.from(losses.keys())
    .sort((a, b) => losses[b]! - losses[a]! || a - b)
    .slice(0, k);
}

/**
 * How well "the k highest losses" finds the injected label errors, with k = the number of noisy examples: precision
 * and recall are then equal, and so is F1.
 */
export function detectionScore(rows: Int32Array, losses: Float32Array, noisyRows: ReadonlySet<number>): number {
  if (noisyRows.size === 0) return 0;
  const found = highestLosses(losses, noisyRows.size).filter((i) => noisyRows.has(rows[i]!)).length;
  return found / noisyRows.size;
}
