// Re-reads a screen's data when another tab changes one of its stores.
import { useEffect, useRef } from 'preact/hooks';
import { onChange, type ChangedStore } from '../lib/db/changes';

export function useStoreChanges(stores: readonly ChangedStore[], reload: () => unknown): void {
  const latest = useRef(reload);
  latest.current = reload;
  const key = stores.join(',');
  useEffect(() => {
    const watched = new Set(key.split(','));
    return onChange((changed) => {
      if (changed.some((s) => watched.has(s))) void Promise.resolve().then(() => latest.current()).catch(() => undefined);
    });
  }, [key]);
}
