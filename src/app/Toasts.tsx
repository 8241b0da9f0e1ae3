import { useEffect } from 'preact/hooks';
import { useServiceWorker } from './pwa/service-worker';
import { dismissNotice, useNotices } from './notices';

export function Toasts() {
  const pwa = useServiceWorker();
  const notices = useNotices();
  // A good-news notice should not sit over the content: it leaves by itself.
  useEffect(() => {
    if (!pwa.offlineReady) return;
    const timer = setTimeout(pwa.dismissOfflineReady, 8000);
    return () => clearTimeout(timer);
  }, [pwa.offlineReady]);
  return (
    <div class="toasts" aria-live="polite">
      {pwa.offlineReady && (
        <div class="toast" role="status">
          <p>Ready to work offline. The whole app is saved on this device.</p>
          <button type="button" onClick={pwa.dismissOfflineReady}>OK</button>
        </div>
      )}
      {pwa.needRefresh && (
        <div class="toast" role="status">
          {pwa.guardHeld ? (
            <p>Update available. It will be ready to install when your exam ends.</p>
          ) : (
            <p>Update available. Reload to use the new version; your saved work is kept.</p>
          )}
          <button type="button" onClick={pwa.applyUpdate} disabled={pwa.guardHeld}>Reload</button>
          <button type="button" class="quiet" onClick={pwa.dismissUpdate}>Later</button>
        </div>
      )}
      {notices.map((n) => (
        <div key={n.id} class={`toast ${n.tone === 'error' ? 'toast-error' : ''}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <p>{n.text}</p>
          {n.action && <button type="button" onClick={n.action.run}>{n.action.label}</button>}
          <button type="button" class="quiet" onClick={() => dismissNotice(n.id)}>Dismiss</button>
        </div>
      ))}
    </div>
  );
}
