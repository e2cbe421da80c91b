/**
 * How much a run's test scores can be trusted: a 95% interval for each headline score, the number of test items, and
 * the smallest class's count in the test split (a class with few items makes macro scores swing). Shares get Wilson's
 * interval, the rest a seeded bootstrap over the test items (lib/runs/intervals.ts).
 */
import { entitySpans } from '../../lib/runs/entities';
import { bootstrapInterval, widenAtBounds, wilsonInterval, type Interval } from '../../lib/runs/intervals';
import { macroF1, rocAuc } from '../../lib/runs/metrics';
import type { TestUncertainty } from '../../db/schema';
import type { TrainingData } from '../../db/trainingData';
import type { Predictions } from '../trainers/trainer';

const pick = (values: ArrayLike<number>, indices: Int32Array) => Int32Array.from(indices, (i) => values[i]!);

export function testUncertainty(data: TrainingData, test: Predictions, abstains: boolean, seed: number): TestUncertainty {
  const n = data.testRows.length;
  const intervals: Record<string, Interval> = {};
  if (data.task === 'tagging') {
    // Entity F1 pools counts over sentences: resample sentences, sum their counts.
    const counts = data.testRows.map((row, i) => {
      const truth = data.tagging!.trueTags[row]!;
      const guessed = Array.from(test.tags![i]!, (id) => data.classes[id]!);
      const expected = new Set(entitySpans(truth).map((e) => `${e.type}:${e.start}:${e.end}`));
      const found = entitySpans(guessed);
      return {
        correct: found.filter((e) => expected.has(`${e.type}:${e.start}:${e.end}`)).length,
        predicted: found.length,
        true: expected.size,
      };
    });
    const f1 = widenAtBounds(
      bootstrapInterval(
        n,
        (indices) => {
          let correct = 0;
          let predicted = 0;
          let truth = 0;
          for (const i of indices) ((correct += counts[i]!.correct), (predicted += counts[i]!.predicted), (truth += counts[i]!.true));
          return predicted + truth ? (2 * correct) / (predicted + truth) : Number.NaN;
        },
        { seed },
      ),
      n,
    );
    if (f1) intervals['test/f1'] = f1;
    return { items: n, smallestClass: null, intervals };
  }
  const truth = Int32Array.from(data.testRows, (row) => data.trueLabels[row]!);
  const classes = data.classes.length;
  const predicted = test.predictions;
  intervals['test/accuracy'] = wilsonInterval(truth.filter((label, i) => predicted[i] === label).length, n);
  if (classes > 2 || abstains) {
    const f1 = widenAtBounds(
      bootstrapInterval(n, (indices) => macroF1(pick(predicted, indices), pick(truth, indices), classes), { seed }),
      n,
    );
    if (f1) intervals['test/macro_f1'] = f1;
  }
  if (classes === 2 && test.probabilities) {
    const positive = Float32Array.from(data.testRows, (_, i) => test.probabilities![2 * i + 1]!);
    const auc = widenAtBounds(
      bootstrapInterval(
        n,
        (indices) =>
          rocAuc(
            Float32Array.from(indices, (i) => positive[i]!),
            Array.from(indices, (i) => truth[i] === 1),
          ),
        { seed },
      ),
      n,
    );
    if (auc) intervals['test/auc'] = auc;
  }
  if (abstains) {
    const decided = [...predicted.keys()].filter((i) => predicted[i]! >= 0);
    intervals['test/coverage'] = wilsonInterval(decided.length, n);
    if (decided.length)
      intervals['test/decided_accuracy'] = wilsonInterval(decided.filter((i) => predicted[i] === truth[i]).length, decided.length);
  }
  const perClass = new Int32Array(classes);
  for (const label of truth) perClass[label]!++;
  const smallest = perClass.indexOf(Math.min(...perClass));
  return { items: n, smallestClass: { name: data.classes[smallest]!, items: perClass[smallest]! }, intervals };
}
