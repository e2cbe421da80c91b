/**
 * Prometheus metrics of the web tier, served at /api/metrics (behind PHASELAB_METRICS_TOKEN): request latency by
 * route, GraphQL operations, tracked points ingested, and, read from the database at each scrape, runs by status,
 * training jobs by queue state and workers online. No label names a team: one team's activity is not the others'
 * business, and labels per team would grow without bound.
 */
import client from 'prom-client';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../db/client';

function create() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'phaselab_web_' });
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
    trackedPoints: new client.Counter({ name: 'phaselab_tracking_metric_points_total', help: 'Metric points logged through the tracking API.', registers }),
    runs: countsBy(registers, 'phaselab_runs', 'Runs by status, all teams together.', 'status', sql`select status as label, count(*)::int as n from runs group by status`),
    trainingJobs: countsBy(registers, 'phaselab_training_jobs', 'Training jobs in the queue by state (created = waiting for a worker).', 'state', sql`select state::text as label, count(*)::int as n from pgboss.job where name = 'run-train' group by state`),
    workersOnline: new client.Gauge({
      name: 'phaselab_workers_online',
      help: 'Workers whose heartbeat is fresh, and their slots.',
      labelNames: ['measure'] as const,
      registers,
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
