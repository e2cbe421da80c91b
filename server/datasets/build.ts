import type { Cell, StoredRow } from '../../db/datasetRows';
import { DatasetFormatError } from './limits';
import type { DatasetSchema } from './schema';
import { SPLIT, stratifiedSplit, type SplitConfig } from './split';
import { statsAccumulator, type DatasetStats } from './stats';

export interface BuiltVersion {
  stats: DatasetStats;
  splitCodes: Uint8Array;
  splitCounts: { train: number; validation: number; test: number };
}

/**
 * One pass over an upload's rows under a confirmed schema: checks every cell against its column's type, gathers
 * statistics and assigns the split. Memory holds the statistics and a few bytes per row (its stratum and split).
 */
/** `keptSplitCodes`: the rows' splits as another version drew them, kept instead of drawing new ones (same rows). */
export async function buildVersion(
  rows: AsyncIterable<StoredRow>,
  uploadColumns: string[],
  schema: DatasetSchema,
  split: SplitConfig,
  keptSplitCodes?: Uint8Array,
): Promise<BuiltVersion> {
  const positions = schema.columns.map((c) => uploadColumns.indexOf(c.name) + 1);
  const labelAt = schema.labelColumn ? schema.columns.findIndex((c) => c.name === schema.labelColumn) : -1;
  const stats = statsAccumulator(schema);
  const strata = new StrataRecorder(schema.taskType === 'token_classification');

  for await (const row of rows) {
    const line = row[0];
    const cells: Cell[] = positions.map((p) => (row[p] as Cell | undefined) ?? null);
    schema.columns.forEach((column, i) => checkCell(cells[i]!, column.type, line, column.name));
    if (labelAt >= 0) {
      const label = cells[labelAt]!;
      if (label === null || (Array.isArray(label) && label.length === 0))
        throw new DatasetFormatError('the label is missing', line, schema.labelColumn!);
      strata.add(label);
    } else {
      strata.add(null);
    }
    stats.add(cells);
  }

  const result = stats.result();
  const classes = Object.keys(result.labelDistribution);
  if (schema.taskType !== 'token_classification' && schema.labelColumn && classes.length < 2) {
    throw new DatasetFormatError(
      `the label column has a single class ("${classes[0]}"); a classifier needs at least two`,
      undefined,
      schema.labelColumn,
    );
  }
  if (schema.taskType === 'token_classification' && classes.length === 0)
    throw new DatasetFormatError('no sentence has an entity tag other than O');

  const splitCodes = keptSplitCodes ?? stratifiedSplit(strata.finish(), split);
  return { stats: result, splitCodes, splitCounts: countSplits(splitCodes) };
}

function checkCell(cell: Cell, type: string, line: number, column: string) {
  if (cell === null || type === 'ignore') return;
  if (type === 'numeric' && (Array.isArray(cell) || cell.trim() === '' || !Number.isFinite(Number(cell)))) {
    throw new DatasetFormatError(
      `"${String(cell).slice(0, 40)}" is not a number, and the column is numeric (mark it categorical or ignore)`,
      line,
      column,
    );
  }
  if ((type === 'text' || type === 'categorical') && Array.isArray(cell)) {
    throw new DatasetFormatError(`a list where a single ${type} value was expected`, line, column);
  }
}

/**
 * The stratum of each row, as a small integer: its class for classification; for token classification its rarest
 * entity type, so that types with a handful of mentions are spread over the splits like the classes are.
 */
class StrataRecorder {
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

  add(label: Cell) {
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

function countSplits(splitCodes: Uint8Array): { train: number; validation: number; test: number } {
  const counts = { train: 0, validation: 0, test: 0 };
  for (const code of splitCodes) counts[code === SPLIT.train ? 'train' : code === SPLIT.validation ? 'validation' : 'test']++;
  return counts;
}
