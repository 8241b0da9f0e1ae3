import { withDb } from './connection';
import { announceChange } from './changes';
import type { ProblemReport } from './schema';
import { noteUserDataWritten } from './persistence';

/** Newest first. */
export async function listReports(): Promise<ProblemReport[]> {
  const rows = await withDb((db) => db.getAllFromIndex('reports', 'byCreatedAt'));
  return rows.reverse();
}

/** Resolves once committed. */
export async function addReport(report: ProblemReport): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('reports', 'readwrite');
    await Promise.all([tx.store.put(report), tx.done]);
  });
  announceChange('reports');
  noteUserDataWritten();
}

export async function deleteReport(id: string): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('reports', 'readwrite');
    await Promise.all([tx.store.delete(id), tx.done]);
  });
  announceChange('reports');
}
