'use client';

import Link from 'next/link';
import { graphql } from '@/app/gql';
import { Field, Input, Select } from '@/app/_components/ui';
import { useGqlQuery } from '@/app/_lib/graphql';
import { encoderPresetNames, finetuneHeads } from '@/lib/runs/config';

const BaseModels = graphql(`
  query NewRunBaseModels {
    baseModels {
      id
      name
      status
      preset
      maxLength
    }
  }
`);

export interface TransformerForm {
  preset: string;
  vocabularySize: string;
  maxLength: string;
  maskRate: string;
  baseModelId: string;
  init: string;
  head: string;
  fewShotClasses: string;
  fewShotK: string;
}

export const initialTransformer: TransformerForm = {
  preset: 'tiny',
  vocabularySize: '2000',
  maxLength: '',
  maskRate: '0.15',
  baseModelId: '',
  init: 'pretrained',
  head: 'linear',
  fewShotClasses: '',
  fewShotK: '25',
};

/** The pre-training or fine-tuning part of a config; an empty length keeps the kind's default. */
export function transformerConfigOf(kind: 'pretrain' | 'finetune', form: TransformerForm) {
  const length = form.maxLength.trim() ? { maxLength: Number(form.maxLength) } : {};
  if (kind === 'pretrain')
    return { preset: form.preset, vocabularySize: Number(form.vocabularySize), maskRate: Number(form.maskRate), ...length };
  const classes = form.fewShotClasses
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  return {
    ...(form.baseModelId && { baseModelId: form.baseModelId }),
    init: form.init,
    head: form.head,
    ...length,
    ...(classes.length && { fewShot: { classes, k: Number(form.fewShotK) } }),
  };
}

/** Pre-training: the model's size and vocabulary. Fine-tuning: which base model, from its weights or random ones, which head, few-shot. */
export function TransformerFields({
  kind,
  form,
  onChange,
  error,
  team,
}: {
  kind: 'pretrain' | 'finetune';
  form: TransformerForm;
  onChange: (change: Partial<TransformerForm>) => void;
  error: (field: string) => string | undefined;
  team: string;
}) {
  const models = useGqlQuery(BaseModels, {}, { enabled: kind === 'finetune' }).data?.baseModels ?? [];
  const set = (key: keyof TransformerForm) => (e: { target: { value: string } }) => onChange({ [key]: e.target.value });
  if (kind === 'pretrain') {
    return (
      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-1 text-sm font-medium text-slate-700">Transformer</legend>
        <Field label="Size" htmlFor="preset" hint="tiny: 2 layers × 128; mini: 4 × 256">
          <Select id="preset" value={form.preset} onChange={set('preset')}>
            {encoderPresetNames.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Vocabulary"
          htmlFor="vocabulary-size"
          error={error('config.vocabularySize')}
          hint="WordPiece tokens, learnt from the corpus"
        >
          <Input id="vocabulary-size" type="number" value={form.vocabularySize} onChange={set('vocabularySize')} />
        </Field>
        <Field label="Max length" htmlFor="max-length" error={error('config.maxLength')} hint="Tokens per input; default 64">
          <Input id="max-length" type="number" value={form.maxLength} onChange={set('maxLength')} placeholder="64" />
        </Field>
        <Field label="Mask rate" htmlFor="mask-rate" error={error('config.maskRate')} hint="Share of tokens predicted">
          <Input id="mask-rate" type="number" step="0.01" value={form.maskRate} onChange={set('maskRate')} />
        </Field>
      </fieldset>
    );
  }
  return (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className="mb-1 text-sm font-medium text-slate-700">Transformer</legend>
      <Field
        label="Base model"
        htmlFor="base-model"
        error={error('config.baseModelId')}
        hint="Its tokenizer and shape; pre-train one under Models"
      >
        <Select id="base-model" value={form.baseModelId} onChange={set('baseModelId')}>
          <option value="">Choose…</option>
          {models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.preset}
              {m.status === 'SUCCEEDED' ? '' : ', still pre-training'})
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Weights" htmlFor="init" hint="Random: the same shape, nothing learnt (the paper's contrast)">
        <Select id="init" value={form.init} onChange={set('init')}>
          <option value="pretrained">pre-trained</option>
          <option value="random">random</option>
        </Select>
      </Field>
      <Field label="Head" htmlFor="head" hint="prototype: ProtoBERT's distances to class centroids">
        <Select id="head" value={form.head} onChange={set('head')}>
          {finetuneHeads.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Max length"
        htmlFor="max-length"
        error={error('config.maxLength')}
        hint="Tokens per sentence; default 50, or less if the base model reads less"
      >
        <Input id="max-length" type="number" value={form.maxLength} onChange={set('maxLength')} placeholder="50" />
      </Field>
      <Field
        label="Few-shot classes"
        htmlFor="few-shot-classes"
        error={error('config.fewShot.classes') ?? error('config.fewShot.classes.0')}
        hint="Comma-separated; empty keeps every example"
      >
        <Input id="few-shot-classes" value={form.fewShotClasses} onChange={set('fewShotClasses')} placeholder="MISC" />
      </Field>
      <Field
        label="Examples kept (k)"
        htmlFor="few-shot-k"
        error={error('config.fewShot.k')}
        hint="Per few-shot class; sweep fewShot.k under Sweep"
      >
        <Input id="few-shot-k" type="number" value={form.fewShotK} onChange={set('fewShotK')} />
      </Field>
      {!models.length && (
        <p className="text-sm text-slate-600 sm:col-span-3">
          No base model yet:{' '}
          <Link className="text-brand-700 hover:underline" href={`/t/${team}/models`}>
            pre-train one
          </Link>{' '}
          first.
        </p>
      )}
    </fieldset>
  );
}
