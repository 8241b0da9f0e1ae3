import { useState } from 'preact/hooks';
import { formatMinutes, totalMinutes } from '../../domain/study/days';
import { deleteStudySession } from '../../lib/db/study-sessions';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { useWeekSessions } from './use-week-sessions';
import { ACTIVITY_LABELS } from './activities';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const labelDay = (day: string): string => dayFormat.format(new Date(`${day}T12:00:00`));

export default function ProgressScreen() {
  const { week, sessions, error, reload } = useWeekSessions();
  const [busy, setBusy] = useState<string | null>(null);
  // Render once the week is read (a few ms): content that appears in pieces
  // would shift the layout under the reader's thumb.
  if (!sessions && !error) return null;
  return (
    <section class="screen">
      <div class="card">
        <h2>This week</h2>
        <p class="week-range">{labelDay(week.start)} – {labelDay(week.end)}</p>
        {error && <p role="alert" class="error">{error}</p>}
        {sessions && (
          <p class="big-number" data-testid="week-total">{formatMinutes(totalMinutes(sessions))}</p>
        )}
        <p class="hint">The guide suggests 2–3 hours of study a day.</p>
        <a class="button" href="/progress/log">Log study time</a>
      </div>
      {sessions && sessions.length > 0 && (
        <div class="card">
          <h2>Logged this week</h2>
          <ul class="plain-list">
            {sessions.map((s) => (
              <li key={s.id} class="row">
                <span>
                  <strong>{labelDay(s.day)}</strong> · {formatMinutes(s.minutes)} · {ACTIVITY_LABELS[s.activity]}
                  {s.note && <span class="muted"> — {s.note}</span>}
                </span>
                <button
                  type="button"
                  class="quiet"
                  disabled={busy === s.id}
                  aria-label={`Delete ${formatMinutes(s.minutes)} on ${labelDay(s.day)}`}
                  onClick={() => {
                    setBusy(s.id);
                    deleteStudySession(s.id)
                      .then(reload, (e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }))
                      .finally(() => setBusy(null));
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="hint">Scores, the study plan and the completion checklist will join this tab.</p>
    </section>
  );
}
