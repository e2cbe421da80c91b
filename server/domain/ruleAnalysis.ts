import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { readStoredRows } from '../../db/datasetRows';
import { datasetUploads, datasetVersions } from '../../db/schema';
import { packedSize, packTexts, type PackedTexts } from '../../lib/text/packed';
import { BudgetExceeded, offloadRuleTask } from '../offload/pool';
import { ruleSpec } from '../../lib/rules/spec';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { checkPattern, getRuleSet, listRules } from './rules';
import { parseInput } from './validation';

interface VersionText {
  columns: string[];
  /** Per column, each row's text (null where missing), packed for the worker threads that match rules. */
  text: Map<string, PackedTexts>;
  labels: PackedTexts;
  /** Rows in the version; only the first `labels.count` are read when the version is larger than the budget. */
  totalRows: number;
}

/** What the tester and the analysis read of one version: enough for 200,000 short rows, bounded for long ones. */
const MAX_ROWS = 200_000;
const MAX_CHARACTERS = 64_000_000;

/**
 * Versions' text, kept in memory between keystrokes of the rule tester. Versions never change, so an entry is only
 * ever evicted, never stale; concurrent first reads of one version share one load.
 */
const versionText = new LRUCache<
  string,
  VersionText,
  { scope: Scope; uploadId: string; uploadColumns: string[]; schema: VersionSchema; rowCount: number }
>({
  maxSize: 4 * MAX_CHARACTERS,
  sizeCalculation: (v) =>
    Math.max(
      1,
      [...v.text.values(), v.labels].reduce((sum, packed) => sum + packedSize(packed), 0),
    ),
  fetchMethod: async (_key, _stale, { context }) => readVersionText(context),
});

interface VersionSchema {
  columns: { name: string; type: string }[];
  labelColumn: string | null;
}

async function readVersionText({
  scope,
  uploadId,
  uploadColumns,
  schema,
  rowCount,
}: {
  scope: Scope;
  uploadId: string;
  uploadColumns: string[];
  schema: VersionSchema;
  rowCount: number;
}): Promise<VersionText> {
  const columns = schema.columns.filter((c) => c.type !== 'ignore' && c.name !== schema.labelColumn).map((c) => c.name);
  const at = (name: string) => uploadColumns.indexOf(name) + 1;
  const text = new Map(columns.map((c) => [c, [] as (string | null)[]]));
  const labels: (string | null)[] = [];
  const labelAt = schema.labelColumn ? at(schema.labelColumn) : -1;
  let characters = 0;
  for await (const row of readStoredRows(scope.db, scope.team.id, uploadId)) {
    if (labels.length >= MAX_ROWS || characters >= MAX_CHARACTERS) break;
    for (const c of columns) {
      const cell = row[at(c)];
      const value = cell === null || cell === undefined ? null : Array.isArray(cell) ? cell.join(' ') : String(cell);
      characters += value?.length ?? 0;
      text.get(c)!.push(value);
    }
    const label = labelAt > 0 ? row[labelAt] : null;
    labels.push(label === null || label === undefined ? null : String(label));
  }
  return { columns, text: new Map([...text].map(([c, cells]) => [c, packTexts(cells)])), labels: packTexts(labels), totalRows: rowCount };
}

/** The version's text, read once; the version is looked up every time, so a deleted one is never served. */
async function loadVersionText(scope: Scope, versionId: string): Promise<VersionText & { key: string }> {
  parseInput(z.uuid('not a dataset version id'), versionId);
  const [version] = await scope.db
    .select({
      schema: datasetVersions.schema,
      uploadColumns: datasetUploads.columns,
      uploadId: datasetUploads.id,
      rowCount: datasetUploads.rowCount,
    })
    .from(datasetVersions)
    .innerJoin(datasetUploads, eq(datasetUploads.id, datasetVersions.uploadId))
    .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.id, versionId)));
  if (!version) throw new NotFoundError('Dataset version');
  const key = `${scope.team.id}:${versionId}`;
  const loaded = await versionText.fetch(key, { context: { scope, ...version, schema: version.schema as VersionSchema } });
  return { ...loaded!, key };
}

function fieldOf(data: VersionText, field: string, name = 'field'): PackedTexts {
  const column = data.text.get(field);
  if (!column) throw new InvalidInputError(`${name}: the dataset has no column "${field}"; it has ${data.columns.join(', ')}`, name);
  return column;
}

const testInput = ruleSpec.pick({ kind: true, field: true, pattern: true }).extend({
  /** Without one, matches are counted but not scored. */
  class: z.string().trim().default(''),
  datasetVersionId: z.uuid('not a dataset version id'),
  samples: z.number().int().min(0).max(100).default(20),
});

/** What a rule being written would match on a dataset: how many rows, a sample with the match, its precision. */
export async function testRule(scope: Scope, input: unknown) {
  authorize(scope, 'datasets:read');
  const rule = parseInput(testInput, input);
  checkPattern(rule.pattern);
  const data = await loadVersionText(scope, rule.datasetVersionId);
  const texts = fieldOf(data, rule.field);
  const { kind, field, pattern } = rule;
  const result = await offloaded('pattern', () =>
    offloadRuleTask(scope.team.id, {
      op: 'test',
      key: data.key,
      texts,
      labels: data.labels,
      rule: { kind, field, pattern, class: rule.class },
      samples: rule.samples,
    }),
  );
  return {
    rows: texts.count,
    totalRows: data.totalRows,
    matches: result.matches,
    labeled: result.scored ? result.scored.correct + result.scored.incorrect : 0,
    correct: result.scored?.correct ?? 0,
    precision: result.scored?.accuracy ?? null,
    samples: result.samples,
    milliseconds: result.milliseconds,
  };
}

/** Snorkel's summary of a set's enabled rules on a dataset version. */
export async function analyseRuleSet(scope: Scope, ruleSetId: string, datasetVersionId: string) {
  const set = await getRuleSet(scope, ruleSetId);
  const enabled = (await listRules(scope, set.id)).filter((r) => r.enabled);
  const data = await loadVersionText(scope, datasetVersionId);
  const columns = Object.fromEntries(enabled.map((r, i) => [r.field, fieldOf(data, r.field, `rules.${i}.field`)]));
  const rules = enabled.map(({ kind, field, pattern, class: cls, priority }) => ({ kind, field, pattern, class: cls, priority }));
  const { rules: stats, total } = await offloaded('rules', () =>
    offloadRuleTask(scope.team.id, { op: 'analyse', key: data.key, columns, labels: data.labels, rules }),
  );
  return { rules: enabled.map((rule, i) => ({ rule, ...stats[i]! })), total: { ...total, totalRows: data.totalRows } };
}

/** Work past its time budget is bad input: a simpler pattern (or fewer rules) is what the caller can change. */
async function offloaded<T>(field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    throw new InvalidInputError(
      `${field}: matching on this dataset ${error.message}; make the pattern simpler (fewer wildcards and repetitions)`,
      field,
    );
  }
}
