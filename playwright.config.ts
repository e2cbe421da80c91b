import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;
/** PHASELAB_METRICS_TOKEN of the server the journeys run against. */
export const METRICS_TOKEN = 'e2e-metrics-token';

/**
 * End-to-end journeys in Debian's Chromium (never a downloaded browser) against the real product:
 * `npm start` on its own data folder and Postgres port, so a running dev instance is untouched.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The machine has no outside network: keep Chromium from dialling home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'rm -rf .data/e2e && npm start',
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    // Ctrl-C, as a person stops it: the web server and worker first, then Postgres (which a kill would leave running).
    gracefulShutdown: { signal: 'SIGINT', timeout: 60_000 },
    stdout: 'pipe',
    env: {
      PORT: String(port),
      PHASELAB_DATA_DIR: '.data/e2e',
      PHASELAB_PG_PORT: process.env.E2E_PG_PORT ?? '54331',
      NEXTAUTH_URL: baseURL,
      // The demo's queued study would keep the worker busy for the journeys' own runs.
      PHASELAB_DEMO_TRAINING: 'off',
      // Request and run lines would bury the test report; warnings and errors still show.
      PHASELAB_LOG_LEVEL: 'warn',
      // Two web processes on one port, as a deployment that uses its cores runs: every journey crosses both.
      PHASELAB_WEB_PROCESSES: '2',
      PHASELAB_METRICS_TOKEN: METRICS_TOKEN,
    },
  },
});
