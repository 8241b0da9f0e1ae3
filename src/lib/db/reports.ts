import { withDb } from './connection';
import { deleteRow, putRow } from './write';
import type { ProblemReport } from './schema';

/** Newest first. */
export async function listReports(): Promise<ProblemReport[]> {
  const rows = await withDb((db) => db.getAllFromIndex('reports', 'byCreatedAt'));
  return rows.reverse();
}

/** Resolves once committed. */
export async function addReport(report: ProblemReport): Promise<void> {
  await putRow('reports', report);
}

export async function deleteReport(id: string): Promise<void> {
  await deleteRow('reports', id);
}
