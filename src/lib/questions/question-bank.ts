// Every question the app can ask: the built-in packs (a precached chunk,
// loaded once) and the user's imported packs (IndexedDB, re-read after any
// tab changes them). Screens ask here and never care which kind they got.
import { loadQuestions, packs as builtInPacks } from 'virtual:guide/packs';
import type { PackInfo } from '../../domain/questions/packs';
import type { PlayableQuestion } from '../../domain/questions/playable';
import { isOwnId, ownPackInfo, ownQuestions, type OwnPack } from '../../domain/questions/own-pack';
import { listOwnPacks } from '../db/own-packs';
import { onAnyChange } from '../db/changes';

let builtIn: Promise<Map<string, PlayableQuestion>> | null = null;
let own: Promise<OwnPack[]> | null = null;
let merged: { from: Promise<OwnPack[]>; map: Promise<Map<string, PlayableQuestion>> } | null = null;
let unsubscribe: (() => void) | null = null;

function builtInMap(): Promise<Map<string, PlayableQuestion>> {
  builtIn ??= loadQuestions().then((qs) => new Map<string, PlayableQuestion>(qs.map((q) => [q.id, q])));
  return builtIn;
}

/** The imported packs, read once and again after any change to them. */
export function ownPacks(): Promise<OwnPack[]> {
  if (!own) {
    unsubscribe?.();
    unsubscribe = onAnyChange((stores) => {
      if (stores.includes('ownPacks')) own = null;
    });
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

export function builtInPackList(): readonly PackInfo[] {
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
