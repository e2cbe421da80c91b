'use client';

import { stringify } from 'csv-stringify/browser/esm/sync';
import { createRef, useMemo, useState } from 'react';
import { xAxes, type CompareSettings, type XAxis } from '@/lib/compare/settings';
import { phaseColours, phaseLabels } from '../phaseColours';
import { Button, Card, Select, Table } from '../ui';
import { CompareChart, type ChartHandle } from './CompareChart';
import {
  bandsFor,
  differingConfig,
  finalAndBest,
  indexSeries,
  linesFor,
  runColour,
  testScores,
  xLabels,
  type CompareRun,
  type CompareSeries,
} from './lines';
import { download } from '@/app/_lib/download';
import { shortcuts, useCompareShortcuts } from './shortcuts';

interface Props {
  runs: CompareRun[];
  series: CompareSeries[];
  metrics: string[];
  availableMetrics: string[];
  settings: CompareSettings;
  onSettings(settings: CompareSettings): void;
  onMetrics(metrics: string[]): void;
  /** Names the downloaded files. */
  name: string;
}

const format = (v: number | null) =>
  v === null ? '—' : Math.abs(v) >= 1000 || (Math.abs(v) < 0.001 && v !== 0) ? v.toExponential(3) : v.toFixed(4);
const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** Grid classes by charts per row (written out: Tailwind keeps only class names it can see). */
const gridColumns: Record<number, string> = { 1: '', 2: 'lg:grid-cols-2', 3: 'md:grid-cols-2 xl:grid-cols-3' };

const csvHref = (rows: unknown[][]) => URL.createObjectURL(new Blob([stringify(rows)], { type: 'text/csv' }));

/** Runs side by side: one chart per metric, a line per run (or per group), a summary and what differs in config. */
export function CompareView({ runs, series, metrics, availableMetrics, settings, onSettings, onMetrics, name }: Props) {
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [solo, setSolo] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const visible = (runId: string) => (solo ? runId === solo : !hidden.has(runId));
  const focused = solo ?? (runs.filter((r) => visible(r.id)).length === 1 ? runs.find((r) => visible(r.id))!.id : null);
  const charts = useMemo(() => new Map(metrics.map((m) => [m, createRef<ChartHandle>()])), [metrics]);
  const curves = useMemo(() => indexSeries(series), [series]);
  const drawn = useMemo(
    () =>
      metrics.map((metric) => ({
        metric,
        lines: linesFor(metric, runs, curves, settings, visible),
        ...bandsFor(metric, runs, curves, settings, focused, visible, phaseColours),
      })),
    [metrics, runs, curves, settings, hidden, solo],
  );
  const diff = useMemo(() => differingConfig(runs), [runs]);
  const set = (patch: Partial<CompareSettings>) => onSettings({ ...settings, ...patch });
  const [help, setHelp] = useState(false);
  /** The metric drawn full screen, if any. */
  const [enlarged, setEnlarged] = useState<string | null>(null);
  useCompareShortcuts(settings, onSettings, setHelp, setEnlarged);
  const file = name.replace(/[^\w-]+/g, '-').toLowerCase() || 'comparison';

  const exportRaw = () =>
    download(
      `${file}-points.csv`,
      csvHref([
        ['run_id', 'run', 'metric', 'step', 'epoch', 'wall_time', 'value'],
        ...series
          .filter((s) => metrics.includes(s.key))
          .flatMap((s) =>
            s.points.map((p) => [
              s.runId,
              runs.find((r) => r.id === s.runId)?.name,
              s.key,
              p.step,
              p.epoch,
              Number.isFinite(p.wallTime) ? new Date(p.wallTime * 1000).toISOString() : '',
              p.value,
            ]),
          ),
      ]),
    );
  const exportDrawn = () =>
    download(
      `${file}-as-drawn.csv`,
      csvHref([
        ['metric', 'line', xLabels[settings.xAxis], 'value', 'low', 'high'],
        ...drawn.flatMap(({ metric, lines }) =>
          lines.flatMap((l) => l.x.map((x, i) => [metric, l.label, x, l.y[i], l.band?.low[i] ?? '', l.band?.high[i] ?? ''])),
        ),
      ]),
    );

  const tested = runs.some((run) => testScores(run).length > 0);
  const exportSummary = () =>
    download(
      `${file}-summary.csv`,
      csvHref([
        ['run_id', 'run', 'status', 'score', 'value', 'low_95', 'high_95'],
        ...runs.flatMap((run) => [
          ...testScores(run).map((s) => [run.id, run.name, run.status.toLowerCase(), s.key, s.value, s.low, s.high]),
          ...metrics.flatMap((m) => {
            const { final, best } = finalAndBest(curves, run.id, m);
            return [
              [run.id, run.name, run.status.toLowerCase(), `${m} final`, final ?? '', '', ''],
              [run.id, run.name, run.status.toLowerCase(), `${m} best`, best ?? '', '', ''],
            ];
          }),
        ]),
      ]),
    );

  return (
    <div className="space-y-4">
      <Card title="View">
        <div className="flex flex-wrap items-end gap-4 text-sm">
          <label className="flex flex-col gap-1">
            <span>Smoothing {settings.smoothing.toFixed(2)}</span>
            <input
              aria-label="Smoothing"
              type="range"
              min={0}
              max={0.99}
              step={0.01}
              value={settings.smoothing}
              onChange={(e) => set({ smoothing: Number(e.target.value) })}
            />
          </label>
          <label className="flex flex-col gap-1">
            <span>X-axis</span>
            <Select aria-label="X-axis" value={settings.xAxis} onChange={(e) => set({ xAxis: e.target.value as XAxis })}>
              {xAxes.map((x) => (
                <option key={x} value={x}>
                  {xLabels[x]}
                </option>
              ))}
            </Select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={settings.logY} onChange={(e) => set({ logY: e.target.checked })} /> Log scale
          </label>
          <label className="flex flex-col gap-1">
            <span>Group by</span>
            <Select aria-label="Group by" value={settings.groupBy ?? ''} onChange={(e) => set({ groupBy: e.target.value || null })}>
              <option value="">No grouping</option>
              {[...new Set([...diff.map((d) => d.path), ...(settings.groupBy ? [settings.groupBy] : [])])].map((path) => (
                <option key={path} value={path}>
                  {path}
                </option>
              ))}
            </Select>
          </label>
          {settings.groupBy && (
            <label className="flex flex-col gap-1">
              <span>Band</span>
              <Select aria-label="Band" value={settings.band} onChange={(e) => set({ band: e.target.value as CompareSettings['band'] })}>
                <option value="std">mean ± std</option>
                <option value="minmax">min – max</option>
              </Select>
            </label>
          )}
          <label className="flex flex-col gap-1">
            <span>Charts per row</span>
            <Select aria-label="Charts per row" value={settings.columns} onChange={(e) => set({ columns: Number(e.target.value) })}>
              {[1, 2, 3].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={settings.showPhases} onChange={(e) => set({ showPhases: e.target.checked })} /> Phases
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={settings.showAnnotations} onChange={(e) => set({ showAnnotations: e.target.checked })} />{' '}
            Annotations
          </label>
          <Button variant="secondary" onClick={exportRaw}>
            CSV (raw points)
          </Button>
          <Button variant="secondary" onClick={exportDrawn}>
            CSV (as drawn)
          </Button>
          <Button variant="secondary" onClick={exportSummary}>
            CSV (summary)
          </Button>
          <Button variant="secondary" aria-expanded={help} onClick={() => setHelp((shown) => !shown)}>
            Shortcuts (?)
          </Button>
        </div>
        {help && (
          <dl aria-label="Keyboard shortcuts" className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {shortcuts.map(([key, what]) => (
              <div key={key} className="contents">
                <dt>
                  <kbd className="rounded border border-slate-300 px-1 font-mono text-xs">{key}</kbd>
                </dt>
                <dd className="text-slate-600">{what}</dd>
              </div>
            ))}
          </dl>
        )}
        <fieldset className="mt-3 flex flex-wrap gap-3 text-sm">
          <legend className="mb-1 text-slate-500">Metrics</legend>
          {availableMetrics.map((m) => (
            <label key={m} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={metrics.includes(m)}
                onChange={(e) => onMetrics(e.target.checked ? [...metrics, m] : metrics.filter((x) => x !== m))}
              />{' '}
              {m}
            </label>
          ))}
        </fieldset>
      </Card>

      <Card
        title="Runs"
        description="Each run's phases show as a thin strip along the bottom of every chart; solo a run to see its phases and annotations in full."
      >
        <ul className="flex flex-wrap gap-2 text-sm">
          {runs.map((run, index) => (
            <li
              key={run.id}
              className={`flex items-center gap-2 rounded border px-2 py-1 ${visible(run.id) ? 'border-slate-300' : 'border-slate-200 opacity-50'}`}
              onMouseEnter={() => setHighlighted(run.id)}
              onMouseLeave={() => setHighlighted(null)}
            >
              <span className="inline-block h-3 w-3 rounded-full" style={{ background: runColour(index) }} />
              <button
                type="button"
                className="max-w-[14rem] truncate hover:underline"
                title={run.name}
                aria-pressed={!hidden.has(run.id)}
                onClick={() => setHidden((h) => new Set(h.has(run.id) ? [...h].filter((x) => x !== run.id) : [...h, run.id]))}
              >
                {run.name}
              </button>
              <button
                type="button"
                className="text-xs text-brand-700"
                aria-label={`Solo ${run.name}`}
                onClick={() => setSolo(solo === run.id ? null : run.id)}
              >
                {solo === run.id ? 'unsolo' : 'solo'}
              </button>
            </li>
          ))}
        </ul>
      </Card>

      <div className={`grid gap-4 ${gridColumns[settings.columns]}`}>
        {drawn.map(({ metric, lines, bands, strips }) => (
          <Card key={metric}>
            <CompareChart
              ref={charts.get(metric)}
              title={metric}
              lines={lines}
              bands={bands}
              strips={strips}
              logY={settings.logY}
              time={settings.xAxis === 'wall'}
              xLabel={xLabels[settings.xAxis]}
              syncKey={file}
              highlighted={highlighted}
              onHighlight={setHighlighted}
              height={settings.columns === 1 ? 380 : 260}
            />
            {lines.length > 0 && (
              <div className="mt-1 flex gap-3 text-xs">
                <button
                  type="button"
                  className="text-brand-700 hover:underline"
                  onClick={() => {
                    const png = charts.get(metric)?.current?.png();
                    if (png) download(`${file}-${metric.replace(/\W+/g, '-')}.png`, png);
                  }}
                >
                  PNG
                </button>
                <button
                  type="button"
                  className="text-brand-700 hover:underline"
                  aria-label={`Full screen: ${metric}`}
                  onClick={() => setEnlarged(metric)}
                >
                  Full screen
                </button>
              </div>
            )}
          </Card>
        ))}
      </div>

      {drawn
        .filter((d) => d.metric === enlarged)
        .map(({ metric, lines, bands, strips }) => (
          <div
            key={metric}
            role="dialog"
            aria-modal="true"
            aria-label={`${metric}, full screen`}
            className="fixed inset-0 z-50 overflow-auto bg-surface p-4 sm:p-8"
          >
            <div className="mb-2 flex justify-end">
              <Button variant="secondary" onClick={() => setEnlarged(null)}>
                Close (Esc)
              </Button>
            </div>
            <CompareChart
              title={metric}
              lines={lines}
              bands={bands}
              strips={strips}
              logY={settings.logY}
              time={settings.xAxis === 'wall'}
              xLabel={xLabels[settings.xAxis]}
              syncKey={file}
              highlighted={highlighted}
              onHighlight={setHighlighted}
              height={Math.max(300, window.innerHeight - 160)}
            />
          </div>
        ))}

      <Card
        title="Summary"
        description={
          tested
            ? 'Test scores with their 95% intervals (resampling each run’s test split): where two intervals overlap, the data cannot tell the runs apart.'
            : undefined
        }
      >
        <Table
          head={[
            'Run',
            'Status',
            ...(tested ? ['Test scores (95%)'] : []),
            ...metrics.flatMap((m) => [`${m} final`, `${m} best`]),
            'Phases',
          ]}
        >
          {runs.map((run, index) => (
            <tr key={run.id}>
              <td className="max-w-[16rem] truncate py-2 pr-4" title={run.name}>
                <span className="mr-2 inline-block h-2 w-2 rounded-full" style={{ background: runColour(index) }} />
                {run.name}
              </td>
              <td className="py-2 pr-4 text-xs">{run.status.toLowerCase()}</td>
              {tested && (
                <td className="py-2 pr-4 text-xs tabular-nums">
                  {testScores(run).map((s) => (
                    <div key={s.key}>
                      {s.key} {s.value.toFixed(3)} [{s.low.toFixed(3)}, {s.high.toFixed(3)}]
                    </div>
                  ))}
                  {testScores(run).length === 0 && '—'}
                </td>
              )}
              {metrics.flatMap((m) => {
                const { final, best } = finalAndBest(curves, run.id, m);
                return [
                  <td key={`${m}f`} className="py-2 pr-4 tabular-nums">
                    {format(final)}
                  </td>,
                  <td key={`${m}b`} className="py-2 pr-4 tabular-nums">
                    {format(best)}
                  </td>,
                ];
              })}
              <td className="py-2 pr-4 text-xs">
                {run.phases.map((p) => `${phaseLabels[p.phase]} ${+p.start.toFixed(1)}–${+p.end.toFixed(1)}`).join(', ') || '—'}
              </td>
            </tr>
          ))}
        </Table>
      </Card>

      <Card title="Config differences" description="Only the parameters that differ between these runs.">
        {diff.length === 0 ? (
          <p className="text-sm text-slate-500">The runs share every parameter.</p>
        ) : (
          <Table head={['Parameter', ...runs.map((r) => r.name)]}>
            {diff.map((d) => (
              <tr key={d.path}>
                <td className="py-2 pr-4 font-mono text-xs">{d.path}</td>
                {d.values.map((v, i) => (
                  <td key={runs[i]!.id} className="py-2 pr-4 tabular-nums">
                    {show(v)}
                  </td>
                ))}
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
