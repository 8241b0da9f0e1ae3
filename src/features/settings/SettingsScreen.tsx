import { useEffect, useState } from 'preact/hooks';
import { getSetting, putSetting } from '../../lib/db/settings';
import type { ThemeChoice } from '../../lib/db/schema';
import { describeStorageError } from '../../lib/db/errors';
import { readStorageStatus, requestPersistenceNow, type StorageStatus } from '../../lib/storage-manager';
import { applyTheme } from '../../app/theme';
import { showNotice } from '../../app/notices';
import { isIosSafari, isStandalone, useInstallPrompt } from '../../app/pwa/install';
import { IosInstallSteps } from '../../app/pwa/IosInstallGuide';
import { BackupCard } from '../backup/BackupCard';
import { SyncCard } from '../sync/SyncCard';
import { ReportsCard } from './ReportsCard';
import { listReports } from '../../lib/db/reports';
import type { ProblemReport } from '../../lib/db/schema';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

const UNKNOWN_STATUS: StorageStatus = { persisted: null, usage: null, quota: null };

function StorageCard({ initial }: { initial: StorageStatus }) {
  const [status, setStatus] = useState<StorageStatus>(initial);
  const refresh = (): void => void readStorageStatus().then(setStatus).catch(() => setStatus(UNKNOWN_STATUS));
  return (
    <div class="card">
      <h2>Storage on this device</h2>
      <p>All your data stays on this device. Nothing is sent anywhere unless you turn on sync.</p>
      <dl class="facts">
        <dt>Protected from clean-up</dt>
        <dd data-testid="persisted">
          {status.persisted === null ? 'Not supported by this browser' : status.persisted ? 'Yes' : 'Not yet (the browser may clear it when space runs low)'}
        </dd>
        <dt>Used</dt>
        <dd data-testid="usage">
          {status.usage === null || status.quota === null ? 'Unknown' : `${formatBytes(status.usage)} of ${formatBytes(status.quota)} available`}
        </dd>
      </dl>
      {status.persisted === false && (
        <button type="button" onClick={() => void requestPersistenceNow().then(refresh, (e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }))}>
          Ask to keep my data
        </button>
      )}
    </div>
  );
}

function InstallCard() {
  const { canInstall, install } = useInstallPrompt();
  if (isStandalone()) return null;
  return (
    <div class="card">
      <h2>Install</h2>
      {canInstall ? (
        <>
          <p>Install the app to open it from your home screen and study with no signal.</p>
          <button type="button" onClick={() => void install()}>Install app</button>
        </>
      ) : isIosSafari() ? (
        <IosInstallSteps />
      ) : (
        <p>Use your browser’s menu and choose <strong>Install app</strong> or <strong>Add to Home screen</strong>.</p>
      )}
    </div>
  );
}

export default function SettingsScreen() {
  const [theme, setTheme] = useState<ThemeChoice | null>(null);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [study, setStudy] = useState<{ cap: boolean; examDay: string; shuffle: boolean } | null>(null);
  const [reports, setReports] = useState<ProblemReport[] | null>(null);
  useEffect(() => {
    // Read everything first, then render once: no layout shift.
    void Promise.all([
      getSetting('theme').catch((): ThemeChoice => 'system'),
      readStorageStatus().catch(() => UNKNOWN_STATUS),
      getSetting('capReviewsAtExam').catch(() => true),
      getSetting('examDay').catch(() => ''),
      listReports().catch((): ProblemReport[] => []),
      getSetting('shuffle').catch(() => true),
    ]).then(([t, s, cap, examDay, r, shuffle]) => {
      setTheme(t);
      setStorage(s);
      setStudy({ cap, examDay, shuffle });
      setReports(r);
    });
  }, []);
  if (!theme || !storage || !study || !reports) return null;

  function choose(value: ThemeChoice): void {
    const previous = theme;
    setTheme(value);
    applyTheme(value);
    putSetting('theme', value).catch((e: unknown) => {
      setTheme(previous);
      if (previous) applyTheme(previous);
      showNotice({ tone: 'error', text: describeStorageError(e) });
    });
  }

  return (
    <section class="screen">
      <fieldset class="card">
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value} class="radio">
            <input type="radio" name="theme" value={t.value} checked={theme === t.value} onChange={() => choose(t.value)} />
            {t.label}
          </label>
        ))}
      </fieldset>
      <fieldset class="card">
        <legend>Practice and exams</legend>
        <label class="radio">
          <input
            type="checkbox"
            checked={study.shuffle}
            onChange={(e) => {
              const shuffle = e.currentTarget.checked;
              setStudy({ ...study, shuffle });
              putSetting('shuffle', shuffle).catch((err: unknown) => {
                setStudy({ ...study, shuffle: !shuffle });
                showNotice({ tone: 'error', text: describeStorageError(err) });
              });
            }}
          />
          Shuffle questions and options
        </label>
        <p class="hint">Each new practice session or exam gets its own order, kept if you reload. Your own imported packs keep their options in place, since their explanations may name them by letter.</p>
      </fieldset>
      <fieldset class="card">
        <legend>Flashcards</legend>
        <label class="radio">
          <input
            type="checkbox"
            checked={study.cap}
            onChange={(e) => {
              const cap = e.currentTarget.checked;
              setStudy({ ...study, cap }); // shown at once; undone if the write fails
              putSetting('capReviewsAtExam', cap).catch((err: unknown) => {
                setStudy({ ...study, cap: !cap });
                showNotice({ tone: 'error', text: describeStorageError(err) });
              });
            }}
          />
          Schedule every review before my exam day
        </label>
        <p class="hint">
          {study.examDay ? `Exam day: ${study.examDay}.` : 'Set your exam day in the Progress tab’s plan for this to apply.'}
        </p>
      </fieldset>
      <StorageCard initial={storage} />
      <BackupCard />
      <SyncCard />
      <ReportsCard initial={reports} />
      <p class="hint">Version {__APP_VERSION__}</p>
      {/* Last: it changes when the browser offers installation, and must not push anything down. */}
      <InstallCard />
    </section>
  );
}
