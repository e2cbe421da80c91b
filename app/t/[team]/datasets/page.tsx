'use client';

import Link from 'next/link';
import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Badge, Button, Card, Input, Loading, Table, formatDate } from '../../../_components/ui';
import { Pager, usePages } from '../../../_components/Pager';
import { useGqlQuery } from '../../../_lib/graphql';
import { useActiveTeam } from '../../../_lib/permissions';
import { SamplesCard } from './_components/SamplesCard';
import { formatCount, taskTypeLabel } from './_components/labels';

const DatasetsQuery = graphql(`
  query Datasets($after: String, $includeArchived: Boolean, $search: String) {
    datasets(first: 25, after: $after, includeArchived: $includeArchived, search: $search) {
      nodes {
        id
        name
        archived
        updatedAt
        latestVersion {
          id
          number
          taskType
          rowCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export default function DatasetsPage() {
  const { team, can } = useActiveTeam();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [showSamples, setShowSamples] = useState(false);
  const pages = usePages([includeArchived, search]);
  const list = useGqlQuery(DatasetsQuery, { after: pages.after, includeArchived, search: search || null });
  if (!team) return null;
  const page = list.data?.datasets;

  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Datasets</h1>
        {can('datasets:write') && (
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => setShowSamples(true)}>
              Samples
            </Button>
            <Link
              href={`/t/${team.slug}/datasets/new`}
              className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
            >
              Upload
            </Link>
          </div>
        )}
      </div>
      {showSamples && <SamplesCard team={team.slug} onClose={() => setShowSamples(false)} />}
      <Card>
        <div className="mb-3 flex items-center gap-4">
          <Input
            aria-label="Search datasets"
            placeholder="Search by name"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            className="max-w-xs"
          />
          <label className="flex items-center gap-2 text-sm text-slate-600">
            <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} /> Show archived
          </label>
        </div>
        {list.isLoading ? (
          <Loading />
        ) : !page?.nodes.length ? (
          <p className="text-sm text-slate-500">No datasets yet. Upload a file, or add one of the samples.</p>
        ) : (
          <Table head={['Name', 'Task', 'Rows', 'Version', 'Updated']}>
            {page.nodes.map((d) => (
              <tr key={d.id}>
                <td className="py-2 pr-4">
                  <Link href={`/t/${team.slug}/datasets/${d.id}`} className="font-medium text-brand-700 hover:underline">
                    {d.name}
                  </Link>{' '}
                  {d.archived && <Badge>archived</Badge>}
                </td>
                <td className="py-2 pr-4">{taskTypeLabel[d.latestVersion.taskType]}</td>
                <td className="py-2 pr-4 tabular-nums">{formatCount(d.latestVersion.rowCount)}</td>
                <td className="py-2 pr-4">v{d.latestVersion.number}</td>
                <td className="py-2 pr-4 text-slate-500">{formatDate(d.updatedAt)}</td>
              </tr>
            ))}
          </Table>
        )}
        <Pager pages={pages} pageInfo={page?.pageInfo} />
      </Card>
    </>
  );
}
