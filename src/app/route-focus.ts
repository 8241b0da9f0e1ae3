// After a route change the old screen's focused control is gone and focus
// falls to <body>, so a screen reader says nothing. Once the new screen has
// rendered, focus moves to its heading: the screen's own h1 (a chapter), else
// a target the screen marks (data-route-focus), else the header's h1 that names
// every screen. The first load keeps the browser's own start.

const WAIT_MS = 4000;
let cancel: (() => void) | null = null;

/** A heading or other non-control: focusable by script only, never a Tab stop. */
export function focusQuietly(el: HTMLElement | null | undefined): void {
  if (!el) return;
  if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
  el.focus({ preventScroll: true });
}

function target(main: HTMLElement): HTMLElement | null {
  const screen = main.querySelector<HTMLElement>('.screen:not([aria-busy="true"])');
  if (!screen || screen.childElementCount === 0) return null; // still loading its data
  return (
    main.querySelector<HTMLElement>('h1') ??
    main.querySelector<HTMLElement>('[data-route-focus]') ??
    document.querySelector<HTMLElement>('header h1')
  );
}

export function focusNewScreen(): void {
  cancel?.();
  const main = document.getElementById('main');
  if (!main) return;
  const from = document.activeElement;
  // A link to a section (#anchor) is the chapter's to focus; a screen that placed focus itself keeps it.
  if (location.hash || (from && from !== main && main.contains(from))) return;
  const moved = (): boolean => {
    const now = document.activeElement;
    return now !== null && now !== document.body && now !== from;
  };
  const attempt = (): boolean => {
    if (moved()) return true; // the screen (or the user) already put focus somewhere
    const el = target(main);
    if (!el) return false;
    focusQuietly(el);
    return true;
  };
  if (attempt()) return;
  const observer = new MutationObserver(() => {
    if (attempt()) stop();
  });
  const timer = setTimeout(() => {
    stop();
    if (!moved()) focusQuietly(document.querySelector<HTMLElement>('header h1'));
  }, WAIT_MS);
  const stop = (): void => {
    observer.disconnect();
    clearTimeout(timer);
    cancel = null;
  };
  cancel = stop;
  observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}
