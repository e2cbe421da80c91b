import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { readStoredRows } from '../../db/datasetRows';
import { datasetUploads, datasetVersions } from '../../db/schema';
import { analyseRules } from '../../lib/rules/analysis';
import { compileRules, firstMatch, matchRules } from '../../lib/rules/patterns';
import { ruleSpec } from '../../lib/rules/spec';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { checkPattern, getRuleSet, listRules } from './rules';
import { parseInput } from './validation';

interface VersionText {
  columns: string[];
  /** Per column, each row's text (null where missing). */
  text: Map<string, (string | null)[]>;
  labels: (string | null)[];
  /** Rows in the version; only the first `labels.length` are read when the version is larger than the budget. */
  totalRows: number;
}

/** What the tester and the analysis read of one version: enough for 200,000 short rows, bounded for long ones. */
const MAX_ROWS = 200_000;
const MAX_CHARACTERS = 64_000_000;

/**
 * Versions' text, kept in memory between keystrokes of the rule tester. Versions never change, so an entry is only
 * ever evicted, never stale; concurrent first reads of one version share one load.
 */
const versionText = new LRUCache<string, VersionText, { scope: Scope; uploadId: string; uploadColumns: string[]; schema: VersionSchema; rowCount: number }>({
  maxSize: 4 * MAX_CHARACTERS,
  // UTF-16 strings: two bytes a character, plus an array slot per cell.
  sizeCalculation: (v) => Math.max(1, [...v.text.values(), v.labels].reduce((sum, cells) => sum + cells.reduce((n, c) => n + 8 + (c?.length ?? 0) * 2, 0), 0)),
  fetchMethod: async (_key, _stale, { context }) => readVersionText(context),
});

interface VersionSchema {
  columns: { name: string; type: string }[];
  labelColumn: string | null;
}

async function readVersionText({ scope, uploadId, uploadColumns, schema, rowCount }: { scope: Scope; uploadId: string; uploadColumns: string[]; schema: VersionSchema; rowCount: number }): Promise<VersionText> {
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
  return { columns, text, labels, totalRows: rowCount };
}

/** The version's text, read once; the version is looked up every time, so a deleted one is never served. */
async function loadVersionText(scope: Scope, versionId: string): Promise<VersionText> {
  parseInput(z.uuid('not a dataset version id'), versionId);
  const [version] = await scope.db
    .select({ schema: datasetVersions.schema, uploadColumns: datasetUploads.columns, uploadId: datasetUploads.id, rowCount: datasetUploads.rowCount })
    .from(datasetVersions)
    .innerJoin(datasetUploads, eq(datasetUploads.id, datasetVersions.uploadId))
    .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.id, versionId)));
  if (!version) throw new NotFoundError('Dataset version');
  const loaded = await versionText.fetch(`${scope.team.id}:${versionId}`, { context: { scope, ...version, schema: version.schema as VersionSchema } });
  return loaded!;
}

function fieldOf(data: VersionText, field: string, name = 'field'): (string | null)[] {
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
  const regex = checkPattern(rule.pattern);
  const data = await loadVersionText(scope, rule.datasetVersionId);
  const texts = fieldOf(data, rule.field);
  const started = performance.now();
  const [hits] = await matchRules([{ ...rule, priority: 0, regex }], texts.length, (row) => texts[row]!);
  // Scored as the analysis scores a rule; without a class there is nothing to score.
  const scored = rule.class ? analyseRules([rule], [hits!], data.labels).rules[0]! : null;
  const samples = Array.from(hits!.subarray(0, rule.samples), (row) => ({ row, text: texts[row]!, label: data.labels[row] ?? null, ...firstMatch({ regex }, texts[row]!)! }));
  return {
    rows: texts.length,
    totalRows: data.totalRows,
    matches: hits!.length,
    labeled: scored ? scored.correct + scored.incorrect : 0,
    correct: scored?.correct ?? 0,
    precision: scored?.accuracy ?? null,
    samples,
    milliseconds: performance.now() - started,
  };
}

/** Snorkel's summary of a set's enabled rules on a dataset version. */
export async function analyseRuleSet(scope: Scope, ruleSetId: string, datasetVersionId: string) {
  const set = await getRuleSet(scope, ruleSetId);
  const enabled = (await listRules(scope, set.id)).filter((r) => r.enabled);
  const data = await loadVersionText(scope, datasetVersionId);
  enabled.forEach((r, i) => fieldOf(data, r.field, `rules.${i}.field`));
  const fires = await matchRules(compileRules(enabled), data.labels.length, (row, field) => data.text.get(field)![row]!);
  const { rules: stats, total } = analyseRules(enabled, fires, data.labels);
  return { rules: enabled.map((rule, i) => ({ rule, ...stats[i]! })), total: { ...total, totalRows: data.totalRows } };
}
