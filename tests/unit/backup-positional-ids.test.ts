// A backup exported before schema 9 holds ticks, stars and card schedules under
// positional ids: importing it moves them to the items' text ids, as migration 9
// does for the database, so restoring an old backup does not orphan them.
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/domain/backup/validate';
import { movedInV9 } from './fixtures/db/v8';

const card = { due: 1773655200000, stability: 3.2, difficulty: 5.5, elapsed_days: 2, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: 1773396000000 };
const data = {
  checklist: [
    { id: '00-overview:chapter-completion-checklist:0', chapterId: '00-overview', checked: true, updatedAt: 1773570000000 },
    { id: '01-lambda:hands-on:0', chapterId: '01-lambda', checked: true, updatedAt: 1773570000000 },
  ],
  stars: [
    { id: '02-domain-1-development#detailed-example-3-iot-device-management--fact-4', chapterId: '02-domain-1-development', anchor: 'detailed-example-3-iot-device-management--fact-4', label: 'Must Know fact 4', createdAt: 1773570300000 },
  ],
  cards: [
    { id: 'common-mistake:01-fundamentals#detailed-example-3-scheduled-data-processing/2', card, updatedAt: 1773396100000 },
    { id: 'glossary:99-appendices#appendix-d-glossary/idempotency', card, updatedAt: 1773396200000 },
  ],
};
const parse = (schemaVersion: number) => {
  const r = parseBackup(JSON.stringify({ app: 'dva-study', format: 1, schemaVersion, exportedAt: '2026-03-15T10:00:00.000Z', data }));
  if (!r.ok) throw new Error(r.error);
  return r.backup.data;
};

describe('importing a backup made before schema 9', () => {
  it('moves positional ids to the items’ text ids and leaves every other row as it is', () => {
    const d = parse(8);
    expect(d.checklist.map((r) => r.id)).toEqual([movedInV9['00-overview:chapter-completion-checklist:0'], '01-lambda:hands-on:0']);
    const star = movedInV9['02-domain-1-development#detailed-example-3-iot-device-management--fact-4']!;
    expect(d.stars[0]).toMatchObject({ id: star, anchor: star.split('#')[1], label: 'Must Know fact 4' });
    expect(d.cards.map((r) => r.id)).toEqual([
      movedInV9['common-mistake:01-fundamentals#detailed-example-3-scheduled-data-processing/2'],
      'glossary:99-appendices#appendix-d-glossary/idempotency',
    ]);
  });

  it('leaves a backup made since as it is (its ids are text ids already)', () => {
    expect(parse(9).checklist.map((r) => r.id)).toEqual(data.checklist.map((r) => r.id));
  });
});
