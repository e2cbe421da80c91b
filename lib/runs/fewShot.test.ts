import { describe, expect, it } from 'vitest';
import { keepFewShot } from './fewShot';

describe('few-shot training sets', () => {
  it('keep k rows of each chosen class, drawn by seed, and every row without one', () => {
    const classes = (row: number) => (row % 10 === 0 ? ['MISC', 'PER'] : row % 3 === 0 ? ['MISC'] : ['PER']);
    const rows = Array.from({ length: 200 }, (_, i) => i);
    const kept = keepFewShot(rows, classes, { classes: ['MISC'], k: 7, seed: 1 });
    expect(kept.filter((row) => classes(row).includes('MISC'))).toHaveLength(7);
    expect(kept.filter((row) => !classes(row).includes('MISC'))).toEqual(rows.filter((row) => !classes(row).includes('MISC')));
    expect(keepFewShot(rows, classes, { classes: ['MISC'], k: 7, seed: 2 })).not.toEqual(kept);
  });
});
