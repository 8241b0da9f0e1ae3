// The app's frame as static HTML, drawn into index.html at build time so an
// installed launch paints at once, before any JavaScript runs: the header (no
// title yet: the same index.html answers every route), an empty main, the tab
// bar. Same elements, classes and sizes as Header.tsx and BottomNav.tsx, so
// nothing moves when the app replaces it (tests/browser/launch-shell.test.ts).
import { ICON_PATHS } from '../../src/app/icon-paths.ts';
import { TABS } from '../../src/app/routes.ts';

const icon = (name: keyof typeof ICON_PATHS): string =>
  `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${ICON_PATHS[name]}"></path></svg>`;

export function appShellHtml(): string {
  const tabs = TABS.map((t) => `<a href="${t.path}">${icon(t.icon)}<span>${t.label}</span></a>`).join('');
  return [
    '<a class="skip-link" href="#main">Skip to content</a>',
    // A no-break space holds the title's line height until the app names the screen.
    `<header class="app-header"><p class="shell-title" aria-hidden="true">&nbsp;</p><a class="icon-button" href="/settings" aria-label="Settings">${icon('gear')}</a></header>`,
    // Scripts off: the one thing to say, inside the main landmark where a screen reader looks.
    '<main id="main" tabindex="-1"><noscript><p>This study app needs JavaScript.</p></noscript></main>',
    `<nav class="bottom-nav" aria-label="Main">${tabs}</nav>`,
  ].join('');
}
