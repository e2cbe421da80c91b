import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of randomness: the same seed gives the same sample, on any machine. */
export function seededRandom(seed: number) {
  const rng = xoroshiro128plus(seed);
  const random = {
    float: () => uniformFloat64(rng),
    int: (from: number, to: number) => uniformInt(rng, from, to),
    chance: (p: number) => uniformFloat64(rng) < p,
    pick: <T>(items: readonly T[]): T => items[uniformInt(rng, 0, items.length - 1)]!,
    /** k distinct items. */
    sample: <T>(items: readonly T[], k: number): T[] => {
      const pool = [...items];
      for (let i = 0; i < k; i++) {
        const j = uniformInt(rng, i, pool.length - 1);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      return pool.slice(0, k);
    },
  };
  return random;
}

export type Random = ReturnType<typeof seededRandom>;
