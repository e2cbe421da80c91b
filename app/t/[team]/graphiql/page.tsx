'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { useTeamSlug } from '../../../_lib/team';
import 'graphiql/graphiql.css';

// GraphiQL touches `window` as it loads, so it renders in the browser only.
const GraphiQL = dynamic(() => import('graphiql').then((m) => m.GraphiQL), { ssr: false });

/** The bundled API explorer: the same endpoint and session as the UI, scoped to this team. */
export default function ApiExplorerPage() {
  const team = useTeamSlug();
  // The fetcher needs the browser's fetch and location: made during server rendering, it throws. So it is made after
  // the page has mounted, in the browser.
  const [fetcher, setFetcher] = useState<Fetcher | null>(null);
  useEffect(
    () => setFetcher(() => createGraphiQLFetcher({ url: '/api/graphql', headers: team ? { 'x-phaselab-team': team } : {} })),
    [team],
  );
  return (
    <div className="h-[calc(100vh-10rem)] overflow-hidden rounded-lg border border-slate-200 bg-surface">
      {fetcher && (
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={
            '# Your team, its members and who is online\n{\n  team { name viewerRole }\n  members { nodes { user { email } role } }\n  workerStatus { online }\n}\n'
          }
        />
      )}
    </div>
  );
}
