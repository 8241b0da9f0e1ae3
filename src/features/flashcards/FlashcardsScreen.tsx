// /review/cards: one flashcard at a time. Front, "Show answer", back, a link
// to the guide, and Again / Hard / Good / Easy with each one's next interval.
// A rating is committed to IndexedDB before the next card shows.
import { RichText } from '../practice/RichText';
import { CHAPTER_TOP } from '../../domain/questions/own-pack';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type CardRating } from '../../domain/review/fsrs';
import {
  CARD_KINDS, describeNext, formatInterval, NEW_CARDS_PER_DAY, todaysQueue,
  type CardKind, type CardRecord,
} from '../../domain/review/queue';
import { previewRatings, RATINGS } from '../../domain/review/ratings';
import { newCard } from '../../domain/review/fsrs';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { chapterShort, loadFlashcardData, saveRating, type FlashcardData } from './data';
import { ErratumNote } from '../read/ErratumNote';
import { useStudyActivity } from '../../app/use-study-activity';
import { SessionDone } from '../../app/pwa/StudyOffer';
import { dayFormat } from '../../lib/date-format';

const KIND_LABEL: Record<CardKind, string> = Object.fromEntries(CARD_KINDS.map((k) => [k.kind, k.label])) as Record<CardKind, string>;

const examLabel = dayFormat({ weekday: true });

/** Plain-text card sides: blank lines separate paragraphs, single newlines are kept. */
function Text({ text, markdown = false }: { text: string; markdown?: boolean }) {
  if (markdown) return <RichText text={text} />;
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

export default function FlashcardsScreen() {
  useStudyActivity('flashcards');
  const { query, route, path } = useLocation();
  const [data, setData] = useState<FlashcardData | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [studied, setStudied] = useState(0);
  const front = useRef<HTMLDivElement>(null);
  const answer = useRef<HTMLDivElement>(null);

  const kind = (CARD_KINDS.some((k) => k.kind === query.kind) ? query.kind : '') as CardKind | '';
  // ?chapter=…: one chapter's cards (the study coach links a weak task's chapter here).
  const chapter = typeof query.chapter === 'string' ? query.chapter : '';
  const deck = useMemo(() => (data ? (chapter ? data.deck.filter((c) => c.chapter === chapter) : data.deck) : []), [data, chapter]);

  useEffect(() => {
    void loadFlashcardData().then(
      (d) => {
        setNow(Date.now());
        setData(d);
      },
      (e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }),
    );
  }, []);

  const queue = useMemo(() => (data ? todaysQueue(deck, data.records, now, { kinds: kind ? [kind] : [], capAt: data.capAt }) : null), [data, deck, now, kind]);
  // A learning card comes back within minutes: wake up when it is due, if nothing else is.
  const nextDueAt = queue?.nextDueAt ?? null;
  const empty = queue?.items.length === 0;
  useEffect(() => {
    if (!empty || nextDueAt === null) return;
    const wait = nextDueAt - Date.now();
    if (wait > 60 * 60_000) return;
    const t = setTimeout(() => setNow(Date.now()), Math.max(0, wait) + 500);
    return () => clearTimeout(t);
  }, [empty, nextDueAt]);

  const current = queue?.items[0] ?? null;
  const currentId = current?.deck.id ?? null;
  useEffect(() => {
    setRevealed(false);
  }, [currentId]);

  const previews = useMemo(
    () => (current && revealed ? previewRatings(current.record?.card ?? newCard(now), now, { capAt: data?.capAt ?? null }) : null),
    [current, revealed, now, data?.capAt],
  );

  // Keyboard: Space or Enter shows the answer, 1–4 rate (as in other SRS apps).
  const keys = useRef<(e: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => keys.current(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!data || !queue) return null;

  function show(): void {
    setRevealed(true);
    requestAnimationFrame(() => {
      answer.current?.focus({ preventScroll: true });
      // Into view above the sticky rating bar (html's scroll-padding), not left behind it.
      answer.current?.scrollIntoView({ block: 'nearest' });
    });
  }

  async function rateCard(rating: CardRating): Promise<void> {
    if (!current || busy || !data) return;
    setBusy(true);
    const at = Date.now();
    try {
      const next = previewRatings(current.record?.card ?? newCard(at), at, { capAt: data.capAt })[rating].card;
      const saved: CardRecord = await saveRating(current.record, current.deck.id, next, at);
      const records = new Map(data.records);
      records.set(saved.id, saved);
      setData({ ...data, records });
      setNow(Date.now());
      setStudied((n) => n + 1);
      window.scrollTo({ top: 0 });
      requestAnimationFrame(() => front.current?.focus({ preventScroll: true }));
    } catch (e) {
      showNotice({ tone: 'error', text: describeStorageError(e) });
    } finally {
      setBusy(false);
    }
  }

  keys.current = (e: KeyboardEvent): void => {
    if (!current || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.closest('a, button, input, select, textarea') !== null)) return;
    if (!revealed && (e.key === ' ' || e.key === 'Enter')) {
      e.preventDefault();
      show();
    } else if (revealed && /^[1-4]$/.test(e.key)) {
      e.preventDefault();
      void rateCard(RATINGS[Number(e.key) - 1]!.rating);
    }
  };

  function setKind(k: CardKind | ''): void {
    const params = new URLSearchParams();
    if (k) params.set('kind', k);
    if (chapter) params.set('chapter', chapter);
    const q = params.toString();
    route(q ? `${path}?${q}` : path, true);
  }

  const nothingYet = queue.items.length === 0 && queue.unseen === 0 && queue.nextDueAt === null;
  const capNote = data.capAt !== null && (
    <p class="hint cap-note">Exam on {examLabel(data.examDay)}: intervals are capped so every review falls before it.</p>
  );

  return (
    <section class="screen flashcards">
      <div class="cards-top">
        <a href="/review" class="back-link">← Review</a>
        <span class="muted" aria-live="polite">
          {queue.items.length} left{studied > 0 ? ` · ${studied} done` : ''}
        </span>
      </div>

      {chapter && (
        <p class="hint" data-testid="chapter-filter">
          Cards from {chapterShort(chapter)} only. <a href={kind ? `${path}?kind=${kind}` : path}>All chapters</a>
        </p>
      )}
      <div class="chips kind-chips" role="group" aria-label="Card kinds">
        <button type="button" class="chip" aria-pressed={kind === ''} onClick={() => setKind('')}>All</button>
        {CARD_KINDS.map((k) => (
          <button key={k.kind} type="button" class="chip" aria-pressed={kind === k.kind} onClick={() => setKind(k.kind)}>
            {k.label}
          </button>
        ))}
      </div>

      {current ? (
        <>
          <article class="card flashcard" aria-labelledby="flashcard-front-label">
            <p class="flashcard-meta">
              <span class={`kind-badge kind-${current.deck.kind}`}>{KIND_LABEL[current.deck.kind]}</span>
              {current.deck.chapter && <span class="muted">{chapterShort(current.deck.chapter)}</span>}
              {current.record === null && <span class="new-badge">New</span>}
              {current.deck.updates && <span class="updated-badge">Updated since the guide</span>}
            </p>
            <h2 id="flashcard-front-label" class="visually-hidden">Question</h2>
            <div class="flashcard-front" ref={front} tabIndex={-1}>
              <Text text={current.deck.front} markdown={current.deck.markdown} />
            </div>
            {revealed && (
              <div class="flashcard-back" ref={answer} tabIndex={-1} aria-labelledby="flashcard-answer-label">
                <h3 id="flashcard-answer-label" class="answer-label">Answer</h3>
                <Text text={current.deck.back} markdown={current.deck.markdown} />
                {current.deck.updates?.map((u) => <ErratumNote key={u.id} since={u.since} note={u.note} source={u.source} />)}
                {current.deck.chapter && (
                  <a href={current.deck.anchor === CHAPTER_TOP ? `/read/${current.deck.chapter}` : `/read/${current.deck.chapter}#${current.deck.anchor}`}>
                    {current.deck.anchor === CHAPTER_TOP ? 'Read the chapter in the guide' : 'Read this in the guide'}
                  </a>
                )}
              </div>
            )}
          </article>
          <div class="rating-bar">
            {!revealed || !previews ? (
              <button type="button" class="show-answer" onClick={show}>Show answer</button>
            ) : (
              <div class="ratings" role="group" aria-label="How well did you know it? Each button shows when the card comes back.">
                {RATINGS.map(({ rating, label }) => (
                  <button
                    key={rating}
                    type="button"
                    class={`rating rating-${rating}`}
                    disabled={busy}
                    onClick={() => void rateCard(rating)}
                  >
                    <span class="rating-label">{label}</span>{' '}
                    <span class="rating-interval">{formatInterval(previews[rating].interval)}</span>
                  </button>
                ))}
              </div>
            )}
          </div>
          <p class="hint">
            {queue.dueCount} to review · {queue.newCount} new (up to {NEW_CARDS_PER_DAY} new a day{queue.introducedToday > 0 ? `, ${queue.introducedToday} started today` : ''})
          </p>
          {capNote}
        </>
      ) : (
        <div class="card all-done" role="status">
          {studied > 0 && <SessionDone />}
          <h2>{nothingYet ? (kind === 'missed-question' ? 'No missed questions yet' : kind ? `No ${KIND_LABEL[kind]} cards yet` : 'No cards yet') : 'All done for today'}</h2>
          {!nothingYet && (
            <p>
              {queue.nextDueAt !== null
                ? `Next review ${describeNext(queue.nextDueAt, now)}.`
                : queue.unseen > 0
                  ? 'New cards again tomorrow.'
                  : ''}
              {queue.unseen > 0 && queue.newLeftToday === 0 && ` ${queue.unseen} new ${queue.unseen === 1 ? 'card waits' : 'cards wait'}; ${NEW_CARDS_PER_DAY} start each day.`}
            </p>
          )}
          {kind === 'missed-question' && queue.unseen === 0 && queue.nextDueAt === null && (
            <p class="muted">Questions you answer wrong in practice or an exam become cards here.</p>
          )}
          <a class="button" href="/review">Back to Review</a>
          {capNote}
        </div>
      )}
    </section>
  );
}
