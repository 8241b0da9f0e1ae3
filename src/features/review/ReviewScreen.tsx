import { useEffect, useState } from 'preact/hooks';
import { chapters } from 'virtual:guide';
import { listStars, removeStar } from '../../lib/db/stars';
import type { Star } from '../../lib/db/schema';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { useStoreChanges } from '../../app/use-live-reload';
import { QuestionLists, loadListData, type ListData } from './QuestionLists';
import { DueToday, loadDueToday, type DueTodayData } from '../flashcards/DueToday';

const chapterName = (id: string): string => {
  const c = chapters.find((x) => x.id === id);
  return c ? (c.label ? `${c.label}: ${c.title}` : c.title) : id;
};

/** Stars saved before facts were labelled by their words carry a place ("Must Know fact 1 in …"). */
const PLACE_LABEL = /^Must Know fact \d+ in /;

/** Those stars are listed by the fact's words, read from the guide's Must Know cards. */
async function labelFacts(stars: Star[]): Promise<Star[]> {
  if (!stars.some((s) => PLACE_LABEL.test(s.label))) return stars;
  const cards = (await import('virtual:guide/flashcards')).default;
  const words = new Map(
    cards
      .filter((c) => c.kind === 'must-know')
      .map((c) => {
        const key = /What must you know about “(.+)”\?$/.exec(c.front)?.[1];
        const fact = c.back.split('\n\n')[0]!.replace(/\s+/g, ' ').trim();
        return [c.id, key ? `${key}: ${fact}` : fact];
      }),
  );
  return stars.map((s) => {
    const text = PLACE_LABEL.test(s.label) ? words.get(`must-know:${s.id}`) : undefined;
    return text ? { ...s, label: text.length <= 90 ? text : `${text.slice(0, 90).replace(/\s+\S*$/, '')}…` } : s;
  });
}

export default function ReviewScreen() {
  const [stars, setStars] = useState<Star[] | null>(null);
  const [lists, setLists] = useState<ListData | null>(null);
  const [due, setDue] = useState<DueTodayData | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [changes, setChanges] = useState(0); // another tab changed data: read again
  useStoreChanges(['stars', 'flags', 'results', 'cards', 'chapterReviews', 'reading'], () => setChanges((n) => n + 1));
  useEffect(() => {
    // Everything is read first, then the screen renders once: no layout shift.
    void Promise.all([
      listStars()
        .then((list) => labelFacts(list).catch(() => list))
        .catch((): Star[] => []),
      loadListData().catch((): ListData => ({ questions: new Map(), packs: [], flagged: [], wrong: [] })),
      loadDueToday().catch((e: unknown): null => {
        showNotice({ tone: 'error', text: describeStorageError(e) });
        return null;
      }),
    ]).then(([s, l, d]) => {
      setStars(s);
      setLists(l);
      setDue(d);
      setLoaded(true);
    });
  }, [changes]);
  if (!loaded || !stars || !lists) return null;
  return (
    <section class="screen">
      {due && <DueToday key={changes} initial={due} />}
      <QuestionLists key={changes} initial={lists} />
      <div class="card">
        <h2>Starred in the guide</h2>
        {stars.length === 0 ? (
          <p class="muted">Tap the ☆ beside any section or Must Know fact while reading; it will be listed here.</p>
        ) : (
          <ul class="plain-list">
            {stars.map((s) => (
              <li key={s.id} class="row">
                <a href={`/read/${s.chapterId}#${s.anchor}`}>
                  <strong>{s.label}</strong>
                  <span class="muted"> · {chapterName(s.chapterId)}</span>
                </a>
                <button
                  type="button"
                  class="quiet"
                  aria-label={`Remove star: ${s.label}`}
                  onClick={() =>
                    void removeStar(s.id).then(
                      () => setStars((list) => list?.filter((x) => x.id !== s.id) ?? null),
                      (e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }),
                    )
                  }
                >
                  Unstar
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
