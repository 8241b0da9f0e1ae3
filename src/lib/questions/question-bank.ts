// Every question the app can ask: the built-in packs (a precached chunk,
// loaded once) and the user's imported packs (IndexedDB, re-read after any
// tab changes them). Screens ask here and never care which kind they got.
import { packs as builtInPacks } from 'virtual:guide/packs';
import { loadQuestion, loadQuestions } from 'virtual:guide/question-loaders';
import type { PackInfo } from '../../domain/questions/packs';
import type { PlayableQuestion } from '../../domain/questions/playable';
import { isOwnId, ownPackInfo, ownQuestions, type OwnPack } from '../../domain/questions/own-pack';
import { listOwnPacks } from '../db/own-packs';
import { onAnyChange } from '../db/changes';

let builtIn: Promise<Map<string, PlayableQuestion>> | null = null;
/** Questions already in memory (the whole set, or ones loaded alone), by id. */
const known = new Map<string, PlayableQuestion>();
const loading = new Map<string, Promise<PlayableQuestion | undefined>>();
let own: Promise<OwnPack[]> | null = null;
let merged: { from: Promise<OwnPack[]>; map: Promise<Map<string, PlayableQuestion>> } | null = null;
let unsubscribe: (() => void) | null = null;

function builtInMap(): Promise<Map<string, PlayableQuestion>> {
  builtIn ??= loadQuestions().then((qs) => {
    for (const q of qs) known.set(q.id, q);
    return new Map<string, PlayableQuestion>(qs.map((q) => [q.id, q]));
  });
  return builtIn;
}

/** The imported packs, read once and again after any change to them. */
export function ownPacks(): Promise<OwnPack[]> {
  if (!own) {
    unsubscribe?.();
    unsubscribe = onAnyChange((stores) => {
      if (stores.includes('ownPacks')) own = null;
    });
    for (const id of [...known.keys()]) if (isOwnId(id)) known.delete(id);
    own = listOwnPacks();
    own.catch(() => {
      own = null; // try again next time rather than remember a failure
    });
  }
  return own;
}

/** Every question by id, built-in and imported. */
export function questionMap(): Promise<Map<string, PlayableQuestion>> {
  const from = ownPacks();
  if (merged?.from !== from) {
    const map = Promise.all([builtInMap(), from.catch(() => [] as OwnPack[])]).then(([base, packs]) => {
      if (packs.length === 0) return base;
      const all = new Map(base);
      for (const pack of packs) for (const q of ownQuestions(pack)) all.set(q.id, q);
      return all;
    });
    merged = { from, map };
  }
  return merged.map;
}

export function builtInPackList(): typeof builtInPacks {
  return builtInPacks;
}

export async function ownPackList(): Promise<PackInfo[]> {
  return (await ownPacks()).map(ownPackInfo).sort((a, b) => a.title.localeCompare(b.title));
}

/** A pack by id, built-in or imported; undefined when there is none. */
export async function findPack(id: string): Promise<PackInfo | undefined> {
  const builtInPack = builtInPacks.find((p) => p.id === id);
  if (builtInPack || !isOwnId(id)) return builtInPack;
  const pack = (await ownPacks()).find((p) => p.id === id);
  return pack ? ownPackInfo(pack) : undefined;
}

/** A question already in memory, or undefined: lets a screen render without waiting a tick. */
export function peekQuestion(id: string): PlayableQuestion | undefined {
  return known.get(id);
}

/**
 * One question: a built-in one from its own small chunk (a question screen's
 * first paint needs only it), an imported one from its pack.
 */
export function questionById(id: string): Promise<PlayableQuestion | undefined> {
  const ready = known.get(id);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(id);
  if (!pending) {
    pending = isOwnId(id)
      ? ownPacks().then((packs) => packs.flatMap(ownQuestions).find((q) => q.id === id))
      : loadQuestion(id);
    pending = pending.then(
      (q) => {
        if (q) known.set(id, q);
        loading.delete(id);
        return q;
      },
      (error: unknown) => {
        loading.delete(id); // a chunk that failed to load (a blip, an evicted cache) is tried again next time
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/**
 * These questions by id, those that exist: only the chunks that hold them are
 * loaded. A chunk that fails to load rejects the whole call: a question that
 * could not be read is not a question that is gone (an exam would end over it).
 */
export async function questionsFor(ids: readonly string[]): Promise<Map<string, PlayableQuestion>> {
  const found = await Promise.all(ids.map((id) => questionById(id)));
  return new Map(found.flatMap((q) => (q ? [[q.id, q] as const] : [])));
}
