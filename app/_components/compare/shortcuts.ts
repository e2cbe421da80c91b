'use client';

import { useEffect, type Dispatch, type SetStateAction } from 'react';
import type { CompareSettings } from '@/lib/compare/settings';

/** The compare view's keys, as its help lists them. */
export const shortcuts = [
  ['s', 'smoothing on (0.6) or off'],
  ['l', 'log scale on or off'],
  ['p', 'phases on or off'],
  ['1 2 3', 'charts per row'],
  ['?', 'this help'],
] as const;

/** Keyboard shortcuts, as W&B and TensorBoard have them; never while typing in a field. */
export function useCompareShortcuts(
  settings: CompareSettings,
  onSettings: (settings: CompareSettings) => void,
  /** State setters, stable across renders: the listener is added once per settings. */
  setHelp: Dispatch<SetStateAction<boolean>>,
  setEnlarged: Dispatch<SetStateAction<string | null>>,
) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key === 'Escape') return setEnlarged(null);
      if (event.metaKey || event.ctrlKey || event.altKey || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const patch: Partial<CompareSettings> | null =
        event.key === 's'
          ? { smoothing: settings.smoothing > 0 ? 0 : 0.6 }
          : event.key === 'l'
            ? { logY: !settings.logY }
            : event.key === 'p'
              ? { showPhases: !settings.showPhases }
              : ['1', '2', '3'].includes(event.key)
                ? { columns: Number(event.key) }
                : null;
      if (patch) onSettings({ ...settings, ...patch });
      else if (event.key === '?') setHelp((shown) => !shown);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [settings, onSettings, setHelp, setEnlarged]);
}
