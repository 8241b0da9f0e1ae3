import { useEffect, useState } from 'preact/hooks';
import { builtInPackList, findPack, ownPackList, questionMap } from '../../lib/questions/question-bank';
import { onAnyChange } from '../../lib/db/changes';
import type { PackInfo } from '../../domain/questions/packs';
import type { PlayableQuestion } from '../../domain/questions/playable';

export { questionMap };

/** Re-runs `load` when the imported packs change in any tab. */
function useOwnPacksVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => onAnyChange((stores) => stores.includes('ownPacks') && setVersion((n) => n + 1)), []);
  return version;
}

export function useQuestions(): Map<string, PlayableQuestion> | null {
  const [map, setMap] = useState<Map<string, PlayableQuestion> | null>(null);
  const version = useOwnPacksVersion();
  useEffect(() => {
    void questionMap().then(setMap);
  }, [version]);
  return map;
}

/** The user's imported packs (null while loading). */
export function useOwnPacks(): PackInfo[] | null {
  const [list, setList] = useState<PackInfo[] | null>(null);
  const version = useOwnPacksVersion();
  useEffect(() => {
    void ownPackList().then(setList, () => setList([]));
  }, [version]);
  return list;
}

/** Built-in and imported packs together (built-in at once, imported when read). */
export function useAllPacks(): readonly PackInfo[] {
  const own = useOwnPacks();
  return own && own.length ? [...builtInPackList(), ...own] : builtInPackList();
}

/** One pack: undefined while loading, null when there is no such pack. */
export function usePack(id: string | undefined): PackInfo | null | undefined {
  const builtIn = builtInPackList().find((p) => p.id === id);
  const [own, setOwn] = useState<PackInfo | null | undefined>(undefined);
  const version = useOwnPacksVersion();
  useEffect(() => {
    if (builtIn || !id) return;
    void findPack(id).then((p) => setOwn(p ?? null), () => setOwn(null));
  }, [id, version]);
  return builtIn ?? (id ? own : null);
}
