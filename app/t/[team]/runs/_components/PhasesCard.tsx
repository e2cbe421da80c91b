'use client';

import { useState } from 'react';
import { graphql } from '@/app/gql';
import type { PhaseName } from '@/app/gql/graphql';
import { phaseDetectorParams, type PhaseDetectorParams } from '@/lib/phases/spec';
import { Badge, Button, Card, FormError, Input, Table } from '../../../../_components/ui';
import { useGqlMutation } from '../../../../_lib/graphql';
import { phaseColours, phaseLabels } from '@/app/_components/phaseColours';

const Detect = graphql(`
  mutation DetectPhases($runId: ID!, $params: PhaseDetectorParams) {
    detectPhases(runId: $runId, params: $params) {
      run {
        id
      }
    }
  }
`);

export interface PhaseRow {
  phase: PhaseName;
  start: number;
  end: number;
  confidence: number;
  correction?: { author: { name?: string | null; email: string } } | null;
}

interface Detection {
  status: 'DETECTED' | 'INSUFFICIENT_DATA';
  final: boolean;
  version: string;
  explanation: string;
  params: Record<string, unknown>;
}

const paramHelp: Record<keyof PhaseDetectorParams, string> = {
  minEpochs: 'fewest evaluations to judge',
  plateauSlope: 'flatter than this per epoch is a plateau',
  memorizationSlope: 'memorized fraction rising faster per epoch',
  memorizationRise: 'memorized fraction must rise by this',
  gapRise: 'without noise: train–validation gap growth',
  minSettling: 'shortest plateau, in epochs',
};

const epochs = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** The detector's word on the run, phase by phase, and a way to ask again with other parameters. */
export function PhasesCard({
  runId,
  phases,
  detection,
  canDetect,
}: {
  runId: string;
  phases: PhaseRow[];
  detection: Detection | null;
  canDetect: boolean;
}) {
  const detect = useGqlMutation(Detect);
  const [params, setParams] = useState<Record<string, string>>({});
  const current = phaseDetectorParams.parse(detection?.params ?? {});
  const submit = () => {
    const given = Object.fromEntries(
      Object.entries(params)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, Number(v)]),
    );
    detect.mutate({ runId, params: given });
  };
  return (
    <Card
      title="Phases"
      description={detection ? `Detector ${detection.version}.` : 'Detected after each epoch.'}
      actions={
        detection && (
          <Badge tone={detection.status === 'INSUFFICIENT_DATA' ? 'amber' : detection.final ? 'green' : 'slate'}>
            {detection.status === 'INSUFFICIENT_DATA' ? 'Not enough data' : detection.final ? 'Final' : 'Provisional'}
          </Badge>
        )
      }
    >
      {!detection ? (
        <p className="text-sm text-slate-500">No detection yet: phases are found after the first epoch.</p>
      ) : (
        <div className="space-y-3">
          <p data-testid="phase-explanation" className="text-sm">
            {detection.explanation}
          </p>
          {phases.length > 0 && (
            <Table head={['Phase', 'Epochs', 'Confidence', 'Source']}>
              {phases.map((p) => (
                <tr key={p.phase}>
                  <td className="py-1.5 pr-4">
                    <span className="mr-2 inline-block h-3 w-3 rounded-sm align-middle" style={{ background: phaseColours[p.phase] }} />
                    {phaseLabels[p.phase]}
                  </td>
                  <td className="py-1.5 pr-4 tabular-nums">
                    {epochs(p.start)}–{epochs(p.end)}
                  </td>
                  <td className="py-1.5 pr-4 tabular-nums">{p.confidence.toFixed(2)}</td>
                  <td className="py-1.5 pr-4">
                    {p.correction ? `corrected by ${p.correction.author.name ?? p.correction.author.email}` : 'detected'}
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      )}
      {canDetect && (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Re-detect with other parameters</summary>
          <div className="mt-3 grid gap-3 sm:grid-cols-3">
            {(Object.keys(paramHelp) as (keyof PhaseDetectorParams)[]).map((key) => (
              <label key={key} className="space-y-1 text-sm">
                <span className="block font-medium text-slate-700">{key}</span>
                <Input
                  type="number"
                  step="any"
                  aria-label={key}
                  placeholder={String(current[key])}
                  value={params[key] ?? ''}
                  onChange={(e) => setParams({ ...params, [key]: e.target.value })}
                />
                <span className="block text-xs text-slate-500">{paramHelp[key]}</span>
              </label>
            ))}
          </div>
          <div className="mt-3 flex items-center gap-3">
            <Button onClick={submit} disabled={detect.isPending}>
              Re-detect
            </Button>
            <FormError message={detect.error?.message} />
          </div>
        </details>
      )}
    </Card>
  );
}
