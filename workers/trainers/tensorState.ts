import type { Tensor } from '@tensorflow/tfjs';

/** Named float tensors to bytes and back: a JSON header (names, shapes, extra fields), then the raw float32 data. */
export function packTensors(tensors: { name: string; values: Float32Array; shape: number[] }[], extra: object = {}): Buffer {
  const header = Buffer.from(JSON.stringify({ extra, tensors: tensors.map(({ name, shape, values }) => ({ name, shape, length: values.length })) }));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  return Buffer.concat([size, header, ...tensors.map((t) => Buffer.from(t.values.buffer, t.values.byteOffset, t.values.byteLength))]);
}

export function unpackTensors(state: Buffer): { extra: Record<string, unknown>; tensors: Map<string, { values: Float32Array; shape: number[] }> } {
  const headerLength = state.readUInt32LE(0);
  const header = JSON.parse(state.subarray(4, 4 + headerLength).toString()) as { extra: Record<string, unknown>; tensors: { name: string; shape: number[]; length: number }[] };
  const tensors = new Map<string, { values: Float32Array; shape: number[] }>();
  let offset = 4 + headerLength;
  for (const t of header.tensors) {
    const bytes = state.subarray(offset, offset + t.length * 4);
    tensors.set(t.name, { values: new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)), shape: t.shape });
    offset += t.length * 4;
  }
  return { extra: header.extra, tensors };
}

export async function tensorValues(tensor: Tensor) {
  return { values: (await tensor.data()) as Float32Array, shape: tensor.shape as number[] };
}
