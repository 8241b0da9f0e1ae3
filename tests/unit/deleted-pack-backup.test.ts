// Found by the second adversarial review: deleting an imported pack remembers the pack, its practice place
// and its flags, but NOT its running exam, its results, its per-question
// practice rows or its missed-question cards. Merging a backup made before the
// delete brings those back: a running exam of a pack that no longer exists
// (PracticeScreen/PackScreen offer "Resume exam"; opening it ends it again).
import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests } from '../../src/lib/db/connection';
import { deleteOwnPack, saveOwnPack } from '../../src/lib/db/own-packs';
import { findUnfinishedAttempt, saveAttempt } from '../../src/lib/db/attempts';
import { listResults, recordResults } from '../../src/lib/db/results';
import { exportAll, importBackup } from '../../src/lib/db/backup';
import { parseBackup } from '../../src/domain/backup/validate';
import { createOwnPack } from '../../src/domain/questions/own-pack';
import { readQuestionPack } from '../../src/domain/questions/import-pack';

afterEach(closeDbForTests);

function makePack(id: string) {
  const r = readQuestionPack('# T\n### One?\n- [x] a\n- [ ] b\n### Two?\n- [x] a\n- [ ] b\n', { fileName: 'b.md', sections: new Map() });
  if (!r.ok) throw new Error(r.error);
  return createOwnPack({ id, title: 'Mine', fileName: 'b.md', format: 'markdown', questions: r.questions, now: 1000 });
}

describe('a deleted imported pack and a backup made before the delete', () => {
  it('merging the older backup does not bring back the pack’s running exam or its answers', async () => {
    const pack = makePack('my-a');
    await saveOwnPack(pack);
    const qid = pack.questions[0]!.id;
    const t = Date.now() - 60_000;
    await saveAttempt({
      id: 'my-a-exam', packId: 'my-a', title: 'Mine', questionIds: pack.questions.map((q) => q.id), answers: { [qid]: ['a'] }, flagged: [], current: 0,
      startedAt: t, deadline: t + 3_600_000, limitMinutes: 60, targetPercent: 72, submittedAt: null, timedOut: false, score: null, note: '', updatedAt: t,
    } as never);
    await recordResults([{ questionId: qid, packId: 'my-a', selected: ['b'], correct: false, answeredAt: t } as never]);
    const parsed = parseBackup(JSON.stringify(await exportAll()));
    if (!parsed.ok) throw new Error(parsed.error);

    await deleteOwnPack('my-a');
    expect(await findUnfinishedAttempt()).toBeUndefined();

    await importBackup(parsed.backup, 'merge');
    expect(await findUnfinishedAttempt(), 'a running exam of a deleted pack came back').toBeUndefined();
    expect((await listResults()).filter((r) => r.packId === 'my-a'), 'results of the deleted pack came back').toEqual([]);
  });
});
