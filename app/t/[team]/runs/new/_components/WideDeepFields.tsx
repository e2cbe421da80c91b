'use client';

import { wideDeepModes } from '@/lib/runs/config';
import { Button, Field, Input, Select } from '../../../../../_components/ui';

export interface ColumnChoice {
  name: string;
  type: string;
  distinct: number;
}

/** "a × b; c × d" to [["a", "b"], ["c", "d"]]; × or x or * between columns. */
export function parseCrosses(text: string): string[][] {
  return text
    .split(';')
    .map((cross) =>
      cross
        .split(/\s*(?:×|\*|\bx\b)\s*/)
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .filter((cross) => cross.length > 0);
}

/** The pairs of categorical or set-valued columns with the most value combinations: where memorization pays. */
function suggestedCrosses(columns: ColumnChoice[]): string[][] {
  const candidates = columns.filter((c) => c.type === 'CATEGORICAL' || c.type === 'TEXT');
  return candidates
    .flatMap((a, i) => candidates.slice(i + 1).map((b) => ({ pair: [a.name, b.name], combinations: a.distinct * b.distinct })))
    .sort((x, y) => y.combinations - x.combinations)
    .slice(0, 3)
    .map((s) => s.pair);
}

/** The kind's own settings: its mode and the crosses its wide part memorizes. */
export function WideDeepFields({
  columns,
  mode,
  crosses,
  onChange,
  crossesError,
}: {
  columns: ColumnChoice[];
  mode: string;
  crosses: string;
  onChange: (change: { mode?: string; crosses?: string }) => void;
  crossesError?: string;
}) {
  return (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className="mb-1 text-sm font-medium text-slate-700">Wide & Deep</legend>
      <Field label="Mode" htmlFor="wide-deep-mode" hint="Both parts jointly, or one alone">
        <Select id="wide-deep-mode" value={mode} onChange={(e) => onChange({ mode: e.target.value })}>
          {wideDeepModes.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Field
          label="Crossed columns"
          htmlFor="wide-deep-crosses"
          error={crossesError}
          hint="For the wide part, e.g. installed_apps × impressed_app; separate crosses with ;"
        >
          <Input
            id="wide-deep-crosses"
            value={crosses}
            onChange={(e) => onChange({ crosses: e.target.value })}
            invalid={Boolean(crossesError)}
          />
        </Field>
        {columns.length > 0 && (
          <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
            Suggested:
            {suggestedCrosses(columns).map((pair) => (
              <Button
                key={pair.join('×')}
                type="button"
                variant="secondary"
                className="px-2 py-0.5 text-xs"
                onClick={() => onChange({ crosses: [crosses.trim(), pair.join(' × ')].filter(Boolean).join('; ') })}
              >
                {pair.join(' × ')}
              </Button>
            ))}
          </p>
        )}
      </div>
    </fieldset>
  );
}
