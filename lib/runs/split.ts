import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { z } from 'zod';

export const SPLIT = { train: 0, validation: 1, test: 2 } as const;

export const splitConfig = z
  .object({
    train: z.number().min(0).max(1).default(0.8),
    validation: z.number().min(0).max(1).default(0.1),
    test: z.number().min(0).max(1).default(0.1),
    seed: z.number().int().default(42),
  })
  .refine((s) => Math.abs(s.train + s.validation + s.test - 1) < 1e-9, { message: 'the split fractions must add up to 1' })
  .refine((s) => s.train > 0, { message: 'the training split cannot be empty', path: ['train'] });
export type SplitConfig = z.output<typeof splitConfig>;

/**
 * Assigns each row to train (0), validation (1) or test (2). Rows sharing a stratum (a label) are split together, so
 * each split keeps the label proportions; within a stratum the order is a seeded shuffle, and each split gets its
 * share by largest remainder (ties broken by the same seed). A stratum of three rows or more puts at least one row
 * in every split whose fraction is above zero, so that rare classes are also evaluated.
 */
export function stratifiedSplit(labels: ArrayLike<string | number | null>, config: SplitConfig): Uint8Array {
  const codes = new Uint8Array(labels.length);
  const strata = new Map<string | number | null, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const rows = strata.get(labels[i]!);
    if (rows) rows.push(i);
    else strata.set(labels[i]!, [i]);
  }
  const rng = xoroshiro128plus(config.seed);
  const fractions = [config.train, config.validation, config.test];
  for (const key of [...strata.keys()].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))) {
    const rows = strata.get(key)!;
    for (let i = rows.length - 1; i > 0; i--) {
      const j = uniformInt(rng, 0, i);
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    const [nTrain, nValidation] = apportion(rows.length, fractions, () => uniformInt(rng, 0, 1 << 30));
    rows.forEach((row, i) => (codes[row] = i < nTrain! ? SPLIT.train : i < nTrain! + nValidation! ? SPLIT.validation : SPLIT.test));
  }
  return codes;
}

/** Largest-remainder apportionment of n items to the given fractions, with at least one item per used share. */
function apportion(n: number, fractions: number[], tieBreak: () => number): number[] {
  const exact = fractions.map((f) => f * n);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x), tie: tieBreak() }))
    .sort((a, b) => b.remainder - a.remainder || a.tie - b.tie);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  const used = fractions.filter((f) => f > 0).length;
  if (n >= used) {
    for (let i = 0; i < counts.length; i++) {
      if (fractions[i]! === 0 || counts[i]! > 0) continue;
      counts[counts.indexOf(Math.max(...counts))]!--;
      counts[i] = 1;
    }
  }
  return counts;
}

/**
 * The stratum of each row, as a small integer: its class for classification; for token classification its rarest
 * entity type, so that types with a handful of mentions are spread over the splits like the classes are.
 */
export class StrataRecorder {
  private ids = new Map<string, number>();
  /** Token classification: each distinct set of entity types in a sentence, interned. */
  private typeSets = new Map<string, number[]>();
  private typeSetIds = new Map<string, number>();
  private values = new Int32Array(1024);
  private length = 0;
  private entityCounts: number[] = [];

  constructor(private byRarestEntity: boolean) {}

  private id(key: string, ids = this.ids): number {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  }

  add(label: string | readonly string[] | null) {
    let value = -1;
    if (this.byRarestEntity && Array.isArray(label)) {
      const types = [...new Set(label.filter((t) => t !== 'O').map((t) => this.id(t.slice(2))))].sort((a, b) => a - b);
      for (const t of types) this.entityCounts[t] = (this.entityCounts[t] ?? 0) + 1;
      const key = types.join(',');
      this.typeSets.set(key, types);
      value = this.id(key, this.typeSetIds);
    } else if (typeof label === 'string') {
      value = this.id(label);
    }
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  finish(): Int32Array {
    const values = this.values.subarray(0, this.length);
    if (!this.byRarestEntity) return values;
    const rarest = new Map<number, number>();
    for (const [key, types] of this.typeSets) {
      const pick = types.length === 0 ? -1 : types.reduce((r, t) => (this.entityCounts[t]! < this.entityCounts[r]! ? t : r));
      rarest.set(this.typeSetIds.get(key)!, pick);
    }
    return values.map((set) => rarest.get(set) ?? -1);
  }
}
