/** One request as the fake server saw it. */
export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  /** The parsed JSON body, or the raw bytes of a binary one. */
  body: any;
}

type Route = (request: Seen) => { status?: number; body?: unknown } | Promise<{ status?: number; body?: unknown }>;

/** A fetch that answers from a map of `METHOD path` to handlers and records every request, for tests without a server. */
export function fakeFetch(routes: Record<string, Route>) {
  const seen: Seen[] = [];
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    const raw = init.body;
    const body = raw instanceof ArrayBuffer ? raw : typeof raw === 'string' ? JSON.parse(raw) : undefined;
    const request: Seen = { method: init.method ?? 'GET', path: url.pathname, query: url.searchParams, headers, body };
    seen.push(request);
    const route = routes[`${request.method} ${url.pathname}`];
    if (!route) return Response.json({ error_code: 'ENDPOINT_NOT_FOUND', message: url.pathname }, { status: 404 });
    const answer = await route(request);
    return Response.json(answer.body ?? {}, { status: answer.status ?? 200 });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}
