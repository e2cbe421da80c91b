import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { graphqlClient, newUserWithTeam } from '../../test/graphqlClient';
import { metricsResponse } from './metrics';

let teamName: string;

beforeAll(async () => {
  const { db, url } = await createTestDatabase();
  // The metrics read the web process's own pool.
  process.env.DATABASE_URL = url;
  const request = graphqlClient(db);
  const owner = await newUserWithTeam(request, 'Metra', 'Secret Lab');
  teamName = owner.team.slug;
  const sample = await request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    owner.caller,
    owner.team.slug,
  );
  await request(
    `mutation($id: ID!) { createRun(input: { kind: "logistic_regression", datasetVersionId: $id }) { run { id } } }`,
    { id: sample.data!.createSampleDataset.dataset.latestVersion.id },
    owner.caller,
    owner.team.slug,
  );
}, 60_000);

const scrape = (authorization?: string) =>
  metricsResponse(new Request('http://localhost/api/metrics', { headers: authorization ? { authorization } : {} }));

describe('/api/metrics', () => {
  it('is off without a token, refuses a wrong one, and serves Prometheus text with no team in it', async () => {
    expect((await scrape()).status).toBe(404);
    vi.stubEnv('PHASELAB_METRICS_TOKEN', 'a-long-metrics-token');
    try {
      expect((await scrape()).status).toBe(401);
      expect((await scrape('Bearer wrong-token-of-same-len')).status).toBe(401);
      const answer = await scrape('Bearer a-long-metrics-token');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/plain');
      const text = await answer.text();
      expect(text).toContain('phaselab_runs{status="queued"} 1');
      expect(text).toMatch(/phaselab_training_jobs\{state="created"\} 1/);
      expect(text).toContain('phaselab_workers_online{measure="workers"} 0');
      expect(text).toContain('# TYPE phaselab_http_request_duration_seconds histogram');
      expect(text).not.toContain(teamName);
      expect(text).not.toMatch(/team[_a-z]*=/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
