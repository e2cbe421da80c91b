/** Upload limits; each can be raised by an environment variable. */
export interface Limits {
  maxBytes: number;
  maxLineBytes: number;
  maxColumns: number;
}

export function uploadLimits(): Limits {
  return {
    maxBytes: Number(process.env.PHASELAB_MAX_UPLOAD_BYTES ?? 200 * 1024 * 1024),
    maxLineBytes: Number(process.env.PHASELAB_MAX_LINE_BYTES ?? 1024 * 1024),
    maxColumns: Number(process.env.PHASELAB_MAX_COLUMNS ?? 1000),
  };
}

/** Bad input, located: `line` and `column` are 1-based and name the spot a person should look at. */
export class DatasetFormatError extends Error {
  constructor(
    readonly reason: string,
    readonly line?: number,
    readonly column?: string,
  ) {
    super([line && `line ${line}`, column && `column "${column}"`].filter(Boolean).join(', ') + (line || column ? ': ' : '') + reason);
  }
}
