/**
 * The team's run list: filters, free-text search and a sort by any column, paged by keyset (the sort value, then the
 * id), so a page never repeats or skips a run however many are added meanwhile.
 */
import { z } from 'zod';
import { and, arrayContains, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { datasetVersions, runs } from '../../db/schema';
import { runStatuses, type RunStatus } from '../../lib/runs/config';
import { InvalidInputError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { getExperiment } from './experiments';
import { decodeCursor, pageSize, toConnection, type PageArgs } from './pagination';
import { parseInput } from './validation';
import { storableText } from '../../lib/inputs';

export interface RunFilter {
  kind?: string | null;
  status?: RunStatus | null;
  tag?: string | null;
  datasetId?: string | null;
  /** A tracking API experiment, by its MLflow id. */
  experimentId?: string | null;
  createdBy?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  /** Words found in the run's name, its tags or its config (keys and values), in any case. */
  search?: string | null;
}

export interface RunOrder {
  field: 'created' | 'name' | 'kind' | 'status' | 'metric' | 'config';
  direction: 'asc' | 'desc';
  /** The summary key a `metric` sort reads, e.g. test/f1 or val/auc. */
  metric?: string | null;
  /** The config field a `config` sort reads, e.g. lr. */
  configField?: string | null;
}

/**
 * A sort: the value it orders by (null for a run without it: those come last either way) and that value's type. The
 * cursor carries the value as Postgres prints it, read in the same query, so it casts back to exactly what was sorted.
 */
interface Sort {
  value: SQL;
  type: SQL;
}

const sortField = (order: RunOrder, field: 'metric' | 'configField', asked: string) =>
  parseInput(storableText.pipe(z.string().trim().min(1, `name the ${asked}`).max(250)), order[field] ?? '', `orderBy.${field}`);

/**
 * A number written as text (MLflow's params are all text) sorts as a number; other text as text. ASCII only, and a
 * short exponent: whatever matches casts to numeric.
 */
const NUMERIC_TEXT = String.raw`^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]{1,3})?$`;

function sortOf(order: RunOrder): Sort {
  if (order.field === 'name') return { value: sql`${runs.name}`, type: sql`text` };
  if (order.field === 'created') return { value: sql`${runs.createdAt}`, type: sql`timestamptz` };
  if (order.field === 'kind') return { value: sql`${runs.kind}`, type: sql`text` };
  // A run's statuses in the order it goes through them, not alphabetically.
  if (order.field === 'status')
    return { value: sql`array_position(${`{${runStatuses.join(',')}}`}::text[], ${runs.status})`, type: sql`integer` };
  if (order.field === 'config') {
    const field = sortField(order, 'configField', 'config field to sort by, e.g. lr');
    const value = sql`(${runs.config} -> ${field})`;
    // jsonb's own order: numbers by value, text alphabetically, text before numbers. A null, a flag or a nested
    // setting is no value to sort by: those runs come last, with the runs without the field.
    return {
      value: sql`(case jsonb_typeof(${value}) when 'number' then ${value} when 'string' then (case when ${value} #>> '{}' ~ ${NUMERIC_TEXT} then to_jsonb((${value} #>> '{}')::numeric) else ${value} end) end)`,
      type: sql`jsonb`,
    };
  }
  const metric = sortField(order, 'metric', 'summary key to sort by, e.g. test/f1');
  // Numbers only: a key some runs lack (or hold as text) sorts them last.
  return {
    value: sql`(case when jsonb_typeof(${runs.summary} -> ${metric}) = 'number' then (${runs.summary} ->> ${metric})::float8 end)`,
    type: sql`float8`,
  };
}

/** After the cursor in this order: further along the values, then along ids at an equal value; runs without a value last. */
function afterCursor(sort: Sort, descending: boolean, cursor: { key: string | null; id: string }): SQL {
  const beyond = (a: SQL, b: SQL) => (descending ? sql`${a} < ${b}` : sql`${a} > ${b}`);
  const id = beyond(sql`${runs.id}`, sql`${cursor.id}::uuid`);
  if (cursor.key === null) return sql`(${sort.value} is null and ${id})`;
  const at = sql`${cursor.key}::${sort.type}`;
  return sql`(${beyond(sort.value, at)} or (${sort.value} = ${at} and ${id}) or ${sort.value} is null)`;
}

/** `%`, `_` and `\` stand for themselves in a search. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function searchOf(text: string): SQL {
  const words = parseInput(z.string().max(200, 'use at most 200 characters'), text, 'filter.search').split(/\s+/).filter(Boolean);
  // Every word somewhere: in the name, a tag, or the config's JSON.
  return and(
    ...words.map(
      (word) =>
        sql`(${runs.name} ilike ${likePattern(word)} or array_to_string(${runs.tags}, ' ') ilike ${likePattern(word)} or ${runs.config}::text ilike ${likePattern(word)})`,
    ),
  )!;
}

export async function listRuns(scope: Scope, args: PageArgs & { filter?: RunFilter | null; orderBy?: RunOrder | null }) {
  authorize(scope, 'runs:read');
  const limit = pageSize(args);
  const after = decodeCursor(args.after, true);
  const filter = args.filter ?? {};
  if (filter.status && !runStatuses.includes(filter.status)) throw new InvalidInputError('filter.status: unknown status', 'filter.status');
  parseInput(
    z.object({ filter: z.object({ datasetId: z.uuid('not a dataset id').nullish(), createdBy: z.uuid('not a user id').nullish() }) }),
    { filter: { datasetId: filter.datasetId, createdBy: filter.createdBy } },
  );
  const order = args.orderBy ?? { field: 'created', direction: 'desc' };
  const sort = sortOf(order);
  const descending = order.direction === 'desc';
  const orderName = JSON.stringify([
    order.field,
    order.direction,
    order.field === 'metric' ? order.metric : order.field === 'config' ? order.configField : null,
  ]);
  if (after && after.order !== orderName)
    throw new InvalidInputError('after: this cursor was made for another order of the list: start again from the first page', 'after');
  const experiment = filter.experimentId ? await getExperiment(scope, filter.experimentId) : null;
  const where: (SQL | undefined)[] = [
    ownedBy(scope, runs.teamId),
    // Runs deleted through the tracking API stay out of lists until restored.
    isNull(runs.deletedAt),
    experiment ? eq(runs.experimentId, experiment.id) : undefined,
    filter.kind ? eq(runs.kind, filter.kind) : undefined,
    filter.status ? eq(runs.status, filter.status) : undefined,
    filter.tag ? arrayContains(runs.tags, [filter.tag]) : undefined,
    filter.datasetId
      ? inArray(
          runs.datasetVersionId,
          scope.db
            .select({ id: datasetVersions.id })
            .from(datasetVersions)
            .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.datasetId, filter.datasetId))),
        )
      : undefined,
    filter.createdBy ? eq(runs.createdBy, filter.createdBy) : undefined,
    filter.createdAfter ? gte(runs.createdAt, filter.createdAfter) : undefined,
    filter.createdBefore ? lt(runs.createdAt, filter.createdBefore) : undefined,
    filter.search?.trim() ? searchOf(filter.search) : undefined,
    after ? afterCursor(sort, descending, after) : undefined,
  ];
  const direction = descending ? sql`desc` : sql`asc`;
  const rows = await scope.db
    .select({ run: runs, sortKey: sql<string | null>`(${sort.value})::text` })
    .from(runs)
    .where(and(...where))
    .orderBy(sql`${sort.value} ${direction} nulls last`, sql`${runs.id} ${direction}`)
    .limit(limit + 1);
  const page = toConnection(rows, limit, (row) => ({ key: row.sortKey, id: row.run.id, order: orderName }));
  return { ...page, nodes: page.nodes.map((row) => row.run), edges: page.edges.map((edge) => ({ ...edge, node: edge.node.run })) };
}
