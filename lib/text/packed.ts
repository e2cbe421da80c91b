/**
 * A column of texts as UTF-8 bytes and offsets in shared memory: handed to a worker thread, it crosses without a copy
 * (structured cloning 200,000 strings would hold the sender's event loop for tens of milliseconds). Pure.
 */
export interface PackedTexts {
  /** The texts' UTF-8 bytes, one after another. */
  bytes: SharedArrayBuffer;
  /** Int32: text i is bytes[offsets[i], offsets[i + 1]); a missing text is marked by `missing`. */
  offsets: SharedArrayBuffer;
  /** Uint8: 1 where the text is missing (null), so that a missing text and an empty one stay apart. */
  missing: SharedArrayBuffer;
  count: number;
}

export function packTexts(texts: readonly (string | null)[]): PackedTexts {
  const lengths = texts.map((t) => (t === null ? 0 : Buffer.byteLength(t)));
  const bytes = new SharedArrayBuffer(lengths.reduce((sum, n) => sum + n, 0));
  const offsets = new SharedArrayBuffer(4 * (texts.length + 1));
  const missing = new SharedArrayBuffer(texts.length);
  const [data, at, absent] = [Buffer.from(bytes), new Int32Array(offsets), new Uint8Array(missing)];
  texts.forEach((text, i) => {
    at[i + 1] = at[i]! + lengths[i]!;
    if (text === null) absent[i] = 1;
    else data.write(text, at[i]!, 'utf8');
  });
  return { bytes, offsets, missing, count: texts.length };
}

export function unpackTexts(packed: PackedTexts): (string | null)[] {
  const [data, at, absent] = [Buffer.from(packed.bytes), new Int32Array(packed.offsets), new Uint8Array(packed.missing)];
  return Array.from({ length: packed.count }, (_, i) => (absent[i] ? null : data.toString('utf8', at[i], at[i + 1])));
}

/** The memory a packed column holds, for a cache's budget. */
export const packedSize = (packed: PackedTexts) => packed.bytes.byteLength + packed.offsets.byteLength + packed.missing.byteLength;
