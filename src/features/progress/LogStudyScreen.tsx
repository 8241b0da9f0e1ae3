import { useEffect, useState } from 'preact/hooks';
import { useToday } from '../../app/use-today';
import { useLocation, useRoute } from 'preact-iso';
import { formatMinutes, toLocalDay } from '../../domain/study/days';
import { validateSessionInput } from '../../domain/study/validate-session';
import { getStudySession, saveStudySession } from '../../lib/db/study-sessions';
import { describeStorageError } from '../../lib/db/errors';
import type { StudyActivity, StudySession } from '../../lib/db/schema';
import { ACTIVITY_LABELS } from './activities';
import { noteStudySessionDone } from '../../app/pwa/study-milestone';

const QUICK_MINUTES = [15, 30, 45, 60, 90, 120, 150, 180];

/** /progress/log adds a session; /progress/log/:id edits one. */
export default function LogStudyScreen() {
  const { params } = useRoute();
  const id = params.id;
  // undefined: still reading; null: no such session.
  const [existing, setExisting] = useState<StudySession | null | undefined>(id ? undefined : null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    if (!id) return setExisting(null);
    setExisting(undefined);
    getStudySession(id).then(
      (s) => setExisting(s ?? null),
      (e: unknown) => {
        setLoadError(describeStorageError(e));
        setExisting(null);
      },
    );
  }, [id]);
  if (existing === undefined) return null;
  if (id && !existing) {
    return (
      <section class="screen">
        <div class="card">
          <h2>Edit study time</h2>
          <p role="alert" class="error">{loadError ?? 'This study session is not on this device any more (it may have been deleted).'}</p>
          <a class="button" href="/progress">Back to Progress</a>
        </div>
      </section>
    );
  }
  return <LogForm key={existing?.id ?? 'new'} existing={existing} />;
}

function LogForm({ existing }: { existing: StudySession | null }) {
  const { route } = useLocation();
  const today = useToday();
  // A new entry follows today until the user picks a day: a form opened before midnight logs to the new day.
  const [pickedDay, setDay] = useState<string | null>(existing?.day ?? null);
  const day = pickedDay ?? today;
  const [minutes, setMinutes] = useState(existing ? String(existing.minutes) : '30');
  const [activity, setActivity] = useState<StudyActivity>(existing?.activity ?? 'reading');
  const [note, setNote] = useState(existing?.note ?? '');
  const [status, setStatus] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    if (saving) return;
    const problem = validateSessionInput({ day, minutes }, toLocalDay(new Date()));
    if (problem) {
      setStatus({ tone: 'error', text: problem });
      return;
    }
    setSaving(true);
    setStatus(null);
    try {
      await saveStudySession({
        id: existing?.id ?? crypto.randomUUID(),
        day,
        minutes: Number(minutes),
        activity,
        note: note.trim(),
        updatedAt: Date.now(),
        // A row the app logged stays the day's tracked row: time tracked later adds to it.
        ...(existing?.tracked ? { tracked: true } : {}),
      });
      // Only now, with the write committed, do we say it is saved.
      void noteStudySessionDone();
      route('/progress');
    } catch (error) {
      setStatus({ tone: 'error', text: describeStorageError(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section class="screen">
      <form class="card form" onSubmit={(e) => void submit(e)} noValidate>
        <h2>{existing ? 'Edit study time' : 'Log study time'}</h2>
        <label>
          Day
          <input type="date" value={day} max={today} onInput={(e) => setDay(e.currentTarget.value)} required disabled={existing?.tracked} />
        </label>
        {existing?.tracked && (
          <p class="hint">Logged by the app from your time on study screens. You can correct the minutes or add a note; to log it on another day or as another activity, delete it and log the time yourself.</p>
        )}
        <fieldset>
          <legend>Minutes</legend>
          <div class="chips">
            {QUICK_MINUTES.map((m) => (
              <button type="button" key={m} class="chip" aria-pressed={minutes === String(m)} onClick={() => setMinutes(String(m))}>
                {formatMinutes(m)}
              </button>
            ))}
          </div>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            aria-label="Minutes studied"
            value={minutes}
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
        </fieldset>
        <label>
          What you studied
          <select value={activity} disabled={existing?.tracked} onChange={(e) => setActivity(e.currentTarget.value as StudyActivity)}>
            {Object.entries(ACTIVITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </label>
        <label>
          Note (optional)
          <input type="text" value={note} maxLength={200} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        {status && <p role="alert" class={status.tone === 'error' ? 'error' : ''}>{status.text}</p>}
        <button type="submit" aria-disabled={saving}>{saving ? 'Saving…' : 'Save'}</button>
      </form>
    </section>
  );
}
