'use client';

import Link from 'next/link';
import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Badge, Button, Card, FormError, Select, Table, formatPercent } from '@/app/_components/ui';
import { useGqlMutation, useGqlQuery } from '@/app/_lib/graphql';
import { PrecisionCoverageChart } from './PrecisionCoverageChart';

const HybridQuery = graphql(`
  query HybridReport($id: ID!) {
    run(id: $id) {
      id
      config
      datasetVersion {
        id
        number
      }
      hybridReport {
        mode
        combiner
        items
        released {
          precision
          recall
          f1
          macroF1
          coverage
          coverageByRules
          coverageByModel
          review
        }
        ungated {
          precision
          macroF1
          coverage
        }
        modelOnly {
          precision
          macroF1
        }
        rulesFixed
        rulesBroke
        weakLabels
        textField
        curve {
          coverage
          precision
          threshold
        }
        classes {
          name
          precision
          recall
          f1
          support
          validationPrecision
          released
        }
      }
      reviewQueue(first: 25) {
        row
        text
        label
        ruleClass
        modelClass
        modelConfidence
        decision
        reason
      }
    }
  }
`);

const Relabel = graphql(`
  mutation RelabelReviewed($input: RelabelRowsInput!) {
    relabelRows(input: $input) {
      version {
        number
      }
    }
  }
`);

/** Words of an item's text as a pattern an analyst can edit: the item's own wording, matched as whole words. */
const patternFrom = (text: string) =>
  `\\b${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .trim()
    .split(/\s+/)
    .slice(-2)
    .join(' ')}\\b`;

/** What a finished hybrid run decided on its test split, and the items an analyst should look at. */
export function HybridCard({ runId, team, canLabel }: { runId: string; team: string; canLabel: boolean }) {
  const data = useGqlQuery(HybridQuery, { id: runId }).data?.run;
  const relabel = useGqlMutation(Relabel);
  const [labels, setLabels] = useState<Record<number, string>>({});
  const report = data?.hybridReport;
  if (!data || !report) return null;
  const corrected = Object.entries(labels).filter(
    ([row, label]) => label && label !== data.reviewQueue.find((i) => i.row === Number(row))?.label,
  );
  const ruleSetId = (data.config as { ruleSetId?: string }).ruleSetId;
  const r = report.released;
  return (
    <>
      <Card
        title="Rules and model"
        description={`${report.mode} · ${report.combiner} · ${report.items.toLocaleString('en-US')} test items. Released: decided above the threshold, of a class whose validated precision reaches the target.`}
      >
        <dl className="grid gap-3 text-sm sm:grid-cols-4" aria-label="Hybrid report">
          <div>
            <dt className="text-slate-500">Precision (released)</dt>
            <dd className="text-lg font-semibold">{formatPercent(r.precision)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Coverage</dt>
            <dd className="text-lg font-semibold">{formatPercent(r.coverage)}</dd>
            <dd className="text-xs text-slate-500">
              rules {formatPercent(r.coverageByRules)} · model {formatPercent(r.coverageByModel)} · {r.review} to review
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Macro-F1 (all decisions)</dt>
            <dd className="text-lg font-semibold">{formatPercent(report.ungated.macroF1)}</dd>
            <dd className="text-xs text-slate-500">model alone {formatPercent(report.modelOnly?.macroF1)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Rules fixed / broke</dt>
            <dd className="text-lg font-semibold">
              {report.rulesFixed ?? '—'} / {report.rulesBroke ?? '—'}
            </dd>
            <dd className="text-xs text-slate-500">{report.weakLabels} weak labels from rules</dd>
          </div>
        </dl>
        <div className="mt-4">
          <PrecisionCoverageChart points={report.curve} target={(data.config as { releasePrecision: number }).releasePrecision} />
        </div>
        <div className="mt-4">
          <Table head={['Class', 'Items', 'Precision', 'Recall', 'F1', 'Validated precision', 'Release']}>
            {report.classes.map((c) => (
              <tr key={c.name}>
                <td className="py-1 pr-4">{c.name}</td>
                <td className="py-1 pr-4 tabular-nums">{c.support}</td>
                <td className="py-1 pr-4 tabular-nums">{formatPercent(c.precision)}</td>
                <td className="py-1 pr-4 tabular-nums">{formatPercent(c.recall)}</td>
                <td className="py-1 pr-4 tabular-nums">{formatPercent(c.f1)}</td>
                <td className="py-1 pr-4 tabular-nums">{formatPercent(c.validationPrecision)}</td>
                <td className="py-1 pr-4">{c.released ? <Badge tone="green">auto</Badge> : <Badge tone="amber">review</Badge>}</td>
              </tr>
            ))}
          </Table>
        </div>
      </Card>
      <Card
        title="Review queue"
        description="Validation items where a rule and the model disagree, nothing decided, the model is unsure, or the class is held back; most impactful first. (The test split above stays untouched by what you fix here.)"
      >
        {data.reviewQueue.length === 0 ? (
          <p className="text-sm text-slate-500">Nothing to review.</p>
        ) : (
          <Table head={['Item', 'Label', 'Rule says', 'Model says', 'Reason', '', ...(canLabel ? ['Correct label'] : [])]}>
            {data.reviewQueue.map((item) => (
              <tr key={item.row}>
                <td className="py-1 pr-4">{item.text}</td>
                <td className="py-1 pr-4">{item.label}</td>
                <td className="py-1 pr-4">{item.ruleClass ?? '—'}</td>
                <td className="py-1 pr-4">
                  {item.modelClass ?? '—'}{' '}
                  {item.modelConfidence !== null && item.modelConfidence !== undefined && (
                    <span className="text-slate-400">({formatPercent(item.modelConfidence)})</span>
                  )}
                </td>
                <td className="py-1 pr-4">
                  <Badge tone={item.reason === 'disagreement' ? 'red' : 'amber'}>{item.reason}</Badge>
                </td>
                <td className="py-1 pr-4">
                  {ruleSetId && report.textField && (
                    <Link
                      className="text-brand-700"
                      href={`/t/${team}/rules/${ruleSetId}?${new URLSearchParams({ field: report.textField, pattern: patternFrom(item.text), class: item.label, note: `From review of "${item.text}"` })}`}
                    >
                      Create rule
                    </Link>
                  )}
                </td>
                {canLabel && (
                  <td className="py-1 pr-4">
                    <Select
                      aria-label={`Correct label of ${item.text}`}
                      value={labels[item.row] ?? item.label}
                      onChange={(e) => setLabels((l) => ({ ...l, [item.row]: e.target.value }))}
                    >
                      {report.classes.map((c) => (
                        <option key={c.name} value={c.name}>
                          {c.name}
                        </option>
                      ))}
                    </Select>
                  </td>
                )}
              </tr>
            ))}
          </Table>
        )}
        {canLabel && (
          <div className="mt-3 flex items-center gap-3">
            <Button
              variant="secondary"
              disabled={!corrected.length || relabel.isPending}
              onClick={() =>
                relabel.mutate(
                  {
                    input: {
                      datasetVersionId: data.datasetVersion!.id,
                      rows: corrected.map(([row, label]) => ({ row: Number(row), label })),
                    },
                  },
                  { onSuccess: () => setLabels({}) },
                )
              }
            >
              Save {corrected.length || ''} corrected label{corrected.length === 1 ? '' : 's'} as a new dataset version
            </Button>
            {relabel.data && (
              <span className="text-sm text-green-700">
                Saved as v{relabel.data.relabelRows.version.number}; v{data.datasetVersion!.number} is unchanged.
              </span>
            )}
            <FormError message={relabel.error?.message} />
          </div>
        )}
      </Card>
    </>
  );
}
