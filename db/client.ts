import postgres from 'postgres';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema>;
/** A database handle or an open transaction: both run queries the same way. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export interface Connection {
  db: Database;
  close(): Promise<void>;
}

export function connect(url: string, options: { max?: number } = {}): Connection {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  return { db: drizzle(client, { schema }), close: () => client.end({ timeout: 5 }) };
}

// One pool per process; kept on globalThis so dev-mode module reloads reuse it.
const holder = globalThis as unknown as { __phaselabConnection?: Connection };

export function getDb(): Database {
  if (!holder.__phaselabConnection) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set. Start Phaselab with `npm start`, which provides one.');
    holder.__phaselabConnection = connect(url);
  }
  return holder.__phaselabConnection.db;
}

export { schema };
