'use client';

import { useEffect, useRef } from 'react';

export interface RunLogLine {
  id: string;
  at: string;
  attempt: number;
  level: string;
  message: string;
}

/** The tail of a run's log, kept scrolled to the newest line while it grows. */
export function RunLog({ lines }: { lines: RunLogLine[] }) {
  const box = useRef<HTMLPreElement>(null);
  const newest = lines.at(-1)?.id;
  useEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [newest]);
  if (lines.length === 0) return <p className="text-sm text-slate-500">Nothing yet: the log starts when a worker takes the run.</p>;
  return (
    <pre
      ref={box}
      aria-label="Run log"
      className="max-h-72 overflow-auto whitespace-pre-wrap break-words rounded bg-terminal p-3 text-xs leading-5 text-terminal-text"
    >
      {lines.map((line) => (
        <div key={line.id} className={line.level === 'error' ? 'text-red-300' : undefined}>
          <span className="text-terminal-muted">
            {new Date(line.at).toLocaleTimeString()} #{line.attempt}{' '}
          </span>
          {line.message}
        </div>
      ))}
    </pre>
  );
}
