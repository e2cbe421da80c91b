/**
 * What the engine measures after each epoch and at the end, by task: class scores for classification, entity scores
 * (seqeval) and token accuracy for tagging, the trainer's own language-model scores for a corpus. For label noise:
 * which corrupted examples (rows or entities) the model now predicts as their noisy label (memorized) or their true
 * one (recovered), and how well the highest losses point at them.
 */
import { entityScores, predictsEntity } from '../../lib/runs/entities';
import { memorizationMetrics } from '../../lib/runs/labelNoise';
import { perClassF1 } from '../../lib/runs/metrics';
import { detectionScore, encodeTrainingLosses } from '../../lib/runs/trainingLosses';
import type { Predictions, Trainer } from '../trainers/trainer';
import { prefixed, splitScores } from './scores';
import { testUncertainty } from './uncertainty';
import type { TestUncertainty } from '../../db/schema';
import { exampleKey, type TrainingData } from '../../db/trainingData';

export interface EpochEvaluation {
  points: Record<string, number>;
  /** Every training example's record of the epoch, for the suspected-label-errors ranking (classification only). */
  losses?: Buffer;
}

/** A trainer that predicts no labels (a language model, on any text) is scored by its own metrics alone. */
export async function evaluateEpoch(
  trainer: Trainer,
  data: TrainingData,
  memorizedAt: Map<number, number>,
  epoch: number,
): Promise<EpochEvaluation> {
  if (!trainer.predict || data.task === 'language_model') return { points: (await trainer.epochMetrics?.()) ?? {} };
  const train = await trainer.predict(data.trainRows);
  const validation = await trainer.predict(data.validationRows);
  const points = {
    ...prefixed('train', scoresOf(trainer, data, train, data.trainRows, 'trained')),
    ...prefixed('val', scoresOf(trainer, data, validation, data.validationRows, 'true')),
    ...memorization(data, train, memorizedAt, epoch),
  };
  if (trainer.epochMetrics) Object.assign(points, await trainer.epochMetrics());
  // Without losses (rules alone) there is nothing to rank suspected label errors by.
  if (!train.losses) return { points };
  const rows = Int32Array.from(data.trainRows);
  if (data.noisyRows.length) points['noise/detection_f1'] = detectionScore(rows, train.losses, new Set(data.noisyRows));
  if (data.task === 'tagging') return { points, losses: sentenceRecord(data, train, epoch, rows) };
  const labels = Int32Array.from(data.trainRows, (row) => data.labels[row]!);
  const classes = data.classes.length;
  const margins =
    train.probabilities &&
    Float32Array.from(labels, (label, i) => margin(train.probabilities!.subarray(i * classes, (i + 1) * classes), label));
  return {
    points,
    losses: encodeTrainingLosses({
      epoch,
      classes: data.classes,
      rows,
      losses: train.losses,
      predictions: train.predictions,
      labels,
      margins,
    }),
  };
}

/**
 * A tagging epoch's record, a sentence per example: its loss, and as its "class" whether the model tagged it as
 * labelled (0) or not (1), so that the label-error ranking skips sentences the model always tagged as given.
 */
function sentenceRecord(data: TrainingData, train: Predictions, epoch: number, rows: Int32Array): Buffer {
  const given = data.tagging!.tags;
  const asGiven = (i: number, row: number) => Array.from(train.tags![i]!).every((id, t) => data.classes[id] === given[row]![t]);
  const predictions = Int32Array.from(data.trainRows, (row, i) => (asGiven(i, row) ? 0 : 1));
  return encodeTrainingLosses({
    epoch,
    classes: ['tags as labelled', 'other tags'],
    rows,
    losses: train.losses!,
    predictions,
    labels: new Int32Array(rows.length),
  });
}

/** The given label's probability minus the highest other class's: negative where the model argues with the label. */
function margin(probabilities: Float32Array, label: number): number {
  let other = Number.NEGATIVE_INFINITY;
  probabilities.forEach((p, k) => k !== label && p > other && (other = p));
  return probabilities[label]! - other;
}

/** Up to this many classes, the summary keeps each class's test F1 (`test/f1/<class>`: few-shot sweeps chart it). */
const CLASS_SCORES_UP_TO = 20;

/** Scores on the test split, for the run's summary, and how far they can be trusted. */
export async function testScores(
  trainer: Trainer,
  data: TrainingData,
  seed: number,
): Promise<{ scores: Record<string, number>; uncertainty: TestUncertainty | null }> {
  if (!trainer.predict || data.task === 'language_model' || !data.testRows.length) return { scores: {}, uncertainty: null };
  const test = await trainer.predict(data.testRows);
  const scores = scoresOf(trainer, data, test, data.testRows, 'true');
  if (data.task === 'classification' && data.classes.length <= CLASS_SCORES_UP_TO) {
    const truth = Int32Array.from(data.testRows, (row) => data.trueLabels[row]!);
    perClassF1(test.predictions, truth, data.classes.length).forEach((f1, c) => f1 !== null && (scores[`f1/${data.classes[c]}`] = f1));
  }
  return { scores: prefixed('test', scores), uncertainty: testUncertainty(data, test, trainer.abstains ?? false, seed) };
}

/**
 * A split's scores against the labels as trained (noisy on the training split) or the true ones. Tagging: loss,
 * token accuracy, entity precision/recall/F1 and F1 per entity type (`f1/PER`).
 */
function scoresOf(
  trainer: Trainer,
  data: TrainingData,
  predicted: Predictions,
  rows: readonly number[],
  labels: 'trained' | 'true',
): Record<string, number> {
  if (data.task !== 'tagging')
    return splitScores(predicted, rows, labels === 'true' ? data.trueLabels : data.labels, data.classes.length, trainer.abstains);
  const tagging = data.tagging!;
  const truth = rows.map((row) => (labels === 'true' ? tagging.trueTags : tagging.tags)[row]!);
  const guessed = rows.map((_, i) => Array.from(predicted.tags![i]!, (id) => data.classes[id]!));
  let tokens = 0;
  let right = 0;
  truth.forEach((tags, i) => tags.forEach((tag, t) => (tokens++, (right += guessed[i]![t] === tag ? 1 : 0))));
  const entities = entityScores(truth, guessed);
  return {
    ...(predicted.losses && { loss: predicted.losses.reduce((a, b) => a + b, 0) / Math.max(1, rows.length) }),
    token_accuracy: right / Math.max(1, tokens),
    precision: entities.precision,
    recall: entities.recall,
    f1: entities.f1,
    ...Object.fromEntries(Object.entries(entities.types).map(([type, s]) => [`f1/${type}`, s.f1])),
  };
}

/** Memorized and recovered shares of the noisy examples, and the epoch each was first memorized (into `memorizedAt`). */
function memorization(data: TrainingData, train: Predictions, memorizedAt: Map<number, number>, epoch: number): Record<string, number> {
  if (!data.noisyRows.length) return {};
  if (data.tagging) {
    let memorized = 0;
    let recovered = 0;
    const position = new Map(data.trainRows.map((row, i) => [row, i]));
    const guessed = (row: number) => Array.from(train.tags![position.get(row)!]!, (id) => data.classes[id]!);
    for (const entity of data.tagging.noisyEntities) {
      const tags = guessed(entity.row);
      if (predictsEntity(tags, entity, entity.noisyType)) {
        memorized++;
        const key = exampleKey(entity.row, entity.start);
        if (!memorizedAt.has(key)) memorizedAt.set(key, epoch);
      } else if (predictsEntity(tags, entity, entity.trueType)) recovered++;
    }
    // Token accuracy over the sentences with no corrupted entity.
    const noisy = new Set(data.noisyRows);
    let tokens = 0;
    let right = 0;
    for (const row of data.trainRows) {
      if (noisy.has(row)) continue;
      const tags = guessed(row);
      data.tagging.trueTags[row]!.forEach((tag, t) => (tokens++, (right += tags[t] === tag ? 1 : 0)));
    }
    const total = data.tagging.noisyEntities.length;
    return {
      'train/clean_accuracy': right / Math.max(1, tokens),
      'noise/memorized_fraction': memorized / total,
      'noise/recovered_fraction': recovered / total,
    };
  }
  const m = memorizationMetrics(train.predictions, data.trainRows, data.trueLabels, data.labels);
  data.trainRows.forEach((row, i) => {
    const key = exampleKey(row, -1);
    if (!memorizedAt.has(key) && data.labels[row] !== data.trueLabels[row] && train.predictions[i] === data.labels[row])
      memorizedAt.set(key, epoch);
  });
  return {
    'train/clean_accuracy': m.cleanTrainScore,
    'noise/memorized_fraction': m.memorizedFraction,
    'noise/recovered_fraction': m.recoveredFraction,
  };
}
