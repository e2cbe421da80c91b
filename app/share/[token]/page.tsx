'use client';

import { useParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { graphql } from '@/app/gql';
import { CompareView } from '@/app/_components/compare/CompareView';
import { fromColumns, type CompareRun } from '@/app/_components/compare/lines';
import { Loading, Notice, formatDate } from '@/app/_components/ui';
import { useGqlQuery } from '@/app/_lib/graphql';
import { compareSettings, type CompareSettings } from '@/lib/compare/settings';

const SharedQuery = graphql(`
  query SharedComparison($token: String!) {
    sharedComparison(token: $token) {
      name
      note
      metrics
      settings
      updatedAt
      runs {
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
        phases {
          phase
          start
          end
        }
        marks {
          kind
          label
          start
          end
          colour
        }
      }
      series(withWallTime: true) {
        ...SeriesColumns
      }
    }
  }
`);

/** A comparison behind a public link: read-only, no sign-in; the view can still be changed locally. */
export default function SharedComparisonPage() {
  const { token } = useParams<{ token: string }>();
  const shared = useGqlQuery(SharedQuery, { token });
  const [settings, setSettings] = useState<CompareSettings | null>(null);
  const [metrics, setMetrics] = useState<string[] | null>(null);
  const comparison = shared.data?.sharedComparison;
  const series = useMemo(() => (comparison?.series ?? []).map(fromColumns), [comparison]);
  const saved = useMemo(() => comparison && compareSettings.parse(comparison.settings), [comparison]);

  return (
    <main className="mx-auto max-w-7xl space-y-4 p-6">
      <p className="text-xs uppercase tracking-wide text-slate-500">Phaselab · shared comparison</p>
      {shared.error ? (
        <Notice>
          {shared.error.code === 'NOT_FOUND' ? 'This link does not exist, was revoked or has expired.' : shared.error.message}
        </Notice>
      ) : !comparison ? (
        <Loading />
      ) : (
        <>
          <div>
            <h1 className="text-2xl font-semibold">{comparison.name}</h1>
            <p className="text-sm text-slate-500">Last saved {formatDate(comparison.updatedAt)}</p>
            {comparison.note && <p className="mt-2 text-sm">{comparison.note}</p>}
          </div>
          <CompareView
            name={comparison.name}
            runs={comparison.runs as CompareRun[]}
            series={series}
            metrics={metrics ?? comparison.metrics}
            availableMetrics={comparison.metrics}
            settings={settings ?? saved!}
            onSettings={setSettings}
            onMetrics={setMetrics}
          />
        </>
      )}
    </main>
  );
}
