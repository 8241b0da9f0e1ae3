import { withDb } from './connection';
import { putRow } from './write';
import type { SettingKey, SettingValues } from './schema';

export const DEFAULT_SETTINGS: SettingValues = {
  theme: 'system',
  offlineReadyShown: false,
  iosInstallGuideDismissed: false,
  persistRequested: false,
  planKind: '8',
  planStart: '',
  examDay: '',
  capReviewsAtExam: true,
  lastBackupAt: 0,
};

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValues[K]> {
  const row = await withDb((db) => db.get('settings', key));
  return row ? (row.value as SettingValues[K]) : DEFAULT_SETTINGS[key];
}

/** Resolves only after the write has committed. */
export async function putSetting<K extends SettingKey>(key: K, value: SettingValues[K]): Promise<void> {
  await putRow('settings', { key, value });
}
