import { getDb, type Database } from '../../db/client';
import { stringify } from 'csv-stringify/sync';
import { allRankedExamples } from '../domain/labelErrors';
import { labelErrorRankings, type LabelErrorRankingName } from '../../lib/runs/labelErrorRanking';
import { InvalidInputError } from '../errors';
import { getArtifact, getRun } from '../domain/runs';
import { attachmentHeaders, errorResponse, scopeOf } from './requests';

/** GET a run's artifact (a checkpoint or the final model), with the same credentials as the API. */
export function createArtifactHandler(database: () => Database = getDb) {
  return async (request: Request, runId: string, name: string): Promise<Response> => {
    try {
      const { run, artifact } = await getArtifact(await scopeOf(database(), request), runId, name);
      return new Response(new Uint8Array(artifact.data), {
        headers: attachmentHeaders(`${run.name}-${artifact.name}.bin`, 'application/octet-stream', artifact.bytes),
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * GET every training example of a run as CSV, likeliest label errors first (by `?ranking=early_loss|aum|last_loss`,
 * default the preferred one) and those the model predicted as labelled at every epoch last, streamed page by page.
 */
export function createLabelErrorsHandler(database: () => Database = getDb) {
  return async (request: Request, runId: string): Promise<Response> => {
    try {
      const scope = await scopeOf(database(), request);
      const run = await getRun(scope, runId);
      const asked = new URL(request.url).searchParams.get('ranking');
      if (asked !== null && !(labelErrorRankings as readonly string[]).includes(asked))
        throw new InvalidInputError(`ranking must be one of ${labelErrorRankings.join(', ')}`, 'ranking');
      const pages = allRankedExamples(scope, run.id, asked as LabelErrorRankingName | null);
      const encoder = new TextEncoder();
      let header = true;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { value, done } = await pages.next();
          const rows = done
            ? []
            : value.map((r) => [
                r.line,
                r.text,
                r.givenLabel,
                r.predictedLabel,
                r.score,
                r.loss,
                String(r.agreedEveryEpoch),
                r.injected === null ? '' : String(r.injected),
              ]);
          if (rows.length || header)
            controller.enqueue(
              encoder.encode(
                stringify(rows, {
                  header,
                  columns: ['line', 'text', 'given_label', 'predicted_label', 'score', 'last_loss', 'model_agreed_every_epoch', 'injected'],
                }),
              ),
            );
          header = false;
          if (done) controller.close();
        },
        async cancel() {
          await pages.return(undefined);
        },
      });
      return new Response(body, { headers: attachmentHeaders(`${run.name}-suspected-label-errors.csv`, 'text/csv; charset=utf-8') });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
