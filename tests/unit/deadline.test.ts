import { describe, expect, test } from 'vitest';
import {
  bandFor,
  BAND_IDS,
  HOUR_MS,
  hoursUntil,
  isTooFarAhead,
  isWithinBusinessHours,
  nextBusinessOpening,
  TOO_FAR_AHEAD_HOURS,
} from '../../src/lib/deadline';
import { toInstant } from '../../src/lib/zones';

const MINUTE_MS = 60_000;

function at(date: string, time: string, zone: string): number {
  const result = toInstant({ date, time, zone });
  if (!result.ok) throw new Error(result.message);
  return result.instant;
}

describe('hoursUntil', () => {
  test.each([
    ['2026-12-14T10:00:00Z', '2026-12-14T09:00:00Z', 1],
    ['2026-12-14T10:00:00Z', '2026-12-14T10:30:00Z', -0.5],
    ['2026-12-15T10:00:00Z', '2026-12-14T10:00:00Z', 24],
  ])('from %s back to %s is %f hours', (interview, now, hours) => {
    expect(hoursUntil(Date.parse(interview), Date.parse(now))).toBe(hours);
  });

  test('counts real hours, not clock hours: Saturday noon to Monday noon over spring-forward is 47', () => {
    const saturday = at('2027-03-13', '12:00', 'America/New_York');
    const monday = at('2027-03-15', '12:00', 'America/New_York');
    expect(hoursUntil(monday, saturday)).toBe(47);
  });
});

describe('bandFor', () => {
  test.each([
    [-1000, 'missed'],
    [-1 / 60, 'missed'],
    [-Number.EPSILON, 'missed'],
    [0, 'under-24h'],
    [1 / 60, 'under-24h'],
    [23 + 59 / 60, 'under-24h'],
    [24 - 1 / 3_600_000, 'under-24h'],
    [24, 'one-to-three-days'],
    [24 + 1 / 60, 'one-to-three-days'],
    [71 + 59 / 60, 'one-to-three-days'],
    [72, 'plenty'],
    [TOO_FAR_AHEAD_HOURS, 'plenty'],
  ])('%f hours left is %s', (hours, id) => {
    expect(bandFor(hours).id).toBe(id);
  });

  test('exactly 24 h 00 min, measured in ms, is one to three days, and the band says so', () => {
    const interview = Date.parse('2026-12-15T10:00:00Z');
    const band = bandFor(hoursUntil(interview, interview - 24 * HOUR_MS));
    expect(band.id).toBe('one-to-three-days');
    expect(band.thresholds).toContain('exactly 24 hours 00 minutes (included)');
    expect(bandFor(hoursUntil(interview, interview - 24 * HOUR_MS + MINUTE_MS)).thresholds).toContain(
      'At exactly 24 hours 00 minutes you are in the next band',
    );
  });

  test.each(BAND_IDS.map((id) => [id]))('%s has a label and a thresholds sentence', (id) => {
    const hours = { missed: -1, 'under-24h': 1, 'one-to-three-days': 30, plenty: 100 }[id];
    const band = bandFor(hours);
    expect(band.label.length).toBeGreaterThan(5);
    expect(band.thresholds).toMatch(/^[A-Z].*\.$/);
  });
});

describe('isTooFarAhead', () => {
  test.each([
    [TOO_FAR_AHEAD_HOURS, false],
    [TOO_FAR_AHEAD_HOURS + 1 / 60, true],
    [24 * 365, false],
    [24 * 800, true],
  ])('%f hours ahead → %s', (hours, expected) => {
    expect(isTooFarAhead(hours)).toBe(expected);
  });
});

describe('isWithinBusinessHours', () => {
  // Careful-recruiter assumption: Mon–Fri, 09:00 up to but not including 17:00, in their zone.
  test.each([
    ['2026-12-14', '08:59', 'America/New_York', false], // Monday, just before opening
    ['2026-12-14', '09:00', 'America/New_York', true], // opening minute counts
    ['2026-12-14', '16:59', 'America/New_York', true],
    ['2026-12-14', '17:00', 'America/New_York', false], // closing minute does not
    ['2026-12-18', '16:30', 'America/New_York', true], // Friday afternoon
    ['2026-12-18', '19:00', 'America/New_York', false], // Friday evening
    ['2026-12-19', '11:00', 'America/New_York', false], // Saturday
    ['2026-12-20', '11:00', 'America/New_York', false], // Sunday
    ['2026-12-14', '10:00', 'Asia/Kolkata', true],
  ])('%s %s in %s → %s', (date, time, zone, expected) => {
    expect(isWithinBusinessHours(at(date, time, zone), zone)).toBe(expected);
  });

  test('uses the interviewer’s zone: 17:30 UTC on a Monday is open in New York, closed in London', () => {
    const instant = Date.parse('2026-12-14T17:30:00Z');
    expect(isWithinBusinessHours(instant, 'America/New_York')).toBe(true);
    expect(isWithinBusinessHours(instant, 'Europe/London')).toBe(false);
  });
});

describe('nextBusinessOpening', () => {
  test.each([
    // now (local), zone, next opening (local)
    ['2026-12-14', '10:00', 'America/New_York', '2026-12-14', '10:00'], // open now: now
    ['2026-12-14', '07:30', 'America/New_York', '2026-12-14', '09:00'],
    ['2026-12-14', '17:00', 'America/New_York', '2026-12-15', '09:00'],
    ['2026-12-18', '19:00', 'America/New_York', '2026-12-21', '09:00'], // Friday evening → Monday
    ['2026-12-19', '12:00', 'America/New_York', '2026-12-21', '09:00'], // Saturday → Monday
    ['2026-12-20', '23:59', 'America/New_York', '2026-12-21', '09:00'], // Sunday night → Monday
    ['2027-03-12', '18:00', 'America/New_York', '2027-03-15', '09:00'], // across spring-forward
    ['2026-10-23', '18:00', 'Europe/London', '2026-10-26', '09:00'], // across fall-back
    ['2026-12-18', '20:00', 'Asia/Kolkata', '2026-12-21', '09:00'],
  ])('from %s %s in %s → %s %s', (date, time, zone, openDate, openTime) => {
    expect(nextBusinessOpening(at(date, time, zone), zone)).toBe(at(openDate, openTime, zone));
  });

  test('an unknown zone is read as UTC rather than throwing', () => {
    const saturday = Date.parse('2026-12-19T12:00:00Z');
    expect(nextBusinessOpening(saturday, 'Nowhere/Land')).toBe(Date.parse('2026-12-21T09:00:00Z'));
  });
});
