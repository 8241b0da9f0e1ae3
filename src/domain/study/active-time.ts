// Study time the app logs by itself (issue 12 item 12): time on a study
// screen (a chapter, a practice question, an exam, flashcards) while the page
// is visible and the user has done something recently. A tap, key or scroll
// keeps the clock running for IDLE_MS; past that, the user has walked away
// and nothing more counts until the next sign of life. Background time never
// counts. Time the study timer is logging (its focus phases) is left out, so
// the two never count the same minute.
//
// Pure: callers pass every time stamp (epoch ms) and the day function.

/** Reading a long paragraph takes a while without touching the screen; three minutes of stillness is idle. */
export const IDLE_MS = 3 * 60_000;

export type Span = readonly [start: number, end: number];

export interface ActiveClock {
  /** The screen's activity, or null when no study screen is open. */
  activity: string | null;
  /** Everything before this has been credited (or was idle). */
  countedUntil: number;
  /** Without a new sign of life, activity ends here. */
  activeUntil: number;
}

export const idleClock = (now: number): ActiveClock => ({ activity: null, countedUntil: now, activeUntil: now });

/** Credits the active time up to `now`: the span since the last credit, cut at the idle limit. */
export function credit(clock: ActiveClock, now: number): { clock: ActiveClock; span: Span | null } {
  const end = Math.min(now, clock.activeUntil);
  const span: Span | null = clock.activity !== null && end > clock.countedUntil ? [clock.countedUntil, end] : null;
  return { clock: { ...clock, countedUntil: Math.max(clock.countedUntil, end) }, span };
}

/** A sign of life (tap, key, scroll), or a study screen opening: credit what came before, then run on. */
export function touch(clock: ActiveClock, now: number, activity: string | null = clock.activity): { clock: ActiveClock; span: Span | null } {
  const { span } = credit(clock, now);
  return { clock: { activity, countedUntil: now, activeUntil: activity === null ? now : now + IDLE_MS }, span };
}

/** The page is hidden or the study screen closes: credit up to now, then nothing counts. */
export function stop(clock: ActiveClock, now: number): { clock: ActiveClock; span: Span | null } {
  const { span } = credit(clock, now);
  return { clock: idleClock(now), span };
}

/** `span` less every part that lies inside one of `holes` (the timer's focus phases). */
export function subtractSpans(span: Span, holes: readonly Span[]): Span[] {
  let parts: Span[] = [span];
  for (const [hs, he] of holes) {
    parts = parts.flatMap(([s, e]): Span[] => {
      if (he <= s || hs >= e) return [[s, e]];
      const out: Span[] = [];
      if (hs > s) out.push([s, hs]);
      if (he < e) out.push([he, e]);
      return out;
    });
  }
  return parts;
}

/**
 * Milliseconds per local day: a span that passes midnight is split at it. `dayOf` names the day of a time
 * stamp and `nextDayStart` gives the first instant after that day (both in the user's time zone).
 */
export function msPerDay(span: Span, dayOf: (t: number) => string, nextDayStart: (t: number) => number): Map<string, number> {
  const out = new Map<string, number>();
  let [s] = span;
  const e = span[1];
  while (s < e) {
    const cut = Math.min(e, nextDayStart(s));
    const day = dayOf(s);
    out.set(day, (out.get(day) ?? 0) + (cut - s));
    s = cut;
  }
  return out;
}

/** Whole minutes to log now from what has gathered, and the remainder to carry (never lost, never counted twice). */
export function wholeMinutes(ms: number): { minutes: number; carryMs: number } {
  const minutes = Math.floor(ms / 60_000);
  return { minutes, carryMs: ms - minutes * 60_000 };
}
