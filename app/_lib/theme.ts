'use client';

import { useSyncExternalStore } from 'react';
import { THEME_COOKIE, type ThemeChoice } from './themeChoice';

const CHANGED = 'phaselab-theme-change';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function currentChoice(): ThemeChoice {
  const classes = document.documentElement.classList;
  return classes.contains('dark') ? 'dark' : classes.contains('light') ? 'light' : 'system';
}

export function chooseTheme(choice: ThemeChoice): void {
  const classes = document.documentElement.classList;
  classes.toggle('light', choice === 'light');
  classes.toggle('dark', choice === 'dark');
  document.cookie = `${THEME_COOKIE}=${choice}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    query.removeEventListener('change', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

const isDark = () => {
  const choice = currentChoice();
  return choice === 'dark' || (choice === 'system' && darkQuery().matches);
};

/** Whether pages are dark now: the person's choice, else the system's (re-renders when either changes). */
export function useDark(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false);
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, currentChoice, () => 'system');
}

/**
 * What charts draw besides their lines, for the theme in force (canvas and SVG charts take colours, not classes), and
 * the props recharts' axes and tooltips take for them.
 */
export function useChartTheme() {
  const colours = useDark()
    ? { grid: '#334155', text: '#cbd5e1', muted: '#94a3b8', background: '#111827' }
    : { grid: '#e2e8f0', text: '#334155', muted: '#64748b', background: '#ffffff' };
  return {
    ...colours,
    axis: { stroke: colours.muted, tick: { fill: colours.muted } },
    tooltip: { contentStyle: { backgroundColor: colours.background, borderColor: colours.grid, color: colours.text } },
  };
}
