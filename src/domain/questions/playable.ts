// What every screen needs of a question, built-in or imported. Built-in
// questions (schema.ts) always map to a domain, a task and a guide section;
// a community bank's Markdown has none of these, so here they may be null.
import type { OptionId, Question } from './schema';
import { TASKS } from './schema';

export type Domain = 1 | 2 | 3 | 4;
export type Task = (typeof TASKS)[number];

export interface PlayableQuestion {
  id: string;
  domain: Domain | null;
  task: Task | null;
  tags: readonly string[];
  type: 'single' | 'multiple';
  choose: number;
  stem: string;
  options: readonly { id: OptionId; text: string }[];
  answer: readonly OptionId[];
  explanations: Partial<Record<OptionId, string>>;
  takeaway: string;
  guide: { chapter: string; anchor: string } | null;
  retired?: boolean;
  /** Built-in only: the "Updated" notes its explanation corrects (resolved at build from `errata`). */
  updates?: readonly QuestionUpdate[];
  /** Set on imported questions: their text is the user's Markdown, shown only after sanitising. */
  markdown?: true;
}

export interface QuestionUpdate {
  id: string;
  chapter: string;
  /** The guide's dated words. */
  quote: string;
}

// Compile-time proof that every built-in question is playable as it is.
export const asPlayable = (q: Question): PlayableQuestion => q;
