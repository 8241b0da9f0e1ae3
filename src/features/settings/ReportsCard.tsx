import { useState } from 'preact/hooks';
import { deleteReport } from '../../lib/db/reports';
import type { ProblemReport } from '../../lib/db/schema';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';

/** The user's "Report a problem" notes, kept on the device. */
export function ReportsCard({ initial }: { initial: ProblemReport[] }) {
  const [reports, setReports] = useState(initial);
  return (
    <div class="card">
      <h2>Problem reports</h2>
      {reports.length === 0 ? (
        <p class="muted">Use “Report a problem” under any question to note a key or explanation that looks wrong. Reports stay on this device and go into your backups.</p>
      ) : (
        <ul class="plain-list">
          {reports.map((r) => (
            <li key={r.id} class="row">
              <span>
                <strong>{r.questionId}</strong> <span class="muted">· {new Date(r.createdAt).toLocaleDateString()}</span>
                <br />
                {r.note}
              </span>
              <button
                type="button"
                class="quiet"
                aria-label={`Delete report on ${r.questionId}`}
                onClick={() =>
                  void deleteReport(r.id).then(
                    () => setReports((list) => list.filter((x) => x.id !== r.id)),
                    (e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }),
                  )
                }
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
