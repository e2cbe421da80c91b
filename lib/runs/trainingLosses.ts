/**
 * Each training example's loss and prediction at the end of an epoch, as the worker stores them for the run page:
 * the examples a model finds hardest are the likeliest to be mislabelled (Tänzer et al. rank by loss, taking as
 * many as there are noisy examples). Bytes: a JSON header, then rows (int32), losses (float32), predictions (int32).
 */
export interface TrainingLosses {
  epoch: number;
  classes: string[];
  rows: Int32Array;
  losses: Float32Array;
  predictions: Int32Array;
}

export function encodeTrainingLosses(value: TrainingLosses): Buffer {
  const header = Buffer.from(JSON.stringify({ epoch: value.epoch, classes: value.classes, count: value.rows.length }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const bytes = (a: Int32Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([length, header, bytes(value.rows), bytes(value.losses), bytes(value.predictions)]);
}

export function decodeTrainingLosses(data: Buffer): TrainingLosses {
  const headerLength = data.readUInt32LE(0);
  const { epoch, classes, count } = JSON.parse(data.subarray(4, 4 + headerLength).toString()) as { epoch: number; classes: string[]; count: number };
  const start = 4 + headerLength;
  const copy = (offset: number) => new Uint8Array(data.subarray(start + offset * count * 4, start + (offset + 1) * count * 4)).buffer;
  return { epoch, classes, rows: new Int32Array(copy(0)), losses: new Float32Array(copy(1)), predictions: new Int32Array(copy(2)) };
}

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
