import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { PhaselabError, Transport, errorOf, graphqlUri } from './http.js';

const BASE = 'http://phaselab.test/api/mlflow';

function transport(fetch: typeof globalThis.fetch, token = 'secret') {
  return new Transport({ trackingUri: `${BASE}/`, token, retries: 3, retryDelayMs: 1, timeoutMs: 5000, fetch });
}

describe('Transport', () => {
  it('sends the token as a Bearer header and the query as given', async () => {
    const server = fakeFetch({ 'GET /api/mlflow/api/2.0/mlflow/runs/get': () => ({ body: { run: {} } }) });
    await transport(server.fetch).get('api/2.0/mlflow/runs/get', { run_id: 'r 1', skipped: undefined });
    expect(server.seen[0]!.headers.get('authorization')).toBe('Bearer secret');
    expect(server.seen[0]!.query.toString()).toBe('run_id=r+1');
  });

  it("turns MLflow's error body into a PhaselabError with its code and the status", async () => {
    const server = fakeFetch({
      'POST /api/mlflow/api/2.0/mlflow/runs/log-batch': () => ({
        status: 400,
        body: { error_code: 'INVALID_PARAMETER_VALUE', message: 'lr keeps 0.1' },
      }),
    });
    const failure = transport(server.fetch).post('api/2.0/mlflow/runs/log-batch', {});
    await expect(failure).rejects.toBeInstanceOf(PhaselabError);
    await expect(failure).rejects.toMatchObject({ errorCode: 'INVALID_PARAMETER_VALUE', status: 400, message: 'lr keeps 0.1' });
    expect(server.seen).toHaveLength(1);
  });

  it('retries 5xx answers and network errors, then answers', async () => {
    let calls = 0;
    const flaky = (async () => {
      calls++;
      if (calls === 1) throw new TypeError('fetch failed');
      if (calls === 2) return Response.json({ error_code: 'INTERNAL_ERROR', message: 'busy' }, { status: 503 });
      return Response.json({ ok: true });
    }) as typeof globalThis.fetch;
    expect(await transport(flaky).post('api/2.0/mlflow/runs/update', {})).toEqual({ ok: true });
    expect(calls).toBe(3);
  });

  it('gives up after its retries with the last error', async () => {
    let calls = 0;
    const down = (async () => {
      calls++;
      throw new TypeError('connect ECONNREFUSED');
    }) as typeof globalThis.fetch;
    await expect(transport(down).get('api/2.0/mlflow/runs/get')).rejects.toMatchObject({ errorCode: 'NETWORK_ERROR', status: 0 });
    expect(calls).toBe(4);
    const failing = fakeFetch({
      'GET /api/mlflow/api/2.0/mlflow/runs/get': () => ({ status: 500, body: { error_code: 'INTERNAL_ERROR', message: 'x' } }),
    });
    await expect(transport(failing.fetch).get('api/2.0/mlflow/runs/get')).rejects.toMatchObject({ status: 500 });
    expect(failing.seen).toHaveLength(4);
  });

  it('names an error without an MLflow body by its status', () => {
    expect(errorOf(401, 'Unauthorized')).toMatchObject({ errorCode: 'UNAUTHENTICATED', status: 401 });
    expect(errorOf(502, '<html>Bad gateway</html>')).toMatchObject({ errorCode: 'INTERNAL_ERROR', status: 502 });
    expect(errorOf(418, '')).toMatchObject({ errorCode: 'BAD_REQUEST', status: 418 });
  });

  it('posts GraphQL beside the tracking API and throws its errors with their code', async () => {
    const server = fakeFetch({
      'POST /api/graphql': ({ body }) =>
        body.query.includes('team')
          ? { body: { data: { team: { name: 'Demo' } } } }
          : { body: { errors: [{ message: 'Run not found.', extensions: { code: 'NOT_FOUND' } }] } },
    });
    const client = transport(server.fetch);
    expect(await client.graphql('{ team { name } }', {})).toEqual({ team: { name: 'Demo' } });
    await expect(client.graphql('{ run(id: "x") { id } }', {})).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
    expect(server.seen[0]!.headers.get('authorization')).toBe('Bearer secret');
  });
});

describe('graphqlUri', () => {
  it('replaces the trailing /api/mlflow with /api/graphql', () => {
    expect(graphqlUri('http://localhost:3000/api/mlflow')).toBe('http://localhost:3000/api/graphql');
    expect(graphqlUri('https://lab.example.com/phaselab/api/mlflow/')).toBe('https://lab.example.com/phaselab/api/graphql');
    expect(() => graphqlUri('http://localhost:5000')).toThrow(/api\/mlflow/);
  });
});
