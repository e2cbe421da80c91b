/**
 * Ingest of large CSV files through the real product: `npm start` on its own data folder, a file streamed from disk
 * to POST /api/datasets/uploads with an API token, then createDataset (statistics and split). Reports rows/s for
 * each step and the web process's resident memory, sampled every 100 ms: it should stay flat as files grow.
 * Usage: npx tsx bench/ingest.ts [megabytes=25,50,100] [runs=1]
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const sizes = (process.argv[2] ?? '25,50,100').split(',').map(Number);
const runs = Number(process.argv[3] ?? 1);
const port = 3210;
const base = `http://127.0.0.1:${port}`;
const dataDir = path.join(root, '.data', 'bench-ingest');

/** Writes a CSV of about `megabytes` MB: a numeric, a categorical, a short text and a label column. */
async function writeCsv(megabytes: number): Promise<{ file: string; rows: number }> {
  const file = path.join(os.tmpdir(), `phaselab-bench-${megabytes}mb.csv`);
  const out = fs.createWriteStream(file);
  const words = ['order', 'refund', 'late', 'broken', 'great', 'price', 'delivery', 'support', 'quality', 'size'];
  let bytes = 0;
  let rows = 0;
  const write = (line: string) => (
    (bytes += line.length + 1),
    out.write(line + '\n') ? null : new Promise<void>((r) => out.once('drain', () => r()))
  );
  await write('amount,country,review,label');
  while (bytes < megabytes * 1024 * 1024) {
    const review = Array.from({ length: 8 }, (_, k) => words[(rows * 7 + k * 3) % words.length]).join(' ');
    await write(
      `${(rows % 1000) / 10},${['US', 'FR', 'DE', 'IN'][rows % 4]},"${review} #${rows}",${rows % 5 === 0 ? 'negative' : 'positive'}`,
    );
    rows++;
  }
  await new Promise<void>((r) => out.end(() => r()));
  return { file, rows };
}

async function signInAndMintToken(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = new URLSearchParams({ csrfToken, email: 'demo@phaselab.dev', password: 'phaselab-demo', json: 'true' });
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    body,
    headers: { cookie: cookies },
    redirect: 'manual',
  });
  const session = [cookies, ...signIn.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
  const minted = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session, 'x-phaselab-team': 'demo' },
    body: JSON.stringify({ query: 'mutation { createApiToken(input: { name: "bench", role: ADMIN }) { secret } }' }),
  });
  return ((await minted.json()) as { data: { createApiToken: { secret: string } } }).data.createApiToken.secret;
}

function webPid(): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`]).toString();
  return Number(/pid=(\d+)/.exec(out)![1]);
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** Runs `work` while sampling the process's resident memory; returns its result, the time and the peak. */
async function measured<T>(pid: number, work: () => Promise<T>) {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peak };
  } finally {
    clearInterval(timer);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

fs.rmSync(dataDir, { recursive: true, force: true });
const server = spawn('npm', ['start'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    PHASELAB_DATA_DIR: dataDir,
    PHASELAB_PG_PORT: '54341',
    NEXTAUTH_URL: `http://localhost:${port}`,
  },
  stdio: 'ignore',
  detached: true,
});
try {
  while (
    !(await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  )
    await new Promise((r) => setTimeout(r, 200));
  const token = await signInAndMintToken();
  const pid = webPid();
  const headers = { authorization: `Bearer ${token}` };
  console.log(`web process idle RSS: ${rssMb(pid).toFixed(0)} MB`);
  console.log('size    rows        upload rows/s   create rows/s   peak RSS upload   peak RSS create');
  for (const megabytes of sizes) {
    const { file, rows } = await writeCsv(megabytes);
    const stats = { upload: [] as number[], create: [] as number[], peakUpload: [] as number[], peakCreate: [] as number[] };
    for (let run = 0; run < runs; run++) {
      const uploaded = await measured(pid, async () => {
        const form = new FormData();
        form.set('file', await fs.openAsBlob(file), path.basename(file));
        const response = await fetch(`${base}/api/datasets/uploads`, { method: 'POST', headers, body: form });
        const body = (await response.json()) as { upload?: { id: string; rowCount: number }; error?: { message: string } };
        if (!body.upload) throw new Error(body.error?.message ?? `upload answered ${response.status}`);
        return body.upload;
      });
      if (uploaded.result.rowCount !== rows) throw new Error(`stored ${uploaded.result.rowCount} rows, wrote ${rows}`);
      const created = await measured(pid, async () => {
        const response = await fetch(`${base}/api/graphql`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($input: CreateDatasetInput!) { createDataset(input: $input) { dataset { id } } }',
            variables: { input: { name: `bench ${megabytes} MB ${run}`, uploadId: uploaded.result.id } },
          }),
        });
        const body = (await response.json()) as { errors?: { message: string }[] };
        if (body.errors) throw new Error(body.errors[0]!.message);
      });
      stats.upload.push(rows / uploaded.seconds);
      stats.create.push(rows / created.seconds);
      stats.peakUpload.push(uploaded.peak);
      stats.peakCreate.push(created.peak);
    }
    fs.rmSync(file);
    const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
    console.log(
      `${String(megabytes).padStart(3)} MB  ${fmt(rows).padEnd(10)}  ${fmt(median(stats.upload)).padStart(13)}   ${fmt(median(stats.create)).padStart(13)}   ${median(stats.peakUpload).toFixed(0).padStart(12)} MB   ${median(stats.peakCreate).toFixed(0).padStart(12)} MB`,
    );
  }
} finally {
  process.kill(-server.pid!, 'SIGINT');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
