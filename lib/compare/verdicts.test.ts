import { describe, expect, it } from 'vitest';
import { describeDifference, pairedVerdict, passesAllPhases, phaseVerdict } from './verdicts';

const seeds = (...values: number[]) => new Map(values.map((v, i) => [i + 1, v]));

describe('paired verdicts over seeds', () => {
  it('supports a claim whose every difference interval lies above zero, as by hand', () => {
    // Differences 0.05, 0.07, 0.06: mean 0.06, s = 0.01, half-width 4.3027 · 0.01/√3 = 0.024842.
    const { verdict, differences } = pairedVerdict(seeds(0.75, 0.77, 0.76), { deep: seeds(0.7, 0.7, 0.7) });
    expect(verdict).toBe('supported');
    expect(differences[0]!.mean).toBeCloseTo(0.06, 12);
    expect(differences[0]!.low).toBeCloseTo(0.035158, 5);
    expect(differences[0]!.high).toBeCloseTo(0.084842, 5);
    expect(describeDifference('wide_deep', differences[0]!)).toBe('wide_deep − deep: +0.060 [+0.035, +0.085] over 3 seeds');
  });

  it('is inconclusive when an interval crosses zero or seeds are too few, and not supported when the other is clearly better', () => {
    expect(pairedVerdict(seeds(0.75, 0.69, 0.76), { deep: seeds(0.7, 0.7, 0.7) }).verdict).toBe('inconclusive');
    expect(pairedVerdict(seeds(0.9), { deep: seeds(0.1) }).verdict).toBe('inconclusive');
    // Only seeds both finished are paired.
    expect(pairedVerdict(seeds(0.9, 0.91), { deep: new Map([[2, 0.5]]) }).differences[0]!.seeds).toBe(1);
    const against = pairedVerdict(seeds(0.75, 0.77, 0.76), { wide: seeds(0.6, 0.6, 0.6), deep: seeds(0.8, 0.81, 0.82) });
    expect(against.verdict).toBe('not_supported');
    // For a loss, lower favours the claim.
    expect(pairedVerdict(seeds(0.3, 0.31, 0.32), { deep: seeds(0.5, 0.52, 0.51) }, false).verdict).toBe('supported');
  });
});

describe('the three-phase claim over seeds', () => {
  it('is supported only when every pre-trained seed passes all three phases and no random-init one does', () => {
    expect(passesAllPhases(['fitting', 'settling', 'memorization'])).toBe(true);
    expect(passesAllPhases(['fitting', 'memorization'])).toBe(false);
    expect(phaseVerdict([true, true, true], [false, false, false])).toBe('supported');
    expect(phaseVerdict([true, true, false], [false, false, false])).toBe('inconclusive');
    expect(phaseVerdict([false, true, false], [true, false, false])).toBe('not_supported');
    expect(phaseVerdict([false, false, false], [false, false, false])).toBe('not_supported');
    // Fewer than three finished seeds of either never decide.
    expect(phaseVerdict([true, true], [false, false, false])).toBe('inconclusive');
  });
});
