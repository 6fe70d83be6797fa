import { describe, expect, test } from 'vitest';
import {
  endOfNextWorkingDay,
  isWithinWorkingHours,
  lastCloseBefore,
  latestWithWorkingHoursLeft,
  nextOpening,
  workingHoursBetween,
} from '../../../src/lib/advice/working-hours';
import { at } from './fixtures';

const LONDON = 'Europe/London';

describe('isWithinWorkingHours', () => {
  test.each([
    ['Monday 09:00', '2026-12-14', '09:00', true],
    ['Monday 08:59', '2026-12-14', '08:59', false],
    ['Monday 16:59', '2026-12-14', '16:59', true],
    ['Monday 17:00', '2026-12-14', '17:00', false],
    ['Saturday 11:00', '2026-12-12', '11:00', false],
    ['Sunday 11:00', '2026-12-13', '11:00', false],
  ])('%s', (_name, date, time, expected) => {
    expect(isWithinWorkingHours(at(date, time, LONDON), LONDON)).toBe(expected);
  });
  test('reads the hours in the zone given, not the machine’s', () => {
    const instant = at('2026-12-14', '15:00', LONDON);
    expect(isWithinWorkingHours(instant, LONDON)).toBe(true);
    expect(isWithinWorkingHours(instant, 'Asia/Tokyo')).toBe(false);
  });
});

describe('nextOpening', () => {
  test('Friday evening → Monday 09:00', () => {
    expect(nextOpening(at('2026-12-11', '18:00', LONDON), LONDON)).toBe(at('2026-12-14', '09:00', LONDON));
  });
  test('already open → now', () => {
    const now = at('2026-12-14', '10:15', LONDON);
    expect(nextOpening(now, LONDON)).toBe(now);
  });
  test('early morning → 09:00 the same day', () => {
    expect(nextOpening(at('2026-12-15', '06:00', LONDON), LONDON)).toBe(at('2026-12-15', '09:00', LONDON));
  });
});

describe('workingHoursBetween and its inverse', () => {
  test.each([
    ['Tuesday 10:00 → Thursday 10:00', ['2026-12-15', '10:00'], ['2026-12-17', '10:00'], 16],
    ['Friday 16:00 → Monday 10:00', ['2026-12-11', '16:00'], ['2026-12-14', '10:00'], 2],
    ['Saturday → Sunday', ['2026-12-12', '09:00'], ['2026-12-13', '18:00'], 0],
    ['backwards is none', ['2026-12-15', '10:00'], ['2026-12-14', '10:00'], 0],
  ] as const)('%s', (_name, [fromDate, fromTime], [toDate, toTime], expected) => {
    expect(workingHoursBetween(at(fromDate, fromTime, LONDON), at(toDate, toTime, LONDON), LONDON)).toBe(expected);
  });
  test('the latest moment that leaves 16 working hours before Thursday 10:00 is Tuesday 10:00', () => {
    expect(latestWithWorkingHoursLeft(at('2026-12-17', '10:00', LONDON), 16, LONDON)).toBe(at('2026-12-15', '10:00', LONDON));
  });
  test('an interview after hours counts back from the close of its day', () => {
    expect(latestWithWorkingHoursLeft(at('2026-12-17', '19:00', LONDON), 16, LONDON)).toBe(at('2026-12-16', '09:00', LONDON));
  });
  test('a clock change week still counts working hours, not wall hours', () => {
    const from = at('2027-03-26', '09:00', LONDON);
    expect(workingHoursBetween(from, at('2027-03-29', '17:00', LONDON), LONDON)).toBe(16);
  });
});

describe('end of the next working day', () => {
  test.each([
    ['Monday morning → Tuesday 17:00', ['2026-12-14', '10:00'], ['2026-12-15', '17:00']],
    ['Friday → Monday 17:00', ['2026-12-11', '10:00'], ['2026-12-14', '17:00']],
    ['Saturday → Monday 17:00', ['2026-12-12', '10:00'], ['2026-12-14', '17:00']],
  ] as const)('%s', (_name, [date, time], [endDate, endTime]) => {
    expect(endOfNextWorkingDay(at(date, time, LONDON), LONDON)).toBe(at(endDate, endTime, LONDON));
  });
  test('the last close before night, or none when it came before sending', () => {
    const sent = at('2026-12-14', '10:00', LONDON);
    expect(lastCloseBefore(at('2026-12-15', '01:00', LONDON), sent, LONDON)).toBe(at('2026-12-14', '17:00', LONDON));
    expect(lastCloseBefore(at('2026-12-14', '20:00', LONDON), at('2026-12-14', '18:00', LONDON), LONDON)).toBeUndefined();
  });
});
