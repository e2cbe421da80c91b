import Link from 'next/link';
import type { RunQuery } from '@/app/gql/graphql';
import { formatDate } from '../../../../_components/ui';
import { phaseLabels } from '@/app/_components/phaseColours';
import { isTrainedKind, runKinds, type RunKind } from '@/lib/runs/config';

/** The scores a run page leads with, where the run has them. */
const headlineScores: [key: string, label: string][] = [
  ['test/accuracy', 'Test accuracy'],
  ['test/macro_f1', 'Test macro-F1'],
  ['test/f1', 'Test entity F1'],
  ['test/auc', 'Test AUC'],
  ['test/coverage', 'Test coverage'],
  ['val/mlm_accuracy', 'Masked-word accuracy'],
];

/** Fewer test items of a class than this and its scores swing with a handful of predictions. */
const FEW_CLASS_ITEMS = 30;

/** What a run is and how it did, at a glance: kind, data, where and when it trained, its headline test scores. */
export function RunFacts({ run, team }: { run: RunQuery['run']; team: string }) {
  const trained = isTrainedKind(run.kind);
  return (
    <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
      <div>
        <dt className="text-slate-500">Kind</dt>
        <dd>{runKinds[run.kind as RunKind]?.label ?? run.kind}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Dataset</dt>
        <dd>
          {run.datasetVersion ? (
            <Link className="text-brand-700 hover:underline" href={`/t/${team}/datasets/${run.datasetVersion.dataset.id}`}>
              {run.datasetVersion.dataset.name} v{run.datasetVersion.number}
            </Link>
          ) : (
            '—'
          )}
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">Worker</dt>
        <dd>
          {run.workerHost ?? '—'} {run.backend && `(${run.backend})`}
        </dd>
      </div>
      {trained && (
        <div>
          <dt className="text-slate-500">Seed</dt>
          <dd>{run.seed}</dd>
        </div>
      )}
      {typeof run.config.splitSeed === 'number' && (
        <div>
          <dt className="text-slate-500">Split</dt>
          <dd>its own, drawn with seed {run.config.splitSeed}</dd>
        </div>
      )}
      <div>
        <dt className="text-slate-500">Started</dt>
        <dd>{formatDate(run.startedAt)}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Finished</dt>
        <dd>{formatDate(run.finishedAt)}</dd>
      </div>
      {run.baseModel && (
        <div>
          <dt className="text-slate-500">Base model</dt>
          <dd>
            <Link className="text-brand-700 hover:underline" href={`/t/${team}/runs/${run.baseModel.id}`}>
              {run.baseModel.name}
            </Link>
            {run.config.init === 'random' ? ' (its shape, random weights)' : ''}
          </dd>
        </div>
      )}
      {run.parent && (
        <div>
          <dt className="text-slate-500">Retry of</dt>
          <dd>
            <Link className="text-brand-700 hover:underline" href={`/t/${team}/runs/${run.parent.id}`}>
              {run.parent.name}
            </Link>
          </dd>
        </div>
      )}
      {headlineScores
        .filter(([key]) => typeof run.summary[key] === 'number')
        .map(([key, label]) => {
          const interval = run.testUncertainty?.intervals.find((i) => i.key === key);
          return (
            <div key={key}>
              <dt className="text-slate-500">{label}</dt>
              <dd className="font-semibold tabular-nums">
                {(run.summary[key] as number).toFixed(3)}
                {interval && (
                  <span className="font-normal text-slate-500">
                    {' '}
                    (95%: {interval.low.toFixed(3)}–{interval.high.toFixed(3)})
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      {run.testUncertainty && (
        <div className="col-span-2 text-xs text-slate-500">
          Intervals over {run.testUncertainty.items} test items.
          {run.testUncertainty.smallestClassItems !== null && run.testUncertainty.smallestClassItems < FEW_CLASS_ITEMS && (
            <span role="alert" className="ml-1 text-amber-700">
              Only {run.testUncertainty.smallestClassItems} test items of “{run.testUncertainty.smallestClass}”: its scores, and macro
              scores, swing with a few items.
            </span>
          )}
        </div>
      )}
      {run.phases.length > 0 && (
        <div className="col-span-2">
          <dt className="text-slate-500">Phases{run.phaseDetection?.final ? '' : ' (provisional)'}</dt>
          <dd>{run.phases.map((p) => `${phaseLabels[p.phase]} ${p.start}–${p.end}`).join(' · ')}</dd>
        </div>
      )}
    </dl>
  );
}
