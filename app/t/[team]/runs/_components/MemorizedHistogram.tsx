'use client';

/** Memorization over time: how many noisy examples were first fitted in each epoch. */
export function MemorizedHistogram({ epochs }: { epochs: (number | null)[] }) {
  const counts = new Map<number, number>();
  for (const e of epochs) if (e !== null) counts.set(e, (counts.get(e) ?? 0) + 1);
  const max = Math.max(1, ...counts.values());
  const never = epochs.filter((e) => e === null).length;
  return (
    <ul aria-label="First memorized" className="space-y-1 text-sm">
      {[...counts]
        .sort((a, b) => a[0] - b[0])
        .map(([epoch, n]) => (
          <li key={epoch} className="grid grid-cols-[6rem_1fr_4rem] items-center gap-2">
            <span>epoch {epoch}</span>
            <span className="h-2 rounded bg-red-400" style={{ width: `${(100 * n) / max}%` }} />
            <span className="text-right tabular-nums">{n}</span>
          </li>
        ))}
      <li className="text-slate-500">not memorized yet: {never}</li>
    </ul>
  );
}
