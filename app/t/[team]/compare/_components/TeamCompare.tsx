'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { graphql } from '@/app/gql';
import type { CompareRunFieldsFragment } from '@/app/gql/graphql';
import { CompareView } from '@/app/_components/compare/CompareView';
import { fromColumns, type CompareRun, type SeriesColumns } from '@/app/_components/compare/lines';
import { Loading, Notice } from '@/app/_components/ui';
import { useGqlQuery } from '@/app/_lib/graphql';
import { defaultCompareSettings, pointsPerLine, type CompareSettings } from '@/lib/compare/settings';
import { phaseScores } from '@/lib/phases/curves';

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
    testUncertainty {
      intervals {
        key
        low
        high
      }
    }
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

/**
 * Metrics a comparison opens with: the runs' headline validation score (the one their phases are read from: F1 for
 * taggers, AUC for binary tables, …), validation loss, the memorized fraction and training loss, where they have them.
 */
function defaultMetrics(available: readonly string[]): string[] {
  const score = phaseScores.map((s) => s.val).find((key) => available.includes(key));
  return [...(score ? [score] : []), 'val/loss', 'noise/memorized_fraction', 'train/loss'].filter((key) => available.includes(key));
}

interface RunWithKeys extends CompareRun {
  metricKeys: string[];
}

/** What a saved comparison's page read with the comparison: its runs and its curves as they first open. */
export interface PreloadedComparison {
  group: { id: string; name: string } | null;
  runs: CompareRunFieldsFragment[];
  series: SeriesColumns[];
  /** When they were read: offered again later (the view switched back), they are refetched once stale. */
  readAt: number;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Loads the team's runs (a list or a group) and their curves, and lets the view change; `children` gets the state to save. */
export function TeamCompare({
  selection,
  initialMetrics,
  initialSettings,
  preloaded,
  title,
  children,
}: {
  selection: CompareSelection;
  initialMetrics?: string[];
  initialSettings?: CompareSettings;
  /** Shown at once instead of asked for again, while the view is the one the comparison opens with. */
  preloaded?: PreloadedComparison;
  title: string;
  children?: (state: { metrics: string[]; settings: CompareSettings }) => React.ReactNode;
}) {
  const [settings, setSettings] = useState(initialSettings ?? defaultCompareSettings);
  const [chosen, setChosen] = useState<string[] | null>(initialMetrics ?? null);
  const live = (runs: { status: string }[] | undefined) =>
    runs?.some((r) => r.status === 'RUNNING' || r.status === 'QUEUED' || r.status === 'WAITING') ? 3000 : false;
  // Preloaded data counts as fresh for a while: asking again at once would fetch and draw everything twice.
  const fresh = preloaded ? { staleTime: 30_000 } : {};
  const byIds = useGqlQuery(
    RunsQuery,
    { ids: selection.runIds },
    {
      enabled: !selection.groupId && selection.runIds.length > 0,
      refetchInterval: (q) => live(q.state.data?.runsByIds),
      initialData: preloaded && !preloaded.group ? { runsByIds: preloaded.runs } : undefined,
      initialDataUpdatedAt: preloaded?.readAt,
      ...fresh,
    },
  );
  const byGroup = useGqlQuery(
    GroupQuery,
    { id: selection.groupId ?? '' },
    {
      enabled: !!selection.groupId,
      refetchInterval: (q) => live(q.state.data?.runGroup.runs),
      initialData: preloaded?.group ? { runGroup: { ...preloaded.group, runs: preloaded.runs } } : undefined,
      initialDataUpdatedAt: preloaded?.readAt,
      ...fresh,
    },
  );
  const loaded = ((selection.groupId ? byGroup.data?.runGroup.runs : byIds.data?.runsByIds) ?? []) as unknown as (Omit<
    RunWithKeys,
    'marks'
  > & { annotations: CompareRun['marks'] })[];
  const runs: RunWithKeys[] = useMemo(() => loaded.map(({ annotations, ...run }) => ({ ...run, marks: annotations })), [loaded]);
  const availableMetrics = useMemo(() => [...new Set(runs.flatMap((r) => r.metricKeys))].sort(), [runs]);
  const metrics = useMemo(() => chosen ?? defaultMetrics(availableMetrics), [chosen, availableMetrics]);
  // A saved list of runs knows its runs and metrics before they load: its curves are asked for at once.
  const ids = selection.groupId ? runs.map((r) => r.id) : selection.runIds;
  const variables = {
    ids,
    keys: metrics,
    maxPoints: pointsPerLine(ids.length),
    withWallTime: settings.xAxis === 'wall' || settings.xAxis === 'relative',
  };
  // The preloaded curves were read with the server's defaults for the comparison, which these first variables mirror.
  const [opening] = useState(variables);
  const curves = useGqlQuery(MetricsQuery, variables, {
    enabled: ids.length > 0 && metrics.length > 0,
    refetchInterval: live(runs),
    placeholderData: (previous) => previous,
    initialData: preloaded && sameJson(variables, opening) ? { runMetrics: preloaded.series } : undefined,
    initialDataUpdatedAt: preloaded?.readAt,
    ...fresh,
  });
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
