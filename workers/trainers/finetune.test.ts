import { describe, expect, it } from 'vitest';
import { finetuneConfig, pretrainConfig } from '../../lib/runs/config';
import { corpusLines } from '../../server/datasets/samples/ner';
import type { TrainingData } from '../../db/trainingData';
import { loadTensorFlow } from '../tf';
import { createFinetune } from './finetune';
import { createPretrain } from './pretrain';
import { unpackTensors } from '../../lib/runs/modelFormat';

const signal = new AbortController().signal;
const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A base model pre-trained for one epoch on 300 generated sentences. */
async function baseModel() {
  const { tf } = await loadTensorFlow();
  const lines = [...corpusLines(300)];
  const data: TrainingData = {
    task: 'language_model',
    columns: [{ name: 'text', type: 'text' }],
    labelColumn: null,
    rows: lines.map((l) => [l]),
    classes: [],
    labels: new Int32Array(lines.length),
    trueLabels: new Int32Array(lines.length),
    noisyRows: [],
    trainRows: rows(250),
    validationRows: rows(300).slice(250),
    testRows: [],
  };
  const trainer = await createPretrain({
    tf,
    data,
    config: pretrainConfig.parse({ epochs: 1, vocabularySize: 300, maxLength: 24 }),
    seed: 1,
  });
  await trainer.trainEpoch(1, { signal, onBatch: () => {} });
  const state = await trainer.saveState();
  trainer.dispose();
  return state;
}

/** Texts whose class is which word they contain: learnable in a few epochs. */
function textClasses(): TrainingData {
  const words = ['Ohio', 'Texas', 'Bank'];
  const texts = rows(240).map((i) => `On Monday ${i % 5 ? 'Ann' : 'Bob'} saw ${words[i % 3]} again .`);
  const labels = Int32Array.from(rows(240), (i) => i % 3);
  return {
    task: 'classification',
    columns: [
      { name: 'text', type: 'text' },
      { name: 'label', type: 'categorical' },
    ],
    labelColumn: 'label',
    rows: texts.map((t, i) => [t, String(labels[i])]),
    classes: ['0', '1', '2'],
    labels,
    trueLabels: labels,
    noisyRows: [],
    trainRows: rows(200),
    validationRows: rows(240).slice(200),
    testRows: rows(240).slice(200),
  };
}

const accuracy = (predicted: Int32Array, data: TrainingData, split: number[]) =>
  split.filter((row, i) => predicted[i] === data.labels[row]).length / split.length;

describe('fine-tuning', () => {
  it('starts from the base model’s encoder weights, or from random ones with init random', async () => {
    const { tf } = await loadTensorFlow();
    const base = await baseModel();
    const stored = unpackTensors(base).tensors.find((t) => t.name === 'encoder/layer0/attention/query/kernel')!;
    const data = textClasses();
    for (const init of ['pretrained', 'random'] as const) {
      const trainer = await createFinetune({ tf, data, config: finetuneConfig.parse({ init, maxLength: 24 }), seed: 5, baseModel: base });
      const saved = unpackTensors(await trainer.saveState()).tensors.find((t) => t.name === 'encoder/layer0/attention/query/kernel')!;
      expect(Array.from(saved.values).every((v, i) => v === stored.values[i])).toBe(init === 'pretrained');
      trainer.dispose();
    }
  }, 60_000);

  it('learns a sequence classification from [CLS] with either head, and a saved state predicts the same after loading', async () => {
    const { tf } = await loadTensorFlow();
    const base = await baseModel();
    const data = textClasses();
    for (const head of ['linear', 'prototype'] as const) {
      const config = finetuneConfig.parse({ epochs: 6, batchSize: 16, learningRate: 0.002, head, maxLength: 24 });
      const trainer = await createFinetune({ tf, data, config, seed: 5, baseModel: base });
      for (let epoch = 1; epoch <= config.epochs; epoch++) await trainer.trainEpoch(epoch, { signal, onBatch: () => {} });
      const predicted = await trainer.predict(data.validationRows);
      expect(accuracy(predicted.predictions, data, data.validationRows), head).toBeGreaterThan(0.9);
      expect(predicted.probabilities).toHaveLength(data.validationRows.length * 3);
      const copy = await createFinetune({ tf, data, config, seed: 99, baseModel: base });
      await copy.loadState(await trainer.saveState());
      expect(Array.from((await copy.predict(data.validationRows)).predictions)).toEqual(Array.from(predicted.predictions));
      trainer.dispose();
      copy.dispose();
    }
  }, 120_000);

  it('replays exactly: a run resumed from a checkpoint taken mid-epoch ends where an unbroken one does (dropout is seeded per batch), and a disposed trainer leaves no tensors', async () => {
    const { tf } = await loadTensorFlow();
    const base = await baseModel();
    const data = textClasses();
    const config = finetuneConfig.parse({ epochs: 2, batchSize: 32, maxLength: 24, dropout: 0.2 });
    const before = tf.memory().numTensors;
    const straight = await createFinetune({ tf, data, config, seed: 8, baseModel: base });
    for (const epoch of [1, 2]) await straight.trainEpoch(epoch, { signal, onBatch: () => {} });
    // The first attempt stops after batch 3 of epoch 2 (of 7), as a stopping worker does.
    const first = await createFinetune({ tf, data, config, seed: 8, baseModel: base });
    await first.trainEpoch(1, { signal, onBatch: () => {} });
    const stop = new AbortController();
    await expect(first.trainEpoch(2, { signal: stop.signal, onBatch: (_, batch) => void (batch === 2 && stop.abort()) })).rejects.toThrow();
    const resumed = await createFinetune({ tf, data, config, seed: 8, baseModel: base });
    await resumed.loadState(await first.saveState());
    const replayed: number[] = [];
    await resumed.trainEpoch(2, { signal, fromBatch: 3, onBatch: (_, batch) => void replayed.push(batch) });
    expect(replayed).toEqual([3, 4, 5, 6]);
    const [a, b] = [await straight.predict(data.validationRows), await resumed.predict(data.validationRows)];
    expect(Array.from(b.losses!)).toEqual(Array.from(a.losses!));
    for (const trainer of [straight, first, resumed]) trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});
