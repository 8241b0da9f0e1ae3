// Opened straight on a question? Fetch the question it will show in parallel
// with the screen's code rather than after it. A new sitting of a built-in pack
// with shuffle on (the default) starts at a place rolled here, whose chunk is
// hinted at once; the screen takes the roll (takeStartPick). Only the rolled
// place is hinted: a device with shuffle off has used the app before, so its
// service worker serves the pack's first question without the network, while
// on a first visit every byte hinted shares the question's round trip. A stored
// session's place is looked up in a chunk of its own. (An exam loads its own
// questions' chunks once it has read the attempt.)
import { groupUrls, packGroups } from 'virtual:guide/first-questions';

let startPick: { sessionId: string; index: number } | undefined;

function hint(url: string | undefined): void {
  if (!url) return;
  // A modulepreload hint is fetched at once; an import() queues behind the
  // screen's own module hints on a connection-limited link.
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = url;
  document.head.append(link);
}

export function preloadStartQuestion(path: string, random: () => number = Math.random): void {
  const sessionId = /^\/practice\/([\w-]+)\/q$/.exec(path)?.[1];
  if (!sessionId) return;
  const groups = packGroups[sessionId];
  if (groups && groups.length > 0) {
    const index = Math.floor(random() * groups.length);
    startPick = { sessionId, index };
    hint(groupUrls[groups[index]!]);
  }
  // The stored place is looked up after the hints: on a phone with a slow link
  // its code would otherwise queue ahead of the question itself.
  void import('./resume-question')
    .then((m) => m.preloadStoredQuestion(sessionId))
    .catch(() => undefined);
}

/**
 * Where a new shuffled sitting of `sessionId` starts, when the app was opened
 * on it: the place rolled at launch, whose question is already loading. Once
 * only; undefined otherwise (the sitting is shuffled as usual).
 */
export function takeStartPick(sessionId: string): number | undefined {
  const pick = startPick;
  startPick = undefined;
  return pick?.sessionId === sessionId ? pick.index : undefined;
}
