import { createHash } from 'node:crypto';
import type { Cell } from './parse';
import type { DatasetSchema } from './schema';

/** Distinct values are counted exactly up to this many per column, then reported as "at least". */
const DISTINCT_CAP = 10_000;
const TOP = 10;
/** Longer values are counted by their hash and shown cut, so that text columns stay small in memory and in JSON. */
const KEY_CHARS = 200;

export interface ColumnStats {
  name: string;
  type: string;
  missing: number;
  distinct: number;
  distinctCapped: boolean;
  min?: number;
  max?: number;
  mean?: number;
  top?: { value: string; count: number }[];
}

export interface TokenStats {
  count: number;
  tagScheme: 'IOB1' | 'IOB2' | 'BIOES';
  entities: Record<string, number>;
}

export interface DatasetStats {
  rows: number;
  columns: ColumnStats[];
  labelDistribution: Record<string, number>;
  /** Token classification only. */
  tokens?: TokenStats;
}

class ColumnAccumulator {
  private missing = 0;
  private counts = new Map<string, number>();
  /** A long value's hash → the value cut to KEY_CHARS, for showing it among the top values. */
  private shown = new Map<string, string>();
  private capped = false;
  private numeric = { n: 0, sum: 0, min: Infinity, max: -Infinity };

  constructor(
    private name: string,
    private type: string,
  ) {}

  add(cell: Cell) {
    if (cell === null) return void this.missing++;
    for (const value of Array.isArray(cell) ? cell : [cell]) {
      const key = value.length <= KEY_CHARS ? value : this.longKey(value);
      const seen = this.counts.get(key);
      if (seen !== undefined) this.counts.set(key, seen + 1);
      else if (this.counts.size < DISTINCT_CAP) this.counts.set(key, 1);
      else this.capped = true;
      if (this.type === 'numeric') {
        const x = Number(value);
        this.numeric.n++;
        this.numeric.sum += x;
        if (x < this.numeric.min) this.numeric.min = x;
        if (x > this.numeric.max) this.numeric.max = x;
      }
    }
  }

  private longKey(value: string): string {
    const key = `\u0000${createHash('sha1').update(value).digest('base64')}`;
    if (!this.shown.has(key) && this.shown.size < DISTINCT_CAP) this.shown.set(key, `${value.slice(0, KEY_CHARS)}…`);
    return key;
  }

  result(): ColumnStats {
    const base = { name: this.name, type: this.type, missing: this.missing, distinct: this.counts.size, distinctCapped: this.capped };
    if (this.type === 'numeric' && this.numeric.n > 0) {
      return { ...base, min: this.numeric.min, max: this.numeric.max, mean: this.numeric.sum / this.numeric.n };
    }
    const top = [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([key, count]) => ({ value: this.shown.get(key) ?? key, count }));
    return { ...base, top };
  }
}

/** Statistics gathered row by row in bounded memory, however large the file. */
export function statsAccumulator(schema: DatasetSchema) {
  const columns = schema.columns.map((c) => new ColumnAccumulator(c.name, c.type));
  const labels = new Map<string, number>();
  const entities = new Map<string, number>();
  const scheme = { sawSE: false, sawIOpening: false };
  let rows = 0;
  let tokens = 0;

  return {
    add(row: Cell[]) {
      rows++;
      row.forEach((cell, i) => columns[i]!.add(cell));
      const label = schema.labelColumn ? row[schema.columns.findIndex((c) => c.name === schema.labelColumn)] : null;
      if (schema.taskType === 'token_classification' && Array.isArray(label)) {
        tokens += label.length;
        label.forEach((tag, i) => {
          const [prefix, type] = [tag[0], tag.slice(2)];
          const previous = label[i - 1];
          if (prefix === 'S' || prefix === 'E') scheme.sawSE = true;
          const opens =
            prefix === 'B' || prefix === 'S' || (prefix === 'I' && (!previous || previous === 'O' || previous.slice(2) !== type));
          if (prefix === 'I' && opens) scheme.sawIOpening = true;
          if (opens) entities.set(type, (entities.get(type) ?? 0) + 1);
        });
      } else if (typeof label === 'string') {
        labels.set(label, (labels.get(label) ?? 0) + 1);
      }
    },
    result(): DatasetStats {
      const stats: DatasetStats = {
        rows,
        columns: columns.map((c) => c.result()),
        labelDistribution: Object.fromEntries([...labels].sort((a, b) => b[1] - a[1])),
      };
      if (schema.taskType === 'token_classification') {
        const tagScheme = scheme.sawSE ? 'BIOES' : scheme.sawIOpening ? 'IOB1' : 'IOB2';
        stats.tokens = { count: tokens, tagScheme, entities: Object.fromEntries([...entities].sort((a, b) => b[1] - a[1])) };
        stats.labelDistribution = stats.tokens.entities;
      }
      return stats;
    },
  };
}
