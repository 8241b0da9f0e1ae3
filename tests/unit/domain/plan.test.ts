import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileChapter } from '../../../scripts/content/compile-chapter';
import { dayFromNumber, dayNumber, daysBetween, shiftDay } from '../../../src/domain/plan/day-math';
import {
  blockDays,
  blockWeeksLabel,
  deriveTenWeekPlan,
  examCountdown,
  planEndDay,
  planFor,
  thisWeek,
  weekOfPlan,
} from '../../../src/domain/plan/schedule';
import { SCHEDULE_8_WEEK, TEN_WEEK_RULE } from '../../../src/domain/plan/schedule-data';
import { addDays } from '../../../src/domain/study/days';

const ROOT = resolve(import.meta.dirname, '../../..');
const trackers = JSON.parse(readFileSync(join(ROOT, 'scripts/lib/seed/trackers.json'), 'utf8')) as {
  schedule_8_week_overview: { groups: { title: string; line: number; items: { text: string }[] }[] };
  schedule_10_week_overview: { text: string };
};
const packIds = new Set(
  (JSON.parse(readFileSync(join(ROOT, 'content/packs.json'), 'utf8')) as { packs: { id: string; targetPercent: number }[] }).packs.map((p) => p.id),
);
const chapterIds = new Set(readdirSync(join(ROOT, 'content/chapters')).map((f) => f.replace(/\.md$/, '')));

function headingIds(chapterId: string): Set<string> {
  const markdown = readFileSync(join(ROOT, 'content/chapters', `${chapterId}.md`), 'utf8');
  const names = [...markdown.matchAll(/<!-- diagram: ([\w-]+) -->/g)].map((m) => m[1]!);
  const compiled = compileChapter({
    id: chapterId,
    file: `content/chapters/${chapterId}.md`,
    markdown,
    diagrams: new Map(names.map((n) => [n, '<svg></svg>'])),
    chapterIds,
  });
  return new Set(compiled.toc.map((t) => t.id));
}

describe('the 8-week schedule is the guide’s (trackers.json schedule_8_week_overview)', () => {
  const groups = trackers.schedule_8_week_overview.groups;

  it('has the guide’s 8 weeks, titles and seed lines', () => {
    expect(SCHEDULE_8_WEEK.map((w) => `Week ${w.week}: ${w.title}`)).toEqual(groups.map((g) => g.title));
    expect(SCHEDULE_8_WEEK.map((w) => w.line)).toEqual(groups.map((g) => g.line));
  });

  it('keeps every Read, Focus/Hands-on/Review, Practice and Goal text word for word', () => {
    SCHEDULE_8_WEEK.forEach((w, i) => {
      const texts = groups[i]!.items.map((it) => it.text).sort();
      const ours = [`Read: ${w.read.text}`, `${w.focus.label}: ${w.focus.text}`, `Practice: ${w.practice.text}`, `Goal: ${w.goal.text}`].sort();
      expect(ours).toEqual(texts);
    });
  });

  it('links only chapters, sections and packs that exist', () => {
    const anchors = new Map<string, Set<string>>();
    for (const w of SCHEDULE_8_WEEK) {
      for (const link of [...w.read.chapters, ...w.practice.chapters]) {
        expect(chapterIds).toContain(link.chapterId);
        if (link.anchor) {
          if (!anchors.has(link.chapterId)) anchors.set(link.chapterId, headingIds(link.chapterId));
          expect(anchors.get(link.chapterId)).toContain(link.anchor);
        }
      }
      for (const id of w.practice.packIds) expect(packIds).toContain(id);
    }
  });

  it('names the pack of each practice week and the goal percentage', () => {
    expect(SCHEDULE_8_WEEK.map((w) => w.practice.packIds)).toEqual([
      [], ['d1-bundle-1'], ['d1-bundle-2'], ['d2-bundle-1'], ['d3-bundle-1'], ['d4-bundle-1'], ['full-test-1'], ['full-test-2', 'full-test-3'],
    ]);
    expect(SCHEDULE_8_WEEK.map((w) => w.goal.targetPercent)).toEqual([null, 70, 75, 75, 75, 75, 70, 75]);
    for (const w of SCHEDULE_8_WEEK) {
      const pct = /(\d+)%\+/.exec(w.goal.text)?.[1];
      expect(w.goal.targetPercent).toBe(pct ? Number(pct) : null);
    }
  });

  it('planFor("8") is one block per week', () => {
    const plan = planFor('8');
    expect(plan.weeks).toBe(8);
    expect(plan.blocks.map((b) => [b.startWeek, b.endWeek, b.sourceWeek])).toEqual(SCHEDULE_8_WEEK.map((w) => [w.week - 1, w.week, w.week]));
  });
});

describe('the 10-week plan is derived from the guide’s rule, 1.5 weeks per domain chapter', () => {
  const plan = planFor('10');
  const span = (b: { startWeek: number; endWeek: number }) => b.endWeek - b.startWeek;

  it('quotes the rule the guide gives', () => {
    expect(TEN_WEEK_RULE).toBe(trackers.schedule_10_week_overview.text);
  });

  it('gives each domain chapter (02–05) exactly 1.5 weeks in total', () => {
    for (const id of ['02-domain-1-development', '03-domain-2-security', '04-domain-3-deployment', '05-domain-4-troubleshooting']) {
      const total = plan.blocks.filter((b) => b.domainChapterId === id).reduce((s, b) => s + span(b), 0);
      expect(total, id).toBe(1.5);
    }
  });

  it('splits Domain 1’s 1.5 weeks between its two parts like the 8-week plan does (0.75 each)', () => {
    const d1 = plan.blocks.filter((b) => b.domainChapterId === '02-domain-1-development');
    expect(d1.map((b) => [b.title, span(b)])).toEqual([
      ['Development Basics (Domain 1 - Part 1)', 0.75],
      ['Development Advanced (Domain 1 - Part 2)', 0.75],
    ]);
  });

  it('keeps one week each for Foundations, Integration and Final Preparation (same structure)', () => {
    for (const title of ['Foundations', 'Integration & Practice', 'Final Preparation']) {
      expect(span(plan.blocks.find((b) => b.title === title)!)).toBe(1);
    }
  });

  it('gives the remaining 10 − 9 = 1 week to hands-on practice and review, just before Final Preparation', () => {
    const titles = plan.blocks.map((b) => b.title);
    expect(titles.slice(-2)).toEqual(['Hands-on Practice & Review', 'Final Preparation']);
    const extra = plan.blocks.find((b) => b.sourceWeek === null)!;
    expect(span(extra)).toBe(1);
    expect(extra.focus.label).toBe('Hands-on');
  });

  it('lays the blocks end to end over exactly 10 weeks, in the 8-week order', () => {
    expect(plan.weeks).toBe(10);
    expect(plan.blocks[0]!.startWeek).toBe(0);
    plan.blocks.slice(1).forEach((b, i) => expect(b.startWeek).toBe(plan.blocks[i]!.endWeek));
    expect(plan.blocks[plan.blocks.length - 1]!.endWeek).toBe(10);
    expect(plan.blocks.filter((b) => b.sourceWeek !== null).map((b) => b.sourceWeek)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan.blocks.map((b) => [b.startWeek, b.endWeek])).toEqual([
      [0, 1], [1, 1.75], [1.75, 2.5], [2.5, 4], [4, 5.5], [5.5, 7], [7, 8], [8, 9], [9, 10],
    ]);
  });

  it('is computed, not typed in: another rule gives another plan', () => {
    const twoWeeks = deriveTenWeekPlan(SCHEDULE_8_WEEK, 12, 2);
    expect(twoWeeks.blocks.filter((b) => b.domainChapterId === '03-domain-2-security').map(span)).toEqual([2]);
    expect(span(twoWeeks.blocks.find((b) => b.sourceWeek === null)!)).toBe(12 - (3 + 4 * 2));
    expect(deriveTenWeekPlan(SCHEDULE_8_WEEK, 9, 1.5).blocks.some((b) => b.sourceWeek === null)).toBe(false);
    expect(() => deriveTenWeekPlan(SCHEDULE_8_WEEK, 8, 1.5)).toThrow(RangeError);
  });

  it('labels blocks with the plan weeks they touch', () => {
    expect(plan.blocks.map(blockWeeksLabel)).toEqual([
      'Week 1', 'Week 2', 'Weeks 2–3', 'Weeks 3–4', 'Weeks 5–6', 'Weeks 6–7', 'Week 8', 'Week 9', 'Week 10',
    ]);
  });

  it('puts half weeks on whole days (Domain 2 starts on day 18 of the plan)', () => {
    const d2 = plan.blocks.find((b) => b.domainChapterId === '03-domain-2-security')!;
    expect(blockDays(d2, '2026-03-02')).toEqual({ start: '2026-03-20', end: '2026-03-29' });
  });
});

describe('weekOfPlan', () => {
  it('is 1 on the start day and for six more days, then 2', () => {
    expect(weekOfPlan('2026-03-02', '2026-03-02')).toBe(1);
    expect(weekOfPlan('2026-03-02', '2026-03-08')).toBe(1);
    expect(weekOfPlan('2026-03-02', '2026-03-09')).toBe(2);
  });
  it('is 0 before the start', () => {
    expect(weekOfPlan('2026-03-02', '2026-03-01')).toBe(0);
    expect(weekOfPlan('2026-03-02', '2025-12-31')).toBe(0);
  });
  it('clamps to the plan length when given', () => {
    expect(weekOfPlan('2026-03-02', '2026-06-30')).toBe(18);
    expect(weekOfPlan('2026-03-02', '2026-06-30', 8)).toBe(8);
  });
  it('counts calendar days across daylight-saving changes and the year end (day strings carry no zone)', () => {
    // US DST starts 2026-03-08, EU 2026-03-29, US ends 2026-11-01, EU 2026-10-25.
    expect(weekOfPlan('2026-03-07', '2026-03-14')).toBe(2);
    expect(weekOfPlan('2026-03-07', '2026-03-13')).toBe(1);
    expect(weekOfPlan('2026-03-23', '2026-03-30')).toBe(2);
    expect(weekOfPlan('2026-10-24', '2026-10-31')).toBe(2);
    expect(weekOfPlan('2026-10-24', '2026-10-30')).toBe(1);
    expect(weekOfPlan('2026-12-28', '2027-01-04')).toBe(2);
    expect(weekOfPlan('2028-02-26', '2028-03-04')).toBe(2); // leap year
  });
});

describe('day arithmetic', () => {
  it('agrees with days.ts addDays across DST changes and year ends', () => {
    for (const day of ['2026-03-07', '2026-03-28', '2026-10-24', '2026-10-31', '2026-12-31', '2028-02-28']) {
      for (const delta of [-8, -1, 1, 6, 7, 14, 70]) {
        expect(shiftDay(day, delta)).toBe(addDays(day, delta));
        expect(daysBetween(day, shiftDay(day, delta))).toBe(delta);
      }
    }
    expect(dayFromNumber(dayNumber('2026-03-08'))).toBe('2026-03-08');
  });
});

describe('thisWeek', () => {
  const start = '2026-03-02';
  it('shows week 1 with status before when the plan has not started', () => {
    const w = thisWeek(planFor('8'), start, '2026-02-27');
    expect(w).toMatchObject({ status: 'before', week: 1, start: '2026-03-02', end: '2026-03-08', today: null });
    expect(w.blocks.map((b) => b.title)).toEqual(['Foundations']);
  });
  it('gives the week’s Read, Focus, Practice and Goal with links', () => {
    const w = thisWeek(planFor('8'), start, '2026-03-12');
    expect(w).toMatchObject({ status: 'during', week: 2, start: '2026-03-09', end: '2026-03-15' });
    const [b] = w.blocks;
    expect(b!.read.chapters[0]).toMatchObject({ chapterId: '02-domain-1-development' });
    expect(b!.practice.packIds).toEqual(['d1-bundle-1']);
    expect(b!.goal.targetPercent).toBe(70);
    expect(w.today).toBe(b);
  });
  it('in the 10-week plan shows both blocks of a week that changes chapter mid-week, and today’s', () => {
    const plan = planFor('10');
    const monday = thisWeek(plan, start, '2026-03-16'); // week 3, day 14
    expect(monday.week).toBe(3);
    expect(monday.blocks.map((b) => b.title)).toEqual(['Development Advanced (Domain 1 - Part 2)', 'Security (Domain 2)']);
    expect(monday.today?.title).toBe('Development Advanced (Domain 1 - Part 2)');
    expect(thisWeek(plan, start, '2026-03-20').today?.title).toBe('Security (Domain 2)'); // day 18
  });
  it('stays on the last week with status after when the plan is over', () => {
    const w = thisWeek(planFor('8'), start, '2026-05-01');
    expect(w).toMatchObject({ status: 'after', week: 8, today: null });
    expect(planEndDay(planFor('8'), start)).toBe('2026-04-26');
    expect(thisWeek(planFor('8'), start, '2026-04-26').status).toBe('during');
    expect(thisWeek(planFor('8'), start, '2026-04-27').status).toBe('after');
  });
});

describe('examCountdown', () => {
  it('counts calendar days left, today, or passed', () => {
    expect(examCountdown('2026-04-30', '2026-04-29')).toEqual({ status: 'upcoming', daysLeft: 1 });
    expect(examCountdown('2026-04-30', '2026-03-02')).toEqual({ status: 'upcoming', daysLeft: 59 });
    expect(examCountdown('2026-04-30', '2026-04-30')).toEqual({ status: 'today', daysLeft: 0 });
    expect(examCountdown('2026-04-30', '2026-05-03')).toEqual({ status: 'passed', daysAgo: 3 });
  });
  it('is not thrown off by a DST change in between', () => {
    expect(examCountdown('2026-03-09', '2026-03-07')).toEqual({ status: 'upcoming', daysLeft: 2 });
    expect(examCountdown('2026-11-02', '2026-10-31')).toEqual({ status: 'upcoming', daysLeft: 2 });
  });
});
