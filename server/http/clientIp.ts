import ipaddr from 'ipaddr.js';

/** Set by the web server (scripts/web.ts) on every request, replacing whatever the client sent under that name. */
export const CLIENT_IP_HEADER = 'x-phaselab-client-ip';

/**
 * The client a request came from, as rate limits count it: the address the web server saw, an IPv6 address as its
 * /64 network (one host usually holds a whole /64, and could otherwise change address at every request).
 */
export function clientIp(request: Request): string {
  return clientAddress(request.headers.get(CLIENT_IP_HEADER));
}

/** The same, from the header's value (where a library hands over headers as a plain object). */
export function clientAddress(seen: string | null | undefined): string {
  if (!seen || !ipaddr.isValid(seen)) return 'unknown';
  const address = ipaddr.process(seen);
  if (address.kind() === 'ipv4') return address.toString();
  return `${(address as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((part) => part.toString(16))
    .join(':')}::/64`;
}
