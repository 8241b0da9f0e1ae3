// The rating buttons and what each would do. Apart from queue.ts because it
// runs ts-fsrs, which only the flashcard screen needs.
import { rate, type CardRating, type ScheduleOptions, type StoredCard } from './fsrs';

export const RATINGS: readonly { rating: CardRating; label: string }[] = [
  { rating: 'again', label: 'Again' },
  { rating: 'hard', label: 'Hard' },
  { rating: 'good', label: 'Good' },
  { rating: 'easy', label: 'Easy' },
];

/** What each rating would do: the next card state and the interval from now, for the buttons. */
export function previewRatings(card: StoredCard, now: number, options: ScheduleOptions = {}): Record<CardRating, { card: StoredCard; interval: number }> {
  const out = {} as Record<CardRating, { card: StoredCard; interval: number }>;
  for (const { rating } of RATINGS) {
    const next = rate(card, rating, now, options);
    out[rating] = { card: next, interval: Math.max(0, next.due - now) };
  }
  return out;
}

