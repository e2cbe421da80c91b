import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{server,db,workers,lib}/**/*.test.ts'],
    globalSetup: ['./test/globalSetup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each integration file gets its own database, so files may run side by side.
    fileParallelism: true,
    // Every test request comes from one address: limits per address are lifted, except where a test sets its own.
    env: {
      PHASELAB_OUTBOX: path.join(os.tmpdir(), 'phaselab-test-outbox'),
      PHASELAB_RATE_TOKEN_IP: '1000000/60',
      PHASELAB_RATE_SHARE_IP: '1000000/60',
      PHASELAB_RATE_SIGNUP_IP: '1000000/60',
      PHASELAB_RATE_SIGNIN_IP: '1000000/60',
    },
  },
});
