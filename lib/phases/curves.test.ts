import { describe, expect, it } from 'vitest';
import { externalPhaseCurves, externalPhaseKeys, lowerIsBetter, phaseCurvesFromMetrics } from './curves';

const point = (key: string, step: number, value: number, epoch = step) => ({ key, step, epoch, value });

describe('the curves a trained run is judged on', () => {
  it('reads macro-F1 before accuracy, with the training score of the same kind, and masked-word accuracy for pre-training', () => {
    const multiClass = phaseCurvesFromMetrics(
      [point('val/accuracy', 1, 0.9), point('val/macro_f1', 1, 0.6), point('train/accuracy', 1, 0.95), point('train/macro_f1', 1, 0.7)],
      300,
    );
    expect(multiClass).toEqual({
      valScore: [{ epoch: 1, value: 0.6 }],
      trainScore: [{ epoch: 1, value: 0.7 }],
      memorizedFraction: undefined,
      validationItems: 300,
    });
    const pretraining = phaseCurvesFromMetrics([point('val/mlm_accuracy', 1, 0.2), point('train/mlm_loss', 1, 4)]);
    expect(pretraining).toMatchObject({ valScore: [{ epoch: 1, value: 0.2 }], trainScore: undefined });
  });
});

describe('the curves an outside run is judged on', () => {
  it('takes the tagged metrics first, else the names frameworks log under', () => {
    const logged = ['loss', 'eval_loss', 'eval_accuracy', 'epoch', 'my_f1'];
    expect(externalPhaseKeys(logged, new Map())).toEqual({ validation: 'eval_accuracy', train: 'loss', epoch: 'epoch' });
    expect(externalPhaseKeys(logged, new Map([['phaselab.validation_metric', 'my_f1']]))).toMatchObject({ validation: 'my_f1' });
    // A tag naming a metric the run never logged finds nothing rather than a guess.
    expect(externalPhaseKeys(logged, new Map([['phaselab.validation_metric', 'f2']]))).toMatchObject({ validation: null });
    expect(externalPhaseKeys(['accuracy'], new Map())).toEqual({ validation: null, train: 'accuracy', epoch: null });
  });

  it('reads losses as lower-is-better, placed at the epoch the epoch metric gives for their step', () => {
    expect(lowerIsBetter('val_loss')).toBe(true);
    expect(lowerIsBetter('val_accuracy')).toBe(false);
    const points = [
      point('eval_loss', 500, 0.9),
      point('epoch', 500, 1),
      point('eval_loss', 1000, 0.6),
      point('epoch', 1000, 2),
      point('noise/memorized_fraction', 1, 0.1),
      point('noise/memorized_fraction', 2, 0.3),
    ];
    const curves = externalPhaseCurves(points, { validation: 'eval_loss', train: null, epoch: 'epoch' });
    expect(curves.valScore).toEqual([
      { epoch: 1, value: -0.9 },
      { epoch: 2, value: -0.6 },
    ]);
    // Memorization is logged by epoch already: step 1 is epoch 1, not the epoch metric's value at batch step 1.
    expect(curves.memorizedFraction).toEqual([
      { epoch: 1, value: 0.1 },
      { epoch: 2, value: 0.3 },
    ]);
  });

  it('compares train and validation only when both are scores of one kind', () => {
    const points = [point('val_acc', 1, 0.5), point('loss', 1, 2)];
    expect(externalPhaseCurves(points, { validation: 'val_acc', train: 'loss', epoch: null }).trainScore).toBeUndefined();
    expect(
      externalPhaseCurves([...points, point('train_acc', 1, 0.6)], { validation: 'val_acc', train: 'train_acc', epoch: null }).trainScore,
    ).toEqual([{ epoch: 1, value: 0.6 }]);
  });
});
