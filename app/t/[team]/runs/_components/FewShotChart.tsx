'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartTheme } from '@/app/_lib/theme';
import { configValue } from '@/lib/compare/configDiff';

interface GroupRun {
  config: Record<string, unknown>;
  summary: Record<string, unknown>;
}

const palette = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#4b5563', '#ca8a04'];

/**
 * A few-shot sweep's result (Tänzer et al., 2022, figure 5): each few-shot class's test F1 against k, the training
 * examples of it kept; one line per class, and per head when the sweep varies it too.
 */
export function FewShotChart({ runs, variesHead }: { runs: GroupRun[]; variesHead: boolean }) {
  const theme = useChartTheme();
  const done = runs.filter((r) => Object.keys(r.summary).some((key) => key.startsWith('test/')));
  const series = new Map<string, { label: string; key: string }>();
  const byK = new Map<number, Record<string, number>>();
  for (const run of done) {
    const k = configValue(run.config, 'fewShot.k') as number;
    const head = variesHead ? ` · ${String(run.config.head ?? 'linear')}` : '';
    for (const c of (configValue(run.config, 'fewShot.classes') as string[] | undefined) ?? []) {
      const score = run.summary[`test/f1/${c}`];
      if (typeof score !== 'number') continue;
      const label = `${c}${head}`;
      series.set(label, { label, key: label });
      byK.set(k, { ...byK.get(k), k, [label]: +score.toFixed(4) });
    }
  }
  const data = [...byK.values()].sort((a, b) => a.k! - b.k!);
  if (!data.length) return <p className="text-sm text-slate-500">Per-class F1 against k shows as the runs finish.</p>;
  return (
    <figure aria-label="Per-class F1 against k" className="h-64">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} />
          <XAxis
            {...theme.axis}
            dataKey="k"
            type="number"
            scale="log"
            domain={['dataMin', 'dataMax']}
            ticks={data.map((d) => d.k!)}
            label={{ value: 'training examples kept (k, log scale)', position: 'insideBottom', offset: -8, fill: theme.muted }}
          />
          <YAxis
            {...theme.axis}
            domain={[0, 1]}
            width={48}
            label={{ value: 'test F1', angle: -90, position: 'insideLeft', fill: theme.muted }}
          />
          <Tooltip
            {...theme.tooltip}
            formatter={(value) => (typeof value === 'number' ? value.toFixed(3) : String(value))}
            labelFormatter={(k) => `k = ${k}`}
          />
          <Legend verticalAlign="top" height={24} />
          {[...series.values()].map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={palette[i % palette.length]}
              dot
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
