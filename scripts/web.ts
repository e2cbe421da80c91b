/**
 * The web server: Next.js behind Node's own HTTP server, so that each request carries the address of the client
 * that sent it. Rate limits key on that address; a header the client writes itself (X-Forwarded-For) cannot be
 * trusted unless a proxy of ours wrote it, so PHASELAB_TRUSTED_PROXIES says how many of its last hops are ours.
 *
 * PHASELAB_WEB_PROCESSES=N serves from N processes on one port (Node's cluster hands them connections in turn): a
 * request's work is CPU in this process, so one process uses one core. Everything they share lives in Postgres
 * (sessions, rate limits, runs, the queue); what each keeps in memory is a cache checked against it.
 */
import cluster from 'node:cluster';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { CLIENT_IP_HEADER } from '../server/http/clientIp';
import { routeFamily, serveClusterMetrics, webMetrics } from '../server/metrics';
import { uploadLimits } from '../server/datasets/limits';
import { log } from '../lib/log';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const trustedProxies = Number(process.env.PHASELAB_TRUSTED_PROXIES ?? 0);
if (!Number.isInteger(trustedProxies) || trustedProxies < 0)
  throw new Error('PHASELAB_TRUSTED_PROXIES must be a whole number of proxies (0 when clients connect directly)');

/** The client: the socket's peer, or, behind N proxies of ours, the address the first of them saw. */
function clientIp(request: http.IncomingMessage): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return peer;
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
}

const processes = Number(process.env.PHASELAB_WEB_PROCESSES ?? 1);
if (!Number.isInteger(processes) || processes < 1)
  throw new Error('PHASELAB_WEB_PROCESSES must be a whole number of processes (1 or more)');
if (dev && processes > 1) throw new Error('PHASELAB_WEB_PROCESSES serves a build: `npm run dev` runs one process');

if (cluster.isPrimary && processes > 1) superviseWebProcesses(processes);
else await serve();

/** The primary of a cluster: starts the processes, starts again one that dies, and stops them all when told to. */
function superviseWebProcesses(count: number) {
  serveClusterMetrics();
  let stopping = false;
  const listening = new Set<number>();
  cluster.on('listening', (worker) => listening.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
      return;
    }
    // One that never served (a port in use, a bad setting) would fail again: the whole server stops instead.
    if (!listening.has(worker.id)) {
      log.error({ pid: worker.process.pid, code, signal }, 'a web process ended before it served; stopping');
      process.exit(1);
    }
    log.error({ pid: worker.process.pid, code, signal }, 'a web process ended; starting another');
    cluster.fork();
  });
  for (let i = 0; i < count; i++) cluster.fork();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 35_000).unref();
    });
  }
  log.info({ port, processes: count }, 'web processes starting');
}

async function serve() {
  // Metrics first: in a cluster, a process answers the primary's requests for them from then on, while Next starts.
  const { httpDuration } = webMetrics();
  const app = next({ dev, dir: path.resolve(import.meta.dirname, '..'), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const accessLog = log.child({ component: 'http' });
  const server = http.createServer((request, response) => {
    request.headers[CLIENT_IP_HEADER] = clientIp(request);
    const route = routeFamily(request.url ?? '/');
    const done = httpDuration.startTimer({ route, method: request.method ?? 'GET' });
    response.once('finish', () => {
      const seconds = done({ status: `${String(response.statusCode)[0]}xx` });
      // The path without its query (which may carry a token); static files are not worth a line each.
      if (route !== 'static')
        accessLog.info(
          {
            method: request.method,
            path: request.url?.split('?')[0],
            status: response.statusCode,
            ms: Math.round(seconds * 1000),
            ip: request.headers[CLIENT_IP_HEADER],
          },
          'request',
        );
    });
    void handle(request, response);
  });
  // Node's own 5-minute request timeout would cut a slow upload short: the upload's own idle and total limits rule it.
  server.requestTimeout = (uploadLimits().maxSeconds + 60) * 1000;
  if (dev) server.on('upgrade', app.getUpgradeHandler());
  server.listen(port, () => log.info({ port, dev }, 'web server listening'));

  // A stop lets requests in flight finish (up to 30 s), then ends. A second signal changes nothing: Ctrl-C reaches a
  // cluster's processes twice (from the terminal and from their primary).
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 30_000).unref();
    });
  }
}
