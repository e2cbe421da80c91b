import { describe, expect, it } from 'vitest';
import { detectPhases, type CurvePoint } from './detect';
import { phaseDetectorVersion } from './spec';
import { judgeDetection, syntheticSuite } from './synthetic';

const curve = (values: number[]): CurvePoint[] => values.map((value, i) => ({ epoch: i + 1, value }));
const phase = (d: ReturnType<typeof detectPhases>, name: string) => d.phases.find((p) => p.phase === name);

describe('phase detector', () => {
  it('says "not enough data" for a run too short to judge, and reports no phase', () => {
    const d = detectPhases({ valScore: curve([0.5, 0.8, 0.82]) });
    expect(d.status).toBe('insufficient_data');
    expect(d.phases).toEqual([]);
    expect(d.explanation).toMatch(/Not enough data: 3 validation points, at least 4 needed/);
  });

  it('finds fitting, settling and memorization on a hand-made noisy-label run', () => {
    const d = detectPhases({
      valScore: curve([0.5, 0.7, 0.85, 0.85, 0.851, 0.849, 0.85, 0.848, 0.845, 0.84]),
      trainScore: curve([0.45, 0.62, 0.7, 0.7, 0.7, 0.7, 0.74, 0.78, 0.82, 0.85]),
      memorizedFraction: curve([0.03, 0.03, 0.03, 0.03, 0.03, 0.03, 0.15, 0.3, 0.45, 0.55]),
    });
    expect(d.status).toBe('detected');
    expect(d.version).toBe(phaseDetectorVersion);
    expect(d.phases.map((p) => [p.phase, p.start, p.end])).toEqual([
      ['fitting', 0, 3],
      ['settling', 3, 6],
      ['memorization', 6, 10],
    ]);
    expect(d.explanation).toContain('plateaued from epoch 3 to 6');
    expect(d.explanation).toMatch(/memorized fraction rose from \d\.\d% to 55% from epoch 6/);
    for (const p of d.phases) expect(p.confidence).toBeGreaterThan(0.5);
  });

  it('reports no memorization for a clean run whose gap stays flat', () => {
    const d = detectPhases({
      valScore: curve([0.6, 0.8, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9]),
      trainScore: curve([0.62, 0.83, 0.93, 0.93, 0.93, 0.93, 0.93, 0.93]),
    });
    expect(d.phases.map((p) => p.phase)).toEqual(['fitting', 'settling']);
    expect(d.explanation).toContain('no memorization');
  });

  it('finds memorization without label noise from a growing train–validation gap', () => {
    const d = detectPhases({
      valScore: curve([0.6, 0.8, 0.9, 0.9, 0.9, 0.9, 0.88, 0.86, 0.84, 0.82]),
      trainScore: curve([0.62, 0.83, 0.93, 0.93, 0.93, 0.93, 0.96, 0.98, 0.99, 1]),
    });
    expect(phase(d, 'memorization')?.start).toBe(6);
    expect(phase(d, 'settling')).toMatchObject({ start: 3, end: 6 });
  });

  it('says there is no settling phase when noisy examples are memorized while validation still rises', () => {
    const d = detectPhases({
      valScore: curve([0.3, 0.33, 0.36, 0.39, 0.42, 0.45, 0.48, 0.51, 0.54, 0.57]),
      memorizedFraction: curve([0.05, 0.05, 0.2, 0.35, 0.5, 0.6, 0.68, 0.74, 0.78, 0.8]),
    });
    expect(phase(d, 'settling')).toBeUndefined();
    expect(phase(d, 'memorization')?.start).toBe(2);
    expect(d.explanation).toContain('no settling phase');
  });

  it('calls no phase where validation moves within its own sampling noise, and reads a falling validation against it', () => {
    // 2.5 points of accuracy up and down over 8 epochs: on 100 validation items that is noise (±0.06), on 100,000 not.
    const wobbly = curve([0.7, 0.72, 0.71, 0.725, 0.72, 0.715, 0.7, 0.705]);
    const small = detectPhases({ valScore: wobbly, validationItems: 100 });
    expect(small.status).toBe('insufficient_data');
    expect(small.explanation).toBe(
      'Validation moved by 0.025 over the run, within its own sampling noise (±0.091 for 100 validation items): no phase can be told from noise.',
    );
    expect(detectPhases({ valScore: wobbly, validationItems: 100_000 }).status).toBe('detected');
    // A fall of 0.06 after a clear rise is memorization on 10,000 items, and within the noise on 200.
    const fall = curve([0.3, 0.6, 0.8, 0.8, 0.8, 0.78, 0.76, 0.74]);
    expect(phase(detectPhases({ valScore: fall, validationItems: 10_000 }), 'memorization')).toBeDefined();
    expect(phase(detectPhases({ valScore: fall, validationItems: 200 }), 'memorization')).toBeUndefined();
  });

  it('reads points in any order, averages repeated epochs, ignores non-finite values, and refuses bad parameters', () => {
    const [c] = syntheticSuite(1, 7);
    const { valScore, memorizedFraction } = c!.curves;
    const messy = {
      valScore: [...valScore].reverse().concat([
        { epoch: 2, value: valScore[1]!.value },
        { epoch: 99, value: Number.NaN },
      ]),
      memorizedFraction: memorizedFraction && [...memorizedFraction].reverse(),
    };
    expect(detectPhases(messy)).toEqual(detectPhases({ valScore, memorizedFraction }));
    expect(() => detectPhases(c!.curves, { plateauSlope: -1 })).toThrow(/positive slope/);
  });

  it('judges per-step curves too, binned to at most 100 points', () => {
    const valScore = Array.from({ length: 2000 }, (_, i) => ({ epoch: (i + 1) / 100, value: Math.min(0.9, 0.4 + (0.5 * (i + 1)) / 300) }));
    const d = detectPhases({ valScore });
    expect(phase(d, 'fitting')!.end).toBeCloseTo(3, 0);
    expect(phase(d, 'settling')!.end).toBe(20);
  });
});

describe('phase detector on 240 synthetic curve sets with known boundaries', () => {
  const suite = syntheticSuite(240);
  const judged = suite.map((c) => ({ c, j: judgeDetection(c, detectPhases(c.curves)) }));

  it('places every boundary within one epoch on at least 90% of the cases', () => {
    const share = judged.filter(({ j }) => j.withinOneEpoch).length / judged.length;
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('invents no phase on the cases that have none', () => {
    expect(judged.filter(({ j }) => j.invented.length > 0).map(({ c, j }) => `${c.family}: ${j.invented}`)).toEqual([]);
  });

  it('sees the settling phase shrink as label noise grows', () => {
    const settling = (rate: number) => {
      const lengths = judged
        .filter(({ c }) => c.family === 'three-phase' && c.noiseRate === rate)
        .map(({ c }) => {
          const p = phase(detectPhases(c.curves), 'settling');
          return p ? p.end - p.start : 0;
        });
      return lengths.reduce((a, b) => a + b, 0) / lengths.length;
    };
    expect(settling(0.1)).toBeGreaterThan(settling(0.5));
  });
});
