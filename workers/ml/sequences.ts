/** Token-id sequences into padded batches. */
import type { Tensor2D } from '@tensorflow/tfjs';
import type { TF } from '../tf';
import { CLS, PAD, SEP } from '../../lib/text/wordpiece';

export interface PaddedBatch {
  ids: Tensor2D;
  /** 1 for tokens, 0 for padding. */
  mask: Tensor2D;
  length: number;
}

/** [CLS] tokens [SEP], cut to `maxLength` in all. */
export const framed = (tokens: readonly number[], maxLength: number): number[] => [CLS, ...tokens.slice(0, maxLength - 2), SEP];

/** Pads sequences to the batch's longest; the caller disposes the tensors. */
export function padBatch(tf: TF, sequences: readonly (readonly number[])[]): PaddedBatch {
  const length = Math.max(...sequences.map((s) => s.length));
  const ids = new Int32Array(sequences.length * length).fill(PAD);
  const mask = new Float32Array(sequences.length * length);
  sequences.forEach((s, i) => {
    ids.set(s, i * length);
    mask.fill(1, i * length, i * length + s.length);
  });
  return { ids: tf.tensor2d(ids, [sequences.length, length], 'int32'), mask: tf.tensor2d(mask, [sequences.length, length]), length };
}
