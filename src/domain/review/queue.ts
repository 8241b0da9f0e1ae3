// Today's flashcard queue: which cards to study now, in what order. Pure: the
// caller passes the deck, the stored states and `now`; scheduling itself is
// ts-fsrs' (see fsrs.ts), this only picks and orders.
//
//  - Due cards first, most overdue first. A card in Review state is due for
//    the whole of its due *day* (as in other SRS apps: a card due at 18:00 can
//    be studied in the morning; FSRS uses the real elapsed time). A card in
//    (re)learning has short steps (minutes) and is due only once its time comes.
//  - Then new cards (never rated), at most `newPerDay` introduced per local
//    day, counted across all kinds, missed questions before the guide's cards.
//  - An optional kind filter applies to both.
import { cappedDue } from './exam-cap';
import { toLocalDay } from '../study/days';
import type { PlayableQuestion as Question } from '../questions/playable';
import type { StoredCard } from './fsrs';

export type CardKind = 'must-know' | 'glossary' | 'quick-reference' | 'common-mistake' | 'missed-question';

export const CARD_KINDS: readonly { kind: CardKind; label: string }[] = [
  { kind: 'must-know', label: 'Must Know' },
  { kind: 'glossary', label: 'Glossary' },
  { kind: 'quick-reference', label: 'Quick Reference' },
  { kind: 'common-mistake', label: 'Common Mistakes' },
  { kind: 'missed-question', label: 'Missed questions' },
];

/** A sensible default (Anki's too): enough to get through the deck in a few weeks without a review pile-up. */
export const NEW_CARDS_PER_DAY = 20;

export interface DeckCard {
  id: string;
  kind: CardKind;
  /** Guide section the card comes from; '' for an imported question with no guide link. */
  chapter: string;
  anchor: string;
  front: string;
  back: string;
  /** Front and back are Markdown from an imported pack: shown only through the sanitiser. */
  markdown?: boolean;
  /** "Updated" notes on a dated guide statement the card repeats: shown on its back. */
  updates?: readonly { id: string; note: string; since: string; source: { title: string; url: string } }[];
}

/** A card's stored scheduling state; introducedAt is when it was first rated. */
export interface CardRecord {
  id: string;
  card: StoredCard;
  introducedAt?: number;
}

export interface QueueItem {
  deck: DeckCard;
  /** Null for a new card. */
  record: CardRecord | null;
}

export interface TodaysQueue {
  /** What to study now, in order: due cards, then today's new cards. */
  items: QueueItem[];
  dueCount: number;
  newCount: number;
  /** New cards already introduced today (all kinds). */
  introducedToday: number;
  /** New cards still allowed today (all kinds). */
  newLeftToday: number;
  /** Learning cards coming back later today (not yet due). */
  laterToday: number;
  /** Earliest time a studied card (in the filter) is next due after now, or null. */
  nextDueAt: number | null;
  /** New cards in the filter not introduced yet (today or later). */
  unseen: number;
}

export interface QueueOptions {
  newPerDay?: number;
  /** The exam cap (examCapAt), when it applies: cards due after it are due at it. */
  capAt?: number | null;
  /** Kinds to include; empty or undefined = all. */
  kinds?: readonly CardKind[];
}

/**
 * A missed question as a flashcard: front = stem and lettered options,
 * back = the key (with its explanation) and the takeaway. Id `question:<id>`.
 */
export function questionCard(q: Pick<Question, 'id' | 'stem' | 'options' | 'answer' | 'explanations' | 'takeaway' | 'guide'> & { markdown?: boolean }): DeckCard {
  const letter = (id: string): string => id.toUpperCase();
  const front = [q.stem, '', ...q.options.map((o) => `${letter(o.id)}. ${o.text}`)].join('\n');
  const key = q.answer.map((a) => {
    const text = q.options.find((o) => o.id === a)?.text ?? '';
    const why = q.explanations[a];
    return `${letter(a)}. ${text}${why ? ` (${why})` : ''}`;
  });
  const back = [`Answer: ${q.answer.map(letter).join(', ')}`, ...key].join('\n') + (q.takeaway ? `\n\n${q.takeaway}` : '');
  const card: DeckCard = { id: `question:${q.id}`, kind: 'missed-question', chapter: q.guide?.chapter ?? '', anchor: q.guide?.anchor ?? '', front, back };
  return q.markdown ? { ...card, markdown: true } : card;
}

/**
 * The missed-question cards: every question last answered wrong, plus any
 * already studied as a card (answering it right later does not drop its schedule).
 */
export function missedQuestionCards(
  results: readonly { questionId: string; correct: boolean }[],
  studiedIds: Iterable<string>,
  questions: ReadonlyMap<string, Parameters<typeof questionCard>[0]>,
): DeckCard[] {
  const ids = new Set(results.filter((r) => !r.correct).map((r) => r.questionId));
  for (const id of studiedIds) if (id.startsWith('question:')) ids.add(id.slice('question:'.length));
  return [...ids].sort().flatMap((id) => {
    const q = questions.get(id);
    return q ? [questionCard(q)] : [];
  });
}

const LEARNING = new Set([1, 3]); // ts-fsrs State.Learning, State.Relearning
const NEW = 0;

/** Due now: learning steps by the minute, review cards for their whole due day. */
export function isDueToday(card: StoredCard, now: number): boolean {
  if (card.state === NEW) return true;
  if (card.due <= now) return true;
  if (LEARNING.has(card.state)) return false;
  return toLocalDay(new Date(card.due)) <= toLocalDay(new Date(now));
}

/** Was this card first rated on `today`? Older rows without introducedAt: a first-time learner reviewed today. */
export function introducedOn(record: CardRecord, today: string): boolean {
  if (record.card.state === NEW) return false;
  if (record.introducedAt !== undefined) return toLocalDay(new Date(record.introducedAt)) === today;
  return record.card.lapses === 0 && record.card.state === 1 && record.card.last_review !== null && toLocalDay(new Date(record.card.last_review)) === today;
}

export function todaysQueue(deck: readonly DeckCard[], records: ReadonlyMap<string, CardRecord>, now: number, options: QueueOptions = {}): TodaysQueue {
  const limit = Math.max(0, options.newPerDay ?? NEW_CARDS_PER_DAY);
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const today = toLocalDay(new Date(now));
  const endOfToday = new Date(now);
  endOfToday.setHours(23, 59, 59, 999);

  let introducedToday = 0;
  for (const r of records.values()) if (introducedOn(r, today)) introducedToday++;
  const newLeftToday = Math.max(0, limit - introducedToday);

  const due: QueueItem[] = [];
  const fresh: QueueItem[] = [];
  let laterToday = 0;
  let nextDueAt: number | null = null;
  for (const card of deck) {
    if (kinds && !kinds.has(card.kind)) continue;
    const stored = records.get(card.id);
    if (!stored || stored.card.state === NEW) {
      fresh.push({ deck: card, record: stored ?? null });
      continue;
    }
    const dueAt = cappedDue(stored.card.due, options.capAt);
    const record = dueAt === stored.card.due ? stored : { ...stored, card: { ...stored.card, due: dueAt } };
    if (isDueToday(record.card, now)) {
      due.push({ deck: card, record });
      continue;
    }
    if (record.card.due <= endOfToday.getTime()) laterToday++;
    if (nextDueAt === null || record.card.due < nextDueAt) nextDueAt = record.card.due;
  }
  due.sort((a, b) => a.record!.card.due - b.record!.card.due);
  // Missed questions first: they are the user's own gaps. Otherwise deck order (the guide's order).
  const newOrder = (i: QueueItem): number => (i.deck.kind === 'missed-question' ? 0 : 1);
  const orderedFresh = fresh.map((item, index) => ({ item, index })).sort((a, b) => newOrder(a.item) - newOrder(b.item) || a.index - b.index);
  const newToday = orderedFresh.slice(0, newLeftToday).map((x) => x.item);
  return {
    items: [...due, ...newToday],
    dueCount: due.length,
    newCount: newToday.length,
    introducedToday,
    newLeftToday,
    laterToday,
    nextDueAt,
    unseen: fresh.length,
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Short interval for a rating button: "1 min", "10 min", "3 h", "4 d", "2 mo", "1.2 y". */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  const days = Math.round(ms / DAY);
  if (days < 31) return `${days} d`;
  if (days < 365) return `${Math.round(days / 30)} mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')} y`;
}

/** When the next review is, in words: "in 10 min", "at 18:05", "tomorrow", "on Mon 4 May". */
export function describeNext(at: number, now: number): string {
  if (at - now < HOUR) return `in ${Math.max(1, Math.round((at - now) / MINUTE))} min`;
  const day = toLocalDay(new Date(at));
  const today = new Date(now);
  if (day === toLocalDay(today)) {
    const d = new Date(at);
    return `at ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  }
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1, 12);
  if (day === toLocalDay(tomorrow)) return 'tomorrow';
  const d = new Date(at);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getDay()]!;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getMonth()]!;
  return `on ${weekday} ${d.getDate()} ${month}`;
}
