import { useState } from 'preact/hooks';
import { setChecklistItem } from '../../lib/db/checklist';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';

/**
 * Ticking a stored checklist item. The box shows the new state while the
 * write commits (a controlled box would otherwise flip back until then); a
 * failed write puts it back and says why.
 */
export function useChecklistTicks(onChanged: () => Promise<void>) {
  const [pending, setPending] = useState<Record<string, boolean>>({});
  async function tick(id: string, checked: boolean): Promise<void> {
    setPending((p) => ({ ...p, [id]: checked }));
    try {
      await setChecklistItem(id, checked, Date.now());
      await onChanged();
    } catch (e) {
      showNotice({ tone: 'error', text: describeStorageError(e) });
    } finally {
      setPending(({ [id]: _done, ...rest }) => rest);
    }
  }
  return { pending, tick };
}
