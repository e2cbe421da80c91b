import { and, eq } from 'drizzle-orm';
import { runs } from '../../db/schema';

/** Writes only while this attempt still holds the run: another attempt's writes bounce. */
export const fenceOf = (run: { id: string; attempt: number }) =>
  and(eq(runs.id, run.id), eq(runs.attempt, run.attempt), eq(runs.status, 'running'));
