'use client';

import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Badge, Button, Card, FormError, Input, Loading, Select, Table, formatDate } from '../../../../_components/ui';
import { useGqlMutation, useGqlQuery } from '../../../../_lib/graphql';
import { useActiveTeam } from '../../../../_lib/permissions';
import { PreviewTable } from '../_components/PreviewTable';
import { formatCount, formatSize, taskTypeLabel } from '../_components/labels';

const DatasetQuery = graphql(`
  query Dataset($id: ID!) {
    dataset(id: $id) {
      id
      name
      description
      archived
      versions {
        id
        number
        taskType
        filename
        bytes
        rowCount
        note
        createdAt
        downloadUrl
        schema {
          labelColumn
          columns {
            name
            type
          }
        }
        splitConfig {
          train
          validation
          test
          seed
        }
        splitCounts {
          train
          validation
          test
        }
        labelDistribution {
          value
          count
        }
        tokenStats {
          count
          tagScheme
        }
        columnStats {
          name
          type
          missing
          distinct
          distinctCapped
          min
          max
          mean
          top {
            value
            count
          }
        }
        preview
      }
    }
  }
`);

const Rename = graphql(`
  mutation RenameDataset($input: RenameDatasetInput!) {
    renameDataset(input: $input) {
      dataset {
        id
        name
      }
    }
  }
`);
const Archive = graphql(`
  mutation ArchiveDataset($id: ID!) {
    archiveDataset(id: $id) {
      dataset {
        id
        archived
      }
    }
  }
`);
const Unarchive = graphql(`
  mutation UnarchiveDataset($id: ID!) {
    unarchiveDataset(id: $id) {
      dataset {
        id
        archived
      }
    }
  }
`);
const Delete = graphql(`
  mutation DeleteDataset($id: ID!) {
    deleteDataset(id: $id) {
      deletedId
    }
  }
`);

function LabelBars({ counts }: { counts: { value: string; count: number }[] }) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <ul className="space-y-1" aria-label="Label distribution">
      {counts.map((c) => (
        <li key={c.value} className="grid grid-cols-[10rem_1fr_5rem] items-center gap-2 text-sm">
          <span className="truncate">{c.value}</span>
          <span className="h-2 rounded bg-brand-500" style={{ width: `${(100 * c.count) / max}%` }} />
          <span className="text-right tabular-nums text-slate-600">{formatCount(c.count)}</span>
        </li>
      ))}
    </ul>
  );
}

export default function DatasetPage() {
  const { id } = useParams<{ id: string }>();
  const router = useRouter();
  const { team, can } = useActiveTeam();
  const query = useGqlQuery(DatasetQuery, { id });
  const [selected, setSelected] = useState<number | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const rename = useGqlMutation(Rename);
  const archive = useGqlMutation(Archive);
  const unarchive = useGqlMutation(Unarchive);
  const remove = useGqlMutation(Delete);
  if (query.isLoading || !team) return <Loading />;
  const dataset = query.data?.dataset;
  if (!dataset) return <FormError message={query.error?.message ?? 'Dataset not found.'} />;
  const v = dataset.versions.find((x) => x.number === selected) ?? dataset.versions[0]!;
  const error = rename.error ?? archive.error ?? unarchive.error ?? remove.error;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {renaming === null ? (
          <h1 className="text-2xl font-semibold">
            {dataset.name} {dataset.archived && <Badge>archived</Badge>}
          </h1>
        ) : (
          <form
            className="flex gap-2"
            onSubmit={(e) => (e.preventDefault(), rename.mutate({ input: { id, name: renaming } }, { onSuccess: () => setRenaming(null) }))}
          >
            <Input aria-label="New name" value={renaming} onChange={(e) => setRenaming(e.target.value)} />
            <Button type="submit">Save</Button>
          </form>
        )}
        <div className="flex flex-wrap gap-2">
          <a href={v.downloadUrl} className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50">
            Download original
          </a>
          {can('datasets:write') && (
            <Link
              href={`/t/${team.slug}/datasets/new?dataset=${id}`}
              className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50"
            >
              New version
            </Link>
          )}
          {can('datasets:write') && renaming === null && (
            <Button variant="secondary" onClick={() => setRenaming(dataset.name)}>
              Rename
            </Button>
          )}
          {can('datasets:write') &&
            (dataset.archived ? (
              <Button variant="secondary" onClick={() => unarchive.mutate({ id })}>
                Unarchive
              </Button>
            ) : (
              <Button variant="secondary" onClick={() => archive.mutate({ id })}>
                Archive
              </Button>
            ))}
          {can('datasets:delete') && (
            <Button
              variant="danger"
              onClick={() =>
                confirm(`Delete "${dataset.name}" and all its versions?`) &&
                remove.mutate({ id }, { onSuccess: () => router.push(`/t/${team.slug}/datasets`) })
              }
            >
              Delete
            </Button>
          )}
        </div>
      </div>
      <FormError message={error?.message} />

      <Card
        title={`Version ${v.number}`}
        description={`${taskTypeLabel[v.taskType]} · ${v.filename} · ${formatSize(v.bytes)} · ${formatDate(v.createdAt)}${v.note ? ` · ${v.note}` : ''}`}
        actions={
          dataset.versions.length > 1 && (
            <Select aria-label="Version" value={v.number} onChange={(e) => setSelected(Number(e.target.value))}>
              {dataset.versions.map((x) => (
                <option key={x.id} value={x.number}>
                  v{x.number}
                </option>
              ))}
            </Select>
          )
        }
      >
        <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-500">Rows</dt>
            <dd className="text-lg font-semibold tabular-nums">{formatCount(v.rowCount)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Train / validation / test</dt>
            <dd className="tabular-nums">
              {[v.splitCounts.train, v.splitCounts.validation, v.splitCounts.test].map(formatCount).join(' / ')}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Split seed</dt>
            <dd>{v.splitConfig.seed} (stratified)</dd>
          </div>
          <div>
            <dt className="text-slate-500">Label</dt>
            <dd>
              {v.tokenStats
                ? `${v.tokenStats.tagScheme} tags, ${formatCount(v.tokenStats.count)} tokens`
                : (v.schema.labelColumn ?? 'none')}
            </dd>
          </div>
        </dl>
      </Card>

      {v.labelDistribution.length > 0 && (
        <Card title={v.tokenStats ? 'Entity mentions' : 'Label distribution'}>
          <LabelBars counts={v.labelDistribution} />
        </Card>
      )}

      <Card title="Columns">
        <Table head={['Column', 'Type', 'Missing', 'Distinct', 'Summary']}>
          {v.columnStats.map((c) => (
            <tr key={c.name}>
              <td className="py-1.5 pr-4 font-medium">{c.name}</td>
              <td className="py-1.5 pr-4">{c.type.toLowerCase()}</td>
              <td className="py-1.5 pr-4 tabular-nums">{formatCount(c.missing)}</td>
              <td className="py-1.5 pr-4 tabular-nums">
                {c.distinctCapped ? '≥ ' : ''}
                {formatCount(c.distinct)}
              </td>
              <td className="py-1.5 pr-4 text-xs text-slate-600">
                {c.mean != null
                  ? `min ${c.min} · mean ${c.mean.toFixed(2)} · max ${c.max}`
                  : c.top
                      ?.slice(0, 3)
                      .map((t) => `${t.value.slice(0, 30)} (${t.count})`)
                      .join(', ')}
              </td>
            </tr>
          ))}
        </Table>
      </Card>

      <Card title="First rows">
        <PreviewTable columns={v.schema.columns.map((c) => c.name)} rows={v.preview as Record<string, unknown>[]} />
      </Card>
    </>
  );
}
