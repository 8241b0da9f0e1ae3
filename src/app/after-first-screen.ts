// Work the screen opened at launch does not need (registering the service
// worker, the study clock) waits until that screen has drawn its content. On
// a first visit over a slow link, whatever is fetched before then shares the
// screen's own round trips: the question screen's stem came a whole round
// trip later while workbox-window and the study clock's chunks were in flight.
//
// "Drawn": the page has loaded, the routed screen (a `.screen` in <main>) is
// there, and the frame that drew it has reached the display. A question screen
// renders nothing until its question is there, so this is after the stem. If
// no screen ever shows, the work still runs FALLBACK_MS after load. Once that
// has happened, new work runs at once.

const FALLBACK_MS = 3000;
const PAINT_WAIT_MS = 300;

let drawn = false;
let watching = false;
const waiting: Array<() => void> = [];

function run(work: () => void): void {
  try {
    work();
  } catch (e) {
    // One failing piece of deferred work must not stop the others.
    setTimeout(() => {
      throw e;
    });
  }
}

function settle(): void {
  if (drawn) return;
  drawn = true;
  for (const work of waiting.splice(0)) run(work);
}

/** The routed screen's own content (every screen's root is a `.screen`), not the install guide or the study offer beside it. */
const SCREEN = '#main .screen';
const inScreen = (el: Element | null | undefined): boolean => !!el?.closest(SCREEN);
const screenDrawn = (): boolean => document.querySelector(SCREEN) !== null;

function watch(): void {
  if (watching) return;
  watching = true;
  const afterLoad = (): void => {
    const fallback = setTimeout(settle, FALLBACK_MS);
    let observer: MutationObserver | undefined;
    const onContent = (): void => {
      observer?.disconnect();
      let painted: PerformanceObserver | undefined;
      const done = (): void => {
        painted?.disconnect();
        clearTimeout(fallback);
        clearTimeout(soon);
        settle();
      };
      // A paint's time is when its frame reaches the screen, which can be
      // frames after the main thread drew it: a largest-contentful-paint entry
      // for an element of the screen says the content is there. Where none comes
      // (Safari; content smaller than what is already shown; a tap, which ends
      // those entries), a moment later.
      const soon = setTimeout(done, PAINT_WAIT_MS);
      if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
        painted = new PerformanceObserver((list) => {
          if (list.getEntries().some((e) => inScreen((e as PerformanceEntry & { element?: Element | null }).element))) done();
        });
        painted.observe({ type: 'largest-contentful-paint', buffered: true });
      }
    };
    if (screenDrawn()) return onContent();
    observer = new MutationObserver(() => {
      if (screenDrawn()) onContent();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

/** Runs `work` once the launch screen has been drawn (at once if it has). Returns a cancel function. */
export function afterFirstScreen(work: () => void): () => void {
  if (drawn) {
    run(work);
    return () => undefined;
  }
  waiting.push(work);
  watch();
  return () => {
    const i = waiting.indexOf(work);
    if (i >= 0) waiting.splice(i, 1);
  };
}
