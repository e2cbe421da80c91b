interface Progress {
  status: string;
  progress: number;
  epochsDone: number;
  epochs: number;
  startedAt?: string | null;
  runsAheadInQueue?: number | null;
  waitReason?: string | null;
}

/** A trained run's progress bar and line: its epoch, the time left while it runs, its place while it waits. */
export function TrainingProgress({ run }: { run: Progress }) {
  const percent = Math.round(run.progress * 100);
  const left = run.status === 'RUNNING' || run.status === 'QUEUED' ? eta(run) : null;
  return (
    <>
      <div
        role="progressbar"
        aria-label="Training progress"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        className="h-2 overflow-hidden rounded bg-slate-100"
      >
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-600">
        Epoch {run.epochsDone} of {run.epochs}
        {left ? ` · about ${left} left` : ''}
        {run.runsAheadInQueue != null && ` · queued: ${queueWait(run.runsAheadInQueue)}`}
        {run.waitReason && ` · waits: ${run.waitReason}`}
      </p>
    </>
  );
}

function eta(run: Progress) {
  if (!run.startedAt || run.epochsDone === 0) return null;
  const perEpoch = (Date.now() - new Date(run.startedAt).getTime()) / run.epochsDone;
  const seconds = Math.round((perEpoch * (run.epochs - run.epochsDone)) / 1000);
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/** Workers take the team with the fewest runs first, so this is what stands before the run, not the queue's length. */
export const queueWait = (ahead: number) =>
  ahead === 0 ? 'next when a worker slot frees' : `${ahead} ${ahead === 1 ? 'run' : 'runs'} ahead of it`;
