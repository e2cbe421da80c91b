export type EncodedNumber = number | 'NaN' | 'Infinity' | '-Infinity';

/** JSON has no NaN or infinities (JSON.stringify writes null), so the tracking API takes them as strings. */
export function encodeNumber(value: number): EncodedNumber {
  if (Number.isFinite(value)) return value;
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}

/** Reads a number as the API may write it: a number, one of the strings above, or null where a NaN lost its way. */
export function decodeNumber(value: number | string | null | undefined): number {
  if (value === null || value === undefined) return NaN;
  return typeof value === 'number' ? value : Number(value);
}

/**
 * The binary body of `runs/examples/log-epoch`: n float32 losses then n int32 predictions, written through a
 * DataView so they are little-endian whatever the machine's own byte order.
 */
export function encodeExampleEpoch(losses: ArrayLike<number>, predictions: ArrayLike<number>): ArrayBuffer {
  const n = losses.length;
  const body = new ArrayBuffer(8 * n);
  const view = new DataView(body);
  for (let i = 0; i < n; i++) view.setFloat32(4 * i, losses[i], true);
  for (let i = 0; i < n; i++) view.setInt32(4 * (n + i), predictions[i], true);
  return body;
}
