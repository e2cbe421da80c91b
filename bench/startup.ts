/**
 * Time from `npm start` to the first page, cold (fresh data folder: initdb, migrations, demo seed) and warm
 * (same folder again). Uses the existing production build; run `npm run build` first for a fair number.
 * Usage: npx tsx bench/startup.ts [runs=3]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 3);
const port = 3200;
const dataDir = path.join(root, '.data', 'bench-startup');

async function startOnce(): Promise<{ health: number; page: number }> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PHASELAB_DATA_DIR: dataDir, PHASELAB_PG_PORT: '54340', NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: 'ignore',
    detached: true,
  });
  const until = async (url: string) => {
    for (;;) {
      if (await fetch(url).then((r) => r.ok, () => false)) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const health = await until(`http://127.0.0.1:${port}/api/health`);
  const page = await until(`http://127.0.0.1:${port}/signin`);
  process.kill(-child.pid!, 'SIGINT');
  await new Promise((r) => child.once('exit', r));
  await new Promise((r) => setTimeout(r, 500));
  return { health, page };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  cold.push((await startOnce()).page);
  warm.push((await startOnce()).page);
}
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`npm start → first page (/signin), ${runs} runs each`);
console.log(`cold (fresh data folder): median ${(median(cold) / 1000).toFixed(2)} s  [${cold.map((t) => (t / 1000).toFixed(2)).join(', ')}]`);
console.log(`warm (existing data):     median ${(median(warm) / 1000).toFixed(2)} s  [${warm.map((t) => (t / 1000).toFixed(2)).join(', ')}]`);
