import type { Database } from '../db/client';
import { createTrackingHandler } from '../server/http/tracking/handler';

export interface TrackingResponse<T = Record<string, any>> {
  status: number;
  body: T;
}

/**
 * Calls the tracking API through its real HTTP handler, as MLflow's clients do: GETs with query parameters (lists
 * as repeated keys), POSTs with JSON bodies, a token as Bearer.
 */
export function trackingClient(db: Database) {
  const handler = createTrackingHandler(() => db);
  return async function call<T = Record<string, any>>(
    method: string,
    path: string,
    body?: Record<string, unknown> | Buffer,
    token?: string,
  ): Promise<TrackingResponse<T>> {
    const url = new URL(`http://localhost/api/mlflow/api/2.0/${path}`);
    const headers = new Headers();
    if (token) headers.set('authorization', `Bearer ${token}`);
    let payload: BodyInit | undefined;
    if (Buffer.isBuffer(body)) {
      headers.set('content-type', 'application/octet-stream');
      payload = new Uint8Array(body);
    } else if (method === 'GET' && body) {
      for (const [key, value] of Object.entries(body))
        for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
    } else if (body) {
      headers.set('content-type', 'application/json');
      payload = JSON.stringify(body);
    }
    const response = await handler(new Request(url, { method, headers, body: payload }));
    const text = await response.text();
    return {
      status: response.status,
      body: (text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T,
    };
  };
}

export type TrackingCall = ReturnType<typeof trackingClient>;
