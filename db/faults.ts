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
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down)
  '57P01',
  '57P02',
  '57P03',
]);

export function isConnectionLost(error: unknown): boolean {
  // Drizzle wraps the driver's error in its own, as `cause`.
  let e = error;
  for (let depth = 0; depth < 10 && e && typeof e === 'object'; depth++, e = (e as { cause?: unknown }).cause) {
    if (LOST_CONNECTION_CODES.has(String((e as { code?: unknown }).code))) return true;
  }
  return false;
}
