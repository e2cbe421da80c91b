import { describe, expect, it } from 'vitest';
import { entityScores, entitySpans, injectEntityNoise, predictsEntity } from './entities';

describe('entity spans', () => {
  it('reads IOB2 chunks, and an I- tag that continues nothing starts an entity (conlleval)', () => {
    expect(entitySpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 7 },
    ]);
  });
});

describe('entity scores', () => {
  it('match seqeval on its documented example: one of two entities exact, F1 0.5', () => {
    const truth = [
      ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'],
      ['B-PER', 'I-PER', 'O'],
    ];
    const predicted = [
      ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O'],
      ['B-PER', 'I-PER', 'O'],
    ];
    const scores = entityScores(truth, predicted);
    expect(scores).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(scores.types).toEqual({
      MISC: { precision: 0, recall: 0, f1: 0, support: 1 },
      PER: { precision: 1, recall: 1, f1: 1, support: 1 },
    });
  });
});

describe('entity noise', () => {
  const tags = Array.from({ length: 40 }, (_, i) =>
    i % 2 ? ['B-PER', 'I-PER', 'O', 'B-LOC'] : ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-MISC'],
  );
  const trainRows = Array.from({ length: 30 }, (_, i) => i);

  it('flips exactly round(rate · entities) training entities to another type, keeping IOB2 valid and the rest untouched', () => {
    const { tags: noisy, noisyEntities } = injectEntityNoise(tags, trainRows, { rate: 0.3, scheme: 'flip', seed: 4 });
    expect(noisyEntities).toHaveLength(Math.round(0.3 * 60));
    for (const e of noisyEntities) {
      expect(e.noisyType).not.toBe(e.trueType);
      expect(noisy[e.row]!.slice(e.start, e.end)).toEqual(
        Array.from({ length: e.end - e.start }, (_, t) => `${t ? 'I' : 'B'}-${e.noisyType}`),
      );
    }
    for (const sentence of noisy) {
      sentence.forEach((tag, t) => {
        if (tag.startsWith('I-')) expect(sentence[t - 1]!.slice(2)).toBe(tag.slice(2));
      });
    }
    for (let row = 30; row < 40; row++) expect(noisy[row]).toEqual(tags[row]);
    const changed = noisy.flatMap((sentence, row) => sentence.filter((tag, t) => tag !== tags[row]![t]).map(() => row));
    expect(new Set(changed)).toEqual(new Set(noisyEntities.map((e) => e.row)));
  });

  it('is the same for the same seed, and none at rate 0', () => {
    const a = injectEntityNoise(tags, trainRows, { rate: 0.2, scheme: 'flip', seed: 9 });
    expect(injectEntityNoise(tags, trainRows, { rate: 0.2, scheme: 'flip', seed: 9 })).toEqual(a);
    expect(injectEntityNoise(tags, trainRows, { rate: 0, scheme: 'flip', seed: 9 }).noisyEntities).toEqual([]);
  });

  it('tells a memorized entity (its noisy tags) from a recovered one, and a prediction that runs on past the span is neither', () => {
    const span = { start: 1, end: 3 };
    expect(predictsEntity(['O', 'B-ORG', 'I-ORG', 'O'], span, 'ORG')).toBe(true);
    expect(predictsEntity(['O', 'B-ORG', 'I-ORG', 'I-ORG'], span, 'ORG')).toBe(false);
    expect(predictsEntity(['O', 'B-ORG', 'I-PER', 'O'], span, 'ORG')).toBe(false);
  });
});
