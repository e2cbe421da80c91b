import { describe, expect, it } from 'vitest';
import { decodeNumber, encodeExampleEpoch, encodeNumber } from './encoding.js';

describe('numbers in JSON', () => {
  it('writes NaN and the infinities as strings, which JSON.stringify would turn into null', () => {
    const values = [1.5, 0, -2, NaN, Infinity, -Infinity].map(encodeNumber);
    expect(JSON.stringify(values)).toBe('[1.5,0,-2,"NaN","Infinity","-Infinity"]');
  });

  it('reads back what it writes, int64s written as strings, and a null as NaN', () => {
    for (const value of [1.5, 0, -2, Infinity, -Infinity]) expect(decodeNumber(encodeNumber(value))).toBe(value);
    expect(decodeNumber(encodeNumber(NaN))).toBeNaN();
    expect(decodeNumber('9007199254740991')).toBe(2 ** 53 - 1);
    expect(decodeNumber(null)).toBeNaN();
  });
});

describe('the binary body of log-epoch', () => {
  it('holds n little-endian float32 losses, then n little-endian int32 predictions', () => {
    const losses = new Float32Array([0.25, 2.5, NaN]);
    const body = encodeExampleEpoch(losses, [0, 1, -7]);
    expect(body.byteLength).toBe(8 * 3);
    const view = new DataView(body);
    expect([0, 1, 2].map((i) => view.getFloat32(4 * i, true))).toEqual([0.25, 2.5, NaN]);
    expect([0, 1, 2].map((i) => view.getInt32(12 + 4 * i, true))).toEqual([0, 1, -7]);
  });

  it('is little-endian byte for byte', () => {
    const bytes = new Uint8Array(encodeExampleEpoch([1], [0x01020304]));
    expect([...bytes]).toEqual([0x00, 0x00, 0x80, 0x3f, 0x04, 0x03, 0x02, 0x01]);
  });

  it('rounds plain numbers to float32 as Float32Array does', () => {
    const view = new DataView(encodeExampleEpoch([0.1], [2]));
    expect(view.getFloat32(0, true)).toBe(Math.fround(0.1));
  });
});
