import { withDb } from './connection';
import { putRow } from './write';
import type { SettingKey, SettingRow, SettingValues } from './schema';

export const DEFAULT_SETTINGS: SettingValues = {
  theme: 'system',
  offlineReadyShown: false,
  iosInstallGuideDismissed: false,
  persistRequested: false,
  planKind: '8',
  planStart: '',
  examDay: '',
  capReviewsAtExam: true,
  shuffle: true,
  firstSessionDoneAt: 0,
  installOfferDone: false,
  persistOfferDone: false,
  deviceId: '',
  lastBackupAt: 0,
  sync: null,
  syncStatus: null,
};

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValues[K]> {
  const row = await withDb((db) => db.get('settings', key));
  return row ? (row.value as SettingValues[K]) : DEFAULT_SETTINGS[key];
}

/** Resolves only after the write has committed. `now` stamps the change for merges. */
export async function putSetting<K extends SettingKey>(key: K, value: SettingValues[K], now: number = Date.now()): Promise<void> {
  await putRow('settings', { key, value, updatedAt: now } as SettingRow);
}
