import { describe, expect, it } from 'vitest';
import { packTexts, unpackTexts } from './packed';

describe('packed texts', () => {
  it('round-trips texts of every width, empty and missing ones apart', () => {
    const texts = ['plain', '', null, 'ünïcødé', '表情 😀', 'with \u0000 a NUL', null];
    expect(unpackTexts(packTexts(texts))).toEqual(texts);
    expect(unpackTexts(packTexts([]))).toEqual([]);
  });
});
