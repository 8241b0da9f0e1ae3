import { isValidDay } from './days';

export interface SessionInput {
  day: string;
  minutes: string;
}

/** Returns a message for the first invalid field, or null when the input is fine. */
export function validateSessionInput(input: SessionInput, today: string): string | null {
  if (!isValidDay(input.day)) return 'Choose the day you studied.';
  if (input.day > today) return 'That day is in the future. Log time you have already studied.';
  const minutes = Number(input.minutes);
  if (!Number.isInteger(minutes) || minutes < 1) return 'Enter the minutes you studied as a whole number, at least 1.';
  if (minutes > 24 * 60) return 'A day has 1,440 minutes at most. Split longer study into several days.';
  return null;
}
