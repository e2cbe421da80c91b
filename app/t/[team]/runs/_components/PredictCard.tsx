'use client';

import { useState } from 'react';
import { graphql } from '@/app/gql';
import { featureColumns } from '@/lib/runs/features';
import { Button, Card, FormError, Table } from '../../../../_components/ui';
import { useGqlMutation, useGqlQuery } from '../../../../_lib/graphql';

const Columns = graphql(`
  query PredictColumns($id: ID!) {
    run(id: $id) {
      id
      datasetVersion {
        id
        schema {
          labelColumn
          columns {
            name
            type
          }
        }
      }
    }
  }
`);

const Request = graphql(`
  mutation RequestPredictions($runId: ID!, $rows: [JSON!]!) {
    requestPredictions(runId: $runId, rows: $rows) {
      prediction {
        id
      }
    }
  }
`);

const Answer = graphql(`
  query Prediction($id: ID!) {
    prediction(id: $id) {
      id
      status
      error
      requestedAt
      results {
        row
        label
        probabilities {
          class
          probability
        }
      }
    }
  }
`);

const waitedTooLong = (requestedAt: string) => Date.now() - new Date(requestedAt).getTime() > 60_000;

/** Score rows with the finished model: JSON rows in the dataset's columns, answered by a worker. */
export function PredictCard({ runId }: { runId: string }) {
  const columns = useGqlQuery(Columns, { id: runId }).data?.run.datasetVersion?.schema;
  const features = columns ? featureColumns(columns).map((c) => c.name) : [];
  const [text, setText] = useState<string | null>(null);
  const [parseError, setParseError] = useState<string>();
  const [predictionId, setPredictionId] = useState<string | null>(null);
  const request = useGqlMutation(Request);
  // Polled for a minute at most: with no worker online the request waits in the queue, and the page says so.
  const answer = useGqlQuery(
    Answer,
    { id: predictionId ?? '' },
    {
      enabled: predictionId !== null,
      refetchInterval: (q) =>
        q.state.data?.prediction.status === 'PENDING' && !waitedTooLong(q.state.data.prediction.requestedAt) ? 1000 : false,
    },
  );
  const value = text ?? JSON.stringify([Object.fromEntries(features.map((f) => [f, '']))], null, 1);
  const submit = () => {
    let rows: unknown;
    try {
      rows = JSON.parse(value);
    } catch {
      return setParseError('Not JSON: give a list of rows, each an object of column → value.');
    }
    setParseError(undefined);
    setPredictionId(null);
    request.mutate(
      { runId, rows: (Array.isArray(rows) ? rows : [rows]) as Record<string, unknown>[] },
      { onSuccess: (d) => setPredictionId(d.requestPredictions.prediction.id) },
    );
  };
  const prediction = answer.data?.prediction;
  return (
    <Card title="Predict" description={`Rows as JSON, in the columns ${features.join(', ')}; a missing or never-seen value is fine.`}>
      <div className="space-y-3">
        <textarea
          aria-label="Rows to score"
          className="h-32 w-full rounded-md border border-slate-300 p-2 font-mono text-xs"
          value={value}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="flex items-center gap-3">
          <Button onClick={submit} disabled={request.isPending || prediction?.status === 'PENDING'}>
            Score rows
          </Button>
          {prediction?.status === 'PENDING' && (
            <span className="text-sm text-slate-500">
              {waitedTooLong(prediction.requestedAt) ? 'No worker has answered for a minute: are workers online?' : 'A worker is scoring…'}
            </span>
          )}
        </div>
        <FormError message={parseError ?? request.error?.message ?? prediction?.error ?? undefined} />
        {prediction?.results && (
          <Table head={['Row', 'Predicted', 'Probability']}>
            {prediction.results.map((r, i) => (
              <tr key={i}>
                <td className="max-w-md py-1.5 pr-4 font-mono text-xs">{JSON.stringify(r.row)}</td>
                <td className="py-1.5 pr-4 font-medium">{r.label}</td>
                <td className="py-1.5 pr-4 tabular-nums">{r.probabilities ? r.probabilities[0]!.probability.toFixed(3) : '—'}</td>
              </tr>
            ))}
          </Table>
        )}
      </div>
    </Card>
  );
}
