import { describe, expect, test } from 'vitest';
import {
  actBy,
  bandOf,
  callAgainAt,
  chaseAt,
  isNight,
  lastMomentWithEnoughNotice,
  needsShortNoticeApology,
  noticeFor,
  textNeedsEmail,
  whoHearsFirst,
} from '../../../src/lib/advice/rules';
import { at, HOUR, MINUTE } from './fixtures';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';

describe('noticeFor', () => {
  const interview = at('2026-12-16', '14:00', LONDON);
  test.each([
    ['exactly 24 hours before is enough', interview - 24 * HOUR, 'enough'],
    ['one minute under 24 hours is short', interview - 24 * HOUR + MINUTE, 'short'],
    ['five minutes before is short', interview - 5 * MINUTE, 'short'],
    ['the start time itself has passed', interview, 'missed'],
    ['an hour after is missed', interview + HOUR, 'missed'],
  ])('candidate: %s', (_name, now, expected) => {
    expect(noticeFor('candidate', interview, now, LONDON)).toBe(expected);
  });

  test('candidates count real hours: the night the clocks go forward makes a wall-clock day 23 hours', () => {
    const sunday = at('2027-03-28', '10:00', LONDON);
    expect(noticeFor('candidate', sunday, at('2027-03-27', '10:00', LONDON), LONDON)).toBe('short');
    expect(noticeFor('candidate', sunday, at('2027-03-27', '09:00', LONDON), LONDON)).toBe('enough');
  });

  test.each([
    ['Tuesday 10:00 for Thursday 10:00 is exactly two working days', at('2026-12-15', '10:00', LONDON), at('2026-12-17', '10:00', LONDON), 'enough'],
    ['a minute later it is short', at('2026-12-15', '10:01', LONDON), at('2026-12-17', '10:00', LONDON), 'short'],
    ['Friday 16:00 for Monday 10:00 is two working hours', at('2026-12-11', '16:00', LONDON), at('2026-12-14', '10:00', LONDON), 'short'],
    ['Thursday evening for the next Wednesday is plenty', at('2026-12-10', '19:00', LONDON), at('2026-12-16', '10:00', LONDON), 'enough'],
  ])('employer: %s', (_name, now, interview, expected) => {
    expect(noticeFor('employer', interview, now, LONDON)).toBe(expected);
  });

  test('the same Friday-to-Monday change is enough notice for a candidate but short for an employer', () => {
    const now = at('2026-12-11', '16:00', LONDON);
    const monday = at('2026-12-14', '10:00', LONDON);
    expect(noticeFor('candidate', monday, now, LONDON)).toBe('enough');
    expect(noticeFor('employer', monday, now, LONDON)).toBe('short');
  });

  test('employers count working days in the candidate’s zone', () => {
    // Tuesday 14:00 London is 09:00 New York; the interview is Thursday 08:00 New York, 13:00 London.
    const now = at('2026-12-15', '14:00', LONDON);
    const interview = at('2026-12-17', '08:00', NEW_YORK);
    expect(noticeFor('employer', interview, now, NEW_YORK)).toBe('enough');
    expect(noticeFor('employer', interview, now, LONDON)).toBe('short');
  });
});

describe('bandOf and the short-notice apology', () => {
  test.each(['candidate', 'employer'] as const)('%s bands name their edges with the rulebook’s numbers', (who) => {
    expect(bandOf(who, 'short').label).toMatch(who === 'candidate' ? /24 hours/ : /two working days/);
    expect(bandOf(who, 'enough').thresholds).toMatch(who === 'candidate' ? /24 hours/ : /16 working hours/);
  });
  test.each([
    ['short', true],
    ['enough', false],
    ['missed', false],
  ] as const)('%s notice: apology for the timing %s', (notice, expected) => {
    expect(needsShortNoticeApology(notice)).toBe(expected);
  });
});

describe('actBy', () => {
  const base = { who: 'candidate' as const, personZone: LONDON, otherZone: LONDON };
  test('short notice: within the hour', () => {
    const now = at('2026-12-15', '21:30', LONDON);
    const result = actBy({ ...base, notice: 'short', now, interview: at('2026-12-16', '10:00', LONDON) });
    expect(result).toEqual({ instant: now + HOUR, kind: 'within-the-hour' });
  });
  test('short notice with the interview in 20 minutes: now, and never after the start', () => {
    const now = at('2026-12-16', '09:40', LONDON);
    const interview = at('2026-12-16', '10:00', LONDON);
    expect(actBy({ ...base, notice: 'short', now, interview })).toEqual({ instant: interview, kind: 'now' });
  });
  test('enough notice, decided in the day: today, by 22:00', () => {
    const now = at('2026-12-14', '10:00', LONDON);
    expect(actBy({ ...base, notice: 'enough', now, interview: at('2026-12-18', '10:00', LONDON) })).toEqual({
      instant: at('2026-12-14', '22:00', LONDON),
      kind: 'today',
    });
  });
  test('enough notice, decided at night: first thing, when their working day starts', () => {
    const now = at('2026-12-14', '23:30', LONDON);
    expect(actBy({ ...base, notice: 'enough', now, interview: at('2026-12-18', '10:00', LONDON) })).toEqual({
      instant: at('2026-12-15', '09:00', LONDON),
      kind: 'first-thing',
    });
  });
  test('decided on Saturday night for a Tuesday interview: Monday 09:00, never Sunday at midnight', () => {
    const now = at('2026-12-12', '23:00', LONDON);
    const result = actBy({ ...base, notice: 'enough', now, interview: at('2026-12-15', '10:00', LONDON) });
    expect(result).toEqual({ instant: at('2026-12-14', '09:00', LONDON), kind: 'first-thing' });
  });
  test('their day starting in the person’s night: the person’s morning is first thing', () => {
    const now = at('2026-12-14', '23:00', LONDON);
    // Tokyo opens at 00:00 London time.
    const result = actBy({ ...base, otherZone: 'Asia/Tokyo', notice: 'enough', now, interview: at('2026-12-20', '10:00', 'Asia/Tokyo') });
    expect(result).toEqual({ instant: at('2026-12-15', '07:00', LONDON), kind: 'first-thing' });
  });
  test('never so late that the notice turns short', () => {
    const now = at('2026-12-15', '10:00', LONDON);
    const result = actBy({ ...base, notice: 'enough', now, interview: at('2026-12-16', '20:00', LONDON) });
    expect(result).toEqual({ instant: at('2026-12-15', '20:00', LONDON), kind: 'keep-notice' });
  });
  test('at night with the notice about to turn short: now, not a deadline later in the night', () => {
    const now = at('2026-12-15', '23:00', LONDON);
    const result = actBy({ ...base, notice: 'enough', now, interview: at('2026-12-16', '23:30', LONDON) });
    expect(result).toEqual({ instant: now, kind: 'keep-notice' });
  });
  test('an invitation with no time yet: the same day', () => {
    const now = at('2026-12-14', '15:00', LONDON);
    expect(actBy({ ...base, notice: 'enough', now, interview: undefined }).kind).toBe('today');
  });
  test('an employer keeps two working days of notice', () => {
    const now = at('2026-12-14', '10:00', LONDON);
    const interview = at('2026-12-16', '11:00', LONDON);
    expect(lastMomentWithEnoughNotice('employer', interview, LONDON)).toBe(at('2026-12-14', '11:00', LONDON));
    expect(actBy({ ...base, who: 'employer', notice: 'enough', now, interview })).toEqual({ instant: at('2026-12-14', '11:00', LONDON), kind: 'keep-notice' });
  });
  test.each([
    ['22:01', true],
    ['06:59', true],
    ['22:00', false],
    ['07:00', false],
    ['21:59', false],
  ])('%s is night: %s', (time, expected) => {
    expect(isNight(at('2026-12-14', time, LONDON), LONDON)).toBe(expected);
  });
});

describe('chaseAt', () => {
  test('a week ahead: the end of their next working day', () => {
    const sent = at('2026-12-14', '10:00', LONDON);
    expect(chaseAt(sent, at('2026-12-21', '14:00', LONDON), 'enough', LONDON)).toBe(at('2026-12-15', '17:00', LONDON));
  });
  test('sent on Friday evening: the end of Monday', () => {
    const sent = at('2026-12-11', '19:00', LONDON);
    expect(chaseAt(sent, at('2026-12-21', '14:00', LONDON), 'enough', LONDON)).toBe(at('2026-12-14', '17:00', LONDON));
  });
  test('30 hours ahead: halfway falls at night, so the end of today’s working day, not 3 hours before the interview', () => {
    const sent = at('2026-12-14', '10:00', LONDON);
    expect(chaseAt(sent, at('2026-12-15', '16:00', LONDON), 'enough', LONDON)).toBe(at('2026-12-14', '17:00', LONDON));
  });
  test('halfway comes first and is in working hours: halfway', () => {
    const sent = at('2026-12-14', '01:00', LONDON);
    expect(chaseAt(sent, at('2026-12-15', '01:00', LONDON), 'enough', LONDON)).toBe(at('2026-12-14', '13:00', LONDON));
  });
  test('short notice: no waiting for a reply', () => {
    expect(chaseAt(at('2026-12-14', '10:00', LONDON), at('2026-12-14', '20:00', LONDON), 'short', LONDON)).toBeUndefined();
  });
});

describe('callAgainAt', () => {
  test('an hour later in their working day', () => {
    expect(callAgainAt(at('2026-12-15', '10:00', LONDON), at('2026-12-15', '15:00', LONDON), LONDON)).toBe(at('2026-12-15', '11:00', LONDON));
  });
  test('late in the day: when their next day starts', () => {
    expect(callAgainAt(at('2026-12-15', '16:30', LONDON), at('2026-12-16', '10:00', LONDON), LONDON)).toBe(at('2026-12-16', '09:00', LONDON));
  });
  test('no second try after the start', () => {
    expect(callAgainAt(at('2026-12-15', '16:30', LONDON), at('2026-12-15', '17:00', LONDON), LONDON)).toBeUndefined();
  });
});

describe('who hears first and texts', () => {
  test.each([
    [{ agency: false, hiringManager: true, notice: 'short' as const }, ['organiser']],
    [{ agency: true, hiringManager: false, notice: 'short' as const }, ['agency']],
    [{ agency: true, hiringManager: true, notice: 'short' as const }, ['agency', 'hiringManager']],
    [{ agency: true, hiringManager: true, notice: 'enough' as const }, ['agency']],
  ])('%o → %o', (input, expected) => {
    expect(whoHearsFirst(input)).toEqual(expected);
  });
  test('a text needs an email unless they have been texting you', () => {
    expect(textNeedsEmail(false)).toBe(true);
    expect(textNeedsEmail(true)).toBe(false);
  });
});
