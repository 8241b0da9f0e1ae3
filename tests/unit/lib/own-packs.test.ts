import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests } from '../../../src/lib/db/connection';
import { deleteOwnPack, getOwnPack, listOwnPacks, renameOwnPack, saveOwnPack } from '../../../src/lib/db/own-packs';
import { setFlag, listFlags } from '../../../src/lib/db/flags';
import { listResults, recordResults } from '../../../src/lib/db/results';
import { getPracticeSession, savePracticeSession } from '../../../src/lib/db/practice-sessions';
import { listAttempts, saveAttempt } from '../../../src/lib/db/attempts';
import { listCardStates, saveCardState } from '../../../src/lib/db/cards';
import { exportAll, importBackup } from '../../../src/lib/db/backup';
import { parseBackup } from '../../../src/domain/backup/validate';
import { createOwnPack } from '../../../src/domain/questions/own-pack';
import { readQuestionPack } from '../../../src/domain/questions/import-pack';
import { questionMap, ownPackList } from '../../../src/lib/questions/question-bank';
import type { Attempt } from '../../../src/lib/db/schema';

afterEach(closeDbForTests);

function makePack(id: string, title: string, now = 1000) {
  const r = readQuestionPack('# T\n### One?\n- [x] a\n- [ ] b\n### Two? (Choose TWO)\n- [x] a\n- [x] b\n- [ ] c\n', { fileName: 'b.md', sections: new Map() });
  if (!r.ok) throw new Error(r.error);
  return createOwnPack({ id, title, fileName: 'b.md', format: 'markdown', questions: r.questions, now });
}

const attempt = (packId: string, qid: string): Attempt => ({
  id: `${packId}-1`, packId, title: 'x', questionIds: [qid], answers: { [qid]: ['a'] }, flagged: [], current: 0, startedAt: 1, deadline: 2,
  limitMinutes: 2, targetPercent: 72, submittedAt: 2, timedOut: false, note: '',
  score: { correct: 1, total: 1, percent: 100, scaled: 1000, byDomain: {}, byTask: {}, wrongIds: [] },
});

describe('imported packs store', () => {
  it('saves, lists, renames; the question bank serves their questions as Markdown', async () => {
    await saveOwnPack(makePack('my-a', 'Alpha'));
    await renameOwnPack('my-a', '  Renamed  ', 2000);
    expect(await getOwnPack('my-a')).toMatchObject({ title: 'Renamed', updatedAt: 2000 });
    await expect(renameOwnPack('my-a', '   ', 3000)).rejects.toThrow(/needs a name/);
    expect((await getOwnPack('my-a'))!.title).toBe('Renamed');
    const map = await questionMap();
    expect(map.get('my-a-002')).toMatchObject({ markdown: true, choose: 2 });
    expect(map.get('d1-001')?.markdown).toBeUndefined(); // built-in questions are still there, as plain text
    expect((await ownPackList()).map((p) => p.title)).toEqual(['Renamed']);
  });

  it('deleting a pack clears its flags, answers, practice place and cards, keeps exam history and other packs', async () => {
    await saveOwnPack(makePack('my-a', 'Alpha'));
    await saveOwnPack(makePack('my-b', 'Beta'));
    for (const q of ['my-a-001', 'my-b-001', 'd1-001']) {
      await setFlag(q, null, true, 5);
      await recordResults([{ questionId: q, packId: null, selected: ['b'], correct: false, answeredAt: 5 }]);
      await saveCardState({ id: `question:${q}`, card: { due: 1, stability: 1, difficulty: 1, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: 1, last_review: 1 }, updatedAt: 1 });
    }
    await savePracticeSession({ id: 'my-a', packId: 'my-a', title: 'Alpha', questionIds: ['my-a-001'], index: 0, answers: {}, updatedAt: 1 });
    await saveAttempt(attempt('my-a', 'my-a-001'));
    await questionMap(); // warm the cache: deleting must invalidate it

    await deleteOwnPack('my-a');

    expect((await listOwnPacks()).map((p) => p.id)).toEqual(['my-b']);
    expect((await listFlags()).map((f) => f.questionId).sort()).toEqual(['d1-001', 'my-b-001']);
    expect((await listResults()).map((f) => f.questionId).sort()).toEqual(['d1-001', 'my-b-001']);
    expect((await listCardStates()).map((c) => c.id).sort()).toEqual(['question:d1-001', 'question:my-b-001']);
    expect(await getPracticeSession('my-a')).toBeUndefined();
    expect((await listAttempts()).map((a) => a.id)).toEqual(['my-a-1']);
    expect((await questionMap()).has('my-a-001')).toBe(false);
  });

  it('travels in backups: export → wipe → import gives the same packs, and a tampered pack is refused', async () => {
    await saveOwnPack(makePack('my-a', 'Alpha'));
    const backup = await exportAll(new Date(0));
    await importBackup({ data: { ...backup.data, ownPacks: [] } }, 'replace');
    expect(await listOwnPacks()).toEqual([]);
    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.counts.ownPacks).toBe(1);
    await importBackup(parsed.backup, 'merge');
    expect(await listOwnPacks()).toEqual(backup.data.ownPacks);

    const tampered = structuredClone(backup) as unknown as { data: { ownPacks: { questions: { answer: string[] }[] }[] } };
    tampered.data.ownPacks[0]!.questions[0]!.answer = ['z'];
    expect(parseBackup(JSON.stringify(tampered))).toEqual({ ok: false, error: expect.stringMatching(/Record 1 of kind "imported question packs" has an invalid field "questions\.0\.answer\.0"/) });
  });
});
