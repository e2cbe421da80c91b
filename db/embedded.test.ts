import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitOf, waitFor } from '../test/processes';

const root = path.resolve(import.meta.dirname, '..');

describe('embedded Postgres under Ctrl-C', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phaselab-ctrl-c-'));
  fs.chmodSync(dataDir, 0o755);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('outlives the signal that reaches the whole process group and is stopped last, by its owner', async () => {
    const port = process.env.PHASELAB_CTRL_C_PG_PORT ?? '31338';
    const owner = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'test', 'ctrlCDatabase.ts'), path.join(dataDir, 'data'), port],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // a group of its own, as a terminal's foreground job
      },
    );
    let output = '';
    owner.stdout.on('data', (chunk) => (output += chunk));
    owner.stderr.on('data', (chunk) => (output += chunk));
    try {
      await waitFor(async () => output.split('\n').includes('ready'), 'the embedded Postgres', 60_000);
      process.kill(-owner.pid!, 'SIGINT');
      expect(await exitOf(owner)).toBe(0);
      expect(output).toContain('after Ctrl-C the database still answers 42');
      expect(output).toContain('stopped');
      expect(fs.existsSync(path.join(dataDir, 'data', 'postmaster.pid'))).toBe(false);
    } finally {
      if (owner.exitCode === null) process.kill(-owner.pid!, 'SIGKILL');
      // Postgres, in a group of its own, would outlive a failed test.
      const pidFile = path.join(dataDir, 'data', 'postmaster.pid');
      if (fs.existsSync(pidFile)) process.kill(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGKILL');
    }
  }, 90_000);
});
