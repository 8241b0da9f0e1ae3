// Build only: index.html carries the app's frame (app-shell.ts), so a launch
// paints the header and tab bar as soon as the HTML and its stylesheet are in,
// before the JavaScript has been evaluated. main.tsx clears it and renders the
// app in the same task, so no frame shows both.
import type { Plugin } from 'vite';
import { appShellHtml } from './app-shell.ts';

const EMPTY_ROOT = '<div id="app"></div>';

export function launchShellPlugin(): Plugin {
  return {
    name: 'dva-launch-shell',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(EMPTY_ROOT)) throw new Error(`launch shell: index.html has no empty ${EMPTY_ROOT}`);
      return html.replace(EMPTY_ROOT, `<div id="app">${appShellHtml()}</div>`);
    },
  };
}
