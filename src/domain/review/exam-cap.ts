// Kept apart from fsrs.ts so screens that only need the date do not load ts-fsrs.

/**
 * The exam cap: the start (local time) of the day BEFORE the exam. Review
 * cards are due for their whole due day, so a card capped here is offered on
 * the eve of the exam, never on exam morning.
 */
export function examCapAt(examDay: string): number {
  const [y, m, d] = examDay.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d - 1).getTime();
}

/**
 * A card's due date as the queue should see it: one scheduled past the cap
 * (before the exam day was set, or moved earlier) is pulled in to the cap.
 * Changing the exam day therefore reschedules exactly the cards it must.
 */
export function cappedDue(due: number, capAt: number | null | undefined): number {
  return capAt !== null && capAt !== undefined && due > capAt ? capAt : due;
}
