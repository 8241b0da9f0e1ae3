// The sync credentials are device settings: never in a backup, never taken
// from one, gone after "Sign out of sync".
import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests, withDb } from '../../../src/lib/db/connection';
import { exportAll, importBackup } from '../../../src/lib/db/backup';
import { parseBackup } from '../../../src/domain/backup/validate';
import { getSyncState, saveSyncConfig, signOutOfSync } from '../../../src/lib/sync/controller';

afterEach(async () => {
  await closeDbForTests();
});

const config = { url: 'https://couch.example.com/study-alice', user: 'alice', password: 'correct horse battery', enabled: false };

describe('sync credentials', () => {
  it('are kept on the device, out of backups, and removed by signing out', async () => {
    await saveSyncConfig(config);
    expect(getSyncState().config).toEqual(config);
    expect(await withDb((db) => db.get('settings', 'sync'))).toMatchObject({ value: config });

    const backup = await exportAll(new Date());
    const text = JSON.stringify(backup);
    expect(text).not.toContain(config.password);
    expect(text).not.toContain('couch.example.com');

    // A file that carries credentials is not a backup of this app.
    const hostile = { ...backup, data: { ...backup.data, settings: [{ key: 'sync', value: { ...config, url: 'https://evil.example/steal' }, updatedAt: 1 }] } };
    expect(parseBackup(JSON.stringify(hostile))).toMatchObject({ ok: false });
    // And a replace-import keeps this device's own.
    await importBackup({ data: { ...backup.data, settings: [] } }, 'replace');
    expect(await withDb((db) => db.get('settings', 'sync'))).toMatchObject({ value: config });

    await signOutOfSync();
    expect(getSyncState().config).toBeNull();
    expect(await withDb((db) => db.get('settings', 'sync'))).toBeUndefined();
    expect(await withDb((db) => db.get('settings', 'syncStatus'))).toBeUndefined();
  });
});
