// After the first finished study session: offer to install the app (the
// browser's own prompt where there is one, the iOS steps on iPhone) and to
// keep its data from the browser's clean-up (persistent storage). Each offer
// shows once; "Not now" or an answer puts it away for good. Settings keeps both.
import { useEffect, useState } from 'preact/hooks';
import { getSetting, putSetting } from '../../lib/db/settings';
import { readStorageStatus, requestPersistenceNow } from '../../lib/storage-manager';
import { IosInstallSteps } from './IosInstallGuide';
import { isIosSafari, isStandalone, useInstallPrompt } from './install';
import { noteStudySessionDone, onStudyMilestone } from './study-milestone';

interface Pending {
  install: boolean;
  persist: boolean;
}

async function pendingOffers(): Promise<Pending> {
  const [doneAt, installDone, persistDone, storage] = await Promise.all([
    getSetting('firstSessionDoneAt'),
    getSetting('installOfferDone'),
    getSetting('persistOfferDone'),
    readStorageStatus().catch(() => ({ persisted: null })),
  ]);
  if (doneAt === 0) return { install: false, persist: false };
  return { install: !installDone && !isStandalone(), persist: !persistDone && storage.persisted === false };
}

/**
 * Where the offer may appear: the tab screens and an exam's results. Never over a chapter (it would move the text
 * under the reader's eyes), a running exam or a question being answered.
 */
export const OFFER_PATHS = /^\/(read|practice|review|progress|settings)?\/?$|^\/results\//;

export function StudyOffer({ path }: { path: string }) {
  const [pending, setPending] = useState<Pending>({ install: false, persist: false });
  const [persistResult, setPersistResult] = useState<string | null>(null);
  const { canInstall, install } = useInstallPrompt();
  const ios = isIosSafari();

  useEffect(() => {
    const load = (): void => void pendingOffers().then(setPending, () => undefined);
    load();
    return onStudyMilestone(load);
  }, []);

  const finish = (which: keyof Pending): void => {
    setPending((p) => ({ ...p, [which]: false }));
    void putSetting(which === 'install' ? 'installOfferDone' : 'persistOfferDone', true).catch(() => undefined);
  };

  // Only what this browser can do: an install prompt, the iOS steps, or nothing.
  const showInstall = pending.install && (canInstall || ios);
  if (!OFFER_PATHS.test(path)) return null;
  if (!showInstall && !pending.persist && !persistResult) return null;

  return (
    <aside class="card study-offer" aria-labelledby="study-offer-title">
      <h2 id="study-offer-title">You finished a study session</h2>
      {showInstall && (
        <div class="offer-part">
          <p><strong>Install the app</strong> to open it from your home screen, full screen and offline, like any other app.</p>
          {ios ? <IosInstallSteps /> : null}
          <div class="button-row">
            {!ios && (
              <button type="button" onClick={() => void install().finally(() => finish('install'))}>
                Install app
              </button>
            )}
            <button type="button" class={ios ? '' : 'quiet'} onClick={() => finish('install')}>
              {ios ? 'Done' : 'Not now'}
            </button>
          </div>
        </div>
      )}
      {pending.persist && (
        <div class="offer-part">
          <p>
            <strong>Keep your progress safe.</strong> Browsers may delete a site’s data when the phone runs low on space.
            Ask this browser to keep your answers, logs and flashcards.
          </p>
          <div class="button-row">
            <button
              type="button"
              onClick={() =>
                void requestPersistenceNow()
                  .then(
                    (granted) =>
                      setPersistResult(granted ? 'Done: this browser will keep your data.' : 'The browser did not agree this time. Installing the app usually helps; Settings can ask again.'),
                    () => setPersistResult('The browser could not be asked. Settings can try again.'),
                  )
                  .finally(() => finish('persist'))
              }
            >
              Keep my data
            </button>
            <button type="button" class="quiet" onClick={() => finish('persist')}>
              Not now
            </button>
          </div>
        </div>
      )}
      {persistResult && (
        <p role="status">
          {persistResult}{' '}
          <button type="button" class="quiet" onClick={() => setPersistResult(null)}>
            OK
          </button>
        </p>
      )}
      <p class="hint">Both stay in Settings.</p>
    </aside>
  );
}

/** Rendered by a screen that shows a finished session (a summary, results): records the milestone once. */
export function SessionDone() {
  useEffect(() => void noteStudySessionDone(), []);
  return null;
}
