/**
 * The tracking API's route handler on node:http, in a process of its own, as the web server runs it: bench/tracking.ts
 * starts it so the load it sends does not share the server's thread. Prints its URL, then serves until killed.
 * Usage: npx tsx bench/trackingServer.ts <database URL>
 */
import { connect } from '../db/client';
import { createTrackingHandler } from '../server/http/tracking/handler';
import { serveHandlers } from '../test/httpServer';

// The web app's pool size: requests compete for connections as they do in production.
const pool = connect(process.argv[2]!, { max: 10 });
const server = await serveHandlers({ '/api/mlflow/': createTrackingHandler(() => pool.db) });
console.log(server.url);
// Exits cleanly when told to, so a --cpu-prof profile is written.
process.on('SIGINT', () => process.exit(0));
