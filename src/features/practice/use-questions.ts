import { useEffect, useState } from 'preact/hooks';
import { loadQuestions } from 'virtual:guide/packs';
import type { Question } from '../../domain/questions/schema';

let cache: Promise<Map<string, Question>> | null = null;

/** Every built-in question by id, loaded once (a precached chunk). */
export function questionMap(): Promise<Map<string, Question>> {
  cache ??= loadQuestions().then((qs) => new Map(qs.map((q) => [q.id, q])));
  return cache;
}

export function useQuestions(): Map<string, Question> | null {
  const [map, setMap] = useState<Map<string, Question> | null>(null);
  useEffect(() => {
    void questionMap().then(setMap);
  }, []);
  return map;
}
