// The database opens before the first render (src/main.tsx), before App's effect
// subscribes to connection events: a "blocked" open or a newer tab's upgrade in
// that gap still reaches the late listener (the "Reload" or "close other tabs" notice).
import { openDB } from 'idb';
import { afterEach, expect, it } from 'vitest';
import { closeDbForTests, getDb, onConnectionEvent, type ConnectionEvent } from '../../../src/lib/db/connection';
import { DB_NAME } from '../../../src/lib/db/schema';
import { DB_VERSION } from '../../../src/lib/db/migrations';

afterEach(closeDbForTests);

it('a listener that subscribes after a newer tab made this one close still hears of it', async () => {
  await getDb(); // main.tsx: opened before the first render
  const newer = await openDB(DB_NAME, DB_VERSION + 1, { upgrade: () => undefined }); // another tab, newer app
  newer.close();
  const events: ConnectionEvent[] = [];
  const off = onConnectionEvent((e) => events.push(e)); // App's useEffect, after the first paint
  expect(events).toEqual([{ type: 'versionchange' }]);
  off();
});
