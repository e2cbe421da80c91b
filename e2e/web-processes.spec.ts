import { expect, test } from '@playwright/test';
import { METRICS_TOKEN } from '../playwright.config';

// The journeys run against PHASELAB_WEB_PROCESSES=2 (playwright.config.ts): signing in on one process and being
// served by the other, uploads, queues and rate limits all go through Postgres.
test('two web processes answer as one server, and Prometheus sees the whole of it', async ({ playwright, baseURL }) => {
  // Fresh connections, so that Node's cluster hands them to both processes.
  for (let i = 0; i < 6; i++) {
    const client = await playwright.request.newContext({ baseURL });
    expect((await client.get('/api/health')).ok()).toBe(true);
    await client.dispose();
  }
  const client = await playwright.request.newContext({ baseURL });
  const answer = await client.get('/api/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(answer.status()).toBe(200);
  const text = await answer.text();
  expect(text).toMatch(/^phaselab_web_processes 2$/m);
  // Counts read from the database are reported once, not once per process.
  expect(text).toMatch(/^phaselab_workers_online\{measure="workers"\} 1$/m);
  const healthChecks = [
    ...text.matchAll(/^phaselab_http_request_duration_seconds_count\{route="api\/health",method="GET",status="2xx"\} (\d+)$/gm),
  ];
  expect(Number(healthChecks[0]?.[1])).toBeGreaterThanOrEqual(6);
  expect((await client.get('/api/metrics')).status()).toBe(401);
  await client.dispose();
});
