import type { Cell, StoredRow } from '../../db/datasetRows';
import { DatasetFormatError } from './limits';
import type { DatasetSchema } from './schema';
import { SPLIT, StrataRecorder, stratifiedSplit, type SplitConfig } from '../../lib/runs/split';
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

function countSplits(splitCodes: Uint8Array): { train: number; validation: number; test: number } {
  const counts = { train: 0, validation: 0, test: 0 };
  for (const code of splitCodes) counts[code === SPLIT.train ? 'train' : code === SPLIT.validation ? 'validation' : 'test']++;
  return counts;
}
