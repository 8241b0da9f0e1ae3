// Tells other tabs that a store changed, so their screens can re-read it.
// One BroadcastChannel per tab, used both to post and to listen: a channel
// never receives its own messages, so a tab does not hear its own changes.
// Announce only after the write has committed (the other tab reads at once).
import type { StoreNames } from 'idb';
import type { StudyDB } from './schema';

export type ChangedStore = StoreNames<StudyDB>;
export type ChangeListener = (stores: readonly ChangedStore[]) => void;

export const CHANGES_CHANNEL = 'dva-study-changes';

interface ChangeMessage {
  type: 'changed';
  stores: ChangedStore[];
}

let channel: BroadcastChannel | null | undefined;
const listeners = new Set<ChangeListener>();
const anyTabListeners = new Set<ChangeListener>();

function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  if (typeof BroadcastChannel !== 'function') return (channel = null);
  channel = new BroadcastChannel(CHANGES_CHANNEL);
  (channel as { unref?: () => void }).unref?.(); // Node (tests): never keep the process alive
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const stores = parse(event.data);
    if (stores) for (const l of [...listeners, ...anyTabListeners]) l(stores);
  };
  return channel;
}

function parse(data: unknown): ChangedStore[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Partial<ChangeMessage>;
  if (m.type !== 'changed' || !Array.isArray(m.stores)) return null;
  const stores = m.stores.filter((s): s is ChangedStore => typeof s === 'string');
  return stores.length ? stores : null;
}

/** Call after a write to these stores has committed. Never throws. */
export function announceChange(...stores: ChangedStore[]): void {
  if (stores.length === 0) return;
  for (const l of anyTabListeners) l(stores);
  try {
    getChannel()?.postMessage({ type: 'changed', stores } satisfies ChangeMessage);
  } catch {
    // a closed channel or no BroadcastChannel: other tabs simply refresh later
  }
}

/** Calls listener when another tab changed some stores; returns the unsubscribe. */
export function onChange(listener: ChangeListener): () => void {
  getChannel();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Calls listener after a change in ANY tab, this one included: for caches of
 * stored data (a screen re-reads on its own writes anyway, a cache does not).
 */
export function onAnyChange(listener: ChangeListener): () => void {
  getChannel();
  anyTabListeners.add(listener);
  return () => {
    anyTabListeners.delete(listener);
  };
}

/** For tests: close the channel and drop every listener. */
export function resetChangesForTests(): void {
  channel?.close();
  channel = undefined;
  listeners.clear();
  anyTabListeners.clear();
}
