/**
 * Structured logs: one JSON object per line on stdout (pino), for a collector to index by field, e.g. every line of
 * one run (`runId`, `attempt`) across the worker and training processes that handled it. `PHASELAB_LOG_LEVEL`
 * (default info) filters; `PHASELAB_LOG_FORMAT` is json, or pretty for readable lines (the default in a terminal).
 */
import os from 'node:os';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

// Readable in a terminal, JSON wherever output is collected (a service manager, a container, a pipe).
const format = process.env.PHASELAB_LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json');
if (format !== 'json' && format !== 'pretty') throw new Error(`PHASELAB_LOG_FORMAT must be json or pretty, not "${format}"`);

const options: pino.LoggerOptions = {
  level: process.env.PHASELAB_LOG_LEVEL ?? 'info',
  base: { pid: process.pid, host: os.hostname() },
  timestamp: pino.stdTimeFunctions.isoTime,
};

/** The process's root logger; parts of the product take a child with their own fields (`log.child({ runId })`). */
export const log: Logger =
  format === 'pretty'
    ? pino(options, pretty({ sync: true, colorize: Boolean(process.stdout.isTTY), ignore: 'pid,host', translateTime: 'HH:MM:ss' }))
    : pino(options);

export type { Logger };
