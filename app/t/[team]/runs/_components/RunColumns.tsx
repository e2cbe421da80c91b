'use client';

import { useEffect, useRef, useState } from 'react';
import { graphql } from '@/app/gql';
import type { RunColumnSource } from '@/app/gql/graphql';
import { Button, FormError, Input, Select } from '../../../../_components/ui';
import { useGqlMutation, useGqlQuery } from '../../../../_lib/graphql';
import { columnId, columnLabel, MAX_RUN_COLUMNS, type RunColumn } from '@/lib/runs/listColumns';

const ColumnsQuery = graphql(`
  query RunListColumns {
    runListColumns {
      source
      key
    }
    runColumnChoices {
      metrics
      configFields
    }
  }
`);

const SaveColumns = graphql(`
  mutation SetRunListColumns($columns: [RunColumnInput!]!) {
    setRunListColumns(columns: $columns) {
      source
      key
    }
  }
`);

const sources: Record<RunColumn['source'], { label: string; api: RunColumnSource }> = {
  summary: { label: 'Final value', api: 'SUMMARY' },
  best: { label: 'Best value', api: 'BEST' },
  config: { label: 'Config field', api: 'CONFIG' },
};
const fromApi = (column: { source: RunColumnSource; key: string }): RunColumn => ({
  source: column.source.toLowerCase() as RunColumn['source'],
  key: column.key,
});

/** The signed-in user's columns for this team's run list, kept on the server so they follow them to any device. */
export function useRunColumns() {
  const query = useGqlQuery(ColumnsQuery, {});
  const mutation = useGqlMutation(SaveColumns);
  // Shown at once and saved one after another: quick changes neither undo each other nor arrive out of order.
  const [shown, setShown] = useState<RunColumn[] | null>(null);
  const saves = useRef({ queue: Promise.resolve(), latest: 0 });
  const columns = shown ?? (query.data?.runListColumns ?? []).map(fromApi);
  const save = (next: RunColumn[]) => {
    setShown(next);
    const columns = next.map((c) => ({ source: sources[c.source].api, key: c.key }));
    const number = ++saves.current.latest;
    // A failed save shows the stored columns again, unless a later change is still on its way.
    const failed = () => void (number === saves.current.latest && setShown(null));
    saves.current.queue = saves.current.queue.then(() => mutation.mutateAsync({ columns }).then(() => undefined, failed));
  };
  return {
    columns,
    choices: query.data?.runColumnChoices ?? { metrics: [], configFields: [] },
    save,
    /** Until the stored columns are read, a change would replace them unseen. */
    ready: query.isSuccess,
    error: mutation.error?.message ?? query.error?.message,
    /** Keys whose best value the list asks the server for. */
    bestKeys: columns.filter((c) => c.source === 'best').map((c) => c.key),
  };
}

/** A chosen column's value for one run: numbers to four significant digits, text as it is. */
export function columnValue(
  column: RunColumn,
  run: { summary: Record<string, unknown>; config: Record<string, unknown>; bestValues: { key: string; value: number }[] },
): string {
  const value =
    column.source === 'summary'
      ? run.summary[column.key]
      : column.source === 'config'
        ? run.config[column.key]
        : run.bestValues.find((b) => b.key === column.key)?.value;
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A <details> that closes on a click elsewhere or on Escape, as a menu does. */
function usePopover() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return ref;
}

/** Adds, removes and reorders the chosen columns; every change is saved at once. */
export function ColumnPicker({ columns, choices, save, ready, error }: ReturnType<typeof useRunColumns>) {
  const [source, setSource] = useState<RunColumn['source']>('summary');
  const [key, setKey] = useState('');
  const picker = usePopover();
  const offered = source === 'config' ? choices.configFields : choices.metrics;
  const adding = { source, key: key.trim() };
  const taken = columns.some((c) => columnId(c) === columnId(adding));
  const move = (from: number, to: number) => {
    const next = [...columns];
    next.splice(to, 0, next.splice(from, 1)[0]!);
    save(next);
  };
  return (
    <details ref={picker} className="relative">
      <summary className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 text-sm">
        Columns{columns.length ? ` (${columns.length})` : ''}
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-80 max-w-[calc(100vw-2rem)] space-y-3 rounded-md border border-slate-200 bg-surface p-3 shadow-lg">
        {columns.length > 0 && (
          <ol aria-label="Chosen columns" className="space-y-1 text-sm">
            {columns.map((column, i) => (
              <li key={columnId(column)} className="flex items-center gap-1">
                <span className="min-w-0 flex-1 truncate" title={columnLabel(column)}>
                  {columnLabel(column)} <span className="text-xs text-slate-500">{sources[column.source].label.toLowerCase()}</span>
                </span>
                <button
                  type="button"
                  className="px-1 text-slate-500 disabled:opacity-30"
                  aria-label={`Move ${columnLabel(column)} left`}
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="px-1 text-slate-500 disabled:opacity-30"
                  aria-label={`Move ${columnLabel(column)} right`}
                  disabled={i === columns.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="px-1 text-red-700"
                  aria-label={`Remove ${columnLabel(column)}`}
                  onClick={() => save(columns.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </li>
            ))}
          </ol>
        )}
        <form
          className="flex flex-wrap gap-2"
          aria-label="Add a column"
          onSubmit={(e) => {
            e.preventDefault();
            if (!adding.key || taken) return;
            save([...columns, adding]);
            setKey('');
          }}
        >
          <Select aria-label="Column source" value={source} onChange={(e) => setSource(e.target.value as RunColumn['source'])}>
            {Object.entries(sources).map(([name, { label }]) => (
              <option key={name} value={name}>
                {label}
              </option>
            ))}
          </Select>
          <Input
            aria-label="Column key"
            list="run-column-keys"
            placeholder={source === 'config' ? 'learningRate' : 'val/f1'}
            value={key}
            onChange={(e) => setKey(e.target.value)}
            className="min-w-0 flex-1"
          />
          <datalist id="run-column-keys">
            {offered.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
          <Button type="submit" variant="secondary" disabled={!ready || !adding.key || taken || columns.length >= MAX_RUN_COLUMNS}>
            Add
          </Button>
        </form>
        {taken && <p className="text-xs text-slate-500">That column is shown already.</p>}
        <FormError message={error} />
      </div>
    </details>
  );
}
