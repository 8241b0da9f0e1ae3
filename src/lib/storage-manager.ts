// Wraps navigator.storage: persistence and usage, shown in Settings.
import { getSetting, putSetting } from './db/settings';

export interface StorageStatus {
  persisted: boolean | null; // null: the browser has no StorageManager
  usage: number | null;
  quota: number | null;
}

export async function requestPersistenceNow(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  const granted = await navigator.storage.persist();
  await putSetting('persistRequested', true);
  return granted;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  if (!storage?.estimate) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([storage.persisted?.() ?? Promise.resolve(false), storage.estimate()]);
  return { persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}
