import { z } from 'zod';

/** Upload limits; each can be changed by an environment variable. */
export interface Limits {
  maxBytes: number;
  maxLineBytes: number;
  maxColumns: number;
  maxRows: number;
  /** Most decompressed bytes per compressed byte: real tables compress 3–20×, a zip bomb a thousandfold. */
  maxGzipRatio: number;
  /** Longest an upload may take, from its first byte to its last row stored. */
  maxSeconds: number;
  /** Longest a client may send nothing before its upload is dropped. */
  idleSeconds: number;
  /** Uploads in flight at once. */
  perUser: number;
  perTeam: number;
}

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const limitsFromEnv = z.object({
  PHASELAB_MAX_UPLOAD_BYTES: positive(200 * 1024 * 1024),
  PHASELAB_MAX_LINE_BYTES: positive(1024 * 1024),
  PHASELAB_MAX_COLUMNS: positive(1000),
  PHASELAB_MAX_ROWS: positive(10_000_000),
  PHASELAB_MAX_GZIP_RATIO: positive(100),
  PHASELAB_MAX_UPLOAD_SECONDS: positive(900),
  PHASELAB_UPLOAD_IDLE_SECONDS: positive(30),
  PHASELAB_UPLOADS_PER_USER: positive(2),
  PHASELAB_UPLOADS_PER_TEAM: positive(4),
});

export function uploadLimits(): Limits {
  const parsed = limitsFromEnv.safeParse(process.env);
  // A mistyped limit must not quietly become no limit.
  if (!parsed.success) throw new Error(`${parsed.error.issues[0]!.path.join('.')} must be a positive whole number`);
  const env = parsed.data;
  return {
    maxBytes: env.PHASELAB_MAX_UPLOAD_BYTES,
    maxLineBytes: env.PHASELAB_MAX_LINE_BYTES,
    maxColumns: env.PHASELAB_MAX_COLUMNS,
    maxRows: env.PHASELAB_MAX_ROWS,
    maxGzipRatio: env.PHASELAB_MAX_GZIP_RATIO,
    maxSeconds: env.PHASELAB_MAX_UPLOAD_SECONDS,
    idleSeconds: env.PHASELAB_UPLOAD_IDLE_SECONDS,
    perUser: env.PHASELAB_UPLOADS_PER_USER,
    perTeam: env.PHASELAB_UPLOADS_PER_TEAM,
  };
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
