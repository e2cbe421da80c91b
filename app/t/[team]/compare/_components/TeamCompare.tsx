'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { graphql } from '@/app/gql';
import { CompareView } from '@/app/_components/compare/CompareView';
import { fromColumns, type CompareRun } from '@/app/_components/compare/lines';
import { Loading, Notice } from '@/app/_components/ui';
import { useGqlQuery } from '@/app/_lib/graphql';
import { defaultCompareSettings, pointsPerLine, type CompareSettings } from '@/lib/compare/settings';

const RunsQuery = graphql(`
  query CompareRuns($ids: [ID!]!) {
    runsByIds(ids: $ids) {
      ...CompareRunFields
    }
  }
`);

const GroupQuery = graphql(`
  query CompareGroup($id: ID!) {
    runGroup(id: $id) {
      id
      name
      runs {
        ...CompareRunFields
      }
    }
  }
`);

graphql(`
  fragment CompareRunFields on Run {
    id
    name
    kind
    status
    config
    summary
    metricKeys
    phases {
      phase
      start
      end
    }
    annotations {
      kind
      label
      start
      end
      colour
    }
  }
`);

const MetricsQuery = graphql(`
  query CompareMetrics($ids: [ID!]!, $keys: [String!], $maxPoints: Int!, $withWallTime: Boolean!) {
    runMetrics(runIds: $ids, keys: $keys, maxPoints: $maxPoints, withWallTime: $withWallTime) {
      runId
      key
      steps
      epochs
      values
      wallTimes @include(if: $withWallTime)
    }
  }
`);

export interface CompareSelection {
  runIds: string[];
  groupId: string | null;
}

/** Metrics a comparison opens with: validation and training loss and accuracy where the runs have them. */
const preferred = ['val/loss', 'val/accuracy', 'train/loss', 'noise/memorized_fraction'];

interface RunWithKeys extends CompareRun {
  metricKeys: string[];
}

/** Loads the team's runs (a list or a group) and their curves, and lets the view change; `children` gets the state to save. */
export function TeamCompare({
  selection, initialMetrics, initialSettings, title, children,
}: {
  selection: CompareSelection;
  initialMetrics?: string[];
  initialSettings?: CompareSettings;
  title: string;
  children?: (state: { metrics: string[]; settings: CompareSettings }) => React.ReactNode;
}) {
  const [settings, setSettings] = useState(initialSettings ?? defaultCompareSettings);
  const [chosen, setChosen] = useState<string[] | null>(initialMetrics ?? null);
  const live = (runs: { status: string }[] | undefined) => (runs?.some((r) => r.status === 'RUNNING' || r.status === 'QUEUED') ? 3000 : false);
  const byIds = useGqlQuery(RunsQuery, { ids: selection.runIds }, { enabled: !selection.groupId && selection.runIds.length > 0, refetchInterval: (q) => live(q.state.data?.runsByIds) });
  const byGroup = useGqlQuery(GroupQuery, { id: selection.groupId ?? '' }, { enabled: !!selection.groupId, refetchInterval: (q) => live(q.state.data?.runGroup.runs) });
  const loaded = ((selection.groupId ? byGroup.data?.runGroup.runs : byIds.data?.runsByIds) ?? []) as unknown as (Omit<RunWithKeys, 'marks'> & { annotations: CompareRun['marks'] })[];
  const runs: RunWithKeys[] = useMemo(() => loaded.map(({ annotations, ...run }) => ({ ...run, marks: annotations })), [loaded]);
  const availableMetrics = useMemo(() => [...new Set(runs.flatMap((r) => r.metricKeys))].sort(), [runs]);
  const metrics = useMemo(() => chosen ?? preferred.filter((m) => availableMetrics.includes(m)), [chosen, availableMetrics]);
  // A saved list of runs knows its runs and metrics before they load: its curves are asked for at once.
  const ids = selection.groupId ? runs.map((r) => r.id) : selection.runIds;
  const curves = useGqlQuery(
    MetricsQuery,
    { ids, keys: metrics, maxPoints: pointsPerLine(ids.length), withWallTime: settings.xAxis === 'wall' || settings.xAxis === 'relative' },
    { enabled: ids.length > 0 && metrics.length > 0, refetchInterval: live(runs), placeholderData: (previous) => previous },
  );
  const series = useMemo(() => (curves.data?.runMetrics ?? []).map(fromColumns), [curves.data]);
  // A run that finishes stops the polling: its last points are fetched once more, whichever query saw it first.
  const statuses = runs.map((r) => r.status).join();
  const seen = useRef(statuses);
  const { refetch } = curves;
  useEffect(() => {
    // Not when the runs first load: the curves are being fetched already.
    if (seen.current && statuses !== seen.current) void refetch();
    seen.current = statuses;
  }, [statuses, refetch]);
  const error = byIds.error ?? byGroup.error ?? curves.error;

  if (error) return <Notice>{error.message}</Notice>;
  if (!selection.groupId && !selection.runIds.length) return <Notice>Pick runs to compare from the run list, or open a sweep.</Notice>;
  if (byIds.isLoading || byGroup.isLoading) return <Loading />;
  return (
    <>
      {children?.({ metrics, settings })}
      <CompareView
        name={title}
        runs={runs}
        series={series}
        metrics={metrics}
        availableMetrics={availableMetrics}
        settings={settings}
        onSettings={setSettings}
        onMetrics={setChosen}
      />
    </>
  );
}
