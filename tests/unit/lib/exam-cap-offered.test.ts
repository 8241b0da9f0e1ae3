// Issue 17 item 9, found by the adversarial review: the cap as the Review screens see it.
// is "pulled in" to the cap, which is 00:00 of the exam's eve; but the screens
// get the cap from loadFlashcardData, which drops it as soon as `cap <= now`,
// i.e. from 00:00 of the eve. The card is due (capped) only from the eve, and on
// the eve the cap is gone: it is never offered before the exam.
import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests } from '../../../src/lib/db/connection';
import { putSetting } from '../../../src/lib/db/settings';
import { saveCardState } from '../../../src/lib/db/cards';
import { loadFlashcardData } from '../../../src/features/flashcards/data';
import { todaysQueue } from '../../../src/domain/review/queue';
import { newCard, rate } from '../../../src/domain/review/fsrs';

afterEach(closeDbForTests);

const at = (day: string, time = '09:00'): number => new Date(`${day}T${time}:00`).getTime();

describe('exam cap as the Review screens see it (loadFlashcardData + todaysQueue)', () => {
  it('offers a card due 20 Mar on some day before an exam on 23 Jan', async () => {
    // A guide card the user knows well, next due in March (scheduled before the exam day was set).
    const data0 = await loadFlashcardData(at('2026-01-02'));
    const id = data0.deck.find((c) => c.kind !== 'missed-question')!.id;
    const card = { ...rate(rate(newCard(at('2026-01-01')), 'good', at('2026-01-01')), 'easy', at('2026-01-02')), state: 2 as const, due: at('2026-03-20') };
    await saveCardState({ id, card, updatedAt: at('2026-01-02'), introducedAt: at('2026-01-01') });
    await putSetting('examDay', '2026-01-23', at('2026-01-03'));
    // capReviewsAtExam is on by default.

    const offeredOn: string[] = [];
    for (const day of ['2026-01-20', '2026-01-21', '2026-01-22']) {
      for (const time of ['07:00', '21:00']) {
        const now = at(day, time);
        const data = await loadFlashcardData(now, { text: false });
        const q = todaysQueue(data.deck, data.records, now, { capAt: data.capAt });
        if (q.items.some((i) => i.deck.id === id)) offeredOn.push(`${day} ${time}`);
      }
    }
    // Settings promise: "Schedule every review before my exam day". Today: [] (never offered).
    expect(offeredOn).not.toEqual([]);
  });
});
