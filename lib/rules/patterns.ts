/**
 * Rule patterns run on RE2 (linear time in the text, so no pattern can stall a request or a worker), compiled
 * case-insensitively with the `u` flag RE2 needs. RE2 has no backreferences or lookaround.
 */
import { RE2 } from 're2-wasm';
import type { RuleSnapshot } from './spec';

/** The pattern compiled, or why it cannot be. */
export function compilePattern(pattern: string): { regex: RE2; error?: undefined } | { regex?: undefined; error: string } {
  try {
    return { regex: new RE2(pattern, 'iu') };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // RE2's own wording after the pattern, e.g. "invalid escape sequence: \1".
    const reason = message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    const hint = /escape sequence: \\\d/.test(reason) ? ' (RE2 has no backreferences)' : /perl operator: \(\?[=!<]/.test(reason) ? ' (RE2 has no lookahead or lookbehind)' : '';
    return { error: `${reason}${hint}` };
  }
}

export interface CompiledRule extends RuleSnapshot {
  regex: RE2;
}

/** Compiles rules for matching; a pattern that does not compile throws, naming the rule. */
export function compileRules(rules: readonly RuleSnapshot[]): CompiledRule[] {
  return rules.map((rule, i) => {
    const compiled = compilePattern(rule.pattern);
    if (compiled.error) throw new Error(`rule ${i + 1} (${rule.pattern}): ${compiled.error}`);
    return { ...rule, regex: compiled.regex! };
  });
}

/** Where the pattern first matches in the text, for highlighting; null when it does not. */
export function firstMatch(rule: CompiledRule, text: string): { start: number; end: number } | null {
  rule.regex.lastIndex = 0;
  const found = rule.regex.exec(text);
  return found ? { start: found.index, end: found.index + found[0]!.length } : null;
}

/**
 * Which rows each rule fires on: `fires[r]` lists the row positions (indices into `rows`) rule r matches.
 * `fieldOf` gives a row's text for a column (null when the row has none).
 */
export function matchRules(rules: readonly CompiledRule[], count: number, fieldOf: (row: number, field: string) => string | null): Int32Array[] {
  return rules.map((rule) => {
    const hits: number[] = [];
    for (let row = 0; row < count; row++) {
      const text = fieldOf(row, rule.field);
      if (text !== null && rule.regex.test(text)) hits.push(row);
    }
    return Int32Array.from(hits);
  });
}
