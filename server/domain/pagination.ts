import { z } from 'zod';
import { InvalidInputError } from '../errors';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A keyset position: the sort value (null for a row without one) and the row id that breaks ties. */
export interface Cursor {
  key: string | null;
  id: string;
  /** The order the cursor was made in, where a list has several: a cursor only means something in its own. */
  order?: string;
}

const firstSchema = z.number().int().min(1).max(100);

export function pageSize(args: PageArgs): number {
  if (args.first == null) return 20;
  const parsed = firstSchema.safeParse(args.first);
  if (!parsed.success) throw new InvalidInputError('first: must be an integer from 1 to 100', 'first');
  return parsed.data;
}

/** A cursor this API returned; `nullKey` allows one past the rows that sort without a value (runs by a metric). */
export function decodeCursor(after: string | null | undefined, nullKey = false): Cursor | null {
  if (!after) return null;
  try {
    const [key, id, order] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (
      (typeof key === 'string' || (nullKey && key === null)) &&
      typeof id === 'string' &&
      (order === undefined || typeof order === 'string')
    )
      return { key, id, ...(order === undefined ? {} : { order }) };
  } catch {
    // fall through to the error below
  }
  throw new InvalidInputError('after: not a cursor returned by this API', 'after');
}

/** `rows` holds up to `limit + 1` rows: the extra one only tells whether another page exists. */
export function toConnection<T>(rows: T[], limit: number, cursorOf: (row: T) => Cursor): Connection<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => {
    const { key, id, order } = cursorOf(node);
    return { cursor: Buffer.from(JSON.stringify(order === undefined ? [key, id] : [key, id, order])).toString('base64url'), node };
  });
  return { edges, nodes, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}
