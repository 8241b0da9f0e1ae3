// Opened straight on a question? Fetch that question's small chunk in parallel
// with the screen's code rather than after it. The shell stays lean: a tiny map
// of each pack's first question (a first visit starts there), and the stored
// place is looked up in a chunk of its own. (An exam loads its own questions'
// chunks once it has read the attempt.)
import { firstQuestion, firstQuestionUrl } from 'virtual:guide/first-questions';

export function preloadStartQuestion(path: string): void {
  const sessionId = /^\/practice\/([\w-]+)\/q$/.exec(path)?.[1];
  if (!sessionId) return;
  // A modulepreload hint is fetched at once; an import() queues behind the
  // screen's own module hints on a connection-limited link.
  const url = firstQuestionUrl[sessionId];
  if (url) {
    const hint = document.createElement('link');
    hint.rel = 'modulepreload';
    hint.href = url;
    document.head.append(hint);
  }
  // The stored place is looked up after: on a phone with a slow link its code
  // would otherwise queue ahead of the question itself.
  void Promise.resolve(firstQuestion[sessionId]?.())
    .catch(() => undefined)
    .then(() => import('./resume-question'))
    .then((m) => m.preloadStoredQuestion(sessionId))
    .catch(() => undefined);
}
