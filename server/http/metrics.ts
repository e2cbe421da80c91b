import { timingSafeEqual } from 'node:crypto';
import { metricsText, webMetrics } from '../metrics';

/**
 * GET /api/metrics in Prometheus's text format, for `Authorization: Bearer $PHASELAB_METRICS_TOKEN` only; without that
 * variable set, metrics are off (404): what the platform does is the operator's business, not the public's.
 */
export async function metricsResponse(request: Request): Promise<Response> {
  const token = process.env.PHASELAB_METRICS_TOKEN;
  if (!token) return new Response('Metrics are off: set PHASELAB_METRICS_TOKEN to serve them.\n', { status: 404 });
  const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return new Response('Send Authorization: Bearer <PHASELAB_METRICS_TOKEN>.\n', {
      status: 401,
      headers: { 'www-authenticate': 'Bearer' },
    });
  }
  return new Response(await metricsText(), { headers: { 'content-type': webMetrics().registry.contentType, 'cache-control': 'no-store' } });
}
