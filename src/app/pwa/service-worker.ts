// The one module that talks to the service worker. Updates wait for the user:
// registerType 'prompt', and no reload while an update guard is held. The
// worker is registered once the launch screen is drawn (app/after-first-screen):
// workbox-window is not fetched in the round trips of a first visit's screen.
import { useEffect, useRef, useState } from 'preact/hooks';
import { registerSW } from 'virtual:pwa-register';
import { afterFirstScreen } from '../after-first-screen';
import { getSetting, putSetting } from '../../lib/db/settings';
import { isUpdateGuardHeld, onUpdateGuardChange } from './update-guard';

const HOUR = 60 * 60 * 1000;

function watchForUpdates(swUrl: string, registration: ServiceWorkerRegistration): void {
  // Home-screen apps on iOS are suspended rather than reloaded, so an interval
  // alone rarely fires: also check when the app comes back to the foreground.
  const check = async (): Promise<void> => {
    if (!navigator.onLine || registration.installing) return;
    try {
      const response = await fetch(swUrl, { cache: 'no-store', headers: { 'cache-control': 'no-cache' } });
      if (response.status === 200) await registration.update();
    } catch {
      // Offline or server gone: try again next time.
    }
  };
  setInterval(() => void check(), HOUR);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void check();
  });
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) void check();
  });
}

let reloadWanted = false;
let reloading = false;
function reloadWhenUnguarded(): void {
  if (reloading) return;
  if (!isUpdateGuardHeld()) {
    reloading = true;
    window.location.reload();
    return;
  }
  reloadWanted = true; // another tab applied the update: reload once the exam ends
}
onUpdateGuardChange((held) => {
  if (!held && reloadWanted) window.location.reload();
});

export interface PwaState {
  offlineReady: boolean;
  dismissOfflineReady: () => void;
  needRefresh: boolean;
  dismissUpdate: () => void;
  guardHeld: boolean;
  applyUpdate: () => void;
}

export function useServiceWorker(): PwaState {
  const [guardHeld, setGuardHeld] = useState(isUpdateGuardHeld());
  const [showOfflineReady, setShowOfflineReady] = useState(false);
  const [needRefresh, setNeedRefresh] = useState(false);
  const updateServiceWorker = useRef<((reloadPage?: boolean) => Promise<void>) | undefined>(undefined);
  useEffect(
    () =>
      afterFirstScreen(() => {
        updateServiceWorker.current = registerSW({
          immediate: true,
          onRegisteredSW(swUrl, registration) {
            if (registration) watchForUpdates(swUrl, registration);
          },
          onOfflineReady() {
            // Shown once per device, not on every fresh install of the worker.
            void getSetting('offlineReadyShown').then((shown) => {
              if (shown) return;
              setShowOfflineReady(true);
              return putSetting('offlineReadyShown', true);
            }).catch(() => setShowOfflineReady(true));
          },
          onNeedRefresh: () => setNeedRefresh(true),
          onNeedReload: reloadWhenUnguarded,
        });
      }),
    [],
  );

  useEffect(() => onUpdateGuardChange(setGuardHeld), []);

  return {
    offlineReady: showOfflineReady,
    dismissOfflineReady: () => setShowOfflineReady(false),
    needRefresh,
    dismissUpdate: () => setNeedRefresh(false),
    guardHeld,
    applyUpdate: () => {
      if (isUpdateGuardHeld()) return;
      // Workbox reports 'controlling' as an update only to a page that was
      // controlled when it registered; a tab opened on the very first visit
      // was not, so also reload when the new worker takes this page over.
      navigator.serviceWorker?.addEventListener('controllerchange', reloadWhenUnguarded, { once: true });
      void updateServiceWorker.current?.(true);
    },
  };
}
