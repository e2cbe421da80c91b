/**
 * The run list's own columns, chosen by each user: a metric's final value (the run's summary), its best value over
 * the whole curve, or a config field. Shared by the server, which checks and stores a choice, and the page.
 */
import { z } from 'zod';
import { storableText } from '../inputs';

export const runColumnSources = ['summary', 'best', 'config'] as const;
export type RunColumnSource = (typeof runColumnSources)[number];

export const MAX_RUN_COLUMNS = 12;

export const runColumn = z.object({
  source: z.enum(runColumnSources),
  key: storableText.pipe(z.string().trim().min(1, 'name the metric or config field').max(250, 'use at most 250 characters')),
});
export type RunColumn = z.infer<typeof runColumn>;

export const runColumns = z
  .array(runColumn)
  .max(MAX_RUN_COLUMNS, `choose at most ${MAX_RUN_COLUMNS} columns`)
  .refine((columns) => new Set(columns.map(columnId)).size === columns.length, 'a column is chosen twice');

/** The metrics a page of runs asks for the best values of: as many as it may show. */
export const bestValueKeys = z.array(runColumn.shape.key).max(MAX_RUN_COLUMNS, `ask for at most ${MAX_RUN_COLUMNS} keys`);

/** One name per column, for React keys, the page's address and duplicate checks. */
export function columnId(column: RunColumn): string {
  return `${column.source}:${column.key}`;
}

export function columnLabel(column: RunColumn): string {
  return column.source === 'best' ? `${column.key} (best)` : column.key;
}
