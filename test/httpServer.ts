import http from 'node:http';
import type { AddressInfo } from 'node:net';

type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Serves fetch-style handlers (the same ones Next's route handlers call) over real HTTP on a free loopback port, so
 * programs in other languages can call them: `routes` maps a path prefix to its handler.
 */
export async function serveHandlers(routes: Record<string, FetchHandler>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const url = `http://${req.headers.host}${req.url}`;
    const prefix = Object.keys(routes).find((p) => req.url!.startsWith(p));
    if (!prefix) return void res.writeHead(404).end();
    const body =
      req.method === 'GET' || req.method === 'HEAD'
        ? undefined
        : await new Promise<Buffer>((resolve) => {
            const chunks: Buffer[] = [];
            req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
          });
    const headers = new Headers(
      Object.entries(req.headers).flatMap(([k, v]) =>
        v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v] as [string, string]],
      ),
    );
    const response = await routes[prefix]!(new Request(url, { method: req.method, headers, body: body && new Uint8Array(body) }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
