// Back closes what is open on top of a screen (a full-screen viewer, a menu,
// a dialog) before it leaves the screen, as phones' users expect.
//
// Opening a layer pushes a history entry with the same URL (so the router
// sees no change) and marks the entry below it "skip". Back then lands on
// the marked entry: the layer closes and the mark is removed. A layer closed
// another way (its Close button, Escape, Android's close gesture, the screen
// going away) leaves its entry as the live one, and the marked entry below is
// a duplicate: Back skips it. No history.back() is ever called on a close, so
// a close cannot race a navigation made by the same tap.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { historyDirection } from './history-back';

const SKIP = 'dvaBackSkip';

interface Layer {
  close: () => void;
  /** False once the layer has closed itself, before its screen has caught up. */
  isOpen: () => boolean;
}

const layers: Layer[] = [];
let listening = false;

type State = Record<string, unknown> | null;

const marked = (state: unknown): boolean => typeof state === 'object' && state !== null && (state as Record<string, unknown>)[SKIP] === true;

function unmarked(state: unknown): State {
  if (typeof state !== 'object' || state === null) return null;
  const { [SKIP]: _, ...rest } = state as Record<string, unknown>;
  return Object.keys(rest).length > 0 ? rest : null;
}

function onPopState(): void {
  // A layer closed by its own button a moment ago may still be listed (its
  // component unmounts a task later): that Back is meant for what lies below.
  while (layers.length > 0 && !layers[layers.length - 1]!.isOpen()) layers.pop();
  const top = layers.pop();
  if (top) {
    if (marked(history.state)) history.replaceState(unmarked(history.state), '');
    top.close();
    return;
  }
  // A duplicate left by a layer closed another way: step over it, the way the user is going.
  if (marked(history.state)) {
    if (historyDirection() === 'forward') history.forward();
    else history.back();
  }
}

/**
 * While `open`, Back calls `close` instead of leaving the screen. `isOpen`
 * tells the layer's own state when it can change ahead of `open` (a dialog
 * closed by its button before the screen re-renders).
 */
export function useBackCloses(open: boolean, close: () => void, isOpen: () => boolean = () => true): void {
  const latest = useRef(close);
  latest.current = close;
  const latestIsOpen = useRef(isOpen);
  latestIsOpen.current = isOpen;
  // In the commit, not after paint: a Back pressed right after opening must find the entry.
  useLayoutEffect(() => {
    if (!open) return;
    const layer: Layer = { close: () => latest.current(), isOpen: () => latestIsOpen.current() };
    const state: unknown = history.state;
    history.replaceState({ ...(typeof state === 'object' && state !== null ? state : {}), [SKIP]: true }, '');
    history.pushState(unmarked(state), '');
    layers.push(layer);
    if (!listening) {
      addEventListener('popstate', onPopState);
      listening = true;
    }
    return () => {
      const i = layers.indexOf(layer);
      if (i >= 0) layers.splice(i, 1);
    };
  }, [open]);
}
