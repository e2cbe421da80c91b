/**
 * The web server: Next.js behind Node's own HTTP server, so that each request carries the address of the client
 * that sent it. Rate limits key on that address; a header the client writes itself (X-Forwarded-For) cannot be
 * trusted unless a proxy of ours wrote it, so PHASELAB_TRUSTED_PROXIES says how many of its last hops are ours.
 */
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { CLIENT_IP_HEADER } from '../server/http/clientIp';
import { routeFamily, webMetrics } from '../server/metrics';
import { uploadLimits } from '../server/datasets/limits';
import { log } from '../lib/log';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const trustedProxies = Number(process.env.PHASELAB_TRUSTED_PROXIES ?? 0);
if (!Number.isInteger(trustedProxies) || trustedProxies < 0) throw new Error('PHASELAB_TRUSTED_PROXIES must be a whole number of proxies (0 when clients connect directly)');

/** The client: the socket's peer, or, behind N proxies of ours, the address the first of them saw. */
function clientIp(request: http.IncomingMessage): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return peer;
  const forwarded = String(request.headers['x-forwarded-for'] ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
}

const app = next({ dev, dir: path.resolve(import.meta.dirname, '..'), port });
await app.prepare();
const handle = app.getRequestHandler();
const { httpDuration } = webMetrics();
const accessLog = log.child({ component: 'http' });
const server = http.createServer((request, response) => {
  request.headers[CLIENT_IP_HEADER] = clientIp(request);
  const route = routeFamily(request.url ?? '/');
  const done = httpDuration.startTimer({ route, method: request.method ?? 'GET' });
  response.once('finish', () => {
    const seconds = done({ status: `${String(response.statusCode)[0]}xx` });
    // The path without its query (which may carry a token); static files are not worth a line each.
    if (route !== 'static') accessLog.info({ method: request.method, path: request.url?.split('?')[0], status: response.statusCode, ms: Math.round(seconds * 1000), ip: request.headers[CLIENT_IP_HEADER] }, 'request');
  });
  void handle(request, response);
});
// Node's own 5-minute request timeout would cut a slow upload short: the upload's own idle and total limits rule it.
server.requestTimeout = (uploadLimits().maxSeconds + 60) * 1000;
if (dev) server.on('upgrade', app.getUpgradeHandler());
server.listen(port, () => log.info({ port, dev }, 'web server listening'));

// A stop lets requests in flight finish (up to 30 s), then ends.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 30_000).unref();
  });
}
