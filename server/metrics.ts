/**
 * Prometheus metrics of the web tier, served at /api/metrics (behind PHASELAB_METRICS_TOKEN): request latency by
 * route, GraphQL operations, tracked points ingested, and, read from the database at each scrape, runs by status,
 * training jobs by queue state and workers online. No label names a team: one team's activity is not the others'
 * business, and labels per team would grow without bound.
 */
import cluster from 'node:cluster';
import client from 'prom-client';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../db/client';

function create() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'phaselab_web_' });
  // In a cluster of web processes, each answers the primary's requests for its metrics with this registry (an
  // aggregator made in a worker is what makes prom-client listen for them).
  if (cluster.isWorker) {
    new client.AggregatorRegistry();
    client.AggregatorRegistry.setRegistries([registry]);
  }
  const registers = [registry];
  return {
    registry,
    httpDuration: new client.Histogram({
      name: 'phaselab_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route family, method and status class.',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    processes: new client.Gauge({
      name: 'phaselab_web_processes',
      help: 'Web processes serving (PHASELAB_WEB_PROCESSES): each counts itself.',
      registers,
      aggregator: 'sum',
      collect() {
        this.set(1);
      },
    }),
    trackedPoints: new client.Counter({
      name: 'phaselab_tracking_metric_points_total',
      help: 'Metric points logged through the tracking API.',
      registers,
    }),
    runs: countsBy(
      registers,
      'phaselab_runs',
      'Runs by status, all teams together.',
      'status',
      sql`select status as label, count(*)::int as n from runs group by status`,
    ),
    trainingJobs: countsBy(
      registers,
      'phaselab_training_jobs',
      'Training jobs in the queue by state (created = waiting for a worker).',
      'state',
      sql`select state::text as label, count(*)::int as n from pgboss.job where name = 'run-train' group by state`,
    ),
    workersOnline: new client.Gauge({
      name: 'phaselab_workers_online',
      help: 'Workers whose heartbeat is fresh, and their slots.',
      labelNames: ['measure'] as const,
      registers,
      // Every web process reads the same rows: a cluster reports them once, not summed.
      aggregator: 'first',
      async collect() {
        const [row] = await getDb().execute<{ workers: number; slots: number }>(sql`
          select count(*)::int as workers, coalesce(sum(concurrency), 0)::int as slots from workers
          where stopped_at is null and last_seen_at > now() - interval '1 minute'`);
        this.set({ measure: 'workers' }, row!.workers);
        this.set({ measure: 'slots' }, row!.slots);
      },
    }),
  };
}

/** A gauge whose values a grouped count reads from the database at each scrape. */
function countsBy(registers: client.Registry[], name: string, help: string, label: string, query: SQL) {
  return new client.Gauge({
    name,
    help,
    labelNames: [label],
    registers,
    aggregator: 'first',
    async collect() {
      const rows = await getDb().execute<{ label: string; n: number }>(query);
      this.reset();
      for (const row of rows) this.set({ [label]: row.label }, row.n);
    },
  });
}

// One set per process, shared by the web server (scripts/web.ts) and the app's route handlers, which load this
// module separately (the app from its build).
const holder = globalThis as unknown as { __phaselabMetrics?: ReturnType<typeof create> };
export const webMetrics = () => (holder.__phaselabMetrics ??= create());

const API_FAMILIES = new Set(['graphql', 'mlflow', 'datasets', 'runs', 'auth', 'health', 'metrics']);

/** A route label from a fixed set, whatever paths clients ask for: an API family, `api/other`, `static` or `page`. */
export function routeFamily(pathname: string): string {
  const family = /^\/api\/([a-z-]+)/.exec(pathname)?.[1];
  if (family !== undefined) return API_FAMILIES.has(family) ? `api/${family}` : 'api/other';
  return pathname.startsWith('/_next/') ? 'static' : 'page';
}

const METRICS_REQUEST = 'phaselab:metrics-request';
const METRICS_REPLY = 'phaselab:metrics-reply';
type MetricsMessage = { type?: string; id?: number; text?: string; error?: string };

/**
 * Several web processes (PHASELAB_WEB_PROCESSES) are one server to Prometheus: the process a scrape reaches asks the
 * primary, which gathers every process's metrics (prom-client's aggregation: counters and histograms summed).
 */
export async function metricsText(): Promise<string> {
  if (!cluster.isWorker) return webMetrics().registry.metrics();
  const id = Math.random();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => settle({ error: 'the primary web process did not answer within 10 s' }), 10_000);
    function settle(reply: MetricsMessage) {
      clearTimeout(timer);
      process.off('message', onMessage);
      if (reply.error !== undefined) reject(new Error(`cluster metrics: ${reply.error}`));
      else resolve(reply.text!);
    }
    function onMessage(message: MetricsMessage) {
      if (message?.type === METRICS_REPLY && message.id === id) settle(message);
    }
    process.on('message', onMessage);
    process.send!({ type: METRICS_REQUEST, id });
  });
}

/** In the primary of a cluster of web processes: answers each process's requests for the whole cluster's metrics. */
export function serveClusterMetrics(): void {
  const aggregator = new client.AggregatorRegistry();
  cluster.on('message', (worker, message: MetricsMessage) => {
    if (message?.type !== METRICS_REQUEST) return;
    // The asking process may have ended meanwhile: a reply to it is dropped, not thrown at the primary.
    const reply = (answer: MetricsMessage) =>
      worker.isConnected() && worker.send({ type: METRICS_REPLY, id: message.id, ...answer }, undefined, () => {});
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (error: Error) => reply({ error: error.message }),
    );
  });
}
