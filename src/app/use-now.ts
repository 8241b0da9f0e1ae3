import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed every second while `active`, and at once when
 * the page becomes visible again (after sleep). Screens keep time from stored
 * timestamps; this only makes them re-render.
 */
export function useNow(active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = (): void => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 1000);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [active]);
  return now;
}
