'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartTheme } from '@/app/_lib/theme';

/** What a confidence threshold buys: precision of the decisions kept against the share of items they cover. */
export function PrecisionCoverageChart({
  points,
  target,
}: {
  points: { coverage: number; precision: number; threshold: number }[];
  target: number;
}) {
  const theme = useChartTheme();
  const data = points.map((p) => ({
    coverage: +(p.coverage * 100).toFixed(1),
    precision: +(p.precision * 100).toFixed(2),
    threshold: p.threshold,
  }));
  return (
    <figure aria-label="Precision against coverage" className="h-56">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.grid} />
          <XAxis
            {...theme.axis}
            dataKey="coverage"
            type="number"
            domain={[0, 100]}
            unit="%"
            label={{ value: 'coverage', position: 'insideBottom', offset: -8, fill: theme.muted }}
          />
          <YAxis {...theme.axis} domain={['auto', 100]} unit="%" width={56} />
          <ReferenceLine
            y={target * 100}
            stroke="#f59e0b"
            strokeDasharray="4 3"
            label={{ value: 'release target', position: 'insideBottomLeft', fontSize: 11, fill: theme.text }}
          />
          <Tooltip
            {...theme.tooltip}
            formatter={(value, name) => [`${value}%`, name]}
            labelFormatter={(c, payload) => `coverage ${c}% · threshold ${payload?.[0]?.payload.threshold.toFixed(3) ?? ''}`}
          />
          <Line dataKey="precision" stroke="#2563eb" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
