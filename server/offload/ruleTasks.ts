/**
 * Runs in a worker thread of the offload pool: rule matching over a dataset version's texts, which is CPU-bound and
 * must not hold the web process's event loop. Texts arrive packed in shared memory and are decoded once per thread.
 */
import { analyseRules, type RuleSetStats, type RuleStats } from '../../lib/rules/analysis';
import { compilePattern, compileRules, firstMatch, matchRules } from '../../lib/rules/patterns';
import type { RuleKind, RuleSnapshot } from '../../lib/rules/spec';
import { unpackTexts, type PackedTexts } from '../../lib/text/packed';

export interface RuleTestTask {
  op: 'test';
  /** Names the version's texts, for this thread's cache. */
  key: string;
  texts: PackedTexts;
  labels: PackedTexts;
  rule: { kind: RuleKind; field: string; pattern: string; class: string };
  samples: number;
}

export interface RuleAnalysisTask {
  op: 'analyse';
  key: string;
  columns: Record<string, PackedTexts>;
  labels: PackedTexts;
  rules: RuleSnapshot[];
}

export interface RuleTestResult {
  matches: number;
  scored: RuleStats | null;
  samples: { row: number; text: string; label: string | null; start: number; end: number }[];
  milliseconds: number;
}

export interface RuleAnalysisResult {
  rules: RuleStats[];
  total: RuleSetStats;
}

/**
 * Columns decoded, newest last: the rule tester asks for the same one keystroke after keystroke. Bounded by their
 * bytes in shared memory (about their characters), so a thread never holds more than a few versions' text.
 */
const decoded = new Map<string, { column: (string | null)[]; bytes: number }>();
const MAX_DECODED_BYTES = 128 * 1024 * 1024;
let decodedBytes = 0;
function texts(key: string, packed: PackedTexts): (string | null)[] {
  let entry = decoded.get(key);
  if (entry) decoded.delete(key);
  else ((entry = { column: unpackTexts(packed), bytes: packed.bytes.byteLength }), (decodedBytes += entry.bytes));
  decoded.set(key, entry);
  for (const [oldest, { bytes }] of decoded) {
    if (decodedBytes <= MAX_DECODED_BYTES || oldest === key) break;
    decoded.delete(oldest);
    decodedBytes -= bytes;
  }
  return entry.column;
}

export default async function run(task: RuleTestTask | RuleAnalysisTask): Promise<RuleTestResult | RuleAnalysisResult> {
  const labels = texts(`${task.key}:labels`, task.labels);
  if (task.op === 'analyse') {
    const columns = new Map(Object.entries(task.columns).map(([name, packed]) => [name, texts(`${task.key}:${name}`, packed)]));
    const fires = await matchRules(compileRules(task.rules), labels.length, (row, field) => columns.get(field)![row]!);
    return analyseRules(task.rules, fires, labels);
  }
  const column = texts(`${task.key}:${task.rule.field}`, task.texts);
  const regex = compilePattern(task.rule.pattern).regex!;
  const started = performance.now();
  const [hits] = await matchRules([{ ...task.rule, priority: 0, regex }], column.length, (row) => column[row]!);
  // Scored as the analysis scores a rule; without a class there is nothing to score.
  const scored = task.rule.class ? analyseRules([task.rule], [hits!], labels).rules[0]! : null;
  const samples = Array.from(hits!.subarray(0, task.samples), (row) => ({
    row,
    text: column[row]!,
    label: labels[row] ?? null,
    ...firstMatch({ regex }, column[row]!)!,
  }));
  return { matches: hits!.length, scored, samples, milliseconds: performance.now() - started };
}
