import { withDb } from './connection';
import { putRow } from './write';
import type { ChecklistItemState } from './schema';

export function listChecklist(chapterId?: string): Promise<ChecklistItemState[]> {
  return withDb((db) => (chapterId ? db.getAllFromIndex('checklist', 'byChapter', chapterId) : db.getAll('checklist')));
}

export async function setChecklistItem(id: string, checked: boolean, now: number): Promise<void> {
  const chapterId = id.split(':')[0] ?? '';
  await putRow('checklist', { id, chapterId, checked, updatedAt: now });
}
