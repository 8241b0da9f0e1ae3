import { withDb } from './connection';
import { announceChange } from './changes';
import type { ChecklistItemState } from './schema';
import { noteUserDataWritten } from './persistence';

export function listChecklist(chapterId?: string): Promise<ChecklistItemState[]> {
  return withDb((db) => (chapterId ? db.getAllFromIndex('checklist', 'byChapter', chapterId) : db.getAll('checklist')));
}

export async function setChecklistItem(id: string, checked: boolean, now: number): Promise<void> {
  const chapterId = id.split(':')[0] ?? '';
  await withDb(async (db) => {
    const tx = db.transaction('checklist', 'readwrite');
    await Promise.all([tx.store.put({ id, chapterId, checked, updatedAt: now }), tx.done]);
  });
  announceChange('checklist');
  noteUserDataWritten();
}
