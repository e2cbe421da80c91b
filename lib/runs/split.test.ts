import { describe, expect, it } from 'vitest';
import { SPLIT, splitConfig, stratifiedSplit } from './split';

const config = splitConfig.parse({});

describe('stratified split', () => {
  it('keeps each label’s proportion in every split', () => {
    const labels = [...Array(800).fill('ham'), ...Array(200).fill('spam')];
    const codes = stratifiedSplit(labels, config);
    const count = (label: string, split: number) => labels.filter((l, i) => l === label && codes[i] === split).length;
    expect([count('ham', SPLIT.train), count('ham', SPLIT.validation), count('ham', SPLIT.test)]).toEqual([640, 80, 80]);
    expect([count('spam', SPLIT.train), count('spam', SPLIT.validation), count('spam', SPLIT.test)]).toEqual([160, 20, 20]);
  });

  it('gives the same split for the same seed and a different one for another seed', () => {
    const labels = Array.from({ length: 300 }, (_, i) => String(i % 3));
    expect(stratifiedSplit(labels, config)).toEqual(stratifiedSplit(labels, config));
    expect(stratifiedSplit(labels, { ...config, seed: 7 })).not.toEqual(stratifiedSplit(labels, config));
  });

  it('hands out rounding remainders so that every row lands somewhere and totals match', () => {
    const labels = Array.from({ length: 7 }, () => 'a');
    const codes = stratifiedSplit(labels, splitConfig.parse({ train: 0.5, validation: 0.25, test: 0.25 }));
    const sizes = [SPLIT.train, SPLIT.validation, SPLIT.test].map((split) => codes.filter((c) => c === split).length);
    // 3.5 / 1.75 / 1.75: the two largest remainders (0.75) win the two leftover rows.
    expect(sizes).toEqual([3, 2, 2]);
  });

  it('puts a row of a rare class in every split once it has three', () => {
    const labels = [...Array(90).fill('common'), ...Array(3).fill('rare'), ...Array(5).fill('scarce'), 'single'];
    const codes = stratifiedSplit(labels, config);
    const sizes = (label: string) =>
      [SPLIT.train, SPLIT.validation, SPLIT.test].map((split) => labels.filter((l, i) => l === label && codes[i] === split).length);
    expect(sizes('rare')).toEqual([1, 1, 1]);
    expect(sizes('scarce')).toEqual([3, 1, 1]);
    expect(sizes('single')).toEqual([1, 0, 0]);
    expect(sizes('common')).toEqual([72, 9, 9]);
  });

  it('refuses fractions that do not add up to one', () => {
    expect(splitConfig.safeParse({ train: 0.8, validation: 0.3, test: 0.1 }).success).toBe(false);
  });
});
