// The sync status line, in words. Pure: `now` is passed in.
import type { SyncStatus } from './types';

export interface SyncSummary {
  text: string;
  detail: string | null;
  error: boolean;
}

function ago(then: number, now: number): string {
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(then).toLocaleString();
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function syncSummary(status: SyncStatus | null, syncing: boolean, now: number): SyncSummary {
  const last = status?.lastSuccessAt ? `Last synced ${ago(status.lastSuccessAt, now)}` : 'Not synced yet';
  const moved = status?.last ? `: sent ${plural(status.last.sent, 'record', 'records')}, received ${plural(status.last.received, 'change', 'changes')}` : '';
  const skipped = status?.last?.skipped
    ? `${plural(status.last.skipped, 'record', 'records')} on the server failed validation and were skipped (${status.last.skippedIds.join(', ')}).`
    : null;
  if (syncing) return { text: 'Syncing…', detail: null, error: false };
  if (status?.error && status.errorAt >= status.lastSuccessAt) {
    return { text: status.error, detail: `${last}${moved}.`, error: true };
  }
  return { text: `${last}${moved}.`, detail: skipped, error: false };
}
