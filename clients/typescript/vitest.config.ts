import { defineConfig } from 'vitest/config';

// The client's tests need no database, so they run without the repository's Postgres global setup.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
