/**
 * Errors that say the database went away (a restart, a dropped or refused connection, a backend ended by an
 * administrator), as opposed to errors of the work itself: the same work succeeds once the database is back.
 */
const LOST_CONNECTION_CODES = new Set([
  // postgres.js and Node's sockets (CONNECTION_ENDED is left out: it means our own pool was closed)
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  // Postgres's connection exceptions (class 08, less 08P01, a protocol violation: the same message fails again)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  // The server ended a session left idle in a transaction (a client paused or frozen): the work was not at fault.
  '25P03',
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down)
  '57P01',
  '57P02',
  '57P03',
]);

export function isConnectionLost(error: unknown): boolean {
  return causes(error).some((e) => LOST_CONNECTION_CODES.has(String((e as { code?: unknown }).code)));
}

/** The driver's own words under the query wrappers, e.g. "terminating connection due to administrator command". */
export function rootMessage(error: unknown): string {
  const deepest = causes(error).findLast((e) => e instanceof Error) as Error | undefined;
  return deepest?.message ?? String(error);
}

/** An error and its causes: Drizzle wraps the driver's error in its own, as `cause` (bounded, should one loop). */
function causes(error: unknown): object[] {
  const chain: object[] = [];
  for (let e = error; e && typeof e === 'object' && chain.length < 10; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}
