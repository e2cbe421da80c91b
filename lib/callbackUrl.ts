const BASE = 'http://phaselab.invalid';

/**
 * Only paths of this app may be redirected to after sign-in; anything else goes to `fallback`. The target is parsed
 * as a browser would parse it (`/\evil.example`, `/%09/evil.example` and `//evil.example` all leave the site), and
 * only a path on the same origin survives.
 */
export function safeCallbackUrl(value: string | null, fallback = '/'): string {
  if (!value) return fallback;
  try {
    const url = new URL(value, BASE);
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Dot segments can leave `//evil.example` as the path (`/.//evil.example`), which a router takes for a host.
    return url.origin === BASE && value.startsWith('/') && !/^\/[\/\\]/.test(path) ? path : fallback;
  } catch {
    return fallback;
  }
}
