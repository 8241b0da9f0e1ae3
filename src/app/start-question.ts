// Opened straight on a question? Find which one (one IndexedDB read) and fetch
// just it, in parallel with the screen's code, instead of after it. A running
// exam still fetches every question: its navigator needs them all.
import { getPracticeSession } from '../lib/db/practice-sessions';
import { builtInPackList, questionById } from '../lib/questions/question-bank';

export function preloadStartQuestion(path: string): void {
  if (path.startsWith('/exam/')) {
    void import('virtual:guide/questions');
    return;
  }
  const sessionId = /^\/practice\/([\w-]+)\/q$/.exec(path)?.[1];
  if (!sessionId) return;
  // A pack's first question is the likely one (a first visit has no session):
  // fetch it now rather than after the database has opened (slow the first time).
  const pack = builtInPackList().find((p) => p.id === sessionId);
  const first = pack?.questionIds[0] ?? (sessionId.startsWith('q-') ? sessionId.slice(2) : undefined);
  if (first) void questionById(first).catch(() => undefined);
  void getPracticeSession(sessionId)
    .then((session) => {
      const id = session?.questionIds[session.index];
      if (id && id !== first) void questionById(id).catch(() => undefined);
    })
    .catch(() => undefined); // the screen reports storage errors itself
}
