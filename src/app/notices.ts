// A tiny store of messages for the toast area: storage errors, tab conflicts.
import { useEffect, useState } from 'preact/hooks';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

const INFO_SECONDS = 5;

let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<(n: Notice[]) => void>();

function set(next: Notice[]): void {
  notices = next;
  for (const l of listeners) l(notices);
}

export function showNotice(notice: Omit<Notice, 'id'>): number {
  const id = nextId++;
  // The same sentence twice is noise: keep one.
  set([...notices.filter((n) => n.text !== notice.text), { ...notice, id }]);
  // Good news with nothing to act on leaves by itself: a toast sits over the
  // bottom of the screen, where the last button of a long page is.
  if (notice.tone === 'info' && !notice.action) setTimeout(() => dismissNotice(id), INFO_SECONDS * 1000);
  return id;
}

export function dismissNotice(id: number): void {
  set(notices.filter((n) => n.id !== id));
}

export function useNotices(): Notice[] {
  const [list, setList] = useState(notices);
  useEffect(() => {
    listeners.add(setList);
    return () => listeners.delete(setList);
  }, []);
  return list;
}
