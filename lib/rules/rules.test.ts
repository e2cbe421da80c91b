import { describe, expect, it } from 'vitest';
import { analyseRules } from './analysis';
import { combine, precisionCoverage, releaseGate, scoreDecisions } from './combine';
import { compilePattern, compileRules, firstMatch, matchRules } from './patterns';

describe('rule patterns', () => {
  it('refuses what RE2 cannot run, saying why', () => {
    expect(compilePattern('(a)\\1').error).toBe('invalid escape sequence: `\\1` (RE2 has no backreferences)');
    expect(compilePattern('rings(?=x)').error).toMatch(/no lookahead/);
    expect(compilePattern('[abc').error).toBe('missing closing ]: `[abc`');
    expect(compilePattern('rings?').error).toBeUndefined();
  });

  it('runs a pattern that takes exponential time on a backtracking engine at once', () => {
    const [rule] = compileRules([{ kind: 'whitelist', field: 'title', pattern: '(a+)+$', class: 'x', priority: 0 }]);
    const evil = `${'a'.repeat(5000)}!`;
    const started = performance.now();
    expect(rule!.regex.test(evil)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('matches case-insensitively and finds where, in JavaScript string offsets', async () => {
    const rules = compileRules([
      { kind: 'whitelist', field: 'title', pattern: '\\brings?\\b', class: 'rings', priority: 0 },
      { kind: 'blacklist', field: 'title', pattern: 'wedding band', class: 'watches', priority: 0 },
    ]);
    const titles = ['Gold RING size 7', 'Wedding Band Watch', 'Key ringside'];
    expect((await matchRules(rules, titles.length, (row) => titles[row]!)).map((hits) => [...hits])).toEqual([[0], [1]]);
    expect(firstMatch(rules[0]!, 'Gold RING size 7')).toEqual({ start: 5, end: 9 });
    expect(firstMatch(rules[0]!, '\u{1F600}\u{1F600} ring')).toEqual({ start: 5, end: 9 });
  });

  it('compiles many patterns and large ones without running out of memory', () => {
    for (let i = 0; i < 20_000; i++) expect(compilePattern(`ring${i}`).error).toBeUndefined();
    expect(compilePattern('\\p{L}{1,1000}').error).toBeUndefined();
  });
});

describe('rule analysis', () => {
  it('counts coverage, overlaps, conflicts and accuracy as Snorkel does', () => {
    // Rows 0–5. A: whitelist x on 0,1,2; B: whitelist y on 2,3; C: blacklist x on 1,4. Row 5 unlabeled, no rule.
    const rules = [
      { kind: 'whitelist' as const, class: 'x' },
      { kind: 'whitelist' as const, class: 'y' },
      { kind: 'blacklist' as const, class: 'x' },
    ];
    const labels = ['x', 'y', 'x', 'y', 'z', null];
    const { rules: stats, total } = analyseRules(
      rules,
      [
        [0, 1, 2],
        [2, 3],
        [1, 4],
      ],
      labels,
    );
    expect(stats[0]).toMatchObject({
      matches: 3,
      coverage: 3 / 6,
      overlaps: 2 / 6,
      conflicts: 2 / 6,
      correct: 2,
      incorrect: 1,
      accuracy: 2 / 3,
    });
    expect(stats[1]).toMatchObject({ matches: 2, overlaps: 1 / 6, conflicts: 1 / 6, correct: 1, incorrect: 1, accuracy: 0.5 });
    expect(stats[2]).toMatchObject({ matches: 2, overlaps: 1 / 6, conflicts: 1 / 6, correct: 2, incorrect: 0, accuracy: 1 });
    expect(total).toEqual({ rows: 6, coverage: 5 / 6, overlaps: 2 / 6, conflicts: 2 / 6 });
  });
});

describe('combiner', () => {
  const model = [0.6, 0.3, 0.1];
  const none = new Set<number>();

  it('rules first: a blacklist vetoes, a whitelist assigns, the model decides the rest', () => {
    expect(combine('rules_first', { whitelist: [], vetoed: none }, model)).toEqual({
      class: 0,
      confidence: expect.closeTo(0.6),
      source: 'ml',
    });
    expect(combine('rules_first', { whitelist: [], vetoed: new Set([0]) }, model)).toMatchObject({
      class: 1,
      source: 'ml',
      confidence: expect.closeTo(0.75),
    });
    expect(combine('rules_first', { whitelist: [{ class: 2, priority: 0 }], vetoed: none }, model)).toEqual({
      class: 2,
      confidence: 1,
      source: 'rule',
    });
    // The higher priority wins; a tie between classes goes to the model's likelier one.
    expect(
      combine(
        'rules_first',
        {
          whitelist: [
            { class: 2, priority: 5 },
            { class: 1, priority: 1 },
          ],
          vetoed: none,
        },
        model,
      ).class,
    ).toBe(2);
    expect(
      combine(
        'rules_first',
        {
          whitelist: [
            { class: 2, priority: 0 },
            { class: 1, priority: 0 },
          ],
          vetoed: none,
        },
        model,
      ).class,
    ).toBe(1);
    // A whitelist for a vetoed class does not count; without a model, nothing left decides.
    expect(combine('rules_first', { whitelist: [{ class: 0, priority: 0 }], vetoed: new Set([0]) })).toEqual({
      class: -1,
      confidence: 0,
      source: 'none',
    });
  });

  it('majority vote: rules and the model vote once each', () => {
    const twoRules = {
      whitelist: [
        { class: 2, priority: 0 },
        { class: 2, priority: 0 },
      ],
      vetoed: none,
    };
    expect(combine('majority_vote', twoRules, model)).toEqual({ class: 2, confidence: 2 / 3, source: 'rule' });
    // One rule against the model: a tie, settled by the model's probabilities.
    expect(combine('majority_vote', { whitelist: [{ class: 2, priority: 0 }], vetoed: none }, model)).toEqual({
      class: 0,
      confidence: 0.5,
      source: 'ml',
    });
    expect(
      combine('majority_vote', {
        whitelist: [
          { class: 2, priority: 0 },
          { class: 1, priority: 0 },
        ],
        vetoed: none,
      }),
    ).toMatchObject({ class: -1 });
    expect(
      combine('majority_vote', {
        whitelist: [
          { class: 2, priority: 3 },
          { class: 1, priority: 0 },
        ],
        vetoed: none,
      }),
    ).toMatchObject({ class: 2 });
  });

  it('scores undecided items as misses, and gates classes on validated precision', () => {
    const truth = [0, 0, 1, 1, 2];
    const scored = scoreDecisions([0, -1, 1, 0, -1], truth, 3);
    expect(scored).toMatchObject({ precision: 2 / 3, recall: 2 / 5, coverage: 3 / 5 });
    expect(scored.perClass[2]).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    const gate = releaseGate([0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 1, 1], 3, 0.75);
    expect(gate.map((g) => g.released)).toEqual([true, false, false]);
    const curve = precisionCoverage(
      [
        { class: 0, confidence: 0.9, source: 'ml' },
        { class: 1, confidence: 0.2, source: 'ml' },
      ],
      [0, 0],
      2,
    );
    expect(curve).toEqual([
      { coverage: 0.5, precision: 1, threshold: 0.9 },
      { coverage: 1, precision: 0.5, threshold: 0.2 },
    ]);
    // Tied confidences (every rule decision has 1) are cut together: no threshold separates them.
    const rule = { class: 0, confidence: 1, source: 'rule' } as const;
    expect(precisionCoverage([rule, rule, { ...rule, class: 1 }, { class: 1, confidence: 0.5, source: 'ml' }], [0, 0, 0, 1], 4)).toEqual([
      { coverage: 0.75, precision: 2 / 3, threshold: 1 },
      { coverage: 1, precision: 0.75, threshold: 0.5 },
    ]);
  });
});
