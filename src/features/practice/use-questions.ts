import { useEffect, useState } from 'preact/hooks';
import { builtInPackList, findPack, ownPackList, peekQuestion, questionById, questionMap, questionsFor } from '../../lib/questions/question-bank';
import { onAnyChange } from '../../lib/db/changes';
import { showNotice } from '../../app/notices';
import type { PackInfo } from '../../domain/questions/packs';
import type { PlayableQuestion } from '../../domain/questions/playable';


/** Re-runs `load` when the imported packs change in any tab. */
function useOwnPacksVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => onAnyChange((stores) => stores.includes('ownPacks') && setVersion((n) => n + 1)), []);
  return version;
}

/** How long 'later' waits: past a first visit's first paint, well before anyone finishes a question. */
const LATER_MS = 1500;

/**
 * Questions by id: every question, or only `ids` (a session's, an exam's: just
 * the chunks that hold them; those missing are left out). `ids` null: not known
 * yet. 'later' waits a moment: a question screen's first paint needs one
 * question, and the rest must not compete with it for the network or the CPU.
 */
export function useQuestions(after: 'now' | 'later' | 'never' = 'now', ids?: readonly string[] | null): Map<string, PlayableQuestion> | null {
  const [map, setMap] = useState<Map<string, PlayableQuestion> | null>(null);
  const version = useOwnPacksVersion();
  const key = ids === undefined ? '*' : ids === null ? null : ids.join(',');
  useEffect(() => {
    if (after === 'never' || key === null) return;
    let live = true;
    let tries = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    // A chunk that cannot be read now (a cache evicted, a blip) is asked again, with word to the user; never taken as "no such question".
    const load = (): void =>
      void (ids ? questionsFor(ids) : questionMap()).then(
        (m) => live && setMap(m),
        () => {
          if (!live) return;
          if (tries++ === 0) showNotice({ tone: 'error', text: 'Some questions could not be loaded. Trying again…' });
          retry = setTimeout(load, Math.min(30_000, 1000 * 2 ** tries));
        },
      );
    if (after === 'now') load();
    const timer = after === 'later' ? setTimeout(load, LATER_MS) : undefined;
    return () => {
      live = false;
      clearTimeout(timer);
      clearTimeout(retry);
    };
  }, [version, after, key]);
  return map;
}

/** One question (undefined while loading, null if there is none), without loading them all. */
export function useQuestion(id: string | null): PlayableQuestion | null | undefined {
  const [loaded, setLoaded] = useState<{ id: string; question: PlayableQuestion | null } | null>(null);
  const version = useOwnPacksVersion();
  useEffect(() => {
    if (!id) return;
    let live = true;
    void questionById(id).then((q) => live && setLoaded({ id, question: q ?? null }), () => live && setLoaded({ id, question: null }));
    return () => {
      live = false;
    };
  }, [id, version]);
  if (!id) return null;
  return peekQuestion(id) ?? (loaded?.id === id ? loaded.question : undefined);
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
