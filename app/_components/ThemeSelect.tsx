'use client';

import { chooseTheme, useThemeChoice } from '../_lib/theme';
import { themeChoices, type ThemeChoice } from '../_lib/themeChoice';

const labels: Record<ThemeChoice, string> = { system: 'System theme', light: 'Light', dark: 'Dark' };

/** Light, dark, or the system's: the choice is kept (a cookie) and the page follows it at once. */
export function ThemeSelect() {
  const choice = useThemeChoice();
  return (
    <select
      aria-label="Theme"
      className="rounded-md border border-slate-200 bg-surface px-1.5 py-1 text-sm text-slate-600"
      value={choice}
      onChange={(e) => chooseTheme(e.target.value as ThemeChoice)}
    >
      {themeChoices.map((c) => (
        <option key={c} value={c}>
          {labels[c]}
        </option>
      ))}
    </select>
  );
}
