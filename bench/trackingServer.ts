/**
 * The tracking API's route handler on node:http, in a process of its own, as the web server runs it: bench/tracking.ts
 * starts it so the load it sends does not share the server's thread. With PHASELAB_WEB_PROCESSES=N it serves from N
 * processes on one port, as scripts/web.ts does. Prints its URL, then serves until killed.
 * Usage: npx tsx bench/trackingServer.ts <database URL>
 */
import cluster from 'node:cluster';
import { connect } from '../db/client';
import { createTrackingHandler } from '../server/http/tracking/handler';
import { serveHandlers } from '../test/httpServer';

const processes = Number(process.env.PHASELAB_WEB_PROCESSES ?? 1);

if (cluster.isPrimary && processes > 1) {
  const workers = Array.from({ length: processes }, () => cluster.fork());
  // Each listens on port 0: Node's cluster gives them all the same port.
  const urls = await Promise.all(workers.map((worker) => new Promise<string>((resolve) => worker.once('message', resolve))));
  console.log(urls[0]);
  process.on('SIGINT', () => {
    for (const worker of workers) worker.process.kill('SIGINT');
    cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length || process.exit(0));
  });
} else {
  // The web app's pool size: requests compete for connections as they do in production.
  const pool = connect(process.argv[2]!, { max: 10 });
  const server = await serveHandlers({ '/api/mlflow/': createTrackingHandler(() => pool.db) });
  if (cluster.isWorker) process.send!(server.url);
  else console.log(server.url);
  // Exits cleanly when told to, so a --cpu-prof profile is written.
  process.on('SIGINT', () => process.exit(0));
}
