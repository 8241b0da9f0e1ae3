import { useEffect, useState } from 'preact/hooks';
import { toLocalDay } from '../domain/study/days';

/**
 * Today's local day (YYYY-MM-DD), re-rendered when it changes: at local
 * midnight, and when the page becomes visible again (a phone asleep overnight
 * misses the timer). A screen left open overnight shows and writes to the new day.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => toLocalDay(new Date()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const check = (): void => {
      setToday(toLocalDay(new Date()));
      clearTimeout(timer);
      const now = new Date();
      const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
      timer = setTimeout(check, Math.max(1000, midnight.getTime() - now.getTime()));
    };
    check();
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, []);
  return today;
}
