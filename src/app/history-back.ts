// Which way the user moved through history. A finished exam's pages step
// further back when the user reaches them with Back, so Back from Results
// lands where the exam was started, not in the exam that has ended.

let poppedTo: string | null = null;
if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    poppedTo = location.href;
  });
}

/** True when the page on screen was reached with Back or Forward (not a link, a reload or a typed address). */
export function reachedByHistory(): boolean {
  return poppedTo === location.href;
}

/**
 * Leaves a page that has nothing left to show: one more step back when the user came with Back
 * (and the app has somewhere to go back to), else `fallback` in place of this page.
 */
export function leaveEndedPage(fallback: string, route: (url: string, replace: boolean) => unknown): void {
  if (reachedByHistory() && history.length > 1) history.back();
  else route(fallback, true);
}
