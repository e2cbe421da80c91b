'use client';

import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import uPlot from 'uplot';
import { useChartTheme } from '@/app/_lib/theme';
import 'uplot/dist/uPlot.min.css';
import { extentOf, joinOnGrid } from '@/lib/compare/pixelGrid';
import type { PhaseStrip } from './lines';

/** One drawn line: a run, or a group's mean with its band. */
export interface ChartLine {
  id: string;
  label: string;
  colour: string;
  x: number[];
  y: (number | null)[];
  band?: { low: (number | null)[]; high: (number | null)[] };
}

/** A shaded stretch (a phase, a person's band) or a marker (end null), in x units. */
export interface ChartBand {
  start: number;
  end: number | null;
  colour: string;
  label: string;
}

export interface ChartHandle {
  png(): string | undefined;
}

interface Props {
  title: string;
  lines: ChartLine[];
  /** Drawn in full behind the lines: the focused run's phases and marks. */
  bands: ChartBand[];
  /** The other runs' phases, one thin strip each along the bottom of the plot, aligned to the x-axis. */
  strips: PhaseStrip[];
  logY: boolean;
  time: boolean;
  xLabel: string;
  /** Charts with the same key move their cursors together. */
  syncKey: string;
  /** The line to bring forward (the others fade), on every chart at once; set by hovering a legend entry. */
  highlighted: string | null;
  onHighlight(id: string | null): void;
  /** In CSS pixels. */
  height: number;
}

/**
 * Rows of the joined x-axis per pixel of the chart's width. Points move by an eighth of a pixel at most; zoomed in
 * eightfold, by a pixel, when a 300-point line has few points left in view anyway.
 */
const GRID_SLOTS_PER_PIXEL = 4;

/**
 * A line's value at a joined row, or its last one before it: lines whose points fall on other rows still show.
 * Nothing past a line's last point.
 */
function nearestLeft(values: uPlot.AlignedData[number], idx: number): number | null {
  let after = idx;
  while (after < values.length && values[after] == null) after++;
  if (after === values.length) return null;
  for (let i = idx; i >= 0; i--) if (values[i] != null) return values[i] as number;
  return null;
}

/** Every line's value at the cursor's x, highest first, in the line's colour; text only (names are people's). */
function showTooltip(u: uPlot, lines: ChartLine[], box: HTMLDivElement | null) {
  if (!box) return;
  const idx = u.cursor.idx;
  if (idx == null || u.cursor.left == null || u.cursor.left < 0) return void box.classList.add('hidden');
  const x = u.data[0][idx]!;
  let column = 1;
  const rows = lines
    .map((line) => {
      const value = nearestLeft(u.data[column]!, idx);
      column += line.band ? 3 : 1;
      return { line, value };
    })
    .filter((r): r is { line: ChartLine; value: number } => r.value != null)
    .sort((a, b) => b.value - a.value);
  box.replaceChildren();
  const head = document.createElement('div');
  head.className = 'mb-1 font-medium';
  head.textContent = `${u.series[0]!.label} ${u.scales.x!.time ? new Date(x * 1000).toLocaleString() : +x.toFixed(3)}`;
  box.append(head);
  for (const { line, value } of rows) {
    const row = document.createElement('div');
    row.className = 'flex justify-between gap-3 whitespace-nowrap';
    const name = document.createElement('span');
    name.style.color = line.colour;
    name.textContent = line.label;
    const number = document.createElement('span');
    number.className = 'tabular-nums';
    number.textContent = value.toPrecision(4);
    row.append(name, number);
    box.append(row);
  }
  box.classList.remove('hidden');
  const left = u.cursor.left + u.bbox.left / devicePixelRatio;
  box.style.left = `${left > u.width / 2 ? left - box.offsetWidth - 12 : left + 12}px`;
  box.style.top = '8px';
}

/**
 * One metric of many runs, drawn by uPlot (canvas; built for many long series). Drag to zoom, double-click to reset;
 * the tooltip lists every line's value at the cursor, highest first. Lines are hidden and soloed from the run list.
 */
export const CompareChart = forwardRef<ChartHandle, Props>(function CompareChart(
  { title, lines, bands, strips, logY, time, xLabel, syncKey, highlighted, onHighlight, height },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  /** uPlot's series index of each line (a band adds two hidden series). */
  const seriesOf = useRef(new Map<string, number>());
  const tooltip = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({ png: () => chart.current?.ctx.canvas.toDataURL('image/png') }), []);
  const { grid, muted, text } = useChartTheme();

  useEffect(() => {
    const element = container.current;
    if (!element || !lines.length) return;
    const positive = (v: number | null) => (v === null || !Number.isFinite(v) || (logY && v <= 0) ? null : v);
    const width = element.clientWidth || 600;
    const table = joinOnGrid(
      lines.map((line) => ({
        x: line.x,
        columns: [line.y.map(positive), ...(line.band ? [line.band.low.map(positive), line.band.high.map(positive)] : [])],
      })),
      extentOf(lines),
      GRID_SLOTS_PER_PIXEL * width,
    );
    const data: uPlot.AlignedData = [table.x, ...table.columns];
    const series: uPlot.Series[] = [{ label: xLabel }];
    const uBands: uPlot.Band[] = [];
    seriesOf.current = new Map();
    for (const line of lines) {
      seriesOf.current.set(line.id, series.length);
      // Hairlines when many runs share a chart: clearer where they cross, and far cheaper to rasterize.
      series.push({
        label: line.label,
        stroke: line.colour,
        width: lines.length > 10 ? 1 : 2,
        spanGaps: true,
        points: { show: line.x.length < 40 },
      });
      if (line.band) {
        const low = series.length;
        series.push(
          { label: `${line.label} (low)`, stroke: 'transparent', spanGaps: true, points: { show: false } },
          { label: `${line.label} (high)`, stroke: 'transparent', spanGaps: true, points: { show: false } },
        );
        uBands.push({ series: [low + 1, low], fill: `${line.colour}2e` });
      }
    }
    const drawBands = (u: uPlot) => {
      const { ctx, bbox } = u;
      ctx.save();
      for (const band of bands) {
        const x0 = u.valToPos(band.start, 'x', true);
        if (band.end === null) {
          ctx.strokeStyle = band.colour;
          ctx.setLineDash([4, 3]);
          ctx.beginPath();
          ctx.moveTo(x0, bbox.top);
          ctx.lineTo(x0, bbox.top + bbox.height);
          ctx.stroke();
          ctx.setLineDash([]);
        } else {
          const x1 = u.valToPos(band.end, 'x', true);
          ctx.fillStyle = `${band.colour}26`;
          ctx.fillRect(Math.max(x0, bbox.left), bbox.top, Math.min(x1, bbox.left + bbox.width) - Math.max(x0, bbox.left), bbox.height);
        }
        ctx.fillStyle = text;
        ctx.font = `${11 * devicePixelRatio}px sans-serif`;
        if (x0 >= bbox.left && x0 < bbox.left + bbox.width) ctx.fillText(band.label, x0 + 4, bbox.top + 14 * devicePixelRatio);
      }
      // Strips stack up from the plot's bottom edge, thinner the more runs there are; a dot of the run's colour on the
      // left says whose.
      const strip = Math.max(2, Math.min(5, Math.floor(30 / Math.max(1, strips.length)))) * devicePixelRatio;
      strips.forEach((row, i) => {
        const y = bbox.top + bbox.height - (i + 1) * (strip + devicePixelRatio);
        ctx.fillStyle = row.colour;
        ctx.fillRect(bbox.left - 5 * devicePixelRatio, y, 3 * devicePixelRatio, strip);
        for (const segment of row.segments) {
          const x0 = Math.max(u.valToPos(segment.start, 'x', true), bbox.left);
          const x1 = Math.min(u.valToPos(segment.end, 'x', true), bbox.left + bbox.width);
          if (x1 <= x0) continue;
          ctx.fillStyle = segment.colour;
          ctx.fillRect(x0, y, x1 - x0, strip);
        }
      });
      ctx.restore();
    };
    const options: uPlot.Options = {
      width,
      height,
      series,
      bands: uBands,
      scales: { x: { time }, y: { distr: logY ? 3 : 1 } },
      axes: [
        { label: xLabel, stroke: muted, grid: { stroke: grid }, ticks: { stroke: grid } },
        { size: 60, stroke: muted, grid: { stroke: grid }, ticks: { stroke: grid } },
      ],
      cursor: { sync: { key: syncKey }, drag: { x: true, y: false } },
      legend: { show: false },
      focus: { alpha: 0.25 },
      hooks: { drawClear: [drawBands], setCursor: [(u) => showTooltip(u, lines, tooltip.current)] },
    };
    chart.current = new uPlot(options, data, element);
    const resize = new ResizeObserver(() => chart.current?.setSize({ width: element.clientWidth, height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [lines, bands, strips, logY, time, xLabel, syncKey, height, grid, muted, text]);

  useEffect(() => {
    const index = highlighted === null ? null : (seriesOf.current.get(highlighted) ?? null);
    chart.current?.setSeries(index, { focus: true });
  }, [highlighted, lines]);

  return (
    <figure aria-label={title} className="min-w-0 space-y-1" data-lines={lines.length} data-phase-strips={strips.length}>
      <figcaption className="text-sm font-medium text-slate-700">{title}</figcaption>
      {lines.length ? (
        <div className="relative">
          <div ref={container} className="w-full text-xs" />
          <div
            ref={tooltip}
            role="tooltip"
            className="pointer-events-none absolute z-10 hidden max-h-64 overflow-hidden rounded border border-slate-200 bg-surface/95 p-2 text-xs shadow"
          />
          <ul aria-label={`Legend of ${title}`} className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
            {lines.map((line) => (
              <li
                key={line.id}
                className={`flex max-w-[12rem] items-center gap-1 ${highlighted && highlighted !== line.id ? 'opacity-40' : ''}`}
                title={line.label}
                onMouseEnter={() => onHighlight(line.id)}
                onMouseLeave={() => onHighlight(null)}
              >
                <span className="inline-block h-0.5 w-3 shrink-0" style={{ background: line.colour }} />
                <span className="truncate">{line.label}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-slate-500">No points for this metric.</p>
      )}
    </figure>
  );
});
