/**
 * How models and checkpoints are stored: a 4-byte little-endian header length, a JSON header (`extra`: what the
 * trainer needs to rebuild the model; `tensors`: name, shape, dtype, length), then each tensor's raw little-endian
 * values in header order. Pure: the workers write and read it, the server reads headers.
 */

export interface StoredTensor {
  name: string;
  shape: number[];
  values: Float32Array | Int32Array;
}

/**
 * Named tensors to bytes and back: a JSON header (names, shapes, dtypes, extra fields), then the raw 4-byte values.
 * Dtypes are kept so that integer state (Adam's step counter) comes back exactly.
 */
export function packTensors(tensors: StoredTensor[], extra: object = {}): Buffer {
  const entries = tensors.map(({ name, shape, values }) => ({
    name,
    shape,
    length: values.length,
    dtype: values instanceof Int32Array ? 'int32' : 'float32',
  }));
  const header = Buffer.from(JSON.stringify({ extra, tensors: entries }));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  return Buffer.concat([size, header, ...tensors.map((t) => Buffer.from(t.values.buffer, t.values.byteOffset, t.values.byteLength))]);
}

interface Header {
  extra: Record<string, unknown>;
  tensors: { name: string; shape: number[]; length: number; dtype?: 'int32' | 'float32' }[];
}

/** The header alone (what a stored model is, its vocabulary…), without reading the values. */
export function readHeader(state: Buffer): Header {
  return JSON.parse(state.subarray(4, 4 + state.readUInt32LE(0)).toString()) as Header;
}

export function unpackTensors(state: Buffer): { extra: Record<string, unknown>; tensors: StoredTensor[] } {
  const headerLength = state.readUInt32LE(0);
  const header = readHeader(state);
  let offset = 4 + headerLength;
  const tensors = header.tensors.map((t) => {
    const bytes = state.buffer.slice(state.byteOffset + offset, state.byteOffset + offset + t.length * 4);
    offset += t.length * 4;
    return { name: t.name, shape: t.shape, values: t.dtype === 'int32' ? new Int32Array(bytes) : new Float32Array(bytes) };
  });
  return { extra: header.extra, tensors };
}
