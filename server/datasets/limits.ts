import { z } from 'zod';

/** Upload limits; each can be changed by an environment variable. */
export interface Limits {
  maxBytes: number;
  maxLineBytes: number;
  maxColumns: number;
}

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const limitsFromEnv = z.object({
  PHASELAB_MAX_UPLOAD_BYTES: positive(200 * 1024 * 1024),
  PHASELAB_MAX_LINE_BYTES: positive(1024 * 1024),
  PHASELAB_MAX_COLUMNS: positive(1000),
});

export function uploadLimits(): Limits {
  const parsed = limitsFromEnv.safeParse(process.env);
  // A mistyped limit must not quietly become no limit.
  if (!parsed.success) throw new Error(`${parsed.error.issues[0]!.path.join('.')} must be a positive whole number`);
  const env = parsed.data;
  return { maxBytes: env.PHASELAB_MAX_UPLOAD_BYTES, maxLineBytes: env.PHASELAB_MAX_LINE_BYTES, maxColumns: env.PHASELAB_MAX_COLUMNS };
}

/** Bad input, located: `line` and `column` are 1-based and name the spot a person should look at. */
export class DatasetFormatError extends Error {
  constructor(
    reason: string,
    readonly line?: number,
    readonly column?: string,
  ) {
    super([line && `line ${line}`, column && `column "${column}"`].filter(Boolean).join(', ') + (line || column ? ': ' : '') + reason);
  }
}
