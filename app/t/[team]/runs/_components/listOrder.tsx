'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import type { RunOrder } from '@/app/gql/graphql';
import { Input } from '../../../../_components/ui';
import { columnLabel, type RunColumn } from '@/lib/runs/listColumns';

/** The list's orders, by the name they have in the page's address (?sort=). */
export const orders: Record<string, { label: string; order: Omit<RunOrder, 'metric' | 'configField'> }> = {
  newest: { label: 'Newest first', order: { field: 'CREATED_AT', direction: 'DESC' } },
  oldest: { label: 'Oldest first', order: { field: 'CREATED_AT', direction: 'ASC' } },
  name: { label: 'Name, A–Z', order: { field: 'NAME', direction: 'ASC' } },
  'name-desc': { label: 'Name, Z–A', order: { field: 'NAME', direction: 'DESC' } },
  kind: { label: 'Kind, A–Z', order: { field: 'KIND', direction: 'ASC' } },
  'kind-desc': { label: 'Kind, Z–A', order: { field: 'KIND', direction: 'DESC' } },
  status: { label: 'Status, queued first', order: { field: 'STATUS', direction: 'ASC' } },
  'status-desc': { label: 'Status, canceled first', order: { field: 'STATUS', direction: 'DESC' } },
  highest: { label: 'Highest value of…', order: { field: 'METRIC', direction: 'DESC' } },
  lowest: { label: 'Lowest value of…', order: { field: 'METRIC', direction: 'ASC' } },
  'field-asc': { label: 'Config field, ascending', order: { field: 'CONFIG', direction: 'ASC' } },
  'field-desc': { label: 'Config field, descending', order: { field: 'CONFIG', direction: 'DESC' } },
};

/**
 * The search and the order live in the page's address, so a list can be shared or bookmarked as it is shown; typing
 * asks the server once the words settle.
 */
export function useListAddress() {
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

/** The key an order by a metric or a config field reads, written into the address when typed. */
export function SortKeyInput(props: {
  label: string;
  placeholder: string;
  param: 'key' | 'field';
  value: string;
  address: ReturnType<typeof useListAddress>;
}) {
  const { label, placeholder, param, value, address } = props;
  return (
    <Input
      key={value}
      aria-label={label}
      placeholder={placeholder}
      defaultValue={value}
      onBlur={(e) => address.change({ [param]: e.target.value.trim() })}
      onKeyDown={(e) => e.key === 'Enter' && address.change({ [param]: e.currentTarget.value.trim() })}
      className="max-w-40"
    />
  );
}

/**
 * A heading that sorts the list by its column, first one way, then (clicked again) the other. `active`: whether the
 * order in force is this column's (a metric or config order is one column's only when its key is this column's).
 */
export function SortHeader(props: {
  label: ReactNode;
  name: string;
  first: string;
  then: string;
  address: ReturnType<typeof useListAddress>;
  active?: boolean;
  params?: Record<string, string>;
}) {
  const { label, name, first, then, address, active = true, params } = props;
  const on = active && (address.sort === first || address.sort === then);
  const direction = on ? orders[address.sort]!.order.direction : null;
  return (
    <button
      type="button"
      className="uppercase hover:text-slate-900"
      aria-label={`Sort by ${name}`}
      aria-pressed={on}
      onClick={() => address.change({ sort: on && address.sort === first ? then : first, ...params })}
    >
      {label} {direction === 'DESC' ? '▼' : direction === 'ASC' ? '▲' : ''}
    </button>
  );
}

/**
 * A chosen column's heading: a final value or a config field sorts the list (again to reverse it); a best value is
 * read for the page shown, so it cannot order the whole list.
 */
export function ColumnHeader({ column, address }: { column: RunColumn; address: ReturnType<typeof useListAddress> }) {
  const label = <span className="normal-case">{columnLabel(column)}</span>;
  if (column.source === 'best')
    return <span title="Best values are read for the runs shown; sort by the final value instead">{label}</span>;
  const [first, then, param, other, current] =
    column.source === 'summary'
      ? ['highest', 'lowest', 'key', 'field', address.metric]
      : ['field-desc', 'field-asc', 'field', 'key', address.configField];
  return (
    <SortHeader
      label={label}
      name={columnLabel(column)}
      first={first}
      then={then}
      address={address}
      active={current === column.key}
      params={{ [param]: column.key, [other]: '' }}
    />
  );
}
