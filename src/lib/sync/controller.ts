// When sync runs, and what the user sees of it. Never imports PouchDB: the
// engine is loaded with import() the first time a sync actually runs.
//
// Sync runs when the app opens, a few seconds after the data changes (any
// tab), when the network comes back, and on "Sync now". Never while a timed
// exam is on screen (its answer taps must not wait behind a sync's reads):
// it waits until the exam is left. A failed sync only sets the status.
import { withDb } from '../db/connection';
import { onAnyChange } from '../db/changes';
import { DEFAULT_SETTINGS } from '../db/settings';
import type { SettingRow } from '../db/schema';
import type { SyncConfig, SyncStatus } from '../../domain/sync/types';
import { deleteMirrorDatabase, hasMirror } from './mirror';

export type SyncPhase = 'off' | 'idle' | 'syncing';

/** The runtime cache that keeps the engine (its name in vite.config.ts's runtimeCaching). */
const SYNC_ENGINE_CACHE = 'sync-engine';

/** What a sync started with no network says (the 'online' event starts the next one). */
const OFFLINE_MESSAGE = 'Offline: sync runs again when the connection is back.';

/**
 * The sync engine (PouchDB, about 40 KB gzip) is not in the offline install:
 * most users never sync, and a sync needs the network anyway. The service
 * worker keeps it once fetched (vite.config.ts, runtimeCaching), so it is
 * downloaded with the first sync and is there offline afterwards.
 */
async function loadEngine(): Promise<typeof import('./engine')> {
  try {
    return await import('./engine');
  } catch {
    // A host answering a missing file with its index page must not leave that page cached as the engine
    // (vite.config.ts refuses to cache it; a device that cached one before is healed here).
    await dropNonScriptEngines().catch(() => undefined);
    throw new Error(
      "Sync could not download its code from the app's server. Check the connection and sync again; if this goes on, reload the app to update it.",
    );
  }
}

async function dropNonScriptEngines(): Promise<void> {
  if (typeof caches === 'undefined' || !(await caches.has(SYNC_ENGINE_CACHE))) return;
  const cache = await caches.open(SYNC_ENGINE_CACHE);
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (!/javascript/i.test(response?.headers.get('content-type') ?? '')) await cache.delete(request);
  }
}

export interface SyncState {
  config: SyncConfig | null;
  status: SyncStatus | null;
  phase: SyncPhase;
}

const DEBOUNCE_MS = 4_000;
const EXAM_RECHECK_MS = 15_000;

let state: SyncState = { config: null, status: null, phase: 'off' };
const listeners = new Set<(s: SyncState) => void>();
let loaded: Promise<void> | null = null;
let running: Promise<void> | null = null;
let again = false;
let applying = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let unlisten: (() => void) | null = null;

function set(next: Partial<SyncState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l(state);
}

export function getSyncState(): SyncState {
  return state;
}

export function subscribeSync(listener: (s: SyncState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Device settings are written without announcing a change: a status write must not schedule another sync. */
async function writeDevice<K extends 'sync' | 'syncStatus'>(key: K, value: SettingRow['value'] | null, now: number): Promise<void> {
  await withDb((db) => db.put('settings', { key, value, updatedAt: now } as SettingRow));
}

async function readDevice<K extends 'sync' | 'syncStatus'>(key: K): Promise<(typeof DEFAULT_SETTINGS)[K]> {
  const row = await withDb((db) => db.get('settings', key));
  return row ? (row.value as (typeof DEFAULT_SETTINGS)[K]) : DEFAULT_SETTINGS[key];
}

/** Reads the stored configuration once; starts the automatic syncs if it is on. */
export function loadSync(): Promise<void> {
  loaded ??= Promise.all([readDevice('sync'), readDevice('syncStatus')]).then(([config, status]) => {
    set({ config, status, phase: config?.enabled ? 'idle' : 'off' });
    if (config?.enabled) enableTriggers();
  });
  return loaded;
}

/** At app start: a sync when it is on (nothing else, and no PouchDB, when it is not). */
export async function startSync(): Promise<void> {
  await loadSync();
  // Through the schedule: an app reopened on a running exam waits until the exam is left.
  if (state.config?.enabled) scheduleSync(0);
}

function onExamScreen(): boolean {
  return /^\/exam\/[^/]+\/?$/.test(location.pathname);
}

function onOnline(): void {
  scheduleSync(0);
}

function enableTriggers(): void {
  if (unlisten) return;
  const off = onAnyChange(() => {
    if (applying) return; // the sync's own merge
    scheduleSync(DEBOUNCE_MS);
  });
  window.addEventListener('online', onOnline);
  unlisten = () => {
    off();
    window.removeEventListener('online', onOnline);
  };
}

function disableTriggers(): void {
  unlisten?.();
  unlisten = null;
  clearTimeout(timer);
}

/** A sync after `ms`, unless one is scheduled sooner; while an exam is on screen, later. */
export function scheduleSync(ms: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (onExamScreen()) scheduleSync(EXAM_RECHECK_MS);
    else void syncNow();
  }, ms);
}

/** Runs a sync now (or right after the running one). Never rejects: the outcome is in the status. */
export function syncNow(): Promise<void> {
  const config = state.config;
  if (!config?.enabled) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  set({ phase: 'syncing' });
  running = (async () => {
    const previous = state.status;
    const startedAt = Date.now();
    let status: SyncStatus;
    // Another tab may have signed out, switched sync off or changed the remote since this tab read it:
    // what is stored decides, so no tab keeps syncing with credentials the user has taken back.
    const stored = await readDevice('sync').catch(() => config);
    if (!stored?.enabled || stored.url !== config.url || stored.user !== config.user || stored.password !== config.password) {
      set({ config: stored ?? null, phase: stored?.enabled ? 'idle' : 'off' });
      if (!stored?.enabled) disableTriggers();
      return;
    }
    try {
      // No network, no sync: do not even load the engine (a failed module load may be remembered by the page).
      if (navigator.onLine === false) throw new Error(OFFLINE_MESSAGE);
      const engine = await loadEngine();
      const report = await engine.syncOnce(config, { applying: (on) => (applying = on) });
      status = { lastSuccessAt: Date.now(), last: report, error: null, errorAt: 0, startedAt };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      status = { lastSuccessAt: previous?.lastSuccessAt ?? 0, last: previous?.last ?? null, error: message || 'Sync failed.', errorAt: Date.now(), startedAt };
    }
    // Signed out (or switched off) meanwhile: that outcome belongs to nobody.
    if (state.config !== config) return;
    set({ status });
    await writeDevice('syncStatus', status, Date.now()).catch(() => undefined);
  })().finally(() => {
    running = null;
    if (state.config?.enabled) set({ phase: 'idle' });
    if (again) {
      again = false;
      scheduleSync(0);
    }
  });
  return running;
}

/** Saves the remote and credentials (device only) and, when on, syncs at once. */
export async function saveSyncConfig(config: SyncConfig): Promise<void> {
  await loadSync();
  // Against what is stored (another tab may have changed it since this tab read it).
  const stored = await readDevice('sync').catch(() => state.config);
  const changedRemote = stored?.url !== config.url || stored?.user !== config.user;
  if (changedRemote) {
    // The mirror replicates with whatever remote it is given: kept, it would send the new
    // database everything the old one left in it (records that failed validation, other
    // users' deletions), not only this device's data. It goes before the new remote is stored.
    disableTriggers();
    await running?.catch(() => undefined);
    // The finished sync may have queued another, with the old remote: it must not run.
    again = false;
    clearTimeout(timer);
    try {
      await dropMirror();
    } catch (error) {
      // Nothing changed: the old remote stays, and keeps syncing if it was on.
      if (state.config?.enabled) enableTriggers();
      throw error;
    }
  }
  await writeDevice('sync', config, Date.now());
  set({ config, phase: config.enabled ? 'idle' : 'off', ...(changedRemote ? { status: null } : {}) });
  if (changedRemote) await writeDevice('syncStatus', null, Date.now());
  if (config.enabled) {
    enableTriggers();
    void syncNow();
  } else disableTriggers();
}

/** Forgets the remote and the credentials, and the local mirror; the app's own data stays. */
export async function signOutOfSync(): Promise<void> {
  await loadSync();
  disableTriggers();
  await running?.catch(() => undefined);
  await withDb(async (db) => {
    const tx = db.transaction('settings', 'readwrite');
    await Promise.all([tx.store.delete('sync'), tx.store.delete('syncStatus'), tx.done]);
  });
  set({ config: null, status: null, phase: 'off' });
  await dropMirror().catch(() => undefined);
}

/** Deletes the local mirror, loading PouchDB only if there is one. */
async function dropMirror(): Promise<void> {
  if (!(await hasMirror().catch(() => true))) return;
  const engine = await loadEngine().catch(() => null);
  // Offline before sync's code was ever fetched: delete PouchDB's database directly.
  if (engine) await engine.destroyLocal();
  else await deleteMirrorDatabase();
}
