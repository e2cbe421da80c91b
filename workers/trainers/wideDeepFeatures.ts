/**
 * Wide & Deep's feature columns from a dataset's schema (Cheng et al., 2016, §3): every categorical value a one-hot
 * feature of the wide part and an embedding of the deep part; a text column read as a set of values (e.g. the apps a
 * user installed) contributes each value to the wide part and their mean embedding to the deep part; numbers are
 * standardized for the deep part and, when asked, bucketized by quantiles for the wide part; each cross of columns is
 * hashed (MurmurHash3) into its own buckets, like `crossed_column`. Vocabularies come from the training split only, so
 * a value seen first in validation is "unknown" (id 0), as it would be in production.
 */
import murmurhash from 'murmurhash';
import type { Cell } from '../../db/datasetRows';
import { featureColumns } from '../../lib/runs/features';
import type { TrainingData } from '../../db/trainingData';

export interface FeatureOptions {
  crosses: string[][];
  crossBuckets: number;
  hashBuckets: number;
  numericBuckets: number;
  embeddingDim: number;
}

/** A categorical or set-valued column: ids 1… for its values, 0 for unknown; hashed when it has too many values. */
interface ValueColumn {
  name: string;
  at: number;
  multi: boolean;
  hashed: boolean;
  /** Vocabulary in id order (id = index + 1); empty when hashed. */
  values: string[];
  ids: Map<string, number>;
  size: number;
  embeddingDim: number;
  /** Where its one-hot block starts in the wide part. */
  wideOffset: number;
}

interface NumericColumn {
  name: string;
  at: number;
  mean: number;
  sd: number;
  boundaries: number[];
  wideOffset: number;
}

export interface EncodedRow {
  wide: Int32Array;
  /** Per value column, the ids of the row's values (one for categorical, any number for a set). */
  ids: Int32Array[];
  numbers: Float32Array;
}

const SEPARATOR = /[\s,;|]+/;

/** An empty cell is a missing value, whatever the column's type: never a 0. */
const isMissing = (cell: Cell | undefined) =>
  cell === null || cell === undefined || cell === '' || (typeof cell === 'number' && !Number.isFinite(cell));

export function cellValues(cell: Cell | undefined, multi: boolean): string[] {
  if (isMissing(cell)) return [];
  return multi ? String(cell).split(SEPARATOR).filter(Boolean) : [String(cell)];
}

export function buildFeatureSpace(data: TrainingData, options: FeatureOptions) {
  const features = featureColumns({ columns: data.columns.map((c, at) => ({ ...c, at })), labelColumn: data.labelColumn });
  let wideWidth = 0;
  const valueColumns: ValueColumn[] = features
    .filter((c) => c.type !== 'numeric')
    .map((c) => {
      const multi = c.type === 'text';
      const counts = new Map<string, number>();
      for (const row of data.trainRows) for (const v of cellValues(data.rows[row]![c.at], multi)) counts.set(v, (counts.get(v) ?? 0) + 1);
      const hashed = counts.size > options.hashBuckets;
      const values = hashed ? [] : [...counts.keys()].sort();
      const size = (hashed ? options.hashBuckets : values.length) + 1;
      const column = {
        name: c.name,
        at: c.at,
        multi,
        hashed,
        values,
        ids: new Map(values.map((v, i) => [v, i + 1])),
        size,
        embeddingDim: options.embeddingDim || Math.min(32, Math.max(2, Math.round(6 * Math.min(counts.size, size) ** 0.25))),
        wideOffset: wideWidth,
      };
      wideWidth += size;
      return column;
    });
  const idOf = (column: ValueColumn, value: string) =>
    column.hashed ? 1 + (murmurhash.v3(`${column.name}=${value}`, 17) % (column.size - 1)) : (column.ids.get(value) ?? 0);
  const numericColumns: NumericColumn[] = features
    .filter((c) => c.type === 'numeric')
    .map((c) => {
      const xs = data.trainRows
        .flatMap((r) => (isMissing(data.rows[r]![c.at]) ? [] : [Number(data.rows[r]![c.at])]))
        .filter(Number.isFinite)
        .sort((a, b) => a - b);
      const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length)) || 1;
      const boundaries = Array.from(
        { length: Math.max(0, options.numericBuckets - 1) },
        (_, k) => xs[Math.floor(((k + 1) * xs.length) / options.numericBuckets)] ?? 0,
      );
      const column = { name: c.name, at: c.at, mean, sd, boundaries, wideOffset: wideWidth };
      // One block per bucket, and one for a missing number.
      if (options.numericBuckets > 0) wideWidth += options.numericBuckets + 1;
      return column;
    });
  const bucketOf = (column: NumericColumn, cell: Cell | undefined) => {
    const x = Number(cell);
    if (isMissing(cell) || !Number.isFinite(x)) return column.boundaries.length + 1;
    return column.boundaries.filter((b) => x >= b).length;
  };

  const byName = new Map<string, ValueColumn | NumericColumn>([...valueColumns, ...numericColumns].map((c) => [c.name, c]));
  const crosses = options.crosses.map((names) => {
    const columns = names.map((name) => {
      const column = byName.get(name);
      if (!column) throw new Error(`cross ${names.join(' × ')}: the dataset has no feature column "${name}"`);
      return column;
    });
    const cross = { names, columns, wideOffset: wideWidth };
    wideWidth += options.crossBuckets;
    return cross;
  });
  const crossesFrom = crosses[0]?.wideOffset ?? wideWidth;
  /** A readable name for each wide feature seen, for the run's explanation. */
  const wideNames = new Map<number, string>();
  const name = (index: number, label: () => string) => {
    if (!wideNames.has(index)) wideNames.set(index, label());
  };

  const encode = (cells: Cell[]): EncodedRow => {
    const wide: number[] = [];
    const valuesOf = new Map<string, string[]>();
    const ids = valueColumns.map((column) => {
      const values = cellValues(cells[column.at], column.multi);
      valuesOf.set(column.name, values);
      const rowIds = values.map((v) => idOf(column, v));
      rowIds.forEach((id, k) => {
        wide.push(column.wideOffset + id);
        name(column.wideOffset + id, () => (id === 0 ? `${column.name}=(unknown)` : `${column.name}=${values[k]}`));
      });
      return Int32Array.from(rowIds);
    });
    const numbers = Float32Array.from(numericColumns, (column) => {
      const cell = cells[column.at];
      const x = isMissing(cell) ? Number.NaN : Number(cell);
      if (options.numericBuckets > 0) {
        const bucket = bucketOf(column, cell);
        wide.push(column.wideOffset + bucket);
        valuesOf.set(column.name, [`bucket ${bucket}`]);
        name(column.wideOffset + bucket, () => `${column.name} in bucket ${bucket}`);
      } else valuesOf.set(column.name, Number.isFinite(x) ? [String(x)] : []);
      // A missing number stands at the mean: 0 once standardized.
      return Number.isFinite(x) ? (x - column.mean) / column.sd : 0;
    });
    for (const cross of crosses) {
      let combinations: string[][] = [[]];
      for (const n of cross.names) combinations = combinations.flatMap((prefix) => (valuesOf.get(n) ?? []).map((v) => [...prefix, v]));
      for (const combination of combinations) {
        const key = combination.map((v, k) => `${cross.names[k]}=${v}`).join('&');
        const index = cross.wideOffset + (murmurhash.v3(key, 23) % options.crossBuckets);
        wide.push(index);
        name(index, () => `AND(${combination.map((v, k) => `${cross.names[k]}=${v}`).join(', ')})`);
      }
    }
    return { wide: Int32Array.from(wide), ids, numbers };
  };

  return { wideWidth, crossesFrom, wideNames, valueColumns, numericColumns, encode };
}

export type FeatureSpace = ReturnType<typeof buildFeatureSpace>;
