'use client';

import Link from 'next/link';
import { useState } from 'react';
import { graphql } from '@/app/gql';
import type { RunStatus } from '@/app/gql/graphql';
import { Card, Input, Loading, Select, Table, formatDate } from '../../../_components/ui';
import { Pager, usePages } from '../../../_components/Pager';
import { useGqlQuery } from '../../../_lib/graphql';
import { useActiveTeam } from '../../../_lib/permissions';
import { RunStatusBadge } from './_components/status';
import { queueWait } from './_components/TrainingProgress';
import { isTrainedKind, runKinds, type RunKind } from '@/lib/runs/config';
import { phaseScores } from '@/lib/phases/curves';
import { columnId } from '@/lib/runs/listColumns';
import { ColumnHeader, orders, SortHeader, SortKeyInput, useListAddress } from './_components/listOrder';
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
  // A new search, filter or order starts from its first page.
  const pages = usePages([filter, address.orderBy]);
  const list = useGqlQuery(
    RunsQuery,
    { after: pages.after, filter, orderBy: address.orderBy, bestKeys: columns.bestKeys },
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
            <SortKeyInput label="Sort by value" placeholder="test/f1" param="key" value={address.metric} address={address} />
          )}
          {address.orderBy.field === 'CONFIG' && (
            <SortKeyInput
              label="Sort by config field"
              placeholder="learningRate"
              param="field"
              value={address.configField}
              address={address}
            />
          )}
          <Select aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value as RunStatus | '')}>
            <option value="">Any status</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </Select>
          <Select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">Any kind</option>
            {choices.data?.runKinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </Select>
          <Select aria-label="Dataset" value={datasetId} onChange={(e) => setDatasetId(e.target.value)}>
            <option value="">Any dataset</option>
            {choices.data?.datasets.nodes.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
          <Select aria-label="Experiment" value={experimentId} onChange={(e) => setExperimentId(e.target.value)}>
            <option value="">Any experiment</option>
            {choices.data?.experiments.nodes.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </Select>
          <Select aria-label="Creator" value={createdBy} onChange={(e) => setCreatedBy(e.target.value)}>
            <option value="">Anyone</option>
            {choices.data?.members.nodes.map((m) => (
              <option key={m.user.id} value={m.user.id}>
                {m.user.name}
              </option>
            ))}
          </Select>
          <Input aria-label="Tag" placeholder="Tag" value={tag} onChange={(e) => setTag(e.target.value)} className="max-w-48" />
          <Input aria-label="Created from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} className="max-w-40" />
          <Input aria-label="Created to" type="date" value={to} onChange={(e) => setTo(e.target.value)} className="max-w-40" />
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
              <SortHeader key="name" label="Name" name="name" first="name" then="name-desc" address={address} />,
              <SortHeader key="kind" label="Kind" name="kind" first="kind" then="kind-desc" address={address} />,
              'Data',
              <SortHeader key="status" label="Status" name="status" first="status" then="status-desc" address={address} />,
              'Epochs',
              'Val. score',
              ...columns.columns.map((c) => <ColumnHeader key={columnId(c)} column={c} address={address} />),
              <SortHeader key="created" label="Created" name="creation time" first="newest" then="oldest" address={address} />,
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
        <Pager pages={pages} pageInfo={page?.pageInfo} />
      </Card>
    </>
  );
}
