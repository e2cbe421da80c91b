import type { Tensor, Variable } from '@tensorflow/tfjs';
import type { TF } from '../tf';
import { packTensors, unpackTensors, type StoredTensor } from '../../lib/runs/modelFormat';

/** What checkpoints need of an optimizer: its slots, in a fixed order. tfjs's optimizers and ours have them. */
export interface OptimizerSlots {
  getWeights(): Promise<{ name: string; tensor: Tensor }[]>;
  setWeights(weights: { name: string; tensor: Tensor }[]): Promise<void>;
}

export async function storedTensor(name: string, tensor: Tensor): Promise<StoredTensor> {
  const values = await tensor.data();
  return { name, shape: tensor.shape, values: values instanceof Int32Array ? values : Float32Array.from(values as ArrayLike<number>) };
}

/**
 * A trainer's whole state: its variables in a fixed order, then its optimizer's slots (moments, step counter) in the
 * order the optimizer lists them. Positions, not names, tie them together, since tfjs names are per process.
 */
export async function saveTrainingState(tf: TF, variables: readonly Variable[], optimizer: OptimizerSlots, extra: object): Promise<Buffer> {
  const slots = await optimizer.getWeights();
  try {
    const tensors = await Promise.all([
      ...variables.map((v, i) => storedTensor(`variable/${i}`, v)),
      ...slots.map((slot, i) => storedTensor(`optimizer/${i}`, slot.tensor)),
    ]);
    return packTensors(tensors, extra);
  } finally {
    // The slots are the optimizer's own variables, except the step counter, which is made for the caller.
    for (const slot of slots) if (!(slot.tensor instanceof tf.Variable)) slot.tensor.dispose();
  }
}

export async function loadTrainingState(
  tf: TF,
  state: Buffer,
  variables: readonly Variable[],
  optimizer: OptimizerSlots,
): Promise<Record<string, unknown>> {
  const { extra, tensors } = unpackTensors(state);
  const stored = new Map(tensors.map((t) => [t.name, t]));
  tf.tidy(() =>
    variables.forEach((variable, i) => {
      const t = stored.get(`variable/${i}`);
      if (!t) throw new Error(`the checkpoint has no value for variable ${i}`);
      variable.assign(tf.tensor(t.values, t.shape));
    }),
  );
  const slots = tensors.filter((t) => t.name.startsWith('optimizer/')).map((t) => ({ name: t.name, tensor: tf.tensor(t.values, t.shape) }));
  try {
    if (slots.length) {
      // setWeights replaces the optimizer's slots without freeing the ones it had.
      const previous = await optimizer.getWeights();
      await optimizer.setWeights(slots);
      for (const slot of previous) slot.tensor.dispose();
    }
  } finally {
    for (const slot of slots) slot.tensor.dispose();
  }
  return extra;
}

/**
 * The transformer's format: every variable under its name (`encoder/layer0/attention/query/kernel`, …), so that a
 * model's weights load into another model that shares some of them (a base model into a fine-tuning run), then the
 * optimizer's slots by position (left out of a final model: `optimizer` null).
 */
export async function saveNamedState(
  variables: readonly { name: string; variable: Variable }[],
  optimizer: OptimizerSlots | null,
  extra: object,
): Promise<Buffer> {
  const slots = (await optimizer?.getWeights()) ?? [];
  try {
    const tensors = await Promise.all([
      ...variables.map(({ name, variable }) => storedTensor(name, variable)),
      ...slots.map((slot, i) => storedTensor(`optimizer/${i}`, slot.tensor)),
    ]);
    return packTensors(tensors, extra);
  } finally {
    for (const slot of slots) slot.tensor.dispose();
  }
}

/** Assigns the stored tensors named like the variables; a variable with no stored value is an error. */
export function assignNamed(tf: TF, stored: readonly StoredTensor[], variables: readonly { name: string; variable: Variable }[]): void {
  const byName = new Map(stored.map((t) => [t.name, t]));
  tf.tidy(() => {
    for (const { name, variable } of variables) {
      const t = byName.get(name);
      if (!t) throw new Error(`the stored model has no weights for ${name}`);
      if (t.shape.join('×') !== variable.shape.join('×'))
        throw new Error(`${name}: stored as ${t.shape.join('×')}, the model needs ${variable.shape.join('×')}`);
      variable.assign(tf.tensor(t.values, t.shape));
    }
  });
}

export async function loadNamedState(
  tf: TF,
  state: Buffer,
  variables: readonly { name: string; variable: Variable }[],
  optimizer: OptimizerSlots,
): Promise<Record<string, unknown>> {
  const { extra, tensors } = unpackTensors(state);
  assignNamed(tf, tensors, variables);
  const slots = tensors.filter((t) => t.name.startsWith('optimizer/')).map((t) => ({ name: t.name, tensor: tf.tensor(t.values, t.shape) }));
  try {
    await optimizer.setWeights(slots);
  } finally {
    for (const slot of slots) slot.tensor.dispose();
  }
  return extra;
}
