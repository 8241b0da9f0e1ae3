import { useEffect, useState } from 'preact/hooks';
import { getSetting, putSetting } from '../../lib/db/settings';
import { isIosSafari, isStandalone } from './install';

/** The iOS steps, also shown in Settings. */
export function IosInstallSteps() {
  return (
    <>
      <ol class="steps">
        <li>Tap the <strong>Share</strong> button in Safari’s toolbar.</li>
        <li>Choose <strong>Add to Home Screen</strong>, then <strong>Add</strong>.</li>
        <li>Open the app from your Home Screen and study there.</li>
      </ol>
      <p class="hint">
        Safari and the Home Screen app keep <strong>separate data</strong>: progress made here in Safari does not
        appear in the installed app. Install it first, before you log any study.
      </p>
    </>
  );
}

/** Shown on first launch in iOS Safari, before the user enters any data. */
export function IosInstallGuide() {
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (!isIosSafari() || isStandalone()) return;
    void getSetting('iosInstallGuideDismissed').then((dismissed) => setShow(!dismissed)).catch(() => setShow(true));
  }, []);
  if (!show) return null;
  return (
    <aside class="card install-guide" aria-labelledby="ios-install-title">
      <h2 id="ios-install-title">Install the app on your iPhone</h2>
      <IosInstallSteps />
      <button
        type="button"
        onClick={() => {
          setShow(false);
          void putSetting('iosInstallGuideDismissed', true).catch(() => undefined);
        }}
      >
        Got it
      </button>
    </aside>
  );
}
