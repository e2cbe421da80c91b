'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { graphql } from '@/app/gql';
import { ablations, trainedRunKinds as runKinds, type TrainedRunKind as RunKind } from '@/lib/runs/config';
import { Button, Card, Field, FormError, Input, Select } from '../../../../_components/ui';
import { useGqlMutation, useGqlQuery } from '../../../../_lib/graphql';
import { RequiresPermission } from '../../../../_components/RequiresPermission';
import { useTeamSlug } from '../../../../_lib/team';
import { parseCrosses, WideDeepFields } from './_components/WideDeepFields';
import { HybridFields, hybridConfigOf, initialHybrid, type HybridForm } from './_components/HybridFields';
import { initialTransformer, TransformerFields, transformerConfigOf, type TransformerForm } from './_components/TransformerFields';

const Choices = graphql(`
  query NewRunChoices {
    runKinds {
      launchable
      kind
      label
      description
      taskTypes
      defaultConfig
    }
    datasets(first: 100) {
      nodes {
        id
        name
        latestVersion {
          id
          number
          taskType
          rowCount
        }
      }
    }
  }
`);

// Only for the kind that crosses columns, and only the chosen version: the list query stays cheap.
const VersionColumns = graphql(`
  query NewRunVersionColumns($id: ID!) {
    datasetVersion(id: $id) {
      id
      schema {
        labelColumn
      }
      columnStats {
        name
        type
        distinct
      }
    }
  }
`);

const LaunchAblation = graphql(`
  mutation LaunchAblation($input: CreateRunInput!, $seeds: Int) {
    launchAblation(input: $input, seeds: $seeds) {
      group {
        runs {
          id
        }
      }
    }
  }
`);

const CreateRun = graphql(`
  mutation CreateRun($input: CreateRunInput!) {
    createRun(input: $input) {
      run {
        id
      }
    }
  }
`);

interface Form extends HybridForm, TransformerForm {
  name: string;
  kind: RunKind;
  datasetVersionId: string;
  epochs: string;
  batchSize: string;
  learningRate: string;
  noiseRate: string;
  noiseScheme: 'flip' | 'resample';
  noiseSeed: string;
  seed: string;
  /** An ablation's seeds per mode. */
  seeds: string;
  tags: string;
  mode: string;
  crosses: string;
}

const initial: Form = {
  name: '',
  kind: 'logistic_regression',
  datasetVersionId: '',
  epochs: '10',
  batchSize: '64',
  learningRate: '0.05',
  noiseRate: '0',
  noiseScheme: 'flip',
  noiseSeed: '1',
  seed: '',
  seeds: '3',
  tags: '',
  mode: 'wide_deep',
  crosses: '',
  ...initialHybrid,
  ...initialTransformer,
};

/** The training fields as a kind's defaults have them: a transformer learns at 5e-4, a linear model at 0.05. */
function trainingDefaults(kind: RunKind): Partial<Form> {
  const defaults = runKinds[kind].config.parse({}) as { epochs: number; batchSize: number; learningRate: number };
  return { epochs: String(defaults.epochs), batchSize: String(defaults.batchSize), learningRate: String(defaults.learningRate) };
}

/** The config a form describes; the same schema the server applies checks it before the round trip. */
function configOf(form: Form) {
  const config = {
    epochs: Number(form.epochs),
    batchSize: Number(form.batchSize),
    learningRate: Number(form.learningRate),
    noise: { rate: Number(form.noiseRate), scheme: form.noiseScheme, seed: Number(form.noiseSeed) },
    ...(form.kind === 'wide_deep' && { mode: form.mode, crosses: parseCrosses(form.crosses) }),
    ...(form.kind === 'hybrid' && hybridConfigOf(form)),
    ...((form.kind === 'pretrain' || form.kind === 'finetune') && transformerConfigOf(form.kind, form)),
  };
  if (form.kind === 'pretrain') delete (config as Partial<typeof config>).noise;
  const checked = runKinds[form.kind].config.safeParse(config);
  const errors: Record<string, string> = {};
  if (!checked.success) for (const issue of checked.error.issues) errors[['config', ...issue.path].join('.')] ??= issue.message;
  return { config, errors };
}

export default function NewRunPage() {
  return (
    <RequiresPermission permission="runs:create" action="start runs">
      <NewRunForm />
    </RequiresPermission>
  );
}

function NewRunForm() {
  const team = useTeamSlug()!;
  const router = useRouter();
  const choices = useGqlQuery(Choices, {});
  const create = useGqlMutation(CreateRun);
  const ablation = useGqlMutation(LaunchAblation);
  // The Models page opens this one with a kind chosen (pretrain), or a base model too (finetune).
  const params = useSearchParams();
  const [form, setForm] = useState<Form>(() => {
    const asked = params.get('kind') ?? '';
    const kind = asked in runKinds ? (asked as RunKind) : initial.kind;
    return { ...initial, kind, ...trainingDefaults(kind), baseModelId: params.get('baseModelId') ?? '' };
  });
  const [submitted, setSubmitted] = useState(false);
  // Functional updates: two quick changes (a kind, then a dataset) must not undo each other.
  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const kind = choices.data?.runKinds.find((k) => k.kind === form.kind);
  const ablationOf = ablations[form.kind];
  // A new kind brings its own defaults, and drops a dataset it cannot train on and a length meant for the other kind.
  const chooseKind = (e: { target: { value: string } }) =>
    setForm((f) => {
      const next = e.target.value as RunKind;
      const taskTypes: readonly string[] = runKinds[next].taskTypes;
      const fits = (choices.data?.datasets.nodes ?? []).some(
        (d) => d.latestVersion.id === f.datasetVersionId && taskTypes.includes(d.latestVersion.taskType.toLowerCase()),
      );
      return { ...f, kind: next, ...trainingDefaults(next), maxLength: '', datasetVersionId: fits ? f.datasetVersionId : '' };
    });
  const datasets = (choices.data?.datasets.nodes ?? []).filter((d) => kind?.taskTypes.includes(d.latestVersion.taskType));
  // The only dataset a kind can train on is chosen for the user.
  const onlyDataset = datasets.length === 1 ? datasets[0]!.latestVersion.id : null;
  useEffect(() => {
    if (onlyDataset) setForm((f) => (f.datasetVersionId ? f : { ...f, datasetVersionId: onlyDataset }));
  }, [onlyDataset]);
  const { config, errors } = configOf(form);
  if (submitted && !form.datasetVersionId) errors.datasetVersionId = 'pick a dataset';
  const seeds = Number(form.seeds);
  const seedsError = Number.isInteger(seeds) && seeds >= 1 && seeds <= 10 ? undefined : 'use 1 to 10 seeds';
  const serverError = create.error ?? ablation.error;
  const error = (field: string) =>
    (submitted ? errors[field] : undefined) ?? (serverError?.field === field ? serverError.message : undefined);
  const version = useGqlQuery(
    VersionColumns,
    { id: form.datasetVersionId },
    { enabled: form.kind === 'wide_deep' && form.datasetVersionId !== '' },
  ).data?.datasetVersion;
  const columns = version?.columnStats.filter((c) => c.name !== version.schema.labelColumn) ?? [];
  // A cross's problem may sit at any of its positions (config.crosses.0.1); the field shows the first.
  const crossesError = Object.keys(errors)
    .concat(serverError?.field ?? [])
    .filter((f) => f.startsWith('config.crosses'))
    .map(error)
    .find(Boolean);

  const submit = (asAblation: boolean) => {
    setSubmitted(true);
    if (Object.keys(errors).length || !form.datasetVersionId) return;
    const tags = form.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const input = {
      name: form.name || null,
      kind: form.kind,
      datasetVersionId: form.datasetVersionId,
      config,
      seed: form.seed ? Number(form.seed) : null,
      tags,
    };
    if (asAblation && seedsError) return;
    if (asAblation)
      ablation.mutate({ input, seeds }, { onSuccess: (d) => router.push(`/t/${team}/runs/${d.launchAblation.group.runs[0]!.id}`) });
    else create.mutate({ input }, { onSuccess: (d) => router.push(`/t/${team}/runs/${d.createRun.run.id}`) });
  };

  return (
    <>
      <h1 className="text-2xl font-semibold">New run</h1>
      <Card>
        <form className="space-y-4" onSubmit={(e) => (e.preventDefault(), submit(false))} noValidate>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Kind" htmlFor="kind" hint={kind?.description}>
              <Select id="kind" value={form.kind} onChange={chooseKind}>
                {choices.data?.runKinds
                  .filter((k) => k.launchable)
                  .map((k) => (
                    <option key={k.kind} value={k.kind}>
                      {k.label}
                    </option>
                  ))}
              </Select>
            </Field>
            <Field label="Dataset" htmlFor="dataset" error={error('datasetVersionId')}>
              <Select id="dataset" value={form.datasetVersionId} onChange={set('datasetVersionId')}>
                <option value="">Choose…</option>
                {datasets.map((d) => (
                  <option key={d.id} value={d.latestVersion.id}>
                    {d.name} v{d.latestVersion.number} ({d.latestVersion.rowCount.toLocaleString('en-US')} rows)
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Name" htmlFor="name" hint="Optional">
              <Input id="name" value={form.name} onChange={set('name')} />
            </Field>
            <Field label="Tags" htmlFor="tags" hint="Comma-separated">
              <Input id="tags" value={form.tags} onChange={set('tags')} />
            </Field>
          </div>
          <fieldset className="grid gap-4 sm:grid-cols-4">
            <legend className="mb-1 text-sm font-medium text-slate-700">Training</legend>
            <Field label="Epochs" htmlFor="epochs" error={error('config.epochs')}>
              <Input id="epochs" type="number" value={form.epochs} onChange={set('epochs')} invalid={Boolean(error('config.epochs'))} />
            </Field>
            <Field label="Batch size" htmlFor="batch-size" error={error('config.batchSize')}>
              <Input id="batch-size" type="number" value={form.batchSize} onChange={set('batchSize')} />
            </Field>
            <Field label="Learning rate" htmlFor="learning-rate" error={error('config.learningRate')}>
              <Input id="learning-rate" type="number" step="any" value={form.learningRate} onChange={set('learningRate')} />
            </Field>
            <Field label="Seed" htmlFor="seed" hint="Random when empty">
              <Input id="seed" type="number" value={form.seed} onChange={set('seed')} />
            </Field>
          </fieldset>
          {form.kind !== 'pretrain' && (
            <fieldset className="grid gap-4 sm:grid-cols-3">
              <legend className="mb-1 text-sm font-medium text-slate-700">
                {form.kind === 'finetune'
                  ? 'Label noise on the training split (entity types, for tagged sentences)'
                  : 'Label noise on the training split'}
              </legend>
              <Field label="Noise rate" htmlFor="noise-rate" error={error('config.noise.rate')} hint="0 to 0.5">
                <Input
                  id="noise-rate"
                  type="number"
                  step="0.05"
                  value={form.noiseRate}
                  onChange={set('noiseRate')}
                  invalid={Boolean(error('config.noise.rate'))}
                />
              </Field>
              <Field label="Scheme" htmlFor="noise-scheme" hint="flip: exact rate; resample: rate·(K−1)/K">
                <Select id="noise-scheme" value={form.noiseScheme} onChange={set('noiseScheme')}>
                  <option value="flip">flip</option>
                  <option value="resample">resample</option>
                </Select>
              </Field>
              <Field label="Noise seed" htmlFor="noise-seed" error={error('config.noise.seed')}>
                <Input id="noise-seed" type="number" value={form.noiseSeed} onChange={set('noiseSeed')} />
              </Field>
            </fieldset>
          )}
          {form.kind === 'wide_deep' && (
            <WideDeepFields
              columns={columns}
              mode={form.mode}
              crosses={form.crosses}
              onChange={(change) => setForm((f) => ({ ...f, ...change }))}
              crossesError={crossesError}
            />
          )}
          {form.kind === 'hybrid' && (
            <HybridFields form={form} onChange={(change) => setForm((f) => ({ ...f, ...change }))} error={error} />
          )}
          {(form.kind === 'pretrain' || form.kind === 'finetune') && (
            <TransformerFields
              kind={form.kind}
              form={form}
              onChange={(change) => setForm((f) => ({ ...f, ...change }))}
              error={error}
              team={team}
            />
          )}
          <FormError message={serverError?.message} />
          <div className="flex gap-3">
            <Button type="submit" disabled={create.isPending || ablation.isPending}>
              {create.isPending ? 'Starting…' : 'Start run'}
            </Button>
            {ablationOf && (
              <Button type="button" variant="secondary" disabled={create.isPending || ablation.isPending} onClick={() => submit(true)}>
                Launch ablation ({ablationOf.label})
              </Button>
            )}
          </div>
          {ablationOf && (
            <div className="max-w-xs">
              <Field
                label="Ablation seeds"
                htmlFor="seeds"
                error={(submitted ? seedsError : undefined) ?? (serverError?.field === 'seeds' ? serverError.message : undefined)}
                hint="Each configuration runs with this many seeds (the seed above, then the next ones), to tell a real difference from luck"
              >
                <Input
                  id="seeds"
                  type="number"
                  min={1}
                  max={10}
                  value={form.seeds}
                  onChange={set('seeds')}
                  invalid={submitted && Boolean(seedsError)}
                />
              </Field>
            </div>
          )}
        </form>
      </Card>
    </>
  );
}
