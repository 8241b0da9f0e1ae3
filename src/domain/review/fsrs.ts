// Flashcard scheduling: a thin wrapper over ts-fsrs (FSRS), no scheduler of
// our own. Cards are stored as plain JSON (dates as epoch ms) so they go into
// IndexedDB as they are; they are converted to ts-fsrs' Card (with Date
// objects) only for the call.
//
// Exam cap (optional): reviews should finish before the exam. Two steps:
//  1. ts-fsrs' own `maximum_interval` parameter is set to the whole days left
//     until the cap, so the algorithm itself picks intervals that fit. But it
//     is not a hard bound: for review cards ts-fsrs keeps Hard < Good < Easy by
//     adding a day (good = max(good, hard + 1), easy = max(easy, good + 1)),
//     which can go past the maximum, and it is at least 1 day.
//  2. So the resulting due date is also clamped to the cap. The card's memory
//     state (stability, difficulty) is left as FSRS computed it; FSRS uses the
//     real elapsed time at the next review, so an earlier review is scheduled
//     correctly from there.
// When the cap is not in the future (no exam date, or it has passed) cards
// are scheduled normally.
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';

const DAY_MS = 86_400_000;

export type CardRating = 'again' | 'hard' | 'good' | 'easy';

/** A flashcard's scheduling state, JSON-safe (ts-fsrs Card with dates as epoch ms). */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  last_review: number | null;
}

export interface ScheduleOptions {
  /** Epoch ms no review should be scheduled after (e.g. examCapAt(examDay)). */
  capAt?: number | null;
}

const GRADES: Record<CardRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const defaultScheduler = fsrs();

function ms(now: number | Date): number {
  return typeof now === 'number' ? now : now.getTime();
}

function fromFsrs(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.getTime() : null,
  };
}

function toFsrs(card: StoredCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    ...(card.last_review === null ? {} : { last_review: new Date(card.last_review) }),
  };
}

/** The cap as a maximum interval in whole days (at least 1, as ts-fsrs requires), or null for no cap. */
export function capDays(now: number | Date, capAt: number | null | undefined): number | null {
  if (capAt === null || capAt === undefined || capAt <= ms(now)) return null;
  return Math.max(1, Math.floor((capAt - ms(now)) / DAY_MS));
}

function schedulerFor(now: number, capAt: number | null | undefined): FSRS {
  const days = capDays(now, capAt);
  return days === null ? defaultScheduler : fsrs({ maximum_interval: days });
}

export { examCapAt } from './exam-cap';

export function newCard(now: number | Date): StoredCard {
  return fromFsrs(createEmptyCard(new Date(ms(now))));
}

export function rate(card: StoredCard, rating: CardRating, now: number | Date, options: ScheduleOptions = {}): StoredCard {
  const at = ms(now);
  const { card: next } = schedulerFor(at, options.capAt).next(toFsrs(card), new Date(at), GRADES[rating]);
  const out = fromFsrs(next);
  const cap = options.capAt;
  if (cap !== null && cap !== undefined && cap > at && out.due > cap) {
    out.due = cap;
    out.scheduled_days = Math.floor((cap - at) / DAY_MS);
  }
  return out;
}

export function isDue(card: StoredCard, now: number | Date): boolean {
  return card.due <= ms(now);
}

/** The due cards, most overdue first. */
export function dueCards<T extends { card: StoredCard }>(cards: readonly T[], now: number | Date): T[] {
  return cards.filter((c) => isDue(c.card, now)).sort((a, b) => a.card.due - b.card.due);
}

/** ts-fsrs' probability of recall now (0..1), for display. */
export function retrievability(card: StoredCard, now: number | Date): number {
  return defaultScheduler.get_retrievability(toFsrs(card), new Date(ms(now)), false);
}

/** Human state name for a stored card. */
export function stateName(card: StoredCard): 'New' | 'Learning' | 'Review' | 'Relearning' {
  return (State[card.state] as 'New' | 'Learning' | 'Review' | 'Relearning' | undefined) ?? 'New';
}
