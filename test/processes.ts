import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Every worker a test file started is killed when the file ends, passed or failed: a worker left behind would
 * reconnect to the next server on its port (another file's, another run's) and take its jobs.
 */
const started = new Set<ChildProcess>();
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
process.once('exit', () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/**
 * Starts a real worker process against a test database; killed when the file ends. With `namespace`, it runs in that
 * network namespace (`ip netns exec` becomes the worker, so the pid is the worker's).
 */
export function startWorker(
  databaseUrl: string,
  env: Record<string, string> = {},
  options: { namespace?: string } = {},
): ChildProcess & { output: () => string } {
  const command = [process.execPath, '--import', 'tsx', path.join(root, 'workers', 'main.ts')];
  const [program, ...args] = options.namespace ? ['ip', 'netns', 'exec', options.namespace, ...command] : command;
  const child = spawn(program!, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, WORKER_CONCURRENCY: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  started.add(child);
  return Object.assign(child, { output: () => output });
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
