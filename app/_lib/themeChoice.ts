/** The person's theme: follow the system, or pin light or dark. Kept in a cookie so the server renders it at once. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_COOKIE = 'phaselab-theme';
export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** The class the page's root carries for a cookie's value: none when the system decides. */
export const themeClass = (cookie: string | undefined) => (cookie === 'light' || cookie === 'dark' ? cookie : undefined);
