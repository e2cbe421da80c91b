/**
 * A worker's Prometheus metrics, served on PHASELAB_WORKER_METRICS_PORT (bound to 127.0.0.1 unless
 * PHASELAB_WORKER_METRICS_HOST says otherwise): epoch durations, runs taken over from silent workers, training
 * processes that ended without settling their run, runs held back by their team's limit. Off when no port is set.
 */
import http from 'node:http';
import client from 'prom-client';
import { log } from '../lib/log';

const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry, prefix: 'phaselab_worker_' });
const registers = [registry];

export const workerMetrics = {
  epochDuration: new client.Histogram({
    name: 'phaselab_epoch_duration_seconds',
    help: 'Time to train and evaluate one epoch, by run kind.',
    labelNames: ['kind'] as const,
    buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900],
    registers,
  }),
  takeovers: new client.Counter({
    name: 'phaselab_run_takeovers_total',
    help: 'Runs this worker requeued because their worker went silent.',
    registers,
  }),
  trainingProcessFaults: new client.Counter({
    name: 'phaselab_training_process_faults_total',
    help: 'Training processes that ended without settling their run.',
    registers,
  }),
  claims: new client.Counter({
    name: 'phaselab_run_claims_total',
    help: 'Runs offered to this worker, by outcome.',
    labelNames: ['outcome'] as const,
    registers,
  }),
};

export function serveWorkerMetrics(): http.Server | undefined {
  const port = process.env.PHASELAB_WORKER_METRICS_PORT;
  if (!port) return undefined;
  const server = http.createServer(async (request, response) => {
    if (request.url !== '/metrics') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
  });
  // A port taken (another worker on this host) costs the metrics, never the worker.
  server.on('error', (error) => log.error({ port, err: error }, 'worker metrics not served'));
  server.listen(Number(port), process.env.PHASELAB_WORKER_METRICS_HOST ?? '127.0.0.1');
  return server;
}
