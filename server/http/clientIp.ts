/** Set by the web server (scripts/web.ts) on every request, replacing whatever the client sent under that name. */
export const CLIENT_IP_HEADER = 'x-phaselab-client-ip';

/** The address of the client that sent a request, as the web server saw it. */
export function clientIp(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) ?? 'unknown';
}
