// The one opener. Every DB call goes through withDb(), which reopens a closed
// or lost connection and retries the operation once (Safari drops connections
// after backgrounding: "connection is closing", "Connection to Indexed Database
// server lost").
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type StudyDB } from './schema';
import { DB_VERSION, IDS_BY_TEXT_SINCE, runMigrations } from './migrations';
import type { Moves } from '../../domain/reader/moved-ids';

/** Thrown inside an upgrade that needs step 9's id map before it is loaded: the upgrade is aborted, then retried with it. */
class NeedsIdMap extends Error {}

export type ConnectionEvent =
  | { type: 'blocked' } // this tab wants to upgrade; an older tab still holds the DB open
  | { type: 'versionchange' }; // a newer version of the app wants to upgrade; we closed our connection

type Listener = (event: ConnectionEvent) => void;
const listeners = new Set<Listener>();
let pending: Promise<IDBPDatabase<StudyDB>> | null = null;
let closedForUpgrade = false;

// An open still waiting on an older tab: a listener that arrives later (the
// database is opened before the app's first render) still hears of it.
let blockedNow = false;

export function onConnectionEvent(listener: Listener): () => void {
  listeners.add(listener);
  if (blockedNow) listener({ type: 'blocked' });
  if (closedForUpgrade) listener({ type: 'versionchange' });
  return () => listeners.delete(listener);
}

function emit(event: ConnectionEvent): void {
  for (const l of listeners) l(event);
}

export function getDb(): Promise<IDBPDatabase<StudyDB>> {
  if (closedForUpgrade) {
    return Promise.reject(new VersionChangedError());
  }
  pending ??= open(undefined)
    // A database from before step 9: load its id map (7 KB gzip, which nobody else
    // ever downloads or parses), then upgrade again. Nothing was changed by the aborted try.
    .catch(async (error: unknown) => {
      if (!(error instanceof NeedsIdMap) && !needsIdMap) throw error;
      needsIdMap = false;
      return open((await import('../../domain/reader/positional-ids')).MOVES);
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

let needsIdMap = false;

function open(moves: Moves | undefined): Promise<IDBPDatabase<StudyDB>> {
  const opening = openDB<StudyDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, newVersion, tx) => {
      if (!moves && oldVersion > 0 && oldVersion < IDS_BY_TEXT_SINCE) {
        needsIdMap = true;
        tx.done.catch(() => undefined); // the abort is expected: the open is retried with the map
        tx.abort();
        throw new NeedsIdMap('the positional id map is needed for this upgrade');
      }
      runMigrations(db, oldVersion, newVersion ?? DB_VERSION, tx, moves);
    },
    blocked: () => {
      blockedNow = true;
      emit({ type: 'blocked' });
    },
    blocking: () => {
      // A newer tab is waiting on us. Close at once so it never deadlocks;
      // every write we acknowledged was already committed (see withDb).
      closedForUpgrade = true;
      void pending?.then((db) => db.close());
      pending = null;
      emit({ type: 'versionchange' });
    },
    terminated: () => {
      pending = null;
    },
  });
  const settled = (): void => {
    blockedNow = false;
  };
  opening.then(settled, settled);
  return opening;
}

export class VersionChangedError extends Error {
  constructor() {
    super('A newer version of the app is open in another tab. Reload this tab to continue.');
    this.name = 'VersionChangedError';
  }
}

function isLostConnection(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'InvalidStateError' || error.name === 'UnknownError') {
    return /clos|lost/i.test(error.message);
  }
  return false;
}

/** Runs fn with an open database; reopens and retries once if the connection was lost. */
export async function withDb<T>(fn: (db: IDBPDatabase<StudyDB>) => Promise<T>): Promise<T> {
  const db = await getDb();
  try {
    return await fn(db);
  } catch (error) {
    if (!isLostConnection(error) || closedForUpgrade) throw error;
    if (pending) {
      const stale = pending;
      pending = null;
      void stale.then((d) => d.close()).catch(() => undefined);
    }
    return fn(await getDb());
  }
}

/** For tests: forget the cached connection. */
export async function closeDbForTests(): Promise<void> {
  const p = pending;
  pending = null;
  closedForUpgrade = false;
  if (p) (await p).close();
}

