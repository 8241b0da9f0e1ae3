// Practice questions in search: indexed on the device from the precached
// question chunks (each question is precached once, not again as search text).
// Built once, when search is first used, alongside the guide's prebuilt index.
import MiniSearch from 'minisearch';
import { loadQuestions } from 'virtual:guide/question-loaders';
import { SEARCH_OPTIONS } from './search-options';
import type { Question } from '../../domain/questions/schema';

export interface QuestionIndex {
  mini: MiniSearch;
  byId: Map<string, Question>;
}

const heading = (stem: string): string => (stem.length > 110 ? `${stem.slice(0, 110)}…` : stem);

export function buildQuestionIndex(questions: readonly Question[]): QuestionIndex {
  const mini = new MiniSearch(SEARCH_OPTIONS);
  const live = questions.filter((q) => !q.retired);
  mini.addAll(live.map((q) => ({ id: `question:${q.id}`, heading: q.stem, text: [...q.options.map((o) => o.text), q.takeaway].join(' ') })));
  return { mini, byId: new Map(live.map((q) => [q.id, q])) };
}

let built: Promise<QuestionIndex> | null = null;

export function questionIndex(): Promise<QuestionIndex> {
  built ??= loadQuestions().then(buildQuestionIndex);
  built.catch(() => {
    built = null;
  });
  return built;
}

/** What a hit shows: the stem, shortened, as its heading; the whole question as snippet text. */
export function questionDoc(q: Question): [string, string, string, string] {
  return ['', `Practice question ${q.id}`, heading(q.stem), [q.stem, ...q.options.map((o) => o.text), q.takeaway].join(' ')];
}
