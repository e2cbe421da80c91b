/**
 * The Python and TypeScript clients (clients/) against the real tracking API over HTTP: each runs its own test suite,
 * live, with a member's token of a fresh team.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database';
import { serveHandlers } from '../../../test/httpServer';
import { trackingTeam, trackingWorld } from '../../../test/trackingWorld';
import { createGraphQLHandler } from '../../graphql/http';
import { createTrackingHandler } from './handler';

const root = path.resolve(import.meta.dirname, '../../..');
let env: NodeJS.ProcessEnv;
let close: () => Promise<void>;

beforeAll(async () => {
  const { db } = await createTestDatabase();
  const team = await trackingTeam(trackingWorld(db).request, 'Client');
  const server = await serveHandlers({ '/api/mlflow/': createTrackingHandler(() => db), '/api/graphql': createGraphQLHandler(() => db) });
  close = server.close;
  env = { ...process.env, PHASELAB_TRACKING_URI: `${server.url}/api/mlflow`, PHASELAB_TOKEN: team.member };
});

afterAll(() => close?.());

/** Asynchronously, so the server in this process answers while the suite runs. */
async function run(command: string, args: string[]) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd: root, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('tracking clients', () => {
  it('the Python client passes its suite against the live API', async () => {
    const { status, output } = await run('/usr/bin/python3', ['-m', 'unittest', 'discover', '-s', 'clients/python/tests', '-v']);
    expect(output).not.toMatch(/skipped '/);
    expect(output, output).toMatch(/\nOK/);
    expect(status).toBe(0);
  }, 300_000);

  it('the TypeScript client passes its suite against the live API', async () => {
    const { status, output } = await run(path.join(root, 'node_modules/.bin/vitest'), ['run', '--root', 'clients/typescript']);
    expect(output, output).not.toMatch(/skipped/);
    expect(status, output).toBe(0);
  }, 300_000);
});
