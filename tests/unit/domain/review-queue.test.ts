import { describe, expect, it } from 'vitest';
import { newCard, rate } from '../../../src/domain/review/fsrs';
import {
  describeNext, formatInterval, isDueToday, missedQuestionCards, NEW_CARDS_PER_DAY, questionCard, todaysQueue,
  type CardKind, type CardRecord, type DeckCard,
} from '../../../src/domain/review/queue';
import { previewRatings } from '../../../src/domain/review/ratings';
import { readDayOf } from '../../../src/domain/review/read-day';
import { reviewQueue } from '../../../src/domain/review/spaced';

const at = (day: string, time = '09:00'): number => new Date(`${day}T${time}:00`).getTime();
const MIN = 60_000;
const DAY = 86_400_000;

function deck(n: number, kind: CardKind = 'must-know', prefix: string = kind): DeckCard[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}:${i}`, kind, chapter: '02-x', anchor: `a${i}`, front: `F${i}`, back: `B${i}` }));
}

function studied(id: string, rating: 'again' | 'hard' | 'good' | 'easy', when: number): CardRecord {
  return { id, card: rate(newCard(when), rating, when), introducedAt: when };
}

const map = (records: CardRecord[]): Map<string, CardRecord> => new Map(records.map((r) => [r.id, r]));

describe('todaysQueue', () => {
  it('offers at most 20 new cards a day by default, in deck order', () => {
    const q = todaysQueue(deck(50), new Map(), at('2026-03-02'));
    expect(NEW_CARDS_PER_DAY).toBe(20);
    expect(q.items).toHaveLength(20);
    expect(q.items.map((i) => i.deck.id).slice(0, 3)).toEqual(['must-know:0', 'must-know:1', 'must-know:2']);
    expect(q.newCount).toBe(20);
    expect(q.dueCount).toBe(0);
    expect(q.unseen).toBe(50);
  });

  it('counts new cards introduced today against the limit, across kinds and filters', () => {
    const now = at('2026-03-02', '10:00');
    const cards = [...deck(30), ...deck(10, 'glossary')];
    const records = map(Array.from({ length: 15 }, (_, i) => studied(`must-know:${i}`, 'good', now - 30 * MIN)));
    const all = todaysQueue(cards, records, now);
    expect(all.introducedToday).toBe(15);
    expect(all.newLeftToday).toBe(5);
    expect(all.newCount).toBe(5);
    const glossary = todaysQueue(cards, records, now, { kinds: ['glossary'] });
    expect(glossary.items.map((i) => i.deck.kind)).toEqual(Array(5).fill('glossary'));
    // The next day the limit starts again.
    const tomorrow = todaysQueue(cards, records, at('2026-03-03', '08:00'));
    expect(tomorrow.introducedToday).toBe(0);
    expect(tomorrow.newCount).toBe(20);
  });

  it('honours a custom limit, including zero', () => {
    expect(todaysQueue(deck(10), new Map(), at('2026-03-02'), { newPerDay: 3 }).items).toHaveLength(3);
    expect(todaysQueue(deck(10), new Map(), at('2026-03-02'), { newPerDay: 0 }).items).toHaveLength(0);
  });

  it('puts due cards first, most overdue first, then new cards', () => {
    const cards = deck(5);
    const records = map([
      studied('must-know:3', 'easy', at('2026-02-01')),
      studied('must-know:1', 'easy', at('2026-01-20')),
    ]);
    const q = todaysQueue(cards, records, at('2026-03-02'));
    expect(q.dueCount).toBe(2);
    expect(q.items.map((i) => i.deck.id)).toEqual(['must-know:1', 'must-know:3', 'must-know:0', 'must-know:2', 'must-know:4']);
    expect(q.items[0]!.record).not.toBeNull();
    expect(q.items[2]!.record).toBeNull();
  });

  it('takes a card rated Good off the queue, and counts it as coming back later today while it is learning', () => {
    const now = at('2026-03-02', '10:00');
    const before = todaysQueue(deck(30), new Map(), now);
    const records = map([studied('must-know:0', 'good', now)]);
    const after = todaysQueue(deck(30), records, now + 1000);
    expect(after.items.map((i) => i.deck.id)).not.toContain('must-know:0');
    expect(after.items.length).toBe(before.items.length - 1);
    expect(after.laterToday).toBe(1);
    expect(after.nextDueAt).toBe(records.get('must-know:0')!.card.due);
    // Due again once its learning step has passed.
    const later = todaysQueue(deck(30), records, records.get('must-know:0')!.card.due);
    expect(later.items[0]!.deck.id).toBe('must-know:0');
  });

  it('filters by kind, missed questions first among new cards', () => {
    const cards = [...deck(3), ...deck(2, 'glossary'), ...deck(2, 'missed-question', 'question')];
    const all = todaysQueue(cards, new Map(), at('2026-03-02'));
    expect(all.items.map((i) => i.deck.kind).slice(0, 2)).toEqual(['missed-question', 'missed-question']);
    const two = todaysQueue(cards, new Map(), at('2026-03-02'), { kinds: ['glossary', 'must-know'] });
    expect(two.items.map((i) => i.deck.kind)).toEqual(['must-know', 'must-know', 'must-know', 'glossary', 'glossary']);
    expect(todaysQueue(cards, new Map(), at('2026-03-02'), { kinds: [] }).items).toHaveLength(7);
  });

  it('reports when the next review is once nothing is due', () => {
    const records = map([studied('must-know:0', 'easy', at('2026-03-02'))]);
    const q = todaysQueue(deck(1), records, at('2026-03-02', '09:05'));
    expect(q.items).toHaveLength(0);
    expect(q.nextDueAt).toBe(records.get('must-know:0')!.card.due);
    expect(q.nextDueAt! > at('2026-03-03')).toBe(true);
  });
});

describe('the exam-day cap in the queue', () => {
  it('offers a card scheduled past the exam before it: due 20 Mar, exam 23 Jan → due on 22 Jan, not on exam morning', async () => {
    const { examCapAt } = await import('../../../src/domain/review/exam-cap');
    const cards = deck(1);
    const record: CardRecord = { ...studied('must-know:0', 'easy', at('2026-01-02')), id: 'must-know:0' };
    record.card = { ...record.card, state: 2, due: at('2026-03-20') };
    const capAt = examCapAt('2026-01-23');
    const records = map([record]);
    expect(todaysQueue(cards, records, at('2026-01-21', '20:00'), { capAt }).dueCount).toBe(0);
    expect(todaysQueue(cards, records, at('2026-01-22', '07:00'), { capAt }).dueCount).toBe(1);
    // Without the cap it waits until March.
    expect(todaysQueue(cards, records, at('2026-01-22', '07:00')).dueCount).toBe(0);
    // Moving the exam later moves the card with it.
    expect(todaysQueue(cards, records, at('2026-01-22', '07:00'), { capAt: examCapAt('2026-02-10') }).dueCount).toBe(0);
  });

  it('a rating on the last days before the exam lands on the eve, never on exam day', async () => {
    const { examCapAt } = await import('../../../src/domain/review/exam-cap');
    const capAt = examCapAt('2026-01-23');
    const reviewed = rate(rate(newCard(at('2026-01-10')), 'good', at('2026-01-10')), 'good', at('2026-01-11'));
    const next = rate(reviewed, 'easy', at('2026-01-20'), { capAt });
    expect(new Date(next.due).getDate()).toBeLessThanOrEqual(22);
    expect(next.due).toBeLessThan(new Date(2026, 0, 23).getTime());
  });
});

describe('isDueToday', () => {
  it('treats review cards as due for their whole due day, learning cards only once their time comes', () => {
    const review = { ...studied('x', 'easy', at('2026-03-01')).card, state: 2, due: at('2026-03-05', '18:00') };
    expect(isDueToday(review, at('2026-03-05', '07:00'))).toBe(true);
    expect(isDueToday(review, at('2026-03-04', '23:00'))).toBe(false);
    const learning = studied('y', 'good', at('2026-03-05', '07:00')).card;
    expect(learning.state).toBe(1);
    expect(isDueToday(learning, at('2026-03-05', '07:01'))).toBe(false);
    expect(isDueToday(learning, learning.due)).toBe(true);
    expect(isDueToday(newCard(0), 0)).toBe(true);
  });
});

describe('rating previews and labels', () => {
  it('shows each rating’s next interval, growing from Again to Easy, within the exam cap', () => {
    const now = at('2026-03-02');
    const p = previewRatings(newCard(now), now);
    expect(p.again.interval).toBeLessThan(p.hard.interval);
    expect(p.hard.interval).toBeLessThan(p.good.interval);
    expect(p.good.interval).toBeLessThan(p.easy.interval);
    const reviewed = rate(newCard(now - 30 * DAY), 'easy', now - 30 * DAY);
    const capAt = now + 3 * DAY;
    const capped = previewRatings(reviewed, now, { capAt });
    for (const r of ['again', 'hard', 'good', 'easy'] as const) expect(capped[r].card.due).toBeLessThanOrEqual(capAt);
  });

  it('formats intervals the way SRS buttons do', () => {
    expect(formatInterval(30_000)).toBe('1 min');
    expect(formatInterval(10 * MIN)).toBe('10 min');
    expect(formatInterval(5 * 3_600_000)).toBe('5 h');
    expect(formatInterval(4 * DAY)).toBe('4 d');
    expect(formatInterval(60 * DAY)).toBe('2 mo');
    expect(formatInterval(400 * DAY)).toBe('1.1 y');
  });

  it('says when the next review is', () => {
    const now = at('2026-03-02', '09:00');
    expect(describeNext(now + 10 * MIN, now)).toBe('in 10 min');
    expect(describeNext(at('2026-03-02', '18:05'), now)).toBe('at 18:05');
    expect(describeNext(at('2026-03-03', '08:00'), now)).toBe('tomorrow');
    expect(describeNext(at('2026-03-09', '08:00'), now)).toBe('on Mon 9 Mar');
  });
});

describe('missed questions as cards', () => {
  const q = {
    id: 'd1-001', stem: 'Which service?', answer: ['b'] as ('a' | 'b')[],
    options: [{ id: 'a' as const, text: 'S3' }, { id: 'b' as const, text: 'SQS' }],
    explanations: { a: 'Storage.', b: 'Queues decouple.' }, takeaway: 'Use SQS to decouple.',
    guide: { chapter: '02-domain-1-development', anchor: 'sqs' },
  };

  it('puts the stem and options on the front, the key and takeaway on the back', () => {
    const card = questionCard(q);
    expect(card.id).toBe('question:d1-001');
    expect(card.kind).toBe('missed-question');
    expect(card.front).toBe('Which service?\n\nA. S3\nB. SQS');
    expect(card.back).toContain('Answer: B');
    expect(card.back).toContain('B. SQS (Queues decouple.)');
    expect(card.back.endsWith('Use SQS to decouple.')).toBe(true);
    expect([card.chapter, card.anchor]).toEqual(['02-domain-1-development', 'sqs']);
  });

  it('an imported question with no guide section and no explanations still makes a card, with no guide link', () => {
    const card = questionCard({ ...q, id: 'my-abc-001', explanations: {}, takeaway: '', guide: null });
    expect(card.id).toBe('question:my-abc-001');
    expect(card.back).toBe('Answer: B\nB. SQS');
    expect([card.chapter, card.anchor]).toEqual(['', '']);
  });

  it('includes questions last answered wrong and ones already studied, not ones only ever answered right', () => {
    const questions = new Map([
      ['d1-001', q],
      ['d1-002', { ...q, id: 'd1-002' }],
      ['d1-003', { ...q, id: 'd1-003' }],
    ]);
    const cards = missedQuestionCards(
      [{ questionId: 'd1-001', correct: false }, { questionId: 'd1-002', correct: true }, { questionId: 'd1-003', correct: true }],
      ['question:d1-003', 'must-know:x', 'question:gone-001'],
      questions,
    );
    expect(cards.map((c) => c.id)).toEqual(['question:d1-001', 'question:d1-003']);
  });
});

describe('readDayOf (Day 1 of a read chapter)', () => {
  it('is the day the chapter was last changed while no review is done', () => {
    expect(readDayOf('02', '2026-03-02', [])).toBe('2026-03-02');
  });

  it('does not move when the chapter is reopened after its Day 3 review', () => {
    // Read on the 2nd, Day 3 review done on the 4th; reopened (scrolled) on the 7th.
    const done = [{ chapterId: '02', step: 3 as const, day: '2026-03-04' }, { chapterId: '03', step: 3 as const, day: '2026-02-01' }];
    const day = readDayOf('02', '2026-03-07', done);
    expect(day).toBe('2026-03-02');
    expect(reviewQueue([{ chapterId: '02', day }], done, '2026-03-08')).toEqual([
      expect.objectContaining({ chapterId: '02', step: 7, dueDay: '2026-03-08', overdueDays: 0 }),
    ]);
  });
});
