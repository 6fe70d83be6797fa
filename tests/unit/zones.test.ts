import { describe, expect, test } from 'vitest';
import {
  browserZoneOr,
  cityName,
  cityNameAsListed,
  isValidZone,
  toInstant,
  unreadableField,
  wallClockAt,
} from '../../src/lib/zones';

const HOUR = 3_600_000;

function instantOf(date: string, time: string, zone: string, fold?: 'earlier' | 'later'): number {
  const result = toInstant({ date, time, zone }, fold ? { fold } : undefined);
  if (!result.ok) throw new Error(`expected ${date} ${time} ${zone} to convert: ${result.message}`);
  return result.instant;
}

describe('isValidZone', () => {
  test.each([
    ['America/New_York', true],
    ['Europe/London', true],
    ['Asia/Kolkata', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['+05:30', false],
    ['not a zone', false],
  ])('%s → %s', (zone, expected) => {
    expect(isValidZone(zone)).toBe(expected);
  });
});

describe('toInstant', () => {
  test.each([
    // date, time, zone, the same moment in UTC
    ['2026-12-14', '10:00', 'America/New_York', '2026-12-14T15:00:00Z'],
    ['2026-07-14', '10:00', 'America/New_York', '2026-07-14T14:00:00Z'],
    ['2026-12-14', '10:00', 'Europe/London', '2026-12-14T10:00:00Z'],
    ['2026-07-14', '10:00', 'Europe/London', '2026-07-14T09:00:00Z'],
    ['2026-01-14', '10:00', 'Australia/Sydney', '2026-01-13T23:00:00Z'],
    ['2026-07-14', '10:00', 'Australia/Sydney', '2026-07-14T00:00:00Z'],
    ['2026-12-14', '10:00', 'Asia/Kolkata', '2026-12-14T04:30:00Z'],
    ['2026-12-14', '10:00', 'Asia/Kathmandu', '2026-12-14T04:15:00Z'],
    ['2026-12-14', '10:00', 'America/St_Johns', '2026-12-14T13:30:00Z'],
    ['2026-12-14', '10:00', 'UTC', '2026-12-14T10:00:00Z'],
    ['2028-02-29', '12:00', 'Europe/Paris', '2028-02-29T11:00:00Z'],
    ['1970-01-01', '00:00', 'UTC', '1970-01-01T00:00:00Z'],
    ['9999-12-31', '23:59', 'UTC', '9999-12-31T23:59:00Z'],
    ['2026-12-14', '09:05:30', 'UTC', '2026-12-14T09:05:30Z'],
  ])('%s %s in %s is %s', (date, time, zone, iso) => {
    expect(instantOf(date, time, zone)).toBe(Date.parse(iso));
  });

  test.each([
    // date, time, zone, problem, field
    ['', '10:00', 'UTC', 'missing-date', 'date'],
    ['2026-12-14', '', 'UTC', 'missing-time', 'time'],
    ['14/12/2026', '10:00', 'UTC', 'bad-date', 'date'],
    ['tomorrow', '10:00', 'UTC', 'bad-date', 'date'],
    ['2027-02-29', '10:00', 'UTC', 'impossible-date', 'date'],
    ['2026-02-30', '10:00', 'UTC', 'impossible-date', 'date'],
    ['2026-04-31', '10:00', 'UTC', 'impossible-date', 'date'],
    ['2026-13-01', '10:00', 'UTC', 'impossible-date', 'date'],
    ['2026-00-10', '10:00', 'UTC', 'impossible-date', 'date'],
    ['2026-12-00', '10:00', 'UTC', 'impossible-date', 'date'],
    ['10000-01-01', '10:00', 'UTC', 'year-out-of-range', 'date'],
    ['1969-12-31', '10:00', 'UTC', 'year-out-of-range', 'date'],
    ['2026-12-14', '24:00', 'UTC', 'bad-time', 'time'],
    ['2026-12-14', '10:60', 'UTC', 'bad-time', 'time'],
    ['2026-12-14', '10am', 'UTC', 'bad-time', 'time'],
    ['2026-12-14', '10:00', 'Mars/Olympus_Mons', 'unknown-zone', 'zone'],
    ['2026-12-14', '10:00', '', 'unknown-zone', 'zone'],
    // Spring forward: these clock times are skipped.
    ['2027-03-14', '02:30', 'America/New_York', 'nonexistent-time', 'time'],
    ['2026-03-29', '01:30', 'Europe/London', 'nonexistent-time', 'time'],
    ['2026-10-04', '02:30', 'Australia/Sydney', 'nonexistent-time', 'time'],
    // Fall back: these clock times happen twice.
    ['2026-11-01', '01:30', 'America/New_York', 'ambiguous-time', 'time'],
    ['2026-10-25', '01:30', 'Europe/London', 'ambiguous-time', 'time'],
    ['2026-04-05', '02:30', 'Australia/Sydney', 'ambiguous-time', 'time'],
  ])('%s %s in %s is a %s problem', (date, time, zone, code, field) => {
    const result = toInstant({ date, time, zone });
    expect(result).toMatchObject({ ok: false, problem: code, field });
    if (!result.ok) {
      expect(result.message).toMatch(/^[A-Z].*\.$/);
      expect(result.message).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  test('the spring-forward message names the city and the day', () => {
    const result = toInstant({ date: '2027-03-14', time: '02:30', zone: 'America/New_York' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('New York');
    if (!result.ok) expect(result.message).toContain('14 March 2027');
  });

  test.each([
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z'],
    ['Europe/London', '2026-10-25', '01:30', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'],
    ['Australia/Sydney', '2026-04-05', '02:30', '2026-04-04T15:30:00Z', '2026-04-04T16:30:00Z'],
  ])('fold picks one of the two %s times', (zone, date, time, earlier, later) => {
    expect(instantOf(date, time, zone, 'earlier')).toBe(Date.parse(earlier));
    expect(instantOf(date, time, zone, 'later')).toBe(Date.parse(later));
  });

  test('fold changes nothing for a time that happens once', () => {
    expect(instantOf('2026-12-14', '10:00', 'America/New_York', 'later')).toBe(Date.parse('2026-12-14T15:00:00Z'));
  });

  test('Saturday noon to Monday noon across spring-forward is 47 real hours', () => {
    const saturday = instantOf('2027-03-13', '12:00', 'America/New_York');
    const monday = instantOf('2027-03-15', '12:00', 'America/New_York');
    expect((monday - saturday) / HOUR).toBe(47);
  });

  test('Saturday noon to Monday noon across fall-back is 49 real hours', () => {
    const saturday = instantOf('2026-10-31', '12:00', 'America/New_York');
    const monday = instantOf('2026-11-02', '12:00', 'America/New_York');
    expect((monday - saturday) / HOUR).toBe(49);
  });

  test('tolerates missing fields without throwing', () => {
    expect(toInstant({} as never).ok).toBe(false);
    expect(toInstant(null as never).ok).toBe(false);
  });
});

describe('unreadableField', () => {
  test.each([
    // field, what it says may be wrong, what a field left empty is told instead
    ['date', 'does not exist', toInstant({ date: '', time: '10:00', zone: 'UTC' })],
    ['time', 'not finished', toInstant({ date: '2026-12-14', time: '', zone: 'UTC' })],
  ] as const)('a %s the browser cannot read belongs to that field and says what may be wrong, not that it is empty', (field, words, empty) => {
    const problem = unreadableField(field);
    expect(problem).toMatchObject({ ok: false, problem: `unfinished-${field}`, field });
    expect(problem.message).toContain(words);
    expect(empty.ok).toBe(false);
    expect(problem.message).not.toBe(empty.ok ? '' : empty.message);
  });
});

describe('wallClockAt', () => {
  test.each([
    ['2026-12-14T15:00:00Z', 'America/New_York', '2026-12-14', '10:00', 1],
    ['2026-12-14T15:00:00Z', 'Europe/London', '2026-12-14', '15:00', 1],
    ['2026-12-14T15:00:00Z', 'Asia/Kolkata', '2026-12-14', '20:30', 1],
    ['2026-12-14T15:00:00Z', 'Australia/Sydney', '2026-12-15', '02:00', 2],
    ['2026-12-13T23:30:00Z', 'UTC', '2026-12-13', '23:30', 0],
    ['2026-12-12T05:00:00Z', 'America/New_York', '2026-12-12', '00:00', 6],
  ])('%s in %s reads %s %s (weekday %i)', (iso, zone, date, time, weekday) => {
    const clock = wallClockAt(Date.parse(iso), zone);
    expect(clock).toMatchObject({ date, time, weekday });
    expect(`${clock.year}-${String(clock.month).padStart(2, '0')}-${String(clock.day).padStart(2, '0')}`).toBe(date);
  });

  test.each([
    ['2028-02-29', '08:15', 'Asia/Kolkata'],
    ['2027-03-14', '03:30', 'America/New_York'],
    ['2026-10-04', '03:00', 'Australia/Sydney'],
  ])('round-trips %s %s in %s', (date, time, zone) => {
    expect(wallClockAt(instantOf(date, time, zone), zone)).toMatchObject({ date, time });
  });
});

describe('cityName', () => {
  test.each([
    ['America/New_York', 'New York'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['Europe/London', 'London'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['Etc/GMT+5', 'UTC-5'],
    ['US/Eastern', 'New York'],
    ['america/los_angeles', 'Los Angeles'],
    ['Asia/Kolkata', 'Kolkata'],
    ['asia/kolkata', 'Kolkata'],
    ['Europe/Kyiv', 'Kyiv'],
  ])('%s → %s', (zone, expected) => {
    expect(cityName(zone)).toBe(expected);
  });
});

describe('cityNameAsListed', () => {
  test('names every zone Intl lists exactly as cityName does, so the zone menus need no formatter', () => {
    const listed = [...Intl.supportedValuesOf('timeZone'), 'UTC'];
    expect(listed.length).toBeGreaterThan(300);
    for (const zone of listed) expect(cityNameAsListed(zone), zone).toBe(cityName(zone));
  });

  test.each([
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['Etc/GMT-10', 'UTC+10'],
    ['Etc/UTC', 'UTC'],
    ['  ', 'UTC'],
  ])('%s → %s', (zone, expected) => {
    expect(cityNameAsListed(zone)).toBe(expected);
  });
});

describe('browserZoneOr', () => {
  test('returns a zone Intl accepts', () => {
    expect(isValidZone(browserZoneOr('Europe/London'))).toBe(true);
  });
});
