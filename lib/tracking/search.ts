/**
 * MLflow's search grammar for runs and experiments: a filter of comparisons joined by AND
 * (`metrics.acc > 0.9 and params.lr = '0.01' and tags.\`mlflow.user\` LIKE 'a%'`) and order_by clauses
 * (`metrics.acc DESC`). Parsed once into a predicate and a comparator over a plain record, so the server can apply
 * it to whatever it reads. Pure; LIKE patterns run on RE2 (linear time, whatever a caller sends).
 */
import { RE2JS } from 're2js';

export type Entity = 'metrics' | 'params' | 'tags' | 'attributes' | 'datasets';

/** What a filter reads of one run or experiment. */
export interface Searchable {
  metrics?: ReadonlyMap<string, number>;
  params?: ReadonlyMap<string, string>;
  tags: ReadonlyMap<string, string>;
  attributes: Readonly<Record<string, string | number | null>>;
}

export interface SearchKey {
  entity: Entity;
  key: string;
}

type Value = string | number | string[];

interface Comparison extends SearchKey {
  op: string;
  value: Value;
}

export class SearchSyntaxError extends Error {}

const comparators = ['!=', '<=', '>=', '=', '<', '>'];
const ENTITY_ALIASES: Record<string, Entity> = {
  metric: 'metrics',
  metrics: 'metrics',
  param: 'params',
  params: 'params',
  parameter: 'params',
  parameters: 'params',
  tag: 'tags',
  tags: 'tags',
  attribute: 'attributes',
  attributes: 'attributes',
  attr: 'attributes',
  run: 'attributes',
  dataset: 'datasets',
  datasets: 'datasets',
};

/** Splits a filter or order_by clause into words, quoted strings, numbers and operators. */
function tokenize(text: string): { kind: 'word' | 'string' | 'quoted' | 'op' | 'punct'; text: string }[] {
  const tokens: { kind: 'word' | 'string' | 'quoted' | 'op' | 'punct'; text: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'" || c === '"' || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new SearchSyntaxError(`unclosed ${c} at character ${i + 1}`);
      tokens.push({ kind: c === "'" ? 'string' : 'quoted', text: text.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else if ('!<>='.includes(c)) {
      const op = comparators.find((o) => text.startsWith(o, i));
      if (!op) throw new SearchSyntaxError(`unknown operator at character ${i + 1}`);
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    } else {
      let j = i;
      while (j < text.length && !/[\s'"`(),!<>=]/.test(text[j]!)) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

/** Reads `entity.key`, where the key may be quoted: metrics.`eval/f1`, tags."mlflow.user", attributes.status. */
function readKey(tokens: ReturnType<typeof tokenize>, at: number): { key: SearchKey; next: number } {
  const first = tokens[at];
  if (!first || first.kind !== 'word')
    throw new SearchSyntaxError(`expected a key such as metrics.accuracy${first ? `, found "${first.text}"` : ''}`);
  const dot = first.text.indexOf('.');
  if (dot < 0) {
    // A bare name is an attribute (MLflow allows `status = 'FINISHED'` and `name = 'x'` for experiments).
    return { key: { entity: 'attributes', key: first.text }, next: at + 1 };
  }
  const entity = ENTITY_ALIASES[first.text.slice(0, dot).toLowerCase()];
  if (!entity) throw new SearchSyntaxError(`unknown entity "${first.text.slice(0, dot)}": use metrics, params, tags or attributes`);
  const rest = first.text.slice(dot + 1);
  if (rest) return { key: { entity, key: rest }, next: at + 1 };
  const quoted = tokens[at + 1];
  if (!quoted || quoted.kind !== 'quoted') throw new SearchSyntaxError(`expected a key after "${first.text}"`);
  return { key: { entity, key: quoted.text }, next: at + 2 };
}

export function parseFilter(filter: string | null | undefined): Comparison[] {
  if (!filter?.trim()) return [];
  const tokens = tokenize(filter);
  const comparisons: Comparison[] = [];
  let i = 0;
  for (;;) {
    const { key, next } = readKey(tokens, i);
    i = next;
    let op = tokens[i]?.text.toUpperCase();
    if (op === 'NOT' && tokens[i + 1]?.text.toUpperCase() === 'IN') ((op = 'NOT IN'), i++);
    if (!op || !(tokens[i]!.kind === 'op' || ['LIKE', 'ILIKE', 'IN', 'NOT IN'].includes(op)))
      throw new SearchSyntaxError(`expected a comparison after ${key.entity}.${key.key}`);
    i++;
    let value: Value;
    if (op === 'IN' || op === 'NOT IN') {
      if (tokens[i]?.text !== '(') throw new SearchSyntaxError(`${op} takes a list in parentheses: ('a', 'b')`);
      const list: string[] = [];
      for (i++; tokens[i] && tokens[i]!.text !== ')'; i++) {
        if (tokens[i]!.text === ',') continue;
        list.push(tokens[i]!.text);
      }
      if (!tokens[i]) throw new SearchSyntaxError(`unclosed list after ${op}`);
      value = list;
      i++;
    } else {
      const token = tokens[i];
      if (!token || token.kind === 'op' || token.kind === 'punct') throw new SearchSyntaxError(`expected a value after ${op}`);
      if (token.kind === 'word') {
        const n = Number(token.text);
        if (!Number.isFinite(n)) throw new SearchSyntaxError(`"${token.text}" is not a number; quote strings with single quotes`);
        value = n;
      } else value = token.text;
      i++;
    }
    checkComparison(key, op, value);
    comparisons.push({ ...key, op, value });
    if (i >= tokens.length) return comparisons;
    if (tokens[i]!.text.toUpperCase() !== 'AND')
      throw new SearchSyntaxError(`expected AND, found "${tokens[i]!.text}" (only AND joins comparisons)`);
    i++;
  }
}

const numericAttributes = new Set(['start_time', 'end_time', 'created', 'creation_time', 'last_update_time']);

function checkComparison(key: SearchKey, op: string, value: Value) {
  const numeric = key.entity === 'metrics' || (key.entity === 'attributes' && numericAttributes.has(key.key));
  if (numeric && typeof value !== 'number') throw new SearchSyntaxError(`${key.entity}.${key.key} is compared with a number`);
  if (numeric && ['LIKE', 'ILIKE', 'IN', 'NOT IN'].includes(op))
    throw new SearchSyntaxError(`${op} compares strings; ${key.entity}.${key.key} is a number`);
  if (!numeric && typeof value === 'number')
    throw new SearchSyntaxError(`${key.entity}.${key.key} is compared with a string in single quotes`);
  if (!numeric && ['<', '<=', '>', '>='].includes(op) && key.entity !== 'attributes')
    throw new SearchSyntaxError(`${op} compares numbers; use =, !=, LIKE, ILIKE or IN on ${key.entity}`);
}

function likeMatcher(pattern: string, caseInsensitive: boolean): (s: string) => boolean {
  const source = pattern
    .split(/([%_])/)
    .map((part) => (part === '%' ? '(?s:.*)' : part === '_' ? '(?s:.)' : RE2JS.quote(part)))
    .join('');
  const re = RE2JS.compile(`^${source}$`, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  return (s) => re.matches(s);
}

export function valueOf(item: Searchable, key: SearchKey): string | number | null | undefined {
  switch (key.entity) {
    case 'metrics':
      return item.metrics?.get(key.key);
    case 'params':
      return item.params?.get(key.key);
    case 'tags':
      return item.tags.get(key.key);
    case 'attributes':
      return item.attributes[key.key];
    default:
      return undefined;
  }
}

/** A predicate that keeps what matches every comparison; an item without the key never matches (as in MLflow). */
export function compileFilter(filter: string | null | undefined): (item: Searchable) => boolean {
  const tests = parseFilter(filter).map((c) => {
    const like = c.op === 'LIKE' || c.op === 'ILIKE' ? likeMatcher(String(c.value), c.op === 'ILIKE') : null;
    return (item: Searchable) => {
      const actual = valueOf(item, c);
      if (actual === undefined || actual === null) return false;
      if (like) return like(String(actual));
      if (c.op === 'IN') return (c.value as string[]).includes(String(actual));
      if (c.op === 'NOT IN') return !(c.value as string[]).includes(String(actual));
      const [a, b] = typeof c.value === 'number' ? [Number(actual), c.value] : [String(actual), c.value as string];
      switch (c.op) {
        case '=':
          return a === b;
        case '!=':
          return a !== b;
        case '<':
          return a < b;
        case '<=':
          return a <= b;
        case '>':
          return a > b;
        default:
          return a >= b;
      }
    };
  });
  return (item) => tests.every((test) => test(item));
}

/**
 * A comparator for MLflow's order_by (`metrics.acc DESC`, `attributes.start_time`): items lacking a key sort last
 * either way, then `fallback` breaks ties.
 */
export function compileOrder(
  orderBy: readonly string[] | null | undefined,
  fallback: (a: Searchable, b: Searchable) => number,
): (a: Searchable, b: Searchable) => number {
  const clauses = (orderBy ?? []).map((clause) => {
    const tokens = tokenize(clause);
    const { key, next } = readKey(tokens, 0);
    const direction = tokens[next]?.text.toUpperCase() ?? 'ASC';
    if (!['ASC', 'DESC'].includes(direction) || tokens.length > next + 1)
      throw new SearchSyntaxError(`order_by "${clause}": use a key, then ASC or DESC`);
    return { key, sign: direction === 'DESC' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { key, sign } of clauses) {
      const [x, y] = [valueOf(a, key), valueOf(b, key)];
      const missingX = x === undefined || x === null || (typeof x === 'number' && Number.isNaN(x));
      const missingY = y === undefined || y === null || (typeof y === 'number' && Number.isNaN(y));
      if (missingX || missingY) {
        if (missingX !== missingY) return missingX ? 1 : -1;
        continue;
      }
      if (x !== y) return (x! < y! ? -1 : 1) * sign;
    }
    return fallback(a, b);
  };
}
