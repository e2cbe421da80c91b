import { getDb, type Database } from '../../db/client';
import { getArtifact } from '../domain/runs';
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
