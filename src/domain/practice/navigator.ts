// The exam's question navigator and its review filters.
import type { Answers } from './scoring';

export type NavFilter = 'all' | 'answered' | 'unanswered' | 'flagged';

export interface NavItem {
  id: string;
  number: number; // 1-based
  answered: boolean;
  flagged: boolean;
}

export function navItems(questionIds: readonly string[], answers: Answers, flagged: ReadonlySet<string>): NavItem[] {
  return questionIds.map((id, i) => ({ id, number: i + 1, answered: (answers[id]?.length ?? 0) > 0, flagged: flagged.has(id) }));
}

export function filterNav(items: readonly NavItem[], filter: NavFilter): NavItem[] {
  switch (filter) {
    case 'answered':
      return items.filter((i) => i.answered);
    case 'unanswered':
      return items.filter((i) => !i.answered);
    case 'flagged':
      return items.filter((i) => i.flagged);
    default:
      return [...items];
  }
}

export function counts(items: readonly NavItem[]): Record<NavFilter, number> {
  return {
    all: items.length,
    answered: items.filter((i) => i.answered).length,
    unanswered: items.filter((i) => !i.answered).length,
    flagged: items.filter((i) => i.flagged).length,
  };
}
