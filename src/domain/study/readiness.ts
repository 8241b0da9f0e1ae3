// Readiness against the guide's "You're Ready When..." (99, Appendix F, seed
// lines 7118–7124; trackers.json ready_when_appendixF):
//   1. You score 75%+ consistently on all practice tests         → from attempts
//   2. You can explain key concepts without referring to notes    → the user confirms
//   3. You recognize common question patterns instantly           → the user confirms
//   4. You make service selection decisions quickly using frameworks → the user confirms
//   5. You understand how services integrate across all four domains → the user confirms
// plus the groundwork the guide's own trackers ask for: every chapter of the
// study path (01–08) read, and the Chapter Completion Checklist done (all but
// its last item, "Ready for exam!", which is what this computes).
//
// "All practice tests" are the three Full Practice Tests (the guide calls the
// domain bundles "practice questions"). "Consistently" is read as: the most
// recent attempt at each of them is at 75% or more — a single lucky high
// score followed by a low one does not count.
import { autoTicks, bestScores, checklistTicks, COMPLETION_ITEMS, type CompletionItem } from './completion';

export const READY_PERCENT = 75;
export const PRACTICE_TESTS = [
  { packId: 'full-test-1', title: 'Full Practice Test 1' },
  { packId: 'full-test-2', title: 'Full Practice Test 2' },
  { packId: 'full-test-3', title: 'Full Practice Test 3' },
] as const;

/** The study path's chapters; 00 (overview) and 99 (appendices) are reference. */
export const STUDY_CHAPTERS: readonly { chapterId: string; title: string }[] = [
  { chapterId: '01-fundamentals', title: 'Chapter 0: Essential Background' },
  { chapterId: '02-domain-1-development', title: 'Chapter 1: Development' },
  { chapterId: '03-domain-2-security', title: 'Chapter 2: Security' },
  { chapterId: '04-domain-3-deployment', title: 'Chapter 3: Deployment' },
  { chapterId: '05-domain-4-troubleshooting', title: 'Chapter 4: Troubleshooting' },
  { chapterId: '06-integration', title: 'Integration & Advanced Topics' },
  { chapterId: '07-study-strategies', title: 'Study Strategies' },
  { chapterId: '08-final-checklist', title: 'the Final Week Checklist' },
];

export interface ReadyCriterion {
  /** `ready-when:N`, N the guide's ordinal (1–5). Criteria 2–5 are stored under this id in the checklist state. */
  id: string;
  text: string;
  auto: boolean;
  met: boolean;
}

const SELF_CHECKS: readonly [text: string, todo: string][] = [
  ['You can explain key concepts without referring to notes', 'Check that you can explain the key concepts without your notes, then confirm it.'],
  ['You recognize common question patterns instantly', 'Check that you recognize the common question patterns instantly (Integration, “Common Question Patterns”), then confirm it.'],
  ['You make service selection decisions quickly using frameworks', 'Check that you make service selection decisions quickly using the frameworks, then confirm it.'],
  ['You understand how services integrate across all four domains', 'Check that you understand how services integrate across all four domains, then confirm it.'],
];

export interface AttemptLike {
  packId: string | null;
  percent: number;
  /** Epoch ms. */
  submittedAt: number;
}

export interface ReadinessInput {
  attempts: readonly AttemptLike[];
  readChapters: ReadonlySet<string> | readonly string[];
  /** Manual ticks: completion checklist item ids and `ready-when:2..5`. */
  checklist: Readonly<Record<string, boolean>>;
}

export interface PracticeTestStatus {
  packId: string;
  title: string;
  attempts: number;
  latest: number | null;
  best: number | null;
  met: boolean;
}

export interface Readiness {
  ready: boolean;
  criteria: ReadyCriterion[];
  practiceTests: PracticeTestStatus[];
  /** What is still missing, one plain sentence each, in study order. */
  missing: string[];
}

function formatPercent(p: number): string {
  return `${Math.round(p * 10) / 10}%`;
}

export function practiceTestStatus(attempts: readonly AttemptLike[]): PracticeTestStatus[] {
  return PRACTICE_TESTS.map(({ packId, title }) => {
    const mine = attempts.filter((a) => a.packId === packId).sort((a, b) => a.submittedAt - b.submittedAt);
    const latest = mine[mine.length - 1]?.percent ?? null;
    const best = mine.length ? Math.max(...mine.map((a) => a.percent)) : null;
    return { packId, title, attempts: mine.length, latest, best, met: latest !== null && latest >= READY_PERCENT };
  });
}

function checklistSentence(item: CompletionItem): string {
  if (item.auto.kind === 'pack-score') return ''; // handled with scores
  if (item.text === 'Self-assessment passed') return `Pass the self-assessment of ${item.group.replace(/ \(.*\)$/, '')} and tick it.`;
  return `Tick “${item.text}” (${item.group.replace(/ \(.*\)$/, '')}) when it is done.`;
}

export function readiness(input: ReadinessInput): Readiness {
  const readSet = input.readChapters instanceof Set ? input.readChapters : new Set(input.readChapters);
  const missing: string[] = [];

  // Groundwork 1: the chapters.
  for (const c of STUDY_CHAPTERS) {
    if (!readSet.has(c.chapterId)) missing.push(`Read ${c.title} and mark it read.`);
  }

  // Groundwork 2: the Chapter Completion Checklist (not its last item).
  const items = COMPLETION_ITEMS.filter((i) => i.text !== 'Ready for exam!');
  const best = bestScores(input.attempts);
  const ticks = checklistTicks(items, autoTicks(items, { readChapters: readSet, bestScores: best }), input.checklist);
  const fullTests = new Set<string>(PRACTICE_TESTS.map((t) => t.packId));
  for (const item of items) {
    if (ticks[item.id]?.checked) continue;
    const rule = item.auto;
    if (rule.kind === 'chapter-read') continue; // said above, per chapter
    if (rule.kind === 'pack-score') {
      if (fullTests.has(rule.packId)) continue; // said below, with the stricter 75% rule
      const name = item.text.replace(/^Practice questions: /, '').replace(/ \(\d+%\+\)$/, '');
      const b = best[rule.packId];
      missing.push(
        b === undefined
          ? `Take ${name} and score ${rule.targetPercent}% or more.`
          : `Score ${rule.targetPercent}% or more on ${name} (your best so far is ${formatPercent(b)}).`,
      );
      continue;
    }
    missing.push(checklistSentence(item));
  }

  // Criterion 1: 75%+ consistently on all practice tests.
  const tests = practiceTestStatus(input.attempts);
  for (const t of tests) {
    if (t.met) continue;
    missing.push(
      t.latest === null
        ? `Take ${t.title}: the guide wants ${READY_PERCENT}%+ on every practice test, and you have no score on it yet.`
        : `Retake ${t.title}: your latest score is ${formatPercent(t.latest)}, and the guide wants ${READY_PERCENT}%+ on every practice test.`,
    );
  }

  // Criteria 2–5: the user's own judgement.
  const criteria: ReadyCriterion[] = [
    { id: 'ready-when:1', text: 'You score 75%+ consistently on all practice tests', auto: true, met: tests.every((t) => t.met) },
  ];
  SELF_CHECKS.forEach(([text, todo], i) => {
    const id = `ready-when:${i + 2}`;
    const met = input.checklist[id] === true;
    criteria.push({ id, text, auto: false, met });
    if (!met) missing.push(todo);
  });

  return { ready: missing.length === 0, criteria, practiceTests: tests, missing };
}
