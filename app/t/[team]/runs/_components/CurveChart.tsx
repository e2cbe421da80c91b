'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartTheme } from '@/app/_lib/theme';

export interface Curve {
  key: string;
  points: { epoch: number; value: number }[];
}

/** A shaded stretch of epochs (a phase or a person's band), or a marker when `end` is null. */
export interface Band {
  key: string;
  label: string;
  start: number;
  end: number | null;
  colour: string;
}

const colours = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2'];

/**
 * Several curves over epochs, sharing one axis, with phases and annotations behind them; recharts draws them. The
 * run's charts share `epochs` as their x range, so a loss logged mid-epoch does not stretch one chart past the others;
 * band labels sit above the plot, clear of the lines.
 */
export function CurveChart({ title, curves, bands = [], epochs }: { title: string; curves: Curve[]; bands?: Band[]; epochs?: number }) {
  const byEpoch = new Map<number, Record<string, number>>();
  for (const curve of curves)
    for (const p of curve.points) byEpoch.set(p.epoch, { ...(byEpoch.get(p.epoch) ?? { epoch: p.epoch }), [curve.key]: p.value });
  const data = [...byEpoch.values()].sort((a, b) => a.epoch! - b.epoch!);
  const theme = useChartTheme();
  return (
    <figure aria-label={title} className="space-y-2">
      <figcaption className="text-sm font-medium text-slate-700">{title}</figcaption>
      {data.length === 0 ? (
        <p className="text-sm text-slate-500">No points yet.</p>
      ) : (
        <div className="h-64">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: bands.length ? 20 : 5, right: 20, bottom: 5, left: 0 }}>
              <CartesianGrid stroke={theme.grid} />
              <XAxis
                {...theme.axis}
                dataKey="epoch"
                type="number"
                domain={[0, epochs ? (dataMax: number) => Math.max(epochs, dataMax) : 'dataMax']}
                allowDataOverflow
                tickFormatter={(x: number) => String(Math.round(x * 100) / 100)}
                label={{ value: 'epoch', position: 'insideBottomRight', offset: -2, fill: theme.muted }}
              />
              <YAxis {...theme.axis} width={50} tickFormatter={(y: number) => y.toFixed(2)} />
              {bands.map((b) =>
                b.end === null ? (
                  <ReferenceLine
                    key={b.key}
                    x={b.start}
                    stroke={b.colour}
                    strokeDasharray="4 2"
                    label={{ value: b.label, position: 'top', fontSize: 11, fill: theme.text }}
                  />
                ) : (
                  <ReferenceArea
                    key={b.key}
                    x1={b.start}
                    x2={b.end}
                    fill={b.colour}
                    fillOpacity={0.18}
                    ifOverflow="hidden"
                    label={{ value: b.label, position: 'top', fontSize: 11, fill: theme.text }}
                  />
                ),
              )}
              <Tooltip
                {...theme.tooltip}
                formatter={(v) => (typeof v === 'number' ? v.toFixed(4) : String(v))}
                labelFormatter={(x) => `epoch ${x}`}
              />
              <Legend />
              {curves.map((c, i) => (
                <Line
                  key={c.key}
                  dataKey={c.key}
                  stroke={colours[i % colours.length]}
                  dot={c.points.length < 40}
                  isAnimationActive={false}
                  connectNulls
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
