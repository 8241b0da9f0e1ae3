// The guide's Chapter Completion Checklist (00, "Progress Tracking"; seed
// lines 129–168; trackers.json chapter_completion_checklist): 7 groups, 24
// items. Each item says how the app can tick it by itself:
//   - 'chapter-read': the chapter is marked read in the reader;
//   - 'pack-score':   the pack's best score is at or above the target the
//                     checklist states ("Domain 1 Bundle 1 (70%+)" → d1-bundle-1, 70);
//   - 'manual':       only the user knows (exercises, self-assessments, …).
//
// Item ids are the reader's checkbox ids for the same task-list items in
// content/chapters/00-overview.md — `00-overview:${key}`, the key made from the
// item's text (scripts/content/item-ids.ts; the six "Read complete" and
// "Self-assessment passed" carry a hash of their chapter line) — so a box
// ticked in the reader and the one on the Progress tab are the same stored
// state. tests/unit/domain/completion.test.ts checks they match the compiler.

export type AutoRule =
  | { kind: 'chapter-read'; chapterId: string }
  | { kind: 'pack-score'; packId: string; targetPercent: number }
  | { kind: 'manual' };

export interface CompletionItem {
  id: string;
  /** The guide's text. */
  text: string;
  group: string;
  /** Where the item points in the guide (for a link), when it names a chapter or section. */
  chapterId: string | null;
  anchor?: string;
  auto: AutoRule;
}

export interface CompletionGroup {
  title: string;
  /** The chapter the group is about (null for Final Preparation). */
  chapterId: string | null;
  items: CompletionItem[];
}

const PREFIX = '00-overview:';
/** The reader's checkbox keys of the 24 items, in order. */
const KEYS = [
  'read-complete-3ol1nw-1hx1c4', 'exercises-done-1txsjc', 'self-assessment-passed-vjtz4k-1hx1c4',
  'read-complete-3ol1nw-173p5ax', 'practice-questions-domain-1-bundle-1-1vhvtwj', 'practice-questions-domain-1-bundle-2-oe6wlt', 'self-assessment-passed-vjtz4k-173p5ax',
  'read-complete-3ol1nw-9zolza', 'practice-questions-domain-2-bundle-1-hlw21r', 'self-assessment-passed-vjtz4k-9zolza',
  'read-complete-3ol1nw-11nujp', 'practice-questions-domain-3-bundle-1-1pq8p70', 'self-assessment-passed-vjtz4k-11nujp',
  'read-complete-3ol1nw-1muu0rk', 'practice-questions-domain-4-bundle-1-thnusl', 'self-assessment-passed-vjtz4k-1muu0rk',
  'read-complete-3ol1nw-1jgrwp4', 'practice-questions-full-practice-test-1-cj8vf0', 'self-assessment-passed-vjtz4k-1jgrwp4',
  'study-strategies-reviewed-07_study_strategies-k4ydw8', 'final-checklist-completed-08_final_checklist-12cemah', 'full-practice-test-2-75-w1l2ns', 'full-practice-test-3-75-1l00ct5', 'ready-for-exam-1ymvo6d',
];

type Spec = [text: string, auto: AutoRule, link?: { chapterId: string; anchor?: string }];

const read = (chapterId: string): Spec => ['Read complete', { kind: 'chapter-read', chapterId }, { chapterId }];
const selfAssessment = (chapterId: string): Spec => [
  'Self-assessment passed',
  { kind: 'manual' },
  { chapterId, anchor: 'self-assessment-checklist' },
];
const pack = (text: string, packId: string, targetPercent: number): Spec => [text, { kind: 'pack-score', packId, targetPercent }];

const GROUPS: [title: string, chapterId: string | null, specs: Spec[]][] = [
  ['Chapter 0: Fundamentals (01_fundamentals)', '01-fundamentals', [
    read('01-fundamentals'),
    ['Exercises done', { kind: 'manual' }], // the guide has no exercises section (INVENTORY 7.18)
    selfAssessment('01-fundamentals'),
  ]],
  ['Chapter 1: Development (02_domain_1_development)', '02-domain-1-development', [
    read('02-domain-1-development'),
    pack('Practice questions: Domain 1 Bundle 1 (70%+)', 'd1-bundle-1', 70),
    pack('Practice questions: Domain 1 Bundle 2 (75%+)', 'd1-bundle-2', 75),
    selfAssessment('02-domain-1-development'),
  ]],
  ['Chapter 2: Security (03_domain_2_security)', '03-domain-2-security', [
    read('03-domain-2-security'),
    pack('Practice questions: Domain 2 Bundle 1 (75%+)', 'd2-bundle-1', 75),
    selfAssessment('03-domain-2-security'),
  ]],
  ['Chapter 3: Deployment (04_domain_3_deployment)', '04-domain-3-deployment', [
    read('04-domain-3-deployment'),
    pack('Practice questions: Domain 3 Bundle 1 (75%+)', 'd3-bundle-1', 75),
    selfAssessment('04-domain-3-deployment'),
  ]],
  ['Chapter 4: Troubleshooting (05_domain_4_troubleshooting)', '05-domain-4-troubleshooting', [
    read('05-domain-4-troubleshooting'),
    pack('Practice questions: Domain 4 Bundle 1 (75%+)', 'd4-bundle-1', 75),
    selfAssessment('05-domain-4-troubleshooting'),
  ]],
  ['Chapter 5: Integration (06_integration)', '06-integration', [
    read('06-integration'),
    pack('Practice questions: Full Practice Test 1 (70%+)', 'full-test-1', 70),
    selfAssessment('06-integration'),
  ]],
  ['Final Preparation', null, [
    // "reviewed" = the chapter was read through and marked read.
    ['Study strategies reviewed (07_study_strategies)', { kind: 'chapter-read', chapterId: '07-study-strategies' }, { chapterId: '07-study-strategies' }],
    // "completed" means the final-week checklist was worked through, not just read: manual.
    ['Final checklist completed (08_final_checklist)', { kind: 'manual' }, { chapterId: '08-final-checklist' }],
    pack('Full Practice Test 2 (75%+)', 'full-test-2', 75),
    pack('Full Practice Test 3 (75%+)', 'full-test-3', 75),
    ['Ready for exam!', { kind: 'manual' }],
  ]],
];

/** The guide names its files ("Chapter 0: Fundamentals (01_fundamentals)"); the app shows the words only. */
const withoutFileName = (s: string): string => s.replace(/\s*\(\d\d_[a-z0-9_]+\)/g, '');

let ordinal = 0;
export const COMPLETION_CHECKLIST: readonly CompletionGroup[] = GROUPS.map(([title, chapterId, specs]) => ({
  title: withoutFileName(title),
  chapterId,
  items: specs.map(([text, auto, link]) => ({
    id: `${PREFIX}${KEYS[ordinal++]}`,
    text: withoutFileName(text),
    group: withoutFileName(title),
    chapterId: link?.chapterId ?? null,
    ...(link?.anchor ? { anchor: link.anchor } : {}),
    auto,
  })),
}));

export const COMPLETION_ITEMS: readonly CompletionItem[] = COMPLETION_CHECKLIST.flatMap((g) => g.items);

export interface AutoTickInput {
  readChapters: ReadonlySet<string> | readonly string[];
  /** Best percent per pack id (see bestScores). */
  bestScores: Readonly<Record<string, number>>;
}

/**
 * What the app knows by itself: for each automatic item, whether it is met
 * (true) or not yet (false). Manual items are not in the result.
 */
export function autoTicks(items: readonly CompletionItem[], input: AutoTickInput): Record<string, boolean> {
  const readSet = input.readChapters instanceof Set ? input.readChapters : new Set(input.readChapters);
  const out: Record<string, boolean> = {};
  for (const item of items) {
    const rule = item.auto;
    if (rule.kind === 'chapter-read') out[item.id] = readSet.has(rule.chapterId);
    else if (rule.kind === 'pack-score') {
      const best = input.bestScores[rule.packId];
      out[item.id] = best !== undefined && best >= rule.targetPercent;
    }
  }
  return out;
}

/** Best submitted percent per pack (attempts without a pack are ignored). */
export function bestScores(attempts: readonly { packId: string | null; percent: number }[]): Record<string, number> {
  const best: Record<string, number> = {};
  for (const a of attempts) {
    if (a.packId === null) continue;
    const prev = best[a.packId];
    if (prev === undefined || a.percent > prev) best[a.packId] = a.percent;
  }
  return best;
}

export interface ItemTick {
  checked: boolean;
  /** 'auto': the app ticked it; 'manual': the user did; null: not ticked. */
  by: 'auto' | 'manual' | null;
}

/**
 * The checklist as shown: an item is ticked when the app knows it is done or
 * the user ticked it by hand (a user may have scored on paper, so a manual
 * tick on an automatic item counts too).
 */
export function checklistTicks(
  items: readonly CompletionItem[],
  auto: Readonly<Record<string, boolean>>,
  manual: Readonly<Record<string, boolean>>,
): Record<string, ItemTick> {
  const out: Record<string, ItemTick> = {};
  for (const item of items) {
    if (auto[item.id]) out[item.id] = { checked: true, by: 'auto' };
    else if (manual[item.id]) out[item.id] = { checked: true, by: 'manual' };
    else out[item.id] = { checked: false, by: null };
  }
  return out;
}

export function completionProgress(ticks: Readonly<Record<string, ItemTick>>, items: readonly CompletionItem[] = COMPLETION_ITEMS): { done: number; total: number } {
  return { done: items.filter((i) => ticks[i.id]?.checked).length, total: items.length };
}
