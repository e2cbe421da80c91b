'use client';

import { Fragment, useEffect, useState } from 'react';
import { useParams, useRouter } from 'next/navigation';
import { graphql } from '@/app/gql';
import { Button, Card, FormError, Loading, Table } from '../../../../_components/ui';
import { useGqlMutation, useGqlQuery } from '../../../../_lib/graphql';
import { useActiveTeam } from '../../../../_lib/permissions';
import { CurveChart, type Band, type Curve } from '../_components/CurveChart';
import { PhasesCard } from '../_components/PhasesCard';
import { AnnotationsCard } from '../_components/AnnotationsCard';
import { phaseColours, phaseLabels } from '@/app/_components/phaseColours';
import { RunStatusBadge } from '../_components/status';
import { TrainingProgress } from '../_components/TrainingProgress';
import { RunLog } from '../_components/RunLog';
import { MemorizedHistogram } from '../_components/MemorizedHistogram';
import { GroupCard } from '../_components/GroupCard';
import { ExplanationCard } from '../_components/ExplanationCard';
import { HybridCard } from '../_components/HybridCard';
import { PredictCard } from '../_components/PredictCard';
import { LabelErrorsCard } from '../_components/LabelErrorsCard';
import { RunNotesCard } from '../_components/RunNotesCard';
import { RunFacts } from '../_components/RunFacts';
import { lossKeys, loggedCurves, noiseKeys, pick, scoreKeys } from '../_components/runCurves';
import { isTrainedKind } from '@/lib/runs/config';

const RunQuery = graphql(`
  query Run($id: ID!) {
    run(id: $id) {
      id
      name
      kind
      status
      progress
      epochsDone
      epochs
      seed
      config
      summary
      testUncertainty {
        items
        smallestClass
        smallestClassItems
        intervals {
          key
          low
          high
        }
      }
      backend
      workerHost
      error
      errorStack
      cancelRequested
      runsAheadInQueue
      waitReason
      createdAt
      startedAt
      finishedAt
      tags
      notes
      parent {
        id
        name
      }
      baseModel {
        id
        name
      }
      datasetVersion {
        number
        taskType
        dataset {
          id
          name
        }
      }
      experiment {
        id
        name
      }
      keyTags {
        key
        value
      }
      metrics(maxPoints: 500) {
        key
        points {
          epoch
          value
        }
      }
      logs(last: 100) {
        id
        at
        attempt
        level
        message
      }
      phases {
        phase
        start
        end
        confidence
        correction {
          id
          author {
            name
            email
          }
        }
      }
      phaseDetection {
        status
        final
        version
        explanation
        params
      }
      annotations {
        id
        kind
        label
        start
        end
        colour
        note
        phase
        editable
        author {
          name
          email
        }
      }
    }
  }
`);

// What changes once an epoch: fetched again when one completes, not at every poll.
const RunEpochQuery = graphql(`
  query RunEpochDetails($id: ID!) {
    run(id: $id) {
      id
      artifacts {
        name
        epoch
        bytes
      }
      noisyExamples {
        firstMemorizedEpoch
      }
    }
  }
`);

const Cancel = graphql(`
  mutation CancelRun($id: ID!) {
    cancelRun(id: $id) {
      run {
        id
        status
      }
    }
  }
`);

const Retry = graphql(`
  mutation RetryRun($id: ID!) {
    retryRun(id: $id) {
      run {
        id
      }
    }
  }
`);

const live = (status?: string) => status === 'QUEUED' || status === 'WAITING' || status === 'RUNNING';

export default function RunPage() {
  const { id } = useParams<{ id: string }>();
  const router = useRouter();
  const { team, can } = useActiveTeam();
  // Live while it trains: a new point shows within the polling interval.
  const query = useGqlQuery(RunQuery, { id }, { refetchInterval: (q) => (live(q.state.data?.run.status) ? 1500 : false) });
  const details = useGqlQuery(RunEpochQuery, { id });
  const { refetch } = details;
  const epochsDone = query.data?.run.epochsDone;
  const status = query.data?.run.status;
  useEffect(() => void refetch(), [epochsDone, status, refetch]);
  const cancel = useGqlMutation(Cancel);
  const retry = useGqlMutation(Retry);
  const [showPhases, setShowPhases] = useState(true);
  if (query.isLoading || !team) return <Loading />;
  const run = query.data?.run;
  if (!run) return <FormError message={query.error?.message ?? 'Run not found.'} />;
  const series = run.metrics as Curve[];
  const { artifacts = [], noisyExamples = [] } = details.data?.run ?? {};
  const noisy = noisyExamples.length > 0;
  const trained = isTrainedKind(run.kind);
  // A trained run's charts share its planned epochs as their x range; an outside run's follow its points.
  const epochRange = trained ? run.epochs : undefined;
  const losses = pick(series, lossKeys);
  const scores = pick(series, scoreKeys);
  const bands: Band[] = [
    ...(showPhases
      ? run.phases.map((p) => ({
          key: `phase-${p.phase}`,
          label: phaseLabels[p.phase],
          start: p.start,
          end: p.end,
          colour: phaseColours[p.phase],
        }))
      : []),
    ...run.annotations
      .filter((a) => !a.phase)
      .map((a) => ({ key: a.id, label: a.label, start: a.start, end: a.end ?? null, colour: a.colour })),
  ];

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">
          {run.name} <RunStatusBadge status={run.status} />
        </h1>
        <div className="flex gap-2">
          {can('runs:create') && trained && live(run.status) && (
            <Button variant="danger" disabled={run.cancelRequested || cancel.isPending} onClick={() => cancel.mutate({ id })}>
              {run.cancelRequested ? 'Canceling…' : 'Cancel'}
            </Button>
          )}
          {can('runs:create') && trained && !live(run.status) && (
            <Button
              variant="secondary"
              onClick={() => retry.mutate({ id }, { onSuccess: (d) => router.push(`/t/${team.slug}/runs/${d.retryRun.run.id}`) })}
            >
              Retry
            </Button>
          )}
        </div>
      </div>
      <FormError message={(cancel.error ?? retry.error)?.message} />

      <Card>
        <div className="space-y-3">
          {trained ? (
            <TrainingProgress run={run} />
          ) : (
            <p className="text-sm text-slate-600">
              Trained by its own code and logged through the tracking API{run.experiment ? ` to experiment “${run.experiment.name}”` : ''};
              its status is what that code reports.
            </p>
          )}
          <RunFacts run={run} team={team.slug} />
        </div>
      </Card>

      <RunNotesCard run={run} canEdit={can('runs:annotate')} />

      {run.error && (
        <Card title="Error">
          <p className="text-sm text-red-700">{run.error}</p>
          {run.errorStack && <pre className="mt-2 max-h-64 overflow-auto rounded bg-slate-50 p-3 text-xs">{run.errorStack}</pre>}
        </Card>
      )}

      <Card
        title="Curves"
        actions={
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={showPhases} onChange={(e) => setShowPhases(e.target.checked)} /> Show phases
          </label>
        }
      >
        <div className="grid gap-6 lg:grid-cols-2">
          {(trained || losses.length > 0) && <CurveChart title="Loss" curves={losses} bands={bands} epochs={epochRange} />}
          {(trained || scores.length > 0) && (
            <CurveChart
              title={run.kind === 'pretrain' || run.kind === 'finetune' ? 'Scores' : 'Accuracy'}
              curves={scores}
              bands={bands}
              epochs={epochRange}
            />
          )}
          {!trained &&
            loggedCurves(series).map((group) => <CurveChart key={group.title} title={group.title} curves={group.curves} bands={bands} />)}
          {noisy && <CurveChart title="Noisy examples" curves={pick(series, noiseKeys)} bands={bands} epochs={epochRange} />}
          {noisy && (
            <div className="space-y-2">
              <p className="text-sm font-medium text-slate-700">First memorized ({noisyExamples.length} noisy examples)</p>
              <MemorizedHistogram epochs={noisyExamples.map((e) => e.firstMemorizedEpoch ?? null)} />
            </div>
          )}
        </div>
      </Card>

      <GroupCard runId={run.id} team={team.slug} />
      {run.status === 'SUCCEEDED' && run.kind === 'hybrid' && (
        <HybridCard runId={run.id} team={team.slug} canLabel={can('datasets:write')} />
      )}
      {run.status === 'SUCCEEDED' && run.kind === 'wide_deep' && <ExplanationCard runId={run.id} />}
      {/* Predictions give a class per row: not for a language model or a tagger. */}
      {run.status === 'SUCCEEDED' &&
        can('runs:create') &&
        trained &&
        run.kind !== 'pretrain' &&
        run.datasetVersion?.taskType !== 'TOKEN_CLASSIFICATION' && <PredictCard runId={run.id} />}

      <div className="grid gap-6 lg:grid-cols-2">
        <PhasesCard runId={run.id} phases={run.phases} detection={run.phaseDetection ?? null} canDetect={can('runs:create')} />
        <AnnotationsCard runId={run.id} annotations={run.annotations} canAnnotate={can('runs:annotate')} />
      </div>

      <LabelErrorsCard runId={run.id} team={team.slug} epochsDone={run.epochsDone} status={run.status} />

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={trained ? 'Config' : 'Params'}>
          <pre className="overflow-auto whitespace-pre-wrap break-words text-xs">{JSON.stringify(run.config, null, 2)}</pre>
        </Card>
        {run.keyTags.length > 0 && (
          <Card title="Tags">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-xs">
              {run.keyTags.map((t) => (
                <Fragment key={t.key}>
                  <dt className="font-mono text-slate-500">{t.key}</dt>
                  <dd className="break-all font-mono">{t.value}</dd>
                </Fragment>
              ))}
            </dl>
          </Card>
        )}
        <Card title="Log">
          <RunLog lines={run.logs} />
        </Card>
        <Card title="Artifacts">
          {artifacts.length === 0 ? (
            <p className="text-sm text-slate-500">None yet: a checkpoint is saved after each epoch.</p>
          ) : (
            <Table head={['Name', 'Epoch', 'Size']}>
              {artifacts.map((a) => (
                <tr key={a.name}>
                  <td className="py-1.5 pr-4">
                    <a className="text-brand-700 hover:underline" href={`/api/runs/${run.id}/artifacts/${a.name}?team=${team.slug}`}>
                      {a.name}
                    </a>
                  </td>
                  <td className="py-1.5 pr-4">{a.epoch}</td>
                  <td className="py-1.5 pr-4 tabular-nums">{(a.bytes / 1024).toFixed(0)} KB</td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
