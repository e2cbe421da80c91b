'use client';

import { CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartTheme } from '@/app/_lib/theme';

export interface ChartDifference {
  versus: string;
  mean: number | null;
  low: number | null;
  high: number | null;
}

/** Each paired difference as a point with its 95% interval, against the zero line a claim must clear. */
export function DifferenceChart({ claimed, scoreKey, differences }: { claimed: string; scoreKey: string; differences: ChartDifference[] }) {
  const theme = useChartTheme();
  const data = differences.flatMap((d) =>
    d.mean === null
      ? []
      : [
          {
            name: `${claimed} − ${d.versus}`,
            mean: d.mean,
            error: d.low !== null && d.high !== null ? [d.mean - d.low, d.high - d.mean] : [0, 0],
          },
        ],
  );
  if (!data.length) return <p className="text-sm text-slate-500">The chart shows once a seed has finished for both sides of a pair.</p>;
  return (
    <figure aria-label={`Differences in ${scoreKey}`} className="h-56">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} />
          <XAxis {...theme.axis} dataKey="name" type="category" allowDuplicatedCategory={false} />
          <YAxis
            {...theme.axis}
            dataKey="mean"
            type="number"
            width={56}
            tickFormatter={(v: number) => v.toFixed(2)}
            label={{ value: `Δ ${scoreKey}`, angle: -90, position: 'insideLeft', fill: theme.muted }}
          />
          <ReferenceLine y={0} stroke={theme.muted} />
          <Tooltip {...theme.tooltip} formatter={(v) => (typeof v === 'number' ? v.toFixed(3) : String(v))} />
          <Scatter data={data} fill="#2563eb">
            <ErrorBar dataKey="error" direction="y" width={8} stroke="#2563eb" />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </figure>
  );
}
