// The study plan: which block of the guide's schedule falls in which week,
// counted from the user's start day. Pure: `today` is always passed in as a
// local calendar day ('YYYY-MM-DD'); week arithmetic is on day numbers, never
// on milliseconds, so daylight-saving changes cannot shift a week.
import { daysBetween, shiftDay } from './day-math';
import {
  DOMAIN_CHAPTERS,
  EXTRA_PRACTICE_BLOCK,
  SCHEDULE_8_WEEK,
  TEN_WEEK_TOTAL_WEEKS,
  WEEKS_PER_DOMAIN_CHAPTER,
  type ScheduleWeek,
} from './schedule-data';

export type PlanKind = '8' | '10';

/** One block of a plan: one week of the guide's schedule, possibly stretched or shrunk. */
export interface PlanBlock extends Omit<ScheduleWeek, 'week' | 'line'> {
  /** Position in weeks from the plan start, [startWeek, endWeek); fractions occur in the 10-week plan. */
  startWeek: number;
  endWeek: number;
  /** The week of the guide's 8-week schedule this block comes from; null for the 10-week plan's extra block. */
  sourceWeek: number | null;
}

export interface Plan {
  kind: PlanKind;
  weeks: number;
  blocks: readonly PlanBlock[];
}

function blockFrom(week: ScheduleWeek, startWeek: number, endWeek: number): PlanBlock {
  const { week: sourceWeek, line: _line, ...rest } = week;
  return { ...rest, startWeek, endWeek, sourceWeek };
}

const EIGHT_WEEK_PLAN: Plan = {
  kind: '8',
  weeks: SCHEDULE_8_WEEK.length,
  blocks: SCHEDULE_8_WEEK.map((w) => blockFrom(w, w.week - 1, w.week)),
};

/**
 * The 10-week plan, derived from the guide's only sentence about it: "Follow
 * the same structure but spend 1.5 weeks on each domain chapter, with extra
 * time for hands-on practice and review."
 *
 * 1. Same structure: the blocks of the 8-week schedule, in the same order.
 * 2. 1.5 weeks on each domain chapter (02, 03, 04, 05): a domain chapter's
 *    blocks share 1.5 weeks in the proportions the 8-week plan gives them.
 *    Domain 1 has two one-week blocks (Part 1, Part 2), so each gets 0.75;
 *    Domains 2–4 grow from 1 to 1.5 weeks. Domain chapters: 4 × 1.5 = 6 weeks.
 * 3. The other blocks (Foundations, Integration & Practice, Final
 *    Preparation) keep one week each: 3 weeks. Total so far 9.
 * 4. The rest of the 10 weeks (10 − 9 = 1 week) is the "extra time for
 *    hands-on practice and review": a Hands-on Practice & Review block placed
 *    before Final Preparation, so the final block stays last before the exam.
 *
 * Result (weeks from start): Foundations 0–1, Domain 1 Part 1 1–1.75, Part 2
 * 1.75–2.5, Domain 2 2.5–4, Domain 3 4–5.5, Domain 4 5.5–7, Integration 7–8,
 * Hands-on Practice & Review 8–9, Final Preparation 9–10. The guide does not
 * say where the extra time goes; this is a product decision (INVENTORY 7.5).
 */
export function deriveTenWeekPlan(
  base: readonly ScheduleWeek[] = SCHEDULE_8_WEEK,
  totalWeeks: number = TEN_WEEK_TOTAL_WEEKS,
  weeksPerDomainChapter: number = WEEKS_PER_DOMAIN_CHAPTER,
): Plan {
  const domain = new Set<string>(DOMAIN_CHAPTERS);
  const blocksPerChapter = new Map<string, number>();
  for (const w of base) {
    if (w.domainChapterId && domain.has(w.domainChapterId)) {
      blocksPerChapter.set(w.domainChapterId, (blocksPerChapter.get(w.domainChapterId) ?? 0) + 1);
    }
  }
  const length = (w: ScheduleWeek): number => {
    const n = w.domainChapterId ? blocksPerChapter.get(w.domainChapterId) : undefined;
    return n ? weeksPerDomainChapter / n : 1;
  };
  const used = base.reduce((sum, w) => sum + length(w), 0);
  const extra = totalWeeks - used;
  if (extra < 0) throw new RangeError(`the schedule needs ${used} weeks, more than ${totalWeeks}`);

  const last = base[base.length - 1];
  const blocks: PlanBlock[] = [];
  let at = 0;
  for (const w of base) {
    if (w === last && extra > 0) {
      blocks.push({ ...EXTRA_PRACTICE_BLOCK, domainChapterId: null, startWeek: at, endWeek: at + extra, sourceWeek: null });
      at += extra;
    }
    const len = length(w);
    blocks.push(blockFrom(w, at, at + len));
    at += len;
  }
  return { kind: '10', weeks: totalWeeks, blocks };
}

const TEN_WEEK_PLAN = deriveTenWeekPlan();

export function planFor(kind: PlanKind): Plan {
  return kind === '8' ? EIGHT_WEEK_PLAN : TEN_WEEK_PLAN;
}

/** "Week 2" or "Weeks 3–4": the plan weeks a block touches. */
export function blockWeeksLabel(block: Pick<PlanBlock, 'startWeek' | 'endWeek'>): string {
  const first = Math.floor(block.startWeek) + 1;
  const last = Math.ceil(block.endWeek);
  return first === last ? `Week ${first}` : `Weeks ${first}–${last}`;
}

/** A block's calendar days for a plan starting on `startDay` (fractions of a week rounded to whole days). */
export function blockDays(block: Pick<PlanBlock, 'startWeek' | 'endWeek'>, startDay: string): { start: string; end: string } {
  const from = Math.round(block.startWeek * 7);
  const to = Math.round(block.endWeek * 7);
  return { start: shiftDay(startDay, from), end: shiftDay(startDay, to - 1) };
}

/**
 * Which week of the plan `today` is in, 1-based: the start day opens week 1,
 * seven calendar days later week 2 begins. Before the start: 0. With
 * `totalWeeks`, weeks after the plan's end clamp to the last week.
 */
export function weekOfPlan(startDay: string, today: string, totalWeeks?: number): number {
  const days = daysBetween(startDay, today);
  if (days < 0) return 0;
  const week = Math.floor(days / 7) + 1;
  return totalWeeks === undefined ? week : Math.min(week, totalWeeks);
}

/** The calendar days of plan week `week` (1-based). */
export function planWeekDays(startDay: string, week: number): { start: string; end: string } {
  const start = shiftDay(startDay, (week - 1) * 7);
  return { start, end: shiftDay(start, 6) };
}

export interface ThisWeek {
  /** before: the plan has not started (shows week 1); after: it has ended (shows the last week). */
  status: 'before' | 'during' | 'after';
  /** The plan week shown, 1..plan.weeks. */
  week: number;
  weeks: number;
  /** Calendar days of that week. */
  start: string;
  end: string;
  /** The blocks that overlap that week, in order (two when a 1.5-week block ends mid-week). */
  blocks: PlanBlock[];
  /** The block today falls in (null before or after the plan). */
  today: PlanBlock | null;
}

/** The "This week" card: the week's Read, Focus, Practice and Goal. */
export function thisWeek(plan: Plan, startDay: string, today: string): ThisWeek {
  const days = daysBetween(startDay, today);
  const raw = weekOfPlan(startDay, today);
  const status = raw === 0 ? 'before' : raw > plan.weeks ? 'after' : 'during';
  const week = Math.min(Math.max(raw, 1), plan.weeks);
  const blocks = plan.blocks.filter((b) => b.startWeek < week && b.endWeek > week - 1);
  const current =
    status === 'during'
      ? (plan.blocks.find((b) => days >= Math.round(b.startWeek * 7) && days < Math.round(b.endWeek * 7)) ?? null)
      : null;
  return { status, week, weeks: plan.weeks, ...planWeekDays(startDay, week), blocks, today: current };
}

export type ExamCountdown =
  | { status: 'upcoming'; daysLeft: number }
  | { status: 'today'; daysLeft: 0 }
  | { status: 'passed'; daysAgo: number };

/** Calendar days until the exam day (tomorrow → 1), "today", or how long ago it passed. */
export function examCountdown(examDay: string, today: string): ExamCountdown {
  const days = daysBetween(today, examDay);
  if (days > 0) return { status: 'upcoming', daysLeft: days };
  if (days === 0) return { status: 'today', daysLeft: 0 };
  return { status: 'passed', daysAgo: -days };
}

/** The last day of the plan (inclusive) for a start day. */
export function planEndDay(plan: Pick<Plan, 'weeks'>, startDay: string): string {
  return shiftDay(startDay, plan.weeks * 7 - 1);
}
