// A stored row that a screen changes by patches (an exam attempt, a practice
// session) and that follows the other tabs. Every patch builds on the latest
// queued row, never on render state, so a quick second tap during a slow save
// keeps the first; the write applies the patch to the STORED row (lib/db/row-patch),
// and once nothing is queued the screen shows what is stored, other tabs' changes included.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createWriteQueue } from '../lib/db/write-queue';
import type { Patched } from '../lib/db/answer-taps';
import type { ChangedStore } from '../lib/db/changes';
import { describeStorageError } from '../lib/db/errors';
import { showNotice } from './notices';
import { useStoreChanges } from './use-live-reload';

export interface LiveRowSource<T, P> {
  store: ChangedStore;
  load: (key: string) => Promise<T | undefined>;
  /** The first load, where it differs (a practice link creates its session). */
  open?: (key: string) => Promise<T | undefined>;
  /** The pure patch (null: refused), the same one the write applies to the stored row. */
  apply: (row: T, patch: P, now: number) => T | null;
  write: (key: string, patch: P, now: number) => Promise<Patched<T>>;
}

export interface ChangeResult {
  ok: boolean;
  /** The stored row refused it (a submitted exam, a checked answer) or is gone. */
  refused: boolean;
  durableAt: number;
}

// Every change still being written, by store and key, whichever screen made
// it: a screen that replaced the one where the taps were made (the exam's
// review after the exam) must not act on the stored row before they land.
const unsettled = new Map<string, Set<Promise<unknown>>>();

/** Resolves once every change queued so far on this row, from any screen of this tab, has been written or has failed. */
export async function liveRowSettled(store: ChangedStore, key: string): Promise<void> {
  const id = `${store}:${key}`;
  for (let set = unsettled.get(id); set && set.size > 0; set = unsettled.get(id)) await Promise.allSettled([...set]);
}

function track<R>(store: ChangedStore, key: string, p: Promise<R>): Promise<R> {
  const id = `${store}:${key}`;
  const set = unsettled.get(id) ?? new Set<Promise<unknown>>();
  unsettled.set(id, set);
  set.add(p);
  const done = (): void => {
    set.delete(p);
    if (set.size === 0 && unsettled.get(id) === set) unsettled.delete(id);
  };
  p.then(done, done);
  return p;
}

export function useLiveRow<T, P>(key: string, source: LiveRowSource<T, P>) {
  const [row, setRow] = useState<T | null | undefined>(undefined);
  const latest = useRef<T | null>(null);
  const pending = useRef(0);
  const [resetKey, setResetKey] = useState(0);
  const writes = useMemo(() => createWriteQueue((e) => showNotice({ tone: 'error', text: describeStorageError(e) })), [key]);

  const show = (r: T | null): void => {
    latest.current = r;
    setRow(r);
  };

  /** Re-reads the stored row after every queued write; shows it unless more changes are queued. */
  function reread(): Promise<void> {
    return writes
      .push(async () => {
        const stored = (await source.load(key)) ?? null;
        if (pending.current === 0) show(stored);
      })
      .then(() => undefined);
  }

  useEffect(() => {
    latest.current = null;
    setRow(undefined);
    void (source.open ?? source.load)(key).then(
      (r) => show(r ?? null),
      () => show(null),
    );
  }, [key]);

  useStoreChanges([source.store], reread);

  /**
   * Applies the patch to the latest queued row and writes it. `showNow`: show
   * the change before it commits (moving on); otherwise only once committed
   * (an answer tap: the tapped control already shows it).
   */
  async function change(patch: P, showNow = true): Promise<ChangeResult> {
    const base = latest.current;
    if (!base) return { ok: false, refused: true, durableAt: 0 };
    const now = Date.now();
    const next = source.apply(base, patch, now);
    if (next === null) {
      await reread();
      return { ok: false, refused: true, durableAt: 0 };
    }
    latest.current = next;
    if (showNow) setRow(next);
    pending.current++;
    let outcome: Patched<T> | undefined;
    const ok = await track(
      source.store,
      key,
      writes.push(async () => {
        outcome = await source.write(key, patch, now);
      }),
    );
    pending.current--;
    if (!ok || !outcome || outcome.refused) {
      // Failed or refused: back to what is stored; inputs rebuilt from it.
      setResetKey((k) => k + 1);
      if (pending.current === 0) await reread();
      return { ok: false, refused: Boolean(outcome?.refused), durableAt: 0 };
    }
    if (pending.current === 0) show(outcome.row ?? null);
    else if (!showNow) setRow(latest.current);
    return { ok: true, refused: false, durableAt: outcome.durableAt };
  }

  return { row, latest, change, resetKey, drain: writes.drain, reread };
}
