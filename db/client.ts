import net from 'node:net';
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

/** Server-side limits of a session, in milliseconds: a statement's run time (none if left out), a transaction's idle wait on us. */
export interface SessionTimeouts {
  statement?: number;
  idleInTransaction: number;
}

export function connect(url: string, options: { max?: number; timeouts?: SessionTimeouts; applicationName?: string } = {}): Connection {
  // `socket` is a documented option its types leave out. With several hosts postgres.js picks among them itself.
  const singleHost = !/@[^/]*,/.test(url);
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connect_timeout: 10,
    // The server notices a client host that vanished within about 25 s (not the kernel's 2 h), and ends its session:
    // the locks and transaction of a worker whose link was cut go with it.
    connection: {
      ...(options.applicationName && { application_name: options.applicationName }),
      tcp_keepalives_idle: 10,
      tcp_keepalives_interval: 5,
      tcp_keepalives_count: 3,
      ...(options.timeouts && {
        ...(options.timeouts.statement && { statement_timeout: options.timeouts.statement }),
        idle_in_transaction_session_timeout: options.timeouts.idleInTransaction,
      }),
    },
    // After a restart or an outage the pool tries again within 2 s, not the library's 20 s.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 2),
    ...(singleHost ? { socket: connectWithoutNagle } : {}),
  } as postgres.Options<{}>);
  return { db: drizzle(client, { schema }), close: () => client.end({ timeout: 5 }) };
}

/**
 * TCP without Nagle's algorithm, as libpq and node-postgres connect. With it, a COPY's closing message waits for
 * the server's delayed acknowledgement: 40 ms or more per statement, a third of metric ingestion's time.
 *
 * The socket is handed over while it connects, as postgres.js makes its own: its errors and close then take the
 * library's path (fail the waiting queries, free the slot, reconnect later). A refused connect must not reject here:
 * postgres.js then keeps the slot "connecting" forever, and once every slot is stuck every query waits forever.
 * The connect starts a microtask later, after postgres.js has added its listeners: a connect that fails at once
 * (an unreachable network) reports its error on the next tick, and with no listener yet it would crash the process.
 */
function connectWithoutNagle(options: { host: string[]; port: number[]; path?: string | false }): net.Socket {
  const socket = new net.Socket().setNoDelay(true); // kept until the connection exists, then applied
  queueMicrotask(() => (options.path ? socket.connect(options.path) : socket.connect(options.port[0]!, options.host[0]!)));
  return socket;
}

// One pool per process; kept on globalThis so dev-mode module reloads reuse it.
const holder = globalThis as unknown as { __phaselabConnection?: Connection };

/**
 * The web process's pool. Its sessions cannot be held by a request: Postgres itself ends a statement that runs past
 * PHASELAB_STATEMENT_TIMEOUT_S (default 60) and a transaction left idle for 30 s, whatever a client does.
 */
export function getDb(): Database {
  if (!holder.__phaselabConnection) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set. Start Phaselab with `npm start`, which provides one.');
    const statementSeconds = Number(process.env.PHASELAB_STATEMENT_TIMEOUT_S ?? 60);
    if (!(statementSeconds > 0)) throw new Error('PHASELAB_STATEMENT_TIMEOUT_S must be a positive number of seconds');
    holder.__phaselabConnection = connect(url, { timeouts: { statement: statementSeconds * 1000, idleInTransaction: 30_000 } });
  }
  return holder.__phaselabConnection.db;
}

export { schema };
