import type { ThemeChoice } from '../lib/db/schema';

const THEME_COLORS = { light: '#f6f7fb', dark: '#12141a' } as const;

/** 'system' follows prefers-color-scheme through CSS; light/dark pin it. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.querySelector('meta[name="theme-color"]:not([media])')?.setAttribute('content', dark ? THEME_COLORS.dark : THEME_COLORS.light);
}
