import { getDb, type Database } from '../../db/client';
import { stringify } from 'csv-stringify/sync';
import { suspectedLabelErrors } from '../domain/labelErrors';
import { getArtifact, getRun } from '../domain/runs';
import { attachmentHeaders, errorResponse, scopeOf } from './requests';

/** GET a run's artifact (a checkpoint or the final model), with the same credentials as the API. */
export function createArtifactHandler(database: () => Database = getDb) {
  return async (request: Request, runId: string, name: string): Promise<Response> => {
    try {
      const { run, artifact } = await getArtifact(await scopeOf(database(), request), runId, name);
      return new Response(new Uint8Array(artifact.data), { headers: attachmentHeaders(`${run.name}-${artifact.name}.bin`, 'application/octet-stream', artifact.bytes) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** GET a run's 1,000 likeliest label errors as CSV, to fix at the source. */
export function createLabelErrorsHandler(database: () => Database = getDb) {
  return async (request: Request, runId: string): Promise<Response> => {
    try {
      const scope = await scopeOf(database(), request);
      const run = await getRun(scope, runId);
      const rows = await suspectedLabelErrors(scope, run.id, 1000);
      const csv = stringify(rows.map((r) => [r.line, r.text, r.givenLabel, r.predictedLabel, r.loss, r.injected === null ? '' : String(r.injected)]), {
        header: true,
        columns: ['line', 'text', 'given_label', 'predicted_label', 'loss', 'injected'],
      });
      return new Response(csv, { headers: attachmentHeaders(`${run.name}-suspected-label-errors.csv`, 'text/csv; charset=utf-8', Buffer.byteLength(csv)) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
