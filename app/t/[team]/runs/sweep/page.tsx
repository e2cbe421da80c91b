'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Button, Card, Field, FormError, Input, Select } from '@/app/_components/ui';
import { useGqlMutation, useGqlQuery } from '@/app/_lib/graphql';
import { RequiresPermission } from '@/app/_components/RequiresPermission';
import { useTeamSlug } from '@/app/_lib/team';
import { MAX_SWEEP_RUNS, parseAxisValues, sweepSize } from '@/lib/compare/sweepGrid';

const Choices = graphql(`
  query SweepChoices {
    runKinds {
      launchable
      kind
      label
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
        }
      }
    }
  }
`);

const LaunchSweep = graphql(`
  mutation LaunchSweep($input: LaunchSweepInput!) {
    launchSweep(input: $input) {
      group {
        id
      }
    }
  }
`);

interface Axis {
  field: string;
  values: string;
}

/** A grid over config fields (and seed): shows how many runs it makes, launches them as one group, opens the comparison. */
export default function NewSweepPage() {
  return (
    <RequiresPermission permission="runs:create" action="launch sweeps">
      <NewSweepForm />
    </RequiresPermission>
  );
}

function NewSweepForm() {
  const team = useTeamSlug();
  const router = useRouter();
  const choices = useGqlQuery(Choices, {});
  const launch = useGqlMutation(LaunchSweep);
  const [kind, setKind] = useState('logistic_regression');
  const [datasetId, setDatasetId] = useState('');
  const [name, setName] = useState('');
  const [config, setConfig] = useState<string | null>(null);
  const [axes, setAxes] = useState<Axis[]>([
    { field: 'noise.rate', values: '0, 0.1, 0.2, 0.3' },
    { field: 'seed', values: '1, 2, 3' },
  ]);
  const [configError, setConfigError] = useState<string>();

  const kinds = choices.data?.runKinds.filter((k) => k.launchable) ?? [];
  const chosenKind = kinds.find((k) => k.kind === kind);
  const datasets = (choices.data?.datasets.nodes ?? []).filter(
    (d) => d.latestVersion && chosenKind?.taskTypes.includes(d.latestVersion.taskType),
  );
  const dataset = datasets.find((d) => d.id === datasetId) ?? datasets[0];
  const baseConfig = config ?? JSON.stringify(chosenKind?.defaultConfig ?? {}, null, 2);
  const parsedAxes = axes.filter((a) => a.field.trim()).map((a) => ({ field: a.field.trim(), values: parseAxisValues(a.values) }));
  const runs = sweepSize(parsedAxes);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    let parsedConfig: Record<string, unknown>;
    try {
      parsedConfig = JSON.parse(baseConfig);
      setConfigError(undefined);
    } catch {
      return setConfigError('The base config is not valid JSON.');
    }
    const made = await launch
      .mutateAsync({
        input: { kind, datasetVersionId: dataset!.latestVersion!.id, name: name || null, config: parsedConfig, axes: parsedAxes },
      })
      .catch(() => null);
    if (made) router.push(`/t/${team}/compare?group=${made.launchSweep.group.id}`);
  };

  return (
    <>
      <h1 className="text-2xl font-semibold">New sweep</h1>
      <Card
        title="Grid"
        description="Each field takes each of its values; every combination is one run. Use config paths such as noise.rate, or seed."
      >
        <form className="space-y-4" onSubmit={submit}>
          <div className="flex flex-wrap gap-4">
            <Field label="Kind" htmlFor="sweep-kind">
              <Select id="sweep-kind" value={kind} onChange={(e) => (setKind(e.target.value), setConfig(null))}>
                {kinds.map((k) => (
                  <option key={k.kind} value={k.kind}>
                    {k.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Dataset" htmlFor="sweep-dataset">
              <Select id="sweep-dataset" value={dataset?.id ?? ''} onChange={(e) => setDatasetId(e.target.value)}>
                {datasets.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} v{d.latestVersion!.number}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Name" htmlFor="sweep-name">
              <Input
                id="sweep-name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder={`${chosenKind?.label ?? ''} sweep`}
              />
            </Field>
          </div>
          <Field label="Base config (JSON)" htmlFor="sweep-config" error={configError}>
            <textarea
              id="sweep-config"
              className="h-40 w-full rounded-md border border-slate-300 p-2 font-mono text-xs"
              value={baseConfig}
              onChange={(e) => setConfig(e.target.value)}
            />
          </Field>
          {axes.map((axis, i) => (
            <div key={i} className="flex flex-wrap items-end gap-3">
              <Field label={`Field ${i + 1}`} htmlFor={`axis-field-${i}`}>
                <Input
                  id={`axis-field-${i}`}
                  value={axis.field}
                  onChange={(e) => setAxes(axes.map((a, j) => (j === i ? { ...a, field: e.target.value } : a)))}
                />
              </Field>
              <Field label={`Values ${i + 1}`} htmlFor={`axis-values-${i}`} hint="Comma-separated">
                <Input
                  id={`axis-values-${i}`}
                  value={axis.values}
                  onChange={(e) => setAxes(axes.map((a, j) => (j === i ? { ...a, values: e.target.value } : a)))}
                  className="min-w-72"
                />
              </Field>
              <Button type="button" variant="secondary" onClick={() => setAxes(axes.filter((_, j) => j !== i))}>
                Remove
              </Button>
            </div>
          ))}
          <div className="flex items-center gap-3">
            <Button type="button" variant="secondary" onClick={() => setAxes([...axes, { field: '', values: '' }])}>
              Add field
            </Button>
            <p className="text-sm" data-testid="sweep-size">
              {runs} run{runs === 1 ? '' : 's'}
              {runs > MAX_SWEEP_RUNS ? ` — at most ${MAX_SWEEP_RUNS}` : ''}
            </p>
          </div>
          <FormError message={launch.error?.message} />
          <Button type="submit" disabled={!dataset || runs === 0 || runs > MAX_SWEEP_RUNS || launch.isPending}>
            Launch {runs} runs
          </Button>
        </form>
      </Card>
    </>
  );
}
