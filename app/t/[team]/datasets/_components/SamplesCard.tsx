'use client';

import { useRouter } from 'next/navigation';
import { graphql } from '@/app/gql';
import { Button, Card, FormError } from '../../../../_components/ui';
import { useGqlMutation, useGqlQuery } from '../../../../_lib/graphql';
import { taskTypeLabel } from './labels';

const SamplesQuery = graphql(`
  query DatasetSamples {
    datasetSamples {
      key
      name
      description
      taskType
      paradigm
    }
  }
`);

const AddSample = graphql(`
  mutation CreateSampleDataset($key: String!) {
    createSampleDataset(key: $key) {
      dataset {
        id
      }
    }
  }
`);

/** The demo datasets, one click each: every paradigm has data to try before the team brings its own. */
export function SamplesCard({ team, onClose }: { team: string; onClose: () => void }) {
  const router = useRouter();
  const samples = useGqlQuery(SamplesQuery, {});
  const add = useGqlMutation(AddSample);
  return (
    <Card
      title="Samples"
      description="Demo datasets, generated from a fixed seed or shipped with Phaselab."
      actions={
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      }
    >
      <FormError message={add.error?.message} />
      <ul className="divide-y divide-slate-100">
        {samples.data?.datasetSamples.map((s) => (
          <li key={s.key} className="flex items-start justify-between gap-4 py-3">
            <div>
              <p className="font-medium">
                {s.name} <span className="text-xs text-slate-500">{taskTypeLabel[s.taskType]}</span>
              </p>
              <p className="text-sm text-slate-600">{s.description}</p>
              <p className="text-xs text-slate-400">For: {s.paradigm}</p>
            </div>
            <Button
              variant="secondary"
              disabled={add.isPending}
              aria-label={`Add ${s.name}`}
              onClick={() =>
                add.mutate({ key: s.key }, { onSuccess: (d) => router.push(`/t/${team}/datasets/${d.createSampleDataset.dataset.id}`) })
              }
            >
              {add.isPending && add.variables?.key === s.key ? 'Adding…' : 'Add'}
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
