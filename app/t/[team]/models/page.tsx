'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { graphql } from '@/app/gql';
import { Card, Field, Input, Loading, Notice, Select, Table, formatDate, formatPercent } from '@/app/_components/ui';
import { useGqlQuery } from '@/app/_lib/graphql';
import { useActiveTeam } from '@/app/_lib/permissions';
import { RunStatusBadge } from '../runs/_components/status';

const BaseModelsQuery = graphql(`
  query BaseModels {
    baseModels {
      id
      name
      status
      preset
      layers
      hidden
      heads
      maxLength
      vocabularySize
      mlmAccuracy
      createdAt
      corpus {
        id
        number
        dataset {
          id
          name
        }
      }
    }
  }
`);

const Tokenize = graphql(`
  query TokenizeWithBaseModels($text: String!) {
    baseModels {
      id
      tokenize(text: $text)
    }
  }
`);

/** Try a model's tokenizer: how a sentence splits into its WordPiece tokens (a word's later pieces start with ##). */
function TokenizerCard({ models }: { models: { id: string; name: string }[] }) {
  const [modelId, setModelId] = useState(models[0]?.id ?? '');
  const [text, setText] = useState('Annabel joined Jordan Labs in West Virginia on Monday .');
  const [typed, setTyped] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setTyped(text), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const tokens =
    useGqlQuery(Tokenize, { text: typed }, { enabled: typed.trim() !== '' }).data?.baseModels.find((m) => m.id === modelId)?.tokenize ?? [];
  return (
    <Card
      title="Tokenizer"
      description="How a model reads text: frequent words stay whole, rare ones split into pieces; [UNK] marks what its vocabulary cannot spell."
    >
      <div className="flex flex-wrap gap-4">
        <Field label="Model" htmlFor="tokenizer-model">
          <Select id="tokenizer-model" value={modelId} onChange={(e) => setModelId(e.target.value)}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className="min-w-80 flex-1">
          <Field label="Text" htmlFor="tokenizer-text">
            <Input id="tokenizer-text" value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
        </div>
      </div>
      <ul aria-label="Tokens" className="mt-3 flex flex-wrap gap-1.5">
        {tokens.map((token, i) => (
          <li key={i} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">
            {token}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The team's pre-trained transformers: what each is, what it read, how well it fills in masked words; fine-tune one. */
export default function ModelsPage() {
  const { team, can } = useActiveTeam();
  const models = useGqlQuery(
    BaseModelsQuery,
    {},
    { refetchInterval: (q) => (q.state.data?.baseModels.some((m) => m.status !== 'SUCCEEDED') ? 5000 : false) },
  );
  if (!team) return null;
  return (
    <>
      <div className="flex items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Models</h1>
          <p className="text-sm text-slate-500">
            Base models: small transformers the team pre-trained on its own text (masked words), ready to fine-tune on labelled data.
          </p>
        </div>
        {can('runs:create') && (
          <Link
            className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
            href={`/t/${team.slug}/runs/new?kind=pretrain`}
          >
            Pre-train a model
          </Link>
        )}
      </div>
      {models.error ? (
        <Notice>{models.error.message}</Notice>
      ) : !models.data ? (
        <Loading />
      ) : models.data.baseModels.length === 0 ? (
        <Notice>No base model yet: pre-train one on a corpus dataset.</Notice>
      ) : (
        <Table head={['Model', 'Status', 'Size', 'Max length', 'Vocabulary', 'Corpus', 'MLM accuracy', 'Created', '']}>
          {models.data.baseModels.map((m) => (
            <tr key={m.id}>
              <td className="py-2 pr-4">
                <Link className="font-medium text-brand-700 hover:underline" href={`/t/${team.slug}/runs/${m.id}`}>
                  {m.name}
                </Link>
              </td>
              <td className="py-2 pr-4">
                <RunStatusBadge status={m.status} />
              </td>
              <td className="py-2 pr-4">
                {m.preset}: {m.layers} layers × {m.hidden}, {m.heads} heads
              </td>
              <td className="py-2 pr-4 tabular-nums">{m.maxLength}</td>
              <td className="py-2 pr-4 tabular-nums">{m.vocabularySize.toLocaleString('en-US')}</td>
              <td className="py-2 pr-4">
                <Link className="text-brand-700 hover:underline" href={`/t/${team.slug}/datasets/${m.corpus.dataset.id}`}>
                  {m.corpus.dataset.name} v{m.corpus.number}
                </Link>
              </td>
              <td className="py-2 pr-4 tabular-nums">{formatPercent(m.mlmAccuracy)}</td>
              <td className="py-2 pr-4">{formatDate(m.createdAt)}</td>
              <td className="py-2 pr-4">
                {can('runs:create') && (
                  <Link
                    className="text-sm text-brand-700 hover:underline"
                    href={`/t/${team.slug}/runs/new?kind=finetune&baseModelId=${m.id}`}
                  >
                    Fine-tune
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {models.data?.baseModels.some((m) => m.status === 'SUCCEEDED') && (
        <TokenizerCard models={models.data.baseModels.filter((m) => m.status === 'SUCCEEDED')} />
      )}
    </>
  );
}
