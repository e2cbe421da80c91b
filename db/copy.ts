/**
 * COPY … FROM STDIN inside a transaction: the fastest way to add many rows. postgres.js 3.4 never settles a COPY the
 * server refuses (porsager/postgres#1173), so callers copy only rows they know will be accepted, and a COPY with no
 * answer in a minute fails (and rolls back) instead of waiting forever.
 */
import type { PostgresJsSession } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import type { Executor } from './client';

/** COPY's text format: a backslash, tab or line break inside a value is escaped; null is \N. */
export const copyText = (value: string | number | null) =>
  value === null ? '\\N' : String(value).replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);

/** Copies `lines` (tab-separated fields, each ending in a line break) into `table (columns)`. */
export async function copyLines(tx: Executor, table: string, columns: readonly string[], lines: readonly string[]): Promise<void> {
  if (!lines.length) return;
  const client = (tx._.session as unknown as PostgresJsSession<Sql, never, never>).client;
  const stream = await client`copy ${client(table)} (${client(columns as string[])}) from stdin`.writable();
  await new Promise<void>((resolve, reject) => {
    const refused = setTimeout(() => reject(new Error(`COPY of ${lines.length} rows into ${table} got no answer in 60 s`)), 60_000);
    stream.on('error', reject);
    stream.end(lines.join(''), () => resolve(clearTimeout(refused)));
  });
}
