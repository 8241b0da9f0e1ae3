// The question a stored practice session is at, fetched ahead of its screen.
import { getPracticeSession } from '../lib/db/practice-sessions';
import { questionById } from '../lib/questions/question-bank';

export async function preloadStoredQuestion(sessionId: string): Promise<void> {
  const session = await getPracticeSession(sessionId);
  const id = session?.questionIds[session.index] ?? (sessionId.startsWith('q-') ? sessionId.slice(2) : undefined);
  if (id) await questionById(id);
}
