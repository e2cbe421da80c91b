'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { graphql } from '@/app/gql';
import type { RunOrder, RunStatus } from '@/app/gql/graphql';
import { Card, Input, Loading, Select, Table, Button, formatDate } from '../../../_components/ui';
import { useGqlQuery } from '../../../_lib/graphql';
import { useActiveTeam } from '../../../_lib/permissions';
import { RunStatusBadge } from './_components/status';
import { queueWait } from './_components/TrainingProgress';
import { isTrainedKind, runKinds, type RunKind } from '@/lib/runs/config';
import { phaseScores } from '@/lib/phases/curves';
import { columnId, columnLabel, type RunColumn } from '@/lib/runs/listColumns';
import { ColumnPicker, columnValue, useRunColumns } from './_components/RunColumns';

/** The run's headline validation score, the one its phases are read from (F1 for taggers, AUC for binary tables, …). */
function ValidationScore({ summary }: { summary: Record<string, unknown> }) {
  const key = phaseScores.map((s) => s.val).find((k) => typeof summary[k] === 'number');
  if (!key) return <>—</>;
  return (
    <>
      {(summary[key] as number).toFixed(3)} <span className="text-xs text-slate-500">{key.replace('val/', '')}</span>
    </>
  );
}

const RunsQuery = graphql(`
  query Runs($after: String, $filter: RunFilter, $orderBy: RunOrder, $bestKeys: [String!]!) {
    runs(first: 25, after: $after, filter: $filter, orderBy: $orderBy) {
      nodes {
        id
        name
        kind
        status
        progress
        epochsDone
        epochs
        runsAheadInQueue
        waitReason
        tags
        createdAt
        summary
        config
        bestValues(keys: $bestKeys) {
          key
          value
        }
        datasetVersion {
          number
          dataset {
            name
          }
        }
        experiment {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FilterChoices = graphql(`
  query RunFilterChoices {
    runKinds {
      kind
      label
    }
    experiments(first: 100) {
      nodes {
        id
        name
      }
    }
    datasets(first: 100, includeArchived: true) {
      nodes {
        id
        name
      }
    }
    members(first: 100) {
      nodes {
        user {
          id
          name
        }
      }
    }
  }
`);

const statuses: RunStatus[] = ['QUEUED', 'WAITING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELED'];

/** The list's orders, by the name they have in the page's address (?sort=). */
const orders: Record<string, { label: string; order: Omit<RunOrder, 'metric' | 'configField'> }> = {
  newest: { label: 'Newest first', order: { field: 'CREATED_AT', direction: 'DESC' } },
  oldest: { label: 'Oldest first', order: { field: 'CREATED_AT', direction: 'ASC' } },
  name: { label: 'Name, A–Z', order: { field: 'NAME', direction: 'ASC' } },
  'name-desc': { label: 'Name, Z–A', order: { field: 'NAME', direction: 'DESC' } },
  highest: { label: 'Highest value of…', order: { field: 'METRIC', direction: 'DESC' } },
  lowest: { label: 'Lowest value of…', order: { field: 'METRIC', direction: 'ASC' } },
  'field-asc': { label: 'Config field, ascending', order: { field: 'CONFIG', direction: 'ASC' } },
  'field-desc': { label: 'Config field, descending', order: { field: 'CONFIG', direction: 'DESC' } },
};

/**
 * The search and the order live in the page's address, so a list can be shared or bookmarked as it is shown; typing
 * asks the server once the words settle.
 */
function useListAddress() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const sort = params.get('sort') && params.get('sort')! in orders ? params.get('sort')! : 'newest';
  const metric = params.get('key') ?? 'test/f1';
  const configField = params.get('field') ?? 'learningRate';
  const change = (next: Record<string, string>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) value ? merged.set(key, value) : merged.delete(key);
    router.replace(`${pathname}?${merged}`, { scroll: false });
  };
  const asked = params.get('q') ?? '';
  useEffect(() => {
    if (search === asked) return;
    const timer = setTimeout(() => change({ q: search }), 300);
    return () => clearTimeout(timer);
    // `change` is made anew each render; what it writes depends only on these.
  }, [search, asked]);
  const { order } = orders[sort]!;
  const orderBy: RunOrder = order.field === 'METRIC' ? { ...order, metric } : order.field === 'CONFIG' ? { ...order, configField } : order;
  return { search, setSearch, asked, sort, metric, configField, change, orderBy };
}

/**
 * A chosen column's heading: a final value or a config field sorts the list (again to reverse it); a best value is
 * read for the page shown, so it cannot order the whole list.
 */
function ColumnHeader({ column, address }: { column: RunColumn; address: ReturnType<typeof useListAddress> }) {
  const label = <span className="normal-case">{columnLabel(column)}</span>;
  if (column.source === 'best')
    return <span title="Best values are read for the runs shown; sort by the final value instead">{label}</span>;
  const [up, down, param, other, current] =
    column.source === 'summary'
      ? ['lowest', 'highest', 'key', 'field', address.metric]
      : ['field-asc', 'field-desc', 'field', 'key', address.configField];
  const sorted = current === column.key ? (address.sort === down ? 'descending' : address.sort === up ? 'ascending' : null) : null;
  return (
    <button
      type="button"
      className="uppercase hover:text-slate-900"
      aria-label={`Sort by ${columnLabel(column)}`}
      aria-pressed={sorted !== null}
      onClick={() => address.change({ sort: sorted === 'descending' ? up : down, [param]: column.key, [other]: '' })}
    >
      {label} {sorted === 'descending' ? '▼' : sorted === 'ascending' ? '▲' : ''}
    </button>
  );
}

export default function RunsPage() {
  const { team, can } = useActiveTeam();
  const [status, setStatus] = useState<RunStatus | ''>('');
  const [tag, setTag] = useState('');
  const [kind, setKind] = useState('');
  const [datasetId, setDatasetId] = useState('');
  const [experimentId, setExperimentId] = useState('');
  const [createdBy, setCreatedBy] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const choices = useGqlQuery(FilterChoices, {});
  const address = useListAddress();
  // Pages belong to one search and order: a new one starts from its first page in the same render, so no request
  // pairs a cursor with an order it was not made in.
  const listing = JSON.stringify([address.asked, address.orderBy]);
  const [paging, setPaging] = useState<{ listing: string; cursors: string[] }>({ listing, cursors: [] });
  const cursors = paging.listing === listing ? paging.cursors : [];
  const setCursors = (next: string[]) => setPaging({ listing, cursors: next });
  // A new search or order starts from its first page.
  const columns = useRunColumns();
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  // Dates are the user's local days: "to" includes its whole day.
  const day = (date: string, plus = 0) => (date ? new Date(new Date(`${date}T00:00`).getTime() + plus * 86_400_000).toISOString() : null);
  const filter = {
    status: status || null,
    tag: tag.trim() || null,
    kind: kind || null,
    datasetId: datasetId || null,
    experimentId: experimentId || null,
    createdBy: createdBy || null,
    createdAfter: day(from),
    createdBefore: day(to, 1),
    search: address.asked || null,
  };
  const list = useGqlQuery(
    RunsQuery,
    { after: cursors.at(-1) ?? null, filter, orderBy: address.orderBy, bestKeys: columns.bestKeys },
    { refetchInterval: 3000 },
  );
  if (!team) return null;
  const page = list.data?.runs;

  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Runs</h1>
        <div className="flex gap-2">
          {selected.length > 0 && (
            <Link
              href={`/t/${team.slug}/compare?runs=${selected.join(',')}`}
              className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
            >
              Compare {selected.length} run{selected.length === 1 ? '' : 's'}
            </Link>
          )}
          {can('runs:create') && (
            <>
              <Link
                href={`/t/${team.slug}/runs/sweep`}
                className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
              >
                New sweep
              </Link>
              <Link
                href={`/t/${team.slug}/runs/new`}
                className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
              >
                New run
              </Link>
            </>
          )}
        </div>
      </div>
      <Card>
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <Input
            aria-label="Search runs"
            type="search"
            placeholder="Search names, tags, config"
            value={address.search}
            onChange={(e) => address.setSearch(e.target.value)}
            className="max-w-64"
          />
          <Select
            aria-label="Sort"
            value={address.sort}
            onChange={(e) => address.change({ sort: e.target.value === 'newest' ? '' : e.target.value })}
          >
            {Object.entries(orders).map(([name, { label }]) => (
              <option key={name} value={name}>
                {label}
              </option>
            ))}
          </Select>
          {address.orderBy.field === 'METRIC' && (
            <Input
              key={address.metric}
              aria-label="Sort by value"
              placeholder="test/f1"
              defaultValue={address.metric}
              onBlur={(e) => address.change({ key: e.target.value.trim() })}
              onKeyDown={(e) => e.key === 'Enter' && address.change({ key: e.currentTarget.value.trim() })}
              className="max-w-40"
            />
          )}
          {address.orderBy.field === 'CONFIG' && (
            <Input
              key={address.configField}
              aria-label="Sort by config field"
              placeholder="learningRate"
              defaultValue={address.configField}
              onBlur={(e) => address.change({ field: e.target.value.trim() })}
              onKeyDown={(e) => e.key === 'Enter' && address.change({ field: e.currentTarget.value.trim() })}
              className="max-w-40"
            />
          )}
          <Select aria-label="Status" value={status} onChange={(e) => (setStatus(e.target.value as RunStatus | ''), setCursors([]))}>
            <option value="">Any status</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </Select>
          <Select aria-label="Kind" value={kind} onChange={(e) => (setKind(e.target.value), setCursors([]))}>
            <option value="">Any kind</option>
            {choices.data?.runKinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </Select>
          <Select aria-label="Dataset" value={datasetId} onChange={(e) => (setDatasetId(e.target.value), setCursors([]))}>
            <option value="">Any dataset</option>
            {choices.data?.datasets.nodes.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
          <Select aria-label="Experiment" value={experimentId} onChange={(e) => (setExperimentId(e.target.value), setCursors([]))}>
            <option value="">Any experiment</option>
            {choices.data?.experiments.nodes.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </Select>
          <Select aria-label="Creator" value={createdBy} onChange={(e) => (setCreatedBy(e.target.value), setCursors([]))}>
            <option value="">Anyone</option>
            {choices.data?.members.nodes.map((m) => (
              <option key={m.user.id} value={m.user.id}>
                {m.user.name}
              </option>
            ))}
          </Select>
          <Input
            aria-label="Tag"
            placeholder="Tag"
            value={tag}
            onChange={(e) => (setTag(e.target.value), setCursors([]))}
            className="max-w-48"
          />
          <Input
            aria-label="Created from"
            type="date"
            value={from}
            onChange={(e) => (setFrom(e.target.value), setCursors([]))}
            className="max-w-40"
          />
          <Input
            aria-label="Created to"
            type="date"
            value={to}
            onChange={(e) => (setTo(e.target.value), setCursors([]))}
            className="max-w-40"
          />
          <ColumnPicker {...columns} />
        </div>
        {list.isLoading ? (
          <Loading />
        ) : !page?.nodes.length ? (
          <p className="text-sm text-slate-500">{address.asked ? `No run matches “${address.asked}”.` : 'No runs yet.'}</p>
        ) : (
          <Table
            head={[
              '',
              'Name',
              'Kind',
              'Data',
              'Status',
              'Epochs',
              'Val. score',
              ...columns.columns.map((c) => <ColumnHeader key={columnId(c)} column={c} address={address} />),
              'Created',
            ]}
          >
            {page.nodes.map((r) => (
              <tr key={r.id}>
                <td className="py-2 pr-2">
                  <input type="checkbox" aria-label={`Select ${r.name}`} checked={selected.includes(r.id)} onChange={() => toggle(r.id)} />
                </td>
                <td className="py-2 pr-4">
                  <Link href={`/t/${team.slug}/runs/${r.id}`} className="font-medium text-brand-700 hover:underline">
                    {r.name}
                  </Link>
                  {r.tags.length > 0 && <span className="ml-2 text-xs text-slate-500">{r.tags.join(', ')}</span>}
                </td>
                <td className="py-2 pr-4">{runKinds[r.kind as RunKind]?.label ?? r.kind}</td>
                <td className="py-2 pr-4">
                  {r.datasetVersion ? `${r.datasetVersion.dataset.name} v${r.datasetVersion.number}` : '—'}
                  {r.experiment && <span className="block text-xs text-slate-500">experiment {r.experiment.name}</span>}
                </td>
                <td className="py-2 pr-4">
                  <RunStatusBadge status={r.status} />
                  {/* Why a run has not started: its place in the queue, or what it waits for. */}
                  {r.runsAheadInQueue != null && <span className="block text-xs text-slate-500">{queueWait(r.runsAheadInQueue)}</span>}
                  {r.waitReason && <span className="block max-w-56 text-xs text-slate-500">{r.waitReason}</span>}
                </td>
                <td className="py-2 pr-4 tabular-nums">{isTrainedKind(r.kind) ? `${r.epochsDone} / ${r.epochs}` : '—'}</td>
                <td className="py-2 pr-4 tabular-nums">
                  <ValidationScore summary={r.summary} />
                </td>
                {columns.columns.map((c) => (
                  <td key={columnId(c)} className="max-w-48 truncate py-2 pr-4 tabular-nums" title={columnValue(c, r)}>
                    {columnValue(c, r)}
                  </td>
                ))}
                <td className="py-2 pr-4 text-slate-500">{formatDate(r.createdAt)}</td>
              </tr>
            ))}
          </Table>
        )}
        <div className="mt-3 flex gap-2">
          {cursors.length > 0 && (
            <Button variant="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
              Previous
            </Button>
          )}
          {page?.pageInfo.hasNextPage && (
            <Button variant="secondary" onClick={() => setCursors([...cursors, page.pageInfo.endCursor!])}>
              Next
            </Button>
          )}
        </div>
      </Card>
    </>
  );
}
