/**
 * Errors that say the database went away (a restart, a dropped or refused connection, a backend ended by an
 * administrator), as opposed to errors of the work itself: the same work succeeds once the database is back.
 */
const LOST_CONNECTION_CODES = new Set([
  // postgres.js and Node's sockets
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  // Postgres: admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down)
  '57P01',
  '57P02',
  '57P03',
]);

export function isConnectionLost(error: unknown): boolean {
  // Drizzle wraps the driver's error in its own, as `cause`.
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    // SQLSTATE class 08: connection exceptions.
    if (typeof code === 'string' && (LOST_CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  }
  return false;
}
