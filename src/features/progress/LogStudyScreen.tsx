import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { toLocalDay } from '../../domain/study/days';
import { validateSessionInput } from '../../domain/study/validate-session';
import { saveStudySession } from '../../lib/db/study-sessions';
import { describeStorageError } from '../../lib/db/errors';
import type { StudyActivity } from '../../lib/db/schema';
import { ACTIVITY_LABELS } from './activities';

const QUICK_MINUTES = [15, 30, 45, 60, 90];

export default function LogStudyScreen() {
  const { route } = useLocation();
  const today = toLocalDay(new Date());
  const [day, setDay] = useState(today);
  const [minutes, setMinutes] = useState('30');
  const [activity, setActivity] = useState<StudyActivity>('reading');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    const problem = validateSessionInput({ day, minutes }, today);
    if (problem) {
      setStatus({ tone: 'error', text: problem });
      return;
    }
    setSaving(true);
    setStatus(null);
    try {
      await saveStudySession({
        id: crypto.randomUUID(),
        day,
        minutes: Number(minutes),
        activity,
        note: note.trim(),
        updatedAt: Date.now(),
      });
      // Only now, with the write committed, do we say it is saved.
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
        <h2>Log study time</h2>
        <label>
          Day
          <input type="date" value={day} max={today} onInput={(e) => setDay(e.currentTarget.value)} required />
        </label>
        <fieldset>
          <legend>Minutes</legend>
          <div class="chips">
            {QUICK_MINUTES.map((m) => (
              <button type="button" key={m} class="chip" aria-pressed={minutes === String(m)} onClick={() => setMinutes(String(m))}>
                {m}
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
          <select value={activity} onChange={(e) => setActivity(e.currentTarget.value as StudyActivity)}>
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
        <button type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save'}</button>
      </form>
    </section>
  );
}
