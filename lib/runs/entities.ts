/**
 * Entities in IOB2-tagged sentences: spans, entity-level scores as seqeval computes them (Ramshaw & Marcus chunks,
 * an entity counts only when its type and both ends match; micro averages), and entity-level label noise the way
 * Tänzer et al. (2022) corrupted CoNLL03: an entity's type changes to another type, B-/I- prefixes kept, so the
 * sequence stays valid IOB2. Pure.
 */
import type { LabelNoiseConfig } from './config';
import { injectLabelNoise } from './labelNoise';

export interface Span {
  type: string;
  /** First token. */
  start: number;
  /** One past the last token. */
  end: number;
}

const typeOf = (tag: string) => (tag === 'O' ? '' : tag.slice(2));

/** Entity spans; as seqeval's default (conlleval) mode, an I- tag that does not continue an entity starts one. */
export function entitySpans(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  tags.forEach((tag, i) => {
    const type = typeOf(tag);
    const continues = open && tag.startsWith('I-') && type === open.type;
    if (open && !continues) (spans.push({ ...open, end: i }), (open = null));
    if (!continues && type) open = { type, start: i, end: i + 1 };
  });
  if (open) spans.push({ ...(open as Span), end: tags.length });
  return spans;
}

export interface EntityScores {
  precision: number;
  recall: number;
  f1: number;
  /** Per entity type, with how many true entities it has. */
  types: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}

const f1Of = (precision: number, recall: number) => (precision + recall ? (2 * precision * recall) / (precision + recall) : 0);

/** Entity-level precision, recall and F1 of predicted tag sequences against true ones (micro over all types). */
export function entityScores(truth: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): EntityScores {
  const counts = new Map<string, { correct: number; predicted: number; true: number }>();
  const count = (type: string) => counts.get(type) ?? counts.set(type, { correct: 0, predicted: 0, true: 0 }).get(type)!;
  truth.forEach((tags, s) => {
    const expected = new Set(entitySpans(tags).map((e) => (count(e.type).true++, `${e.type}:${e.start}:${e.end}`)));
    for (const e of entitySpans(predicted[s]!)) {
      count(e.type).predicted++;
      if (expected.has(`${e.type}:${e.start}:${e.end}`)) count(e.type).correct++;
    }
  });
  const types: EntityScores['types'] = {};
  let correct = 0;
  let predictedTotal = 0;
  let trueTotal = 0;
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const precision = c.predicted ? c.correct / c.predicted : 0;
    const recall = c.true ? c.correct / c.true : 0;
    types[type] = { precision, recall, f1: f1Of(precision, recall), support: c.true };
    correct += c.correct;
    predictedTotal += c.predicted;
    trueTotal += c.true;
  }
  const precision = predictedTotal ? correct / predictedTotal : 0;
  const recall = trueTotal ? correct / trueTotal : 0;
  return { precision, recall, f1: f1Of(precision, recall), types };
}

export interface NoisyEntity {
  row: number;
  start: number;
  end: number;
  trueType: string;
  noisyType: string;
}

/** The entity types of tagged sentences, sorted. */
export const entityTypes = (tags: readonly (readonly string[])[]) =>
  [...new Set(tags.flatMap((t) => entitySpans(t).map((e) => e.type)))].sort();

/** Every tag a model over these types can predict: O, then B- and I- of each type (a noisy I-X can exist unseen). */
export const tagsOf = (types: readonly string[]) => ['O', ...types.flatMap((t) => [`B-${t}`, `I-${t}`])];

/**
 * Corrupts entity types of the training sentences with the run's noise config, applied to entities as the
 * classification noise is applied to rows (so `flip` changes exactly round(rate · entities) of them, `matrix`
 * reads the dataset's entity types in sorted order). Returns every sentence's tags as trained and the changed entities.
 */
export function injectEntityNoise(
  tags: readonly (readonly string[])[],
  trainRows: readonly number[],
  config: LabelNoiseConfig,
  types: readonly string[] = entityTypes(tags),
): { tags: string[][]; noisyEntities: NoisyEntity[] } {
  const noisyTags = tags.map((t) => [...t]);
  const entities = trainRows.flatMap((row) => entitySpans(tags[row]!).map((span) => ({ ...span, row })));
  const typeId = new Map(types.map((t, i) => [t, i]));
  const labels = Int32Array.from(entities, (e) => typeId.get(e.type)!);
  const { labels: noisy, noisyRows } = injectLabelNoise(
    labels,
    types.length,
    entities.map((_, i) => i),
    config,
  );
  const noisyEntities = noisyRows.map((i) => {
    const entity = entities[i]!;
    const noisyType = types[noisy[i]!]!;
    for (let t = entity.start; t < entity.end; t++) noisyTags[entity.row]![t] = `${t === entity.start ? 'B' : 'I'}-${noisyType}`;
    return { row: entity.row, start: entity.start, end: entity.end, trueType: entity.type, noisyType };
  });
  return { tags: noisyTags, noisyEntities };
}

/** Whether a prediction gives an entity exactly the tags of `type` over its span (and does not run on past it). */
export function predictsEntity(predicted: readonly string[], span: { start: number; end: number }, type: string): boolean {
  for (let t = span.start; t < span.end; t++) if (predicted[t] !== `${t === span.start ? 'B' : 'I'}-${type}`) return false;
  return predicted[span.end] === undefined || !predicted[span.end]!.startsWith(`I-${type}`);
}
