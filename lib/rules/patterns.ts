/**
 * Rule patterns run on RE2 semantics (re2js): matching takes time linear in the text, so no pattern can stall a
 * request or a worker; patterns match case-insensitively. RE2 has no backreferences or lookaround. re2js is plain
 * JavaScript, so a compiled pattern is garbage-collected like any object and needs no fixed-size heap.
 */
import { RE2JS } from 're2js';
import type { RuleSnapshot } from './spec';

export type Pattern = RE2JS;

/** The pattern compiled, or why it cannot be. */
export function compilePattern(pattern: string): { regex: Pattern; error?: undefined } | { regex?: undefined; error: string } {
  try {
    return { regex: RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE) };
  } catch (error) {
    // RE2's own wording, e.g. "invalid escape sequence: `\1`".
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, '');
    const hint = /escape sequence: `\\\d/.test(reason)
      ? ' (RE2 has no backreferences)'
      : /Perl syntax: `\(\?[=!<]/.test(reason)
        ? ' (RE2 has no lookahead or lookbehind)'
        : '';
    return { error: `${reason}${hint}` };
  }
}

export interface CompiledRule extends RuleSnapshot {
  regex: Pattern;
}

/** Compiles rules for matching; a pattern that does not compile throws, naming the rule. */
export function compileRules(rules: readonly RuleSnapshot[]): CompiledRule[] {
  return rules.map((rule, i) => {
    const compiled = compilePattern(rule.pattern);
    if (compiled.error) throw new Error(`rule ${i + 1} (${rule.pattern}): ${compiled.error}`);
    return { ...rule, regex: compiled.regex! };
  });
}

/** Where the pattern first matches in the text (UTF-16 offsets, as JavaScript strings count), for highlighting. */
export function firstMatch(rule: { regex: Pattern }, text: string): { start: number; end: number } | null {
  const matcher = rule.regex.matcher(text);
  return matcher.find() ? { start: matcher.start(), end: matcher.end() } : null;
}

/** Gives the event loop a turn: long matching must not hold up requests or a worker's heartbeat. */
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Which rows each rule fires on: `fires[r]` lists the row positions rule r matches. `fieldOf` gives a row's text for
 * a column (null when the row has none). Matching yields every ~20 ms.
 */
export async function matchRules(
  rules: readonly CompiledRule[],
  count: number,
  fieldOf: (row: number, field: string) => string | null,
): Promise<Int32Array[]> {
  const fires: Int32Array[] = [];
  let turn = performance.now();
  for (const rule of rules) {
    const hits: number[] = [];
    for (let row = 0; row < count; row++) {
      const text = fieldOf(row, rule.field);
      if (text !== null && rule.regex.test(text)) hits.push(row);
      if ((row & 1023) === 0 && performance.now() - turn > 20) (await yieldTurn(), (turn = performance.now()));
    }
    fires.push(Int32Array.from(hits));
  }
  return fires;
}
