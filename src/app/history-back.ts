// Which way the user moved through history. A finished exam's pages step on
// in the same direction when the user reaches them with Back or Forward, so
// Back from Results lands where the exam was started, and Forward from there
// comes back to the Results, never into the exam that has ended.
//
// Every history entry carries its place (`dvaIdx`): new entries count up, so
// a popstate to a lower place was Back, to a higher one Forward.

const IDX = 'dvaIdx';
type State = Record<string, unknown>;

let poppedTo: string | null = null;
let direction: 'back' | 'forward' | null = null;
let current = 0;

const idxOf = (state: unknown): number | null => {
  const v = typeof state === 'object' && state !== null ? (state as State)[IDX] : undefined;
  return typeof v === 'number' ? v : null;
};

if (typeof window !== 'undefined') {
  current = idxOf(history.state) ?? 0;
  if (idxOf(history.state) === null) history.replaceState({ ...((history.state as State | null) ?? {}), [IDX]: current }, '');
  const push = history.pushState.bind(history);
  history.pushState = (state: unknown, unused: string, url?: string | URL | null): void => {
    current += 1;
    push({ ...((state as State | null) ?? {}), [IDX]: current }, unused, url);
  };
  const replace = history.replaceState.bind(history);
  history.replaceState = (state: unknown, unused: string, url?: string | URL | null): void => {
    replace({ ...((state as State | null) ?? {}), [IDX]: idxOf(state) ?? current }, unused, url);
  };
  window.addEventListener('popstate', () => {
    poppedTo = location.href;
    const to = idxOf(history.state);
    direction = to !== null && to > current ? 'forward' : 'back';
    if (to !== null) current = to;
  });
}

/** The way the last Back or Forward went (null before any). */
export function historyDirection(): 'back' | 'forward' | null {
  return direction;
}

/** True when the page on screen was reached with Back or Forward (not a link, a reload or a typed address). */
export function reachedByHistory(): boolean {
  return poppedTo === location.href;
}

/**
 * Leaves a page that has nothing left to show: one more step the same way when the user came with Back or
 * Forward (and there is somewhere to go), else `fallback` in place of this page.
 */
export function leaveEndedPage(fallback: string, route: (url: string, replace: boolean) => unknown): void {
  if (reachedByHistory() && history.length > 1) {
    if (direction === 'forward') history.forward();
    else history.back();
  } else route(fallback, true);
}
