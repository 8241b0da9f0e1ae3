// Settings → Sync: the user's own CouchDB database, credentials kept on this
// device only, "Sync now", on/off, and how the last sync went.
import { useEffect, useState } from 'preact/hooks';
import { getSyncState, loadSync, saveSyncConfig, signOutOfSync, subscribeSync, syncNow, type SyncState } from '../../lib/sync/controller';
import { checkRemoteUrl, displayUrl } from '../../domain/sync/remote';
import { describeStorageError } from '../../lib/db/errors';
import { syncSummary } from '../../domain/sync/summary';

function useSyncState(): SyncState | null {
  const [s, setS] = useState<SyncState | null>(null);
  useEffect(() => {
    const off = subscribeSync(setS);
    void loadSync().then(() => setS(getSyncState()), () => setS(getSyncState()));
    return off;
  }, []);
  return s;
}

export function SyncCard() {
  const state = useSyncState();
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (!state?.config || editing) return;
    setUrl(state.config.url);
    setUser(state.config.user);
  }, [state?.config]);

  if (!state) return null;
  const config = state.config;

  async function save(e: Event): Promise<void> {
    e.preventDefault();
    // A second tap while the first save waits (for a slow old server) is the same save.
    if (saving) return;
    const checked = checkRemoteUrl(url);
    if (!checked.ok) return setError(checked.error);
    if (!user.trim()) return setError('Enter your CouchDB user name.');
    // An empty password field keeps the saved one (it is never shown back).
    const pw = password || (config && config.url === checked.url && config.user === user.trim() ? config.password : '');
    if (!pw) return setError('Enter your CouchDB password.');
    setError(null);
    setSaving(true);
    try {
      await saveSyncConfig({ url: checked.url, user: user.trim(), password: pw, enabled: true });
      setPassword('');
      setEditing(false);
    } catch (err) {
      setError(describeStorageError(err));
    } finally {
      setSaving(false);
    }
  }

  async function toggle(enabled: boolean): Promise<void> {
    if (!config) return;
    try {
      await saveSyncConfig({ ...config, enabled });
    } catch (err) {
      setError(describeStorageError(err));
    }
  }

  async function signOut(): Promise<void> {
    try {
      await signOutOfSync();
      setUrl('');
      setUser('');
      setPassword('');
      setError(null);
    } catch (err) {
      setError(describeStorageError(err));
    }
  }

  const showForm = !config || editing;
  const summary = syncSummary(state.status, state.phase === 'syncing', Date.now());
  return (
    <div class="card sync-card" data-testid="sync-card">
      <h2>Sync between your devices</h2>
      <p class="hint">
        Optional. Copies your progress to a CouchDB database that you run, and from it to your other devices. Each device keeps
        working offline. Nothing is sent unless you set this up.
      </p>
      {config && !editing && (
        <>
          <dl class="facts">
            <dt>Database</dt>
            <dd data-testid="sync-url">{displayUrl(config.url)}</dd>
            <dt>User</dt>
            <dd>{config.user}</dd>
          </dl>
          <label class="radio">
            <input type="checkbox" checked={config.enabled} onChange={(e) => void toggle(e.currentTarget.checked)} data-testid="sync-enabled" />
            Sync this device
          </label>
          <p class={summary.error ? 'sync-status sync-error' : 'sync-status'} role="status" data-testid="sync-status">
            {config.enabled ? summary.text : 'Sync is off on this device.'}
          </p>
          {summary.detail && config.enabled && <p class="hint" data-testid="sync-detail">{summary.detail}</p>}
          <div class="backup-actions">
            <button type="button" disabled={!config.enabled} aria-disabled={state.phase === 'syncing'} onClick={() => void syncNow()}>
              Sync now
            </button>
            <button type="button" class="secondary" onClick={() => setEditing(true)}>
              Change
            </button>
            <button type="button" class="secondary" onClick={() => void signOut()}>
              Sign out of sync
            </button>
          </div>
        </>
      )}
      {showForm && (
        <form class="form" onSubmit={(e) => void save(e)} noValidate data-testid="sync-form">
          <label>
            Database address
            <input type="url" inputMode="url" autoComplete="url" spellcheck={false} placeholder="https://couch.example.com/study-alice" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          </label>
          <label>
            User name
            <input type="text" autoComplete="username" autoCapitalize="none" spellcheck={false} value={user} onInput={(e) => setUser(e.currentTarget.value)} />
          </label>
          <label>
            Password
            <input
              type="password"
              autoComplete="current-password"
              value={password}
              placeholder={config ? 'Unchanged' : ''}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </label>
          <p class="hint">Kept only on this device, sent only to this database, never in a backup.</p>
          <div class="backup-actions">
            <button type="submit" aria-disabled={saving}>
              Save and sync
            </button>
            {editing && (
              <button type="button" class="secondary" onClick={() => { setEditing(false); setError(null); }}>
                Cancel
              </button>
            )}
          </div>
          {error && (
            <p class="backup-error" role="alert" data-testid="sync-form-error">
              {error}
            </p>
          )}
        </form>
      )}
      {!showForm && error && (
        <p class="backup-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
