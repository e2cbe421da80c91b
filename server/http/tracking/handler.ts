/**
 * The tracking API's one entry point, mounted at `/api/mlflow` (the tracking URI): MLflow's REST routes under
 * `api/2.0/mlflow/`, its proxied artifacts under `api/2.0/mlflow-artifacts/artifacts/`, and Phaselab's extension
 * under `api/2.0/phaselab/`. Authenticates like the rest of the API (an API token as Bearer acts in its own team);
 * answers in MLflow's JSON and error bodies.
 */
import { getDb, type Database } from '../../../db/client';
import { readBody, scopeOf } from '../requests';
import { deleteTrackedArtifact, getTrackedArtifact, listTrackedArtifacts, putTrackedArtifact } from '../../domain/trackedArtifacts';
import { extensionRoutes } from './extensionRoutes';
import { mlflowRoutes, type Params, type RouteSpec } from './mlflowRoutes';
import { badRequest, json, TrackingError, trackingErrorResponse } from './responses';

/** Where the tracking URI points, under the web app's origin. */
export const TRACKING_MOUNT = '/api/mlflow/';

/** MLflow's bodies are small; log-batch at its limits is well under 1 MB, a registration of 100,000 examples ~10 MB. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const maxArtifactBytes = () => Number(process.env.PHASELAB_MAX_ARTIFACT_BYTES ?? 100 * 1024 * 1024);

function queryParams(url: URL): Params {
  const params: Params = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length > 1 || key === 'run_ids' || key === 'order_by' || key === 'experiment_ids' ? values : values[0];
  }
  return params;
}

async function jsonBody(request: Request): Promise<Params> {
  const bytes = await readBody(request, MAX_BODY_BYTES);
  if (!bytes.length) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw badRequest('Malformed JSON body.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw badRequest('The body must be a JSON object.');
  return parsed as Params;
}

const notFound = (path: string) => new TrackingError('ENDPOINT_NOT_FOUND', `No API endpoint at ${path}.`, 404);
const wrongMethod = (method: string, path: string) => new TrackingError('BAD_REQUEST', `${method} is not allowed on ${path}.`, 405);

export function createTrackingHandler(database: () => Database = getDb) {
  return async (request: Request): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const mounted = url.pathname.indexOf(TRACKING_MOUNT);
      const segments = mounted < 0 ? [] : url.pathname.slice(mounted + TRACKING_MOUNT.length).split('/');
      const [api, version, area, ...rest] = segments;
      const path = rest.join('/');
      if ((api !== 'api' && api !== 'ajax-api') || version !== '2.0') throw notFound(`/${segments.join('/')}`);
      if (area === 'mlflow-artifacts' && rest[0] === 'artifacts') return await artifacts(database(), request, rest.slice(1).join('/'));
      const table: Record<string, RouteSpec> | null = area === 'mlflow' ? mlflowRoutes : area === 'phaselab' ? extensionRoutes : null;
      const route = table && Object.hasOwn(table, path) ? table[path] : undefined;
      if (!route) throw notFound(`/${segments.join('/')}`);
      const method = request.method === 'HEAD' ? 'GET' : request.method;
      if (!route.method.split('|').includes(method)) throw wrongMethod(request.method, `/${segments.join('/')}`);
      const scope = await scopeOf(database(), request);
      const { binary } = route;
      if (binary && request.headers.get('content-type')?.startsWith('application/octet-stream'))
        return json(await binary(scope, queryParams(url), await readBody(request, MAX_BODY_BYTES)));
      const params = method === 'GET' ? queryParams(url) : await jsonBody(request);
      return json(await route.handle(scope, params));
    } catch (error) {
      return trackingErrorResponse(error);
    }
  };
}

/** MLflow's artifact proxy: PUT a file, GET a file (or, with no path, list `?path=`), DELETE a file or folder. */
async function artifacts(db: Database, request: Request, path: string): Promise<Response> {
  const scope = await scopeOf(db, request);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw badRequest(`Malformed artifact path: ${path}`);
  }
  switch (request.method) {
    case 'PUT':
      await putTrackedArtifact(scope, decoded, await readBody(request, maxArtifactBytes()));
      return json({});
    case 'GET':
    case 'HEAD':
      if (!decoded) return json({ files: await listTrackedArtifacts(scope, new URL(request.url).searchParams.get('path') ?? '') });
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(await getTrackedArtifact(scope, decoded)), {
        headers: { 'content-type': 'application/octet-stream', 'x-content-type-options': 'nosniff' },
      });
    case 'DELETE':
      await deleteTrackedArtifact(scope, decoded);
      return json({});
    default:
      throw wrongMethod(request.method, `/api/2.0/mlflow-artifacts/artifacts/${path}`);
  }
}
