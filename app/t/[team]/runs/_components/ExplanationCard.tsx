'use client';

import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Button, Card, FormError, Input, Select, Table } from '../../../../_components/ui';
import { useGqlQuery } from '../../../../_lib/graphql';

const ExplanationQuery = graphql(`
  query RunExplanation($id: ID!) {
    run(id: $id) {
      id
      explanation {
        crossWeights(first: 15) {
          feature
          class
          weight
        }
        embeddingColumns
      }
    }
  }
`);

const NeighboursQuery = graphql(`
  query EmbeddingNeighbours($id: ID!, $column: String!, $value: String!) {
    run(id: $id) {
      id
      embeddingNeighbours(column: $column, value: $value, first: 8) {
        value
        similarity
      }
    }
  }
`);

function Neighbours({ runId, columns }: { runId: string; columns: string[] }) {
  const [column, setColumn] = useState(columns[columns.length - 1] ?? '');
  const [value, setValue] = useState('');
  const [asked, setAsked] = useState<{ column: string; value: string } | null>(null);
  const answer = useGqlQuery(
    NeighboursQuery,
    { id: runId, column: asked?.column ?? '', value: asked?.value ?? '' },
    { enabled: asked !== null, retry: false },
  );
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-slate-700">Deep part: nearest values by embedding</p>
      <form className="flex flex-wrap gap-2" onSubmit={(e) => (e.preventDefault(), setAsked({ column, value: value.trim() }))}>
        <Select aria-label="Embedding column" value={column} onChange={(e) => setColumn(e.target.value)}>
          {columns.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </Select>
        <Input
          aria-label="Value"
          placeholder="a value, e.g. games_1"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className="max-w-56"
        />
        <Button type="submit" variant="secondary">
          Find neighbours
        </Button>
      </form>
      <FormError message={answer.error?.message} />
      {answer.data && (
        <ul aria-label="Neighbours" className="text-sm">
          {answer.data.run.embeddingNeighbours.map((n) => (
            <li key={n.value} className="tabular-nums">
              {n.value} <span className="text-slate-500">({n.similarity.toFixed(3)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What the finished model memorized (its largest cross weights) and what it generalized (embedding neighbours). */
export function ExplanationCard({ runId }: { runId: string }) {
  const query = useGqlQuery(ExplanationQuery, { id: runId });
  const explanation = query.data?.run.explanation;
  if (!explanation) return null;
  return (
    <Card title="What the model learned">
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-700">Wide part: largest cross-feature weights</p>
          {explanation.crossWeights.length === 0 ? (
            <p className="text-sm text-slate-500">No crossed features in this run.</p>
          ) : (
            <Table head={['Feature', 'Toward', 'Weight']}>
              {explanation.crossWeights.map((w) => (
                <tr key={`${w.feature}→${w.class}`}>
                  <td className="py-1 pr-4 font-mono text-xs">{w.feature}</td>
                  <td className="py-1 pr-4">{w.class}</td>
                  <td className="py-1 pr-4 tabular-nums">+{w.weight.toFixed(2)}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
        {explanation.embeddingColumns.length > 0 ? (
          <Neighbours runId={runId} columns={explanation.embeddingColumns} />
        ) : (
          <p className="text-sm text-slate-500">No deep part in this run.</p>
        )}
      </div>
    </Card>
  );
}
