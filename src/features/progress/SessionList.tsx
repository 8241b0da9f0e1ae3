// Logged study sessions with Edit and Delete: this week's, and every earlier
// one (a wrong 600 minutes typed for last Sunday can be found and fixed).
import { useState } from 'preact/hooks';
import { formatMinutes } from '../../domain/study/days';
import { deleteStudySession } from '../../lib/db/study-sessions';
import { describeStorageError } from '../../lib/db/errors';
import type { StudySession } from '../../lib/db/schema';
import { showNotice } from '../../app/notices';
import { ACTIVITY_LABELS } from './activities';
import { dayFormat } from '../../lib/date-format';

export const labelDay = dayFormat({ weekday: true });
const labelDayYear = dayFormat({ weekday: true, year: true });

export function SessionList({ sessions, onChanged, withYear = false }: { sessions: readonly StudySession[]; onChanged: () => unknown; withYear?: boolean }) {
  const [busy, setBusy] = useState<string | null>(null);
  const label = withYear ? labelDayYear : labelDay;
  return (
    <ul class="plain-list">
      {sessions.map((s) => (
        <li key={s.id} class="row">
          <span>
            <strong>{label(s.day)}</strong> · {formatMinutes(s.minutes)} · {ACTIVITY_LABELS[s.activity]}
            {s.tracked && <span class="badge">logged by the app</span>}
            {s.note && <span class="muted"> — {s.note}</span>}
          </span>
          <span class="row-actions">
            <a class="quiet-link" href={`/progress/log/${s.id}`} aria-label={`Edit ${formatMinutes(s.minutes)} on ${label(s.day)}`}>Edit</a>
            <button
              type="button"
              class="quiet"
              disabled={busy === s.id}
              aria-label={`Delete ${formatMinutes(s.minutes)} on ${label(s.day)}`}
              onClick={() => {
                setBusy(s.id);
                deleteStudySession(s.id)
                  .then(onChanged, (e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }))
                  .finally(() => setBusy(null));
              }}
            >
              Delete
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

const PAGE = 20;

/** Every session before this week, newest first, 20 at a time. */
export function EarlierSessions({ sessions, onChanged }: { sessions: readonly StudySession[]; onChanged: () => unknown }) {
  const [shown, setShown] = useState(PAGE);
  if (sessions.length === 0) return null;
  const sorted = [...sessions].sort((a, b) => (a.day === b.day ? b.updatedAt - a.updatedAt : a.day < b.day ? 1 : -1));
  return (
    <details class="card earlier-sessions">
      <summary><h2 class="summary-heading">Earlier study ({sessions.length})</h2></summary>
      <p class="hint">Every session logged before this week. Edit or delete one to correct the Weekly Progress Log, the streak and the chart.</p>
      <SessionList sessions={sorted.slice(0, shown)} onChanged={onChanged} withYear />
      {shown < sorted.length && (
        <button type="button" class="quiet" onClick={() => setShown(shown + PAGE)}>Show {Math.min(PAGE, sorted.length - shown)} more</button>
      )}
    </details>
  );
}
