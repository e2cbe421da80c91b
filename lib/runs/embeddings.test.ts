import { describe, expect, it } from 'vitest';
import { nearestValues } from './embeddings';

describe('nearest values by embedding', () => {
  it('ranks the other values by cosine similarity and answers null for a value it does not know', () => {
    const values = ['games_1', 'games_2', 'finance_1', 'finance_2'];
    const vectors = [
      [1, 0.1],
      [0.9, 0.2],
      [-0.1, 1],
      [0, 2],
    ];
    const near = nearestValues(values, vectors, 'finance_1', 2)!;
    expect(near.map((n) => n.value)).toEqual(['finance_2', 'games_2']);
    expect(near[0]!.similarity).toBeCloseTo(1 / Math.sqrt(1.01), 6);
    expect(nearestValues(values, vectors, 'news_1', 3)).toBeNull();
  });
});
