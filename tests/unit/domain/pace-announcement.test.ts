import { describe, expect, it } from 'vitest';
import { checkpointsFor, paceAnnouncement, paceHint, paceState, timeWarning, type PaceState } from '../../../src/domain/practice/pacing';

const MINUTE = 60_000;

describe('time warnings', () => {
  it('falls due at 30, 10 and 5 minutes left, only for exams longer than the warning', () => {
    expect(timeWarning(31 * MINUTE, 130)).toBeNull();
    expect(timeWarning(30 * MINUTE, 130)).toBe(30);
    expect(timeWarning(11 * MINUTE, 130)).toBe(30);
    expect(timeWarning(10 * MINUTE, 130)).toBe(10);
    expect(timeWarning(4 * MINUTE, 130)).toBe(5);
    expect(timeWarning(0, 130)).toBe(5);
    // A 20-minute exam starts with less than 30 minutes: no "30 minutes left" at its start.
    expect(timeWarning(20 * MINUTE, 20)).toBeNull();
    expect(timeWarning(10 * MINUTE, 20)).toBe(10);
  });
});

describe('pace announcements', () => {
  const cps = checkpointsFor(65, 130);
  const state = (answered: number, leftMin: number, limit = 130): PaceState =>
    paceState(paceHint(answered, leftMin * MINUTE, cps), timeWarning(leftMin * MINUTE, limit));

  it('says nothing about the state the exam opens with', () => {
    expect(paceAnnouncement(null, state(15, 40))).toBeNull();
  });

  it('says nothing while only the minutes change', () => {
    let prev = state(15, 110);
    for (let left = 109; left >= 98; left--) {
      const next = state(15, left);
      expect(paceAnnouncement(prev, next)).toBeNull();
      prev = next;
    }
  });

  it('speaks when the category changes, once', () => {
    const onPace = state(15, 101);
    const behind = state(15, 90);
    expect(paceAnnouncement(onPace, behind)).toMatch(/^A little behind after question 15/);
    expect(paceAnnouncement(behind, state(15, 89))).toBeNull();
    expect(paceAnnouncement(behind, state(30, 90))).toBe('On pace after question 30.');
    expect(paceAnnouncement(null, onPace)).toBeNull();
    expect(paceAnnouncement(state(10, 110), onPace)).toBe('On pace after question 15.');
  });

  it('speaks each time warning once', () => {
    expect(paceAnnouncement(state(40, 31), state(40, 30))).toBe('30 minutes left.');
    expect(paceAnnouncement(state(40, 30), state(40, 29))).toBeNull();
    expect(paceAnnouncement(state(60, 11), state(60, 10))).toBe('10 minutes left.');
    expect(paceAnnouncement(state(60, 6), state(60, 5))).toBe('5 minutes left.');
  });
});
