'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { graphql } from '@/app/gql';
import { Button, Card, Field, FormError, Input } from '../../../../_components/ui';
import { useGqlMutation, useGqlQuery } from '../../../../_lib/graphql';
import { useTeamSlug } from '../../../../_lib/team';
import { UploadError, uploadDataset, type UploadPhase } from '../../../../_lib/upload';
import { PreviewTable } from '../_components/PreviewTable';
import { SchemaEditor, type EditableSchema } from '../_components/SchemaEditor';
import { formatCount, formatSize } from '../_components/labels';

const UploadQuery = graphql(`
  query DatasetUpload($id: ID!) {
    datasetUpload(id: $id) {
      id
      filename
      format
      bytes
      rowCount
      columns
      preview
      inferredSchema {
        taskType
        labelColumn
        columns {
          name
          type
        }
      }
    }
  }
`);

const CreateDataset = graphql(`
  mutation CreateDataset($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);

const CreateVersion = graphql(`
  mutation CreateDatasetVersion($input: CreateDatasetVersionInput!) {
    createDatasetVersion(input: $input) {
      version {
        id
        number
      }
    }
  }
`);

const DatasetName = graphql(`
  query DatasetName($id: ID!) {
    dataset(id: $id) {
      id
      name
    }
  }
`);

function ProgressBar({ phase }: { phase: UploadPhase }) {
  const done = phase.phase === 'sending' ? phase.sent : phase.bytes;
  const percent = Math.min(100, Math.round((100 * done) / Math.max(1, phase.total)));
  const label =
    phase.phase === 'sending'
      ? `Sending ${formatSize(phase.sent)} of ${formatSize(phase.total)}`
      : `Parsing: ${formatCount(phase.rows)} rows read`;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label="Upload progress"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        className="h-2 overflow-hidden rounded bg-slate-100"
      >
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-600">{label}</p>
    </div>
  );
}

/** A new dataset, or with `?dataset=<id>` a new version of one: upload, check the preview, confirm the schema. */
export default function NewDatasetPage() {
  const team = useTeamSlug()!;
  const router = useRouter();
  const datasetId = useSearchParams().get('dataset');
  const existing = useGqlQuery(DatasetName, { id: datasetId ?? '' }, { enabled: Boolean(datasetId) });
  const [note, setNote] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [schema, setSchema] = useState<EditableSchema | null>(null);
  const [split, setSplit] = useState({ train: 0.8, validation: 0.1, test: 0.1, seed: 42 });
  const staged = useGqlQuery(UploadQuery, { id: uploadId ?? '' }, { enabled: Boolean(uploadId) });
  const createDataset = useGqlMutation(CreateDataset);
  const createVersion = useGqlMutation(CreateVersion);
  const create = datasetId ? createVersion : createDataset;
  const upload = staged.data?.datasetUpload;

  useEffect(() => {
    if (upload && !schema) setSchema(upload.inferredSchema);
  }, [upload, schema]);

  async function send(file: File) {
    setError(null);
    setUploadId(null);
    setSchema(null);
    setName(file.name.replace(/(\.gz)?$/, '').replace(/\.[^.]+$/, ''));
    setPhase({ phase: 'sending', sent: 0, total: file.size });
    try {
      const uploaded = await uploadDataset(file, team, setPhase);
      setUploadId(uploaded.id);
    } catch (e) {
      setError(e instanceof UploadError ? e.message : 'The upload failed.');
    } finally {
      setPhase(null);
    }
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void send(file);
  };

  const submit = () => {
    if (datasetId) {
      createVersion.mutate(
        { input: { datasetId, uploadId: uploadId!, schema: schema!, split, note } },
        { onSuccess: () => router.push(`/t/${team}/datasets/${datasetId}`) },
      );
    } else {
      createDataset.mutate(
        { input: { name, uploadId: uploadId!, schema: schema!, split } },
        { onSuccess: (d) => router.push(`/t/${team}/datasets/${d.createDataset.dataset.id}`) },
      );
    }
  };

  return (
    <>
      <h1 className="text-2xl font-semibold">{datasetId ? `New version of ${existing.data?.dataset.name ?? '…'}` : 'Upload a dataset'}</h1>
      <Card>
        <div
          onDragOver={(e) => e.preventDefault()}
          onDrop={onDrop}
          className="flex flex-col items-center gap-2 rounded-lg border-2 border-dashed border-slate-300 p-8 text-center"
        >
          <p className="text-sm text-slate-600">
            Drop a file here: CSV or TSV with a header, JSON Lines, CoNLL, or plain text; gzip is fine.
          </p>
          <Button variant="secondary" onClick={() => input.current?.click()} disabled={phase !== null}>
            Choose a file
          </Button>
          <input
            ref={input}
            type="file"
            aria-label="Dataset file"
            className="hidden"
            onChange={(e) => e.target.files?.[0] && send(e.target.files[0])}
          />
        </div>
        <div className="mt-4 space-y-3">
          {phase && <ProgressBar phase={phase} />}
          <FormError message={error ?? undefined} />
        </div>
      </Card>

      {upload && schema && (
        <>
          <Card
            title="Preview"
            description={`${upload.filename}: ${formatCount(upload.rowCount)} rows, ${formatSize(upload.bytes)}, read as ${upload.format.toLowerCase()}.`}
          >
            <PreviewTable columns={upload.columns} rows={upload.preview as Record<string, unknown>[]} />
          </Card>
          <Card title="Confirm the schema" description="Inferred from the first rows; correct anything that is wrong.">
            <div className="space-y-4">
              {datasetId ? (
                <Field label="What changed" htmlFor="version-note">
                  <Input id="version-note" value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. relabelled 40 rows" />
                </Field>
              ) : (
                <Field label="Name" htmlFor="dataset-name">
                  <Input id="dataset-name" value={name} onChange={(e) => setName(e.target.value)} />
                </Field>
              )}
              <SchemaEditor schema={schema} onChange={setSchema} />
              <fieldset className="grid gap-2 sm:grid-cols-4">
                <legend className="mb-1 text-sm font-medium text-slate-700">Split (fractions add up to 1) and seed</legend>
                {(['train', 'validation', 'test', 'seed'] as const).map((key) => (
                  <Field key={key} label={key} htmlFor={`split-${key}`}>
                    <Input
                      id={`split-${key}`}
                      type="number"
                      step={key === 'seed' ? 1 : 0.05}
                      value={split[key]}
                      onChange={(e) => setSplit({ ...split, [key]: Number(e.target.value) })}
                    />
                  </Field>
                ))}
              </fieldset>
              <FormError message={create.error?.message} />
              <Button onClick={submit} disabled={create.isPending || (!datasetId && !name.trim())}>
                {create.isPending ? 'Creating…' : datasetId ? 'Create version' : 'Create'}
              </Button>
            </div>
          </Card>
        </>
      )}
    </>
  );
}
