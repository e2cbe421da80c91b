/**
 * A dataset's schema: what each column is and which one is the label. Inferred from a sample at upload,
 * confirmed or overridden by the user, then frozen into the version.
 */
import { z } from 'zod';
import type { Cell, Format } from './parse';
import { DatasetFormatError } from './limits';

export const taskTypes = ['token_classification', 'text_classification', 'tabular', 'corpus'] as const;
export type TaskType = (typeof taskTypes)[number];
export const columnTypes = ['numeric', 'categorical', 'text', 'ignore', 'tokens', 'tags'] as const;
export type ColumnType = (typeof columnTypes)[number];

export const datasetSchema = z.object({
  taskType: z.enum(taskTypes),
  columns: z.array(z.object({ name: z.string(), type: z.enum(columnTypes) })).min(1),
  // Left out means none: a GraphQL client may drop a null field of an input.
  labelColumn: z.string().nullable().default(null),
});
export type DatasetSchema = z.infer<typeof datasetSchema>;

const LABEL_NAMES = ['label', 'labels', 'class', 'target', 'y', 'category', 'sentiment', 'tag'];

/** Guesses the schema from the first rows (cells in column order; a row may stop short of later columns). */
export function inferSchema(format: Format, columns: string[], rows: Cell[][]): DatasetSchema {
  if (format === 'conll')
    return {
      taskType: 'token_classification',
      columns: [
        { name: 'tokens', type: 'tokens' },
        { name: 'tags', type: 'tags' },
      ],
      labelColumn: 'tags',
    };
  if (format === 'text') return { taskType: 'corpus', columns: [{ name: 'text', type: 'text' }], labelColumn: null };
  const valuesOf = (i: number) => rows.map((r) => r[i] ?? null);
  const typed = columns.map((name, i) => ({ name, type: inferColumnType(valuesOf(i)) }));
  const byName = typed.find((c) => LABEL_NAMES.includes(c.name.toLowerCase()) && c.type !== 'text' && c.type !== 'ignore');
  // Else the last column, when it looks like classes: categorical, or numeric with a handful of values (0/1).
  const last = typed.at(-1)!;
  const lastDistinct = new Set(valuesOf(typed.length - 1)).size;
  const lastIsClasses = last.type === 'categorical' || (last.type === 'numeric' && lastDistinct <= 10);
  const label = byName ?? (lastIsClasses && typed.length > 1 ? last : undefined);
  if (label) label.type = 'categorical';
  const hasText = typed.some((c) => c.type === 'text');
  const taskType: TaskType = label ? (hasText ? 'text_classification' : 'tabular') : hasText ? 'corpus' : 'tabular';
  return { taskType, columns: typed, labelColumn: label?.name ?? null };
}

function inferColumnType(values: Cell[]): ColumnType {
  const present = values.filter((v): v is string | string[] => v !== null);
  if (present.length === 0) return 'ignore';
  // Lists (JSON arrays) have no column type of their own yet: left out until a person says otherwise.
  if (present.some(Array.isArray)) return 'ignore';
  const strings = present as string[];
  if (strings.every((v) => v.trim() !== '' && Number.isFinite(Number(v)))) return 'numeric';
  const meanWords = strings.reduce((n, v) => n + v.split(/\s+/).length, 0) / strings.length;
  const distinct = new Set(strings).size;
  return meanWords >= 4 && distinct > strings.length / 2 ? 'text' : 'categorical';
}

/** Checks a (possibly user-edited) schema against the file's columns and the task's needs. */
export function checkSchema(schema: DatasetSchema, columns: string[]): void {
  const names = new Set(schema.columns.map((c) => c.name));
  for (const c of schema.columns) if (!columns.includes(c.name)) throw new DatasetFormatError(`the file has no column "${c.name}"`);
  for (const c of columns)
    if (!names.has(c)) throw new DatasetFormatError(`the schema leaves out the column "${c}" (mark it ignore instead)`);
  const label = schema.columns.find((c) => c.name === schema.labelColumn);
  if (schema.labelColumn && !label) throw new DatasetFormatError(`the label column "${schema.labelColumn}" is not a column of the file`);
  if (label && label.type === 'ignore') throw new DatasetFormatError(`the label column "${label.name}" cannot be ignored`);
  const features = schema.columns.filter((c) => c.name !== schema.labelColumn && c.type !== 'ignore');
  switch (schema.taskType) {
    case 'token_classification':
      if (!schema.columns.some((c) => c.type === 'tokens') || schema.labelColumn !== 'tags')
        throw new DatasetFormatError('token classification needs CoNLL data (tokens and tags)');
      break;
    case 'text_classification':
      if (!label) throw new DatasetFormatError('text classification needs a label column');
      if (!features.some((c) => c.type === 'text')) throw new DatasetFormatError('text classification needs a text column');
      break;
    case 'tabular':
      if (!label) throw new DatasetFormatError('a tabular dataset needs a label column');
      if (features.length === 0) throw new DatasetFormatError('a tabular dataset needs at least one feature column');
      break;
    case 'corpus':
      if (!features.some((c) => c.type === 'text')) throw new DatasetFormatError('a corpus needs a text column');
      break;
  }
}
