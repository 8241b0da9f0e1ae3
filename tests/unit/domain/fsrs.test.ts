import { fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { capDays, dueCards, examCapAt, isDue, newCard, rate, retrievability, stateName, type StoredCard } from '../../../src/domain/review/fsrs';

const MIN = 60_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1, 9);

/** Good, then Good at each due time: a card in Review with a multi-day interval. */
function matureCard(): StoredCard {
  let card = rate(newCard(NOW), 'good', NOW);
  card = rate(card, 'good', card.due);
  return card;
}

describe('cards are plain JSON for IndexedDB', () => {
  it('a new card has numbers and null only, due now, state New', () => {
    const card = newCard(NOW);
    expect(card).toMatchObject({ due: NOW, state: 0, reps: 0, lapses: 0, last_review: null });
    for (const v of Object.values(card)) expect(v === null || typeof v === 'number').toBe(true);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(isDue(card, NOW)).toBe(true);
    expect(stateName(card)).toBe('New');
  });

  it('stays plain after a review (dates as epoch ms)', () => {
    const card = rate(newCard(NOW), 'good', new Date(NOW));
    expect(card.last_review).toBe(NOW);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});

describe('scheduling is ts-fsrs’ own', () => {
  it('gives exactly what ts-fsrs gives for the same card and rating', () => {
    const direct = fsrs().next(fsrs().next(newCard(NOW), new Date(NOW), Rating.Good).card, new Date(NOW + 10 * MIN), Rating.Easy).card;
    const ours = rate(rate(newCard(NOW), 'good', NOW), 'easy', NOW + 10 * MIN);
    expect(ours.due).toBe(direct.due.getTime());
    expect(ours.stability).toBe(direct.stability);
    expect(ours.state).toBe(direct.state);
  });

  it('a new card rated Good becomes due later than one rated Again, and is not due right away', () => {
    const good = rate(newCard(NOW), 'good', NOW);
    const again = rate(newCard(NOW), 'again', NOW);
    const easy = rate(newCard(NOW), 'easy', NOW);
    expect(good.due).toBeGreaterThan(NOW);
    expect(again.due).toBeGreaterThan(NOW);
    expect(good.due).toBeGreaterThan(again.due);
    expect(easy.due).toBeGreaterThan(good.due);
    expect(isDue(good, NOW + MIN)).toBe(false);
    expect(isDue(good, good.due)).toBe(true);
  });

  it('Good again and again spreads reviews out; Again brings a card back sooner and counts a lapse', () => {
    const card = matureCard();
    expect(stateName(card)).toBe('Review');
    const good = rate(card, 'good', card.due);
    const again = rate(card, 'again', card.due);
    expect(good.due - card.due).toBeGreaterThan(card.scheduled_days * DAY);
    expect(again.due).toBeLessThan(good.due);
    expect(again.due - card.due).toBeLessThan(DAY);
    expect(again.lapses).toBe(card.lapses + 1);
    expect(stateName(again)).toBe('Relearning');
  });

  it('orders due cards, most overdue first, and reports recall probability', () => {
    const a = { id: 'a', card: { ...newCard(NOW), due: NOW - 2 * DAY } };
    const b = { id: 'b', card: { ...newCard(NOW), due: NOW - DAY } };
    const c = { id: 'c', card: { ...newCard(NOW), due: NOW + DAY } };
    expect(dueCards([b, c, a], NOW).map((x) => x.id)).toEqual(['a', 'b']);
    const card = matureCard();
    expect(retrievability(card, card.last_review!)).toBeCloseTo(1, 5);
    expect(retrievability(card, card.due + 30 * DAY)).toBeLessThan(0.9);
  });
});

describe('the exam cap', () => {
  it('turns the time left into ts-fsrs’ maximum_interval in whole days (at least 1), or none', () => {
    expect(capDays(NOW, NOW + 5.9 * DAY)).toBe(5);
    expect(capDays(NOW, NOW + 3 * 60 * MIN)).toBe(1);
    expect(capDays(NOW, NOW - DAY)).toBeNull();
    expect(capDays(NOW, null)).toBeNull();
    expect(capDays(NOW, undefined)).toBeNull();
  });

  it('keeps a long interval inside the days left: ts-fsrs itself picks a shorter interval (maximum_interval)', () => {
    const card = matureCard();
    const free = rate(card, 'hard', card.due);
    expect(free.scheduled_days).toBeGreaterThan(5);
    const capAt = card.due + 5.5 * DAY;
    const capped = rate(card, 'hard', card.due, { capAt });
    // ts-fsrs with maximum_interval = 5 days: 5 whole days out, before the cap, not clamped to it.
    expect(capped.scheduled_days).toBe(5);
    expect(capped.due).toBe(card.due + 5 * DAY);
    expect(capped.due).toBe(fsrs({ maximum_interval: 5 }).next(card, new Date(card.due), Rating.Hard).card.due.getTime());
    // Good is kept a day above Hard by ts-fsrs (6 days), past its own maximum: the clamp catches it.
    expect(fsrs({ maximum_interval: 5 }).next(card, new Date(card.due), Rating.Good).card.scheduled_days).toBe(6);
    expect(rate(card, 'good', card.due, { capAt }).due).toBe(capAt);
  });

  it('clamps the due date when ts-fsrs goes past its maximum (Easy is kept a day above Good)', () => {
    const card = matureCard();
    const capAt = card.due + 1.5 * DAY; // maximum_interval 1 day; Easy would still be ≥ 3 days
    for (const r of ['hard', 'good', 'easy'] as const) {
      const next = rate(card, r, card.due, { capAt });
      expect(next.due, r).toBeLessThanOrEqual(capAt);
    }
    expect(rate(card, 'easy', card.due, { capAt }).due).toBe(capAt);
  });

  it('caps a new card rated Easy too, and leaves short learning steps alone', () => {
    const capAt = NOW + 3 * DAY;
    expect(rate(newCard(NOW), 'easy', NOW).due).toBeGreaterThan(capAt);
    expect(rate(newCard(NOW), 'easy', NOW, { capAt }).due).toBeLessThanOrEqual(capAt);
    expect(rate(newCard(NOW), 'good', NOW, { capAt }).due).toBe(rate(newCard(NOW), 'good', NOW).due);
  });

  it('schedules normally once the cap has passed', () => {
    const card = matureCard();
    expect(rate(card, 'good', card.due, { capAt: card.due - DAY })).toEqual(rate(card, 'good', card.due));
  });

  it('puts the cap at the start of the day before the exam, local time: capped reviews land on the eve, never on exam morning', () => {
    const cap = new Date(examCapAt('2026-04-30'));
    expect([cap.getFullYear(), cap.getMonth(), cap.getDate(), cap.getHours(), cap.getMinutes()]).toEqual([2026, 3, 29, 0, 0]);
    expect(new Date(examCapAt('2026-03-01')).getDate()).toBe(28); // across a month end
  });
});
