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
  },
});
