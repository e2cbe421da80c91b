'use client';

import { useEffect, useState } from 'react';
import { graphql } from '@/app/gql';
import type { LabelErrorRanking } from '@/app/gql/graphql';
import { Card, Select, Table } from '../../../../_components/ui';
import { useGqlQuery } from '../../../../_lib/graphql';

const LabelErrorsQuery = graphql(`
  query RunLabelErrors($id: ID!, $ranking: LabelErrorRanking) {
    run(id: $id) {
      id
      labelErrors(first: 20, ranking: $ranking) {
        ranking
        rankings {
          ranking
          available
          detectionF1
          preferred
        }
        earlyEpochsFrom
        earlyEpochsThrough
        examples {
          row
          line
          text
          givenLabel
          predictedLabel
          score
          injected
        }
      }
    }
  }
`);

const names: Record<LabelErrorRanking, string> = {
  EARLY_LOSS: 'Early loss',
  AUM: 'Area under the margin',
  LAST_LOSS: 'Last-epoch loss',
};

const epoch = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/**
 * The likeliest label errors by a ranking over the run's epochs, with how well each ranking finds the labels the run
 * corrupted (the best is the default). Refetched when an epoch ends or the run's status changes (an outside run logs
 * its examples' epochs without counting epochs).
 */
export function LabelErrorsCard({ runId, team, epochsDone, status }: { runId: string; team: string; epochsDone: number; status: string }) {
  const [ranking, setRanking] = useState<LabelErrorRanking | null>(null);
  const answer = useGqlQuery(LabelErrorsQuery, { id: runId, ranking });
  const { refetch } = answer;
  useEffect(() => void refetch(), [epochsDone, status, refetch]);
  const report = answer.data?.run.labelErrors;
  if (!report) return null;
  const noisy = report.rankings.some((r) => r.detectionF1 !== null);
  const how = {
    EARLY_LOSS: `mean training loss over epochs ${epoch(report.earlyEpochsFrom)}–${epoch(report.earlyEpochsThrough)}, before the model memorizes its labels`,
    AUM: 'how far, on average over the epochs, the model prefers another class to the given label',
    LAST_LOSS: 'training loss at the latest epoch, after any memorization',
  }[report.ranking];
  const download = `/api/runs/${runId}/suspected-label-errors?team=${team}&ranking=${report.ranking.toLowerCase()}`;
  return (
    <Card
      title="Suspected label errors"
      description={`Ranked by ${how}. Never an example the model predicted as labelled at every epoch.${noisy ? ' “Injected” marks the labels this run corrupted.' : ''}`}
      actions={
        <a className="text-sm font-medium text-brand-700 hover:underline" href={download}>
          Download all (CSV)
        </a>
      }
    >
      <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
        <Select aria-label="Ranking" value={report.ranking} onChange={(e) => setRanking(e.target.value as LabelErrorRanking)}>
          {report.rankings
            .filter((r) => r.available)
            .map((r) => (
              <option key={r.ranking} value={r.ranking}>
                {names[r.ranking]}
                {r.preferred ? ' (default)' : ''}
              </option>
            ))}
        </Select>
        {noisy && (
          <span aria-label="Detection F1" className="text-slate-600">
            Finds the injected errors (F1):{' '}
            {report.rankings
              .filter((r) => r.detectionF1 !== null)
              .map((r) => `${names[r.ranking]} ${r.detectionF1!.toFixed(2)}`)
              .join(' · ')}
          </span>
        )}
      </div>
      {report.examples.length === 0 ? (
        <p className="text-sm text-slate-500">None: the model agreed with every given label at every epoch.</p>
      ) : (
        <Table head={['Line', 'Example', 'Given', 'Predicted', 'Score', ...(noisy ? ['Injected'] : [])]}>
          {report.examples.map((e) => (
            <tr key={e.row} className="align-top">
              <td className="py-1.5 pr-4 tabular-nums">{e.line}</td>
              <td className="max-w-md py-1.5 pr-4 text-xs">{e.text}</td>
              <td className="py-1.5 pr-4">{e.givenLabel}</td>
              <td className="py-1.5 pr-4">{e.predictedLabel}</td>
              <td className="py-1.5 pr-4 tabular-nums">{e.score.toFixed(2)}</td>
              {noisy && <td className="py-1.5 pr-4">{e.injected ? 'yes' : 'no'}</td>}
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
