// Export and import of every store. Each is one transaction over all stores:
// an export is a consistent snapshot, and an import lands whole or not at all.
import { withDb } from './connection';
import { announceChange } from './changes';
import { mergeRows, mergeStore, withReadDay } from '../../domain/backup/merge';
import { DEVICE_SETTINGS, type SettingKey } from './schema';
import { DEFAULT_SETTINGS } from './settings';

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  STORES,
  emptyData,
  type Backup,
  type BackupData,
  type Row,
  type StoreName,
} from '../../domain/backup/schema';

export type ImportMode = 'merge' | 'replace';

const noop = (): void => undefined;

/** Every row of every store, read in one readonly transaction. */
export async function exportAll(now: Date = new Date()): Promise<Backup> {
  const data = await withDb(async (db) => {
    const tx = db.transaction([...STORES], 'readonly');
    const out = emptyData();
    const reads = STORES.map(async <K extends StoreName>(store: K) => {
      const rows = (await tx.objectStore(store).getAll()) as Row<K>[];
      (out as Record<K, Row<K>[]>)[store] = rows;
    });
    await Promise.all([...reads, tx.done]);
    out.settings = userSettings(out.settings);
    return out;
  });
  return {
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    data,
  };
}

/**
 * Applies a (validated) backup in ONE readwrite transaction over all stores.
 * replace: clear every store, then put every row. merge: read the existing rows
 * in the same transaction, keep the newer of each pair. Any failure aborts the
 * transaction, so the data is left exactly as it was.
 */
export async function importBackup(backup: Pick<Backup, 'data'>, mode: ImportMode): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction([...STORES], 'readwrite');
    const pending: Promise<unknown>[] = [];
    const track = (p: Promise<unknown>): void => {
      p.catch(noop); // the failure is reported once, through tx.done
      pending.push(p);
    };
    try {
      let existing: Partial<BackupData> = {};
      if (mode === 'merge') {
        // Only IDB requests are awaited here: the transaction stays alive.
        const reads = await Promise.all(STORES.map((store) => tx.objectStore(store).getAll()));
        existing = Object.fromEntries(STORES.map((store, i) => [store, reads[i] ?? []])) as Partial<BackupData>;
      }
      // Both sides' deletion records, newest per row: merged rows changed no later than their deletion stay deleted.
      // Nor after now: a file from a device whose clock ran ahead would otherwise delete rows made here later.
      const now = Date.now();
      const incomingDeletions = (backup.data.deletions ?? []).map((d) => (d.deletedAt > now ? { ...d, deletedAt: now } : d));
      backup = { data: { ...backup.data, deletions: incomingDeletions } };
      const deletions = mode === 'merge' ? [...(existing.deletions ?? []), ...incomingDeletions] : [];
      const deletedAt = new Map<string, number>();
      for (const d of deletions) deletedAt.set(d.id, Math.max(deletedAt.get(d.id) ?? 0, d.deletedAt));
      for (const store of STORES) writeStore(tx, store, mode, backup.data[store] ?? [], existing[store], deletedAt, track);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      await tx.done.catch(noop);
      throw error;
    }
    await Promise.all([...pending, tx.done]);
  });
  announceChange(...STORES);
}

/** Settings about the user only: device-local ones never leave the device, nor come back from a file. */
function userSettings(rows: readonly Row<'settings'>[]): Row<'settings'>[] {
  return rows.filter((r) => !DEVICE_SETTINGS.includes(r.key));
}

type Tx = { objectStore(name: StoreName): { clear(): Promise<unknown>; delete(key: never): Promise<unknown>; put(value: never): Promise<unknown> } };

function writeStore<K extends StoreName>(
  tx: Tx,
  store: K,
  mode: ImportMode,
  incoming: readonly Row<K>[],
  existing: readonly Row<K>[] | undefined,
  deletedAt: ReadonlyMap<string, number>,
  track: (p: Promise<unknown>) => void,
): void {
  const os = tx.objectStore(store);
  let rows: readonly Row<K>[] = incoming;
  if (store === 'settings') rows = incoming = userSettings(incoming as readonly Row<StoreName>[] as Row<'settings'>[]) as Row<K>[];
  // Files from before readAt existed: their read chapters get a read day, as migration 8 gave stored ones.
  if (store === 'reading') rows = incoming = (incoming as readonly Row<StoreName>[] as readonly Row<'reading'>[]).map(withReadDay) as Row<K>[];
  if (mode === 'replace' && store === 'settings') {
    // Replace the user's settings; this device's own stay as they are.
    for (const key of SETTING_KEYS) if (!DEVICE_SETTINGS.includes(key)) track(os.delete(key as never));
  } else if (mode === 'replace') {
    track(os.clear());
  } else if (store === 'deletions') {
    rows = mergeRows(store, existing ?? [], incoming);
  } else {
    const { puts, deletes } = mergeStore(store, existing ?? [], incoming, deletedAt);
    rows = puts;
    for (const key of deletes) track(os.delete(key as never));
  }
  for (const row of rows) track(os.put(row as never));
}
