// Everything the Review tab's "Due today" and the flashcard screen read from
// IndexedDB and the build, read in one go so each screen renders once.
import { chapters } from 'virtual:guide';
import flashcardIndex from 'virtual:guide/flashcard-index';
import type { CardRating } from '../../domain/review/fsrs';
import { examCapAt } from '../../domain/review/exam-cap';
import { missedQuestionCards, type CardRecord, type DeckCard } from '../../domain/review/queue';
import { readDayOf } from '../../domain/review/read-day';
import type { ChapterReadDay, CompletedReview, ReviewStep } from '../../domain/review/spaced';
import { toLocalDay } from '../../domain/study/days';
import { listCardStates, saveCardState } from '../../lib/db/cards';
import { listChapterReviews } from '../../lib/db/chapter-reviews';
import { listReading } from '../../lib/db/reading';
import { listResults } from '../../lib/db/results';
import type { CardState } from '../../lib/db/schema';
import { getSetting } from '../../lib/db/settings';
import type { PlayableQuestion as Question } from '../../domain/questions/playable';

export interface FlashcardData {
  deck: DeckCard[];
  records: Map<string, CardRecord>;
  /** The exam cap when it applies (an exam day is set, the setting is on, and the day is still ahead), else null. */
  capAt: number | null;
  examDay: string;
}

export interface ChapterReviewData {
  reads: ChapterReadDay[];
  done: CompletedReview[];
}

let deckCache: Promise<DeckCard[]> | null = null;

function guideCards(): Promise<DeckCard[]> {
  deckCache ??= import('virtual:guide/flashcards').then((m) => m.default);
  return deckCache;
}

/** Ids and kinds only: enough to count what is due, without loading every card's text. */
function guideCardStubs(): Promise<DeckCard[]> {
  return Promise.resolve(flashcardIndex.map(([id, kind]) => ({ id, kind, chapter: '', anchor: '', front: '', back: '' })));
}

const DAY_MS = 86_400_000;

export async function loadFlashcardData(now = Date.now(), { text = true }: { text?: boolean } = {}): Promise<FlashcardData> {
  const [cards, states, results, examDay, capOn] = await Promise.all([
    text ? guideCards() : guideCardStubs(),
    listCardStates(),
    listResults(),
    getSetting('examDay'),
    getSetting('capReviewsAtExam'),
  ]);
  const studied = states.map((s) => s.id);
  // Question texts (and the code that finds them) load only when there is a missed question.
  const needQuestions = results.some((r) => !r.correct) || studied.some((id) => id.startsWith('question:'));
  const questions = needQuestions ? await (await import('../../lib/questions/question-bank')).questionMap() : new Map<string, Question>();
  const cap = examDay && capOn ? examCapAt(examDay) : null;
  return {
    deck: [...missedQuestionCards(results, studied, questions), ...cards],
    records: new Map(states.map((s) => [s.id, s as CardRecord])),
    // Kept through the eve itself (the cap is the eve's start): cards pulled in to it are due that day.
    capAt: cap !== null && now < cap + DAY_MS ? cap : null,
    examDay,
  };
}

/** Chapters marked read (Day 1: see readDayOf) and the reviews done. */
export async function loadChapterReviews(): Promise<ChapterReviewData> {
  const [reading, reviews] = await Promise.all([listReading(), listChapterReviews()]);
  const done = reviews.map((r) => ({ chapterId: r.chapterId, step: r.step as ReviewStep, day: toLocalDay(new Date(r.doneAt)) }));
  return {
    reads: reading.filter((r) => r.read).map((r) => ({ chapterId: r.chapterId, day: readDayOf(r.chapterId, toLocalDay(new Date(r.readAt ?? r.updatedAt)), done) })),
    done,
  };
}

/** Writes a rating's result; resolves once committed. Keeps when the card was first rated (for the new-card limit). */
export async function saveRating(record: CardRecord | null, id: string, next: CardRecord['card'], now: number): Promise<CardRecord> {
  const introducedAt = record ? record.introducedAt : now; // rows from before this field: left without one
  const row: CardState = { id, card: next, updatedAt: now, ...(introducedAt === undefined ? {} : { introducedAt }) };
  await saveCardState(row);
  return { id, card: next, ...(introducedAt === undefined ? {} : { introducedAt }) };
}

export type { CardRating };

export function chapterName(id: string): string {
  const c = chapters.find((x) => x.id === id);
  return c ? (c.label ? `${c.label}: ${c.title}` : c.title) : id;
}

export function chapterShort(id: string): string {
  const c = chapters.find((x) => x.id === id);
  return c ? c.label || c.title : id;
}
