// "Due today" at the top of the Review tab: the guide's Day 3/7/14 chapter
// reviews, and the flashcards due. Data is read before the tab renders.
import { useState } from 'preact/hooks';
import { reviewQueue, upcomingReviews, type DueReview } from '../../domain/review/spaced';
import { describeNext, todaysQueue } from '../../domain/review/queue';
import { toLocalDay } from '../../domain/study/days';
import { markChapterReviewDone } from '../../lib/db/chapter-reviews';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { chapterName, chapterShort, loadChapterReviews, loadFlashcardData, type ChapterReviewData, type FlashcardData } from './data';

export interface DueTodayData {
  cards: FlashcardData;
  reviews: ChapterReviewData;
  now: number;
}

export async function loadDueToday(): Promise<DueTodayData> {
  const now = Date.now();
  const [cards, reviews] = await Promise.all([loadFlashcardData(now, { text: false }), loadChapterReviews()]);
  return { cards, reviews, now };
}

function overdue(r: DueReview): string {
  if (r.overdueDays === 0) return 'due today';
  return r.overdueDays === 1 ? '1 day overdue' : `${r.overdueDays} days overdue`;
}

function prettyDay(day: string, today: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return describeNext(new Date(y, m - 1, d, 12).getTime(), new Date(`${today}T00:00:00`).getTime());
}

export function DueToday({ initial }: { initial: DueTodayData }) {
  const [reviews, setReviews] = useState(initial.reviews);
  const [busy, setBusy] = useState<string | null>(null);
  const { cards, now } = initial;
  const today = toLocalDay(new Date(now));
  const chapterQueue = reviewQueue(reviews.reads, reviews.done, today);
  const upcoming = upcomingReviews(reviews.reads, reviews.done, today)[0];
  const q = todaysQueue(cards.deck, cards.records, now, { capAt: cards.capAt });
  const total = q.items.length;

  async function done(r: DueReview): Promise<void> {
    const key = `${r.chapterId}:${r.step}`;
    setBusy(key);
    const at = Date.now();
    try {
      await markChapterReviewDone(r.chapterId, r.step, at);
      setReviews((s) => ({ ...s, done: [...s.done.filter((d) => !(d.chapterId === r.chapterId && d.step === r.step)), { chapterId: r.chapterId, step: r.step, day: toLocalDay(new Date(at)) }] }));
    } catch (e) {
      showNotice({ tone: 'error', text: describeStorageError(e) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="card due-today" aria-labelledby="due-today-title">
      <h2 id="due-today-title">Due today</h2>

      <h3 class="due-heading">Chapter reviews</h3>
      {chapterQueue.length === 0 ? (
        <p class="muted due-empty">
          {reviews.reads.length === 0
            ? 'Mark a chapter as read at its end; its Day 3, 7 and 14 reviews will be listed here.'
            : upcoming
              ? `None due. Next: ${chapterShort(upcoming.chapterId)}, Day ${upcoming.step}, ${prettyDay(upcoming.dueDay, today)}.`
              : 'None due: every chapter you have read has had its three reviews.'}
        </p>
      ) : (
        <ul class="plain-list chapter-reviews">
          {chapterQueue.map((r) => (
            <li key={`${r.chapterId}:${r.step}`} class="chapter-review">
              <div class="chapter-review-text">
                <strong>{chapterName(r.chapterId)}</strong>
                <span class="muted">
                  Day {r.step}: {r.label} · <span class={r.overdueDays > 0 ? 'overdue' : undefined}>{overdue(r)}</span>
                </span>
              </div>
              <div class="chapter-review-actions">
                <a class="button quiet-button" href={`/read/${r.chapterId}`} aria-label={`Open chapter: ${chapterName(r.chapterId)}`}>Open chapter</a>
                <button
                  type="button"
                  disabled={busy === `${r.chapterId}:${r.step}`}
                  aria-label={`Done: Day ${r.step} review of ${chapterName(r.chapterId)}`}
                  onClick={() => void done(r)}
                >
                  Done
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <h3 class="due-heading">Flashcards</h3>
      {total > 0 ? (
        <div class="due-cards">
          <p class="due-count" data-testid="cards-due">
            <span class="big-number">{total}</span>
            <span class="muted">
              {total === 1 ? 'card' : 'cards'} today: {q.dueCount} to review, {q.newCount} new
            </span>
          </p>
          <a class="button" href="/review/cards">Study {total} {total === 1 ? 'card' : 'cards'}</a>
        </div>
      ) : (
        <p class="muted due-empty" data-testid="cards-due">
          All done for today
          {q.nextDueAt !== null ? `; next review ${describeNext(q.nextDueAt, now)}` : q.unseen > 0 ? '; new cards again tomorrow' : ''}.{' '}
          <a href="/review/cards">Open flashcards</a>
        </p>
      )}
      {q.laterToday > 0 && total > 0 && (
        <p class="hint">{q.laterToday} more {q.laterToday === 1 ? 'card comes' : 'cards come'} back later today.</p>
      )}
    </section>
  );
}
