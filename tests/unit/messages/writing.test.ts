import { describe, expect, test } from 'vitest';
import { toInstant } from '../../../src/lib/zones';
import {
  momentInBothZones,
  momentInWords,
  nameToGreet,
  readName,
  whenAt,
  writeDay,
  writeDayAndTime,
  writeTime,
  writePlanTime,
  writeTimeRange,
  writingLocale,
} from '../../../src/lib/messages/writing';

const tuesday9March = { month: 3, day: 9, weekday: 2 };

describe('writingLocale', () => {
  test.each([
    ['en-US', 'en-US'],
    ['en_us', 'en-US'],
    ['en-GB', 'en-GB'],
    ['en-AU', 'en-GB'],
    ['fr-FR', 'en-GB'],
    ['', 'en-GB'],
    [undefined, 'en-GB'],
  ] as const)('%s writes %s', (locale, expected) => {
    expect(writingLocale(locale)).toBe(expected);
  });
});

describe('writeDay', () => {
  test('en-GB: weekday, day, month, no comma and no year', () => {
    expect(writeDay(tuesday9March, 'en-GB')).toBe('Tuesday 9 March');
  });
  test('en-US: weekday, comma, month, day', () => {
    expect(writeDay(tuesday9March, 'en-US')).toBe('Tuesday, March 9');
  });
});

describe('writeTime', () => {
  test.each([
    [10, 0, 'en-GB', '10am'],
    [9, 30, 'en-GB', '9:30am'],
    [15, 0, 'en-GB', '3pm'],
    [15, 5, 'en-GB', '3:05pm'],
    [12, 0, 'en-GB', 'midday'],
    [12, 30, 'en-GB', '12:30pm'],
    [0, 0, 'en-GB', 'midnight'],
    [0, 15, 'en-GB', '12:15am'],
    [23, 59, 'en-GB', '11:59pm'],
    [10, 0, 'en-US', '10:00 AM'],
    [9, 30, 'en-US', '9:30 AM'],
    [15, 0, 'en-US', '3:00 PM'],
    [12, 0, 'en-US', 'noon'],
    [0, 0, 'en-US', 'midnight'],
    [11, 59, 'en-US', '11:59 AM'],
  ] as const)('%i:%i in %s is %s', (hour, minute, locale, expected) => {
    expect(writeTime({ hour, minute }, locale)).toBe(expected);
  });

  test('no hour of the day is zero-padded', () => {
    for (const locale of ['en-GB', 'en-US'] as const) {
      for (let hour = 0; hour < 24; hour++) {
        expect(writeTime({ hour, minute: 0 }, locale)).not.toMatch(/^0/u);
        expect(writeTime({ hour, minute: 45 }, locale)).not.toMatch(/^0/u);
      }
    }
  });
});

describe('writeDayAndTime', () => {
  test.each([
    ['en-GB', 'Tuesday 9 March at 10am'],
    ['en-US', 'Tuesday, March 9 at 10:00 AM'],
  ] as const)('%s: %s', (locale, expected) => {
    expect(writeDayAndTime(tuesday9March, { hour: 10, minute: 0 }, locale)).toBe(expected);
  });
});

describe('writeTimeRange', () => {
  test.each([
    [[10, 0], [11, 0], 'en-GB', '10–11am'],
    [[9, 30], [10, 30], 'en-GB', '9:30–10:30am'],
    [[11, 0], [12, 30], 'en-GB', '11am–12:30pm'],
    [[11, 0], [12, 0], 'en-GB', '11am–midday'],
    [[14, 0], [15, 30], 'en-GB', '2–3:30pm'],
    [[10, 0], [11, 0], 'en-US', '10:00–11:00 AM'],
    [[11, 0], [13, 0], 'en-US', '11:00 AM–1:00 PM'],
    [[12, 0], [13, 0], 'en-US', 'noon–1:00 PM'],
  ] as const)('%j to %j in %s is %s', ([startHour, startMinute], [endHour, endMinute], locale, expected) => {
    expect(writeTimeRange({ hour: startHour, minute: startMinute }, { hour: endHour, minute: endMinute }, locale)).toBe(expected);
  });
});

describe('whenAt: a zone is named only when the two people are in different zones', () => {
  const instant = (date: string, time: string, zone: string): number => {
    const result = toInstant({ date, time, zone });
    if (!result.ok) throw new Error(result.message);
    return result.instant;
  };
  const tenInLondon = instant('2027-03-09', '10:00', 'Europe/London');

  test('same zone: no zone at all', () => {
    const when = whenAt(tenInLondon, 'Europe/London', 'Europe/London', 'en-GB');
    expect(when.full).toBe('Tuesday 9 March at 10am');
    expect(when.single).toBe(when.full);
    expect(when.zone).toBeUndefined();
  });

  test('the writer’s zone unknown: no zone', () => {
    expect(whenAt(tenInLondon, 'Europe/London', undefined, 'en-GB').full).toBe('Tuesday 9 March at 10am');
  });

  test('two names for the same clock (London and Lisbon in winter): no zone', () => {
    expect(whenAt(tenInLondon, 'Europe/London', 'Europe/Lisbon', 'en-GB').zone).toBeUndefined();
  });

  test('different zones: theirs named, the writer’s clock in brackets', () => {
    const when = whenAt(instant('2027-03-10', '14:00', 'America/New_York'), 'America/New_York', 'America/Chicago', 'en-US');
    expect(when.full).toBe('Wednesday, March 10 at 2:00 PM New York time (1:00 PM Chicago time)');
    expect(when.single).toBe('Wednesday, March 10 at 2:00 PM New York time');
    expect(when.plain).toBe('Wednesday, March 10 at 2:00 PM');
    expect(when.zone).toBe('New York time');
  });

  test('a different day for the writer names that day', () => {
    const when = whenAt(instant('2027-03-09', '18:00', 'America/Los_Angeles'), 'America/Los_Angeles', 'Australia/Sydney', 'en-GB');
    expect(when.full).toBe('Tuesday 9 March at 6pm Los Angeles time (1pm on Wednesday, Sydney time)');
  });

  test('a clock change between the two zones is read at that instant', () => {
    // 14 March 2027: New York is on summer time, London not yet, so the gap is four hours.
    const when = whenAt(instant('2027-03-15', '10:00', 'America/New_York'), 'America/New_York', 'Europe/London', 'en-GB');
    expect(when.full).toBe('Monday 15 March at 10am New York time (2pm London time)');
  });
});

describe('readName and nameToGreet', () => {
  test.each([
    ['Marta Ruiz', 'warm', 'Marta'],
    ['Marta Ruiz', 'formal', 'Marta Ruiz'],
    ['Ms Marta Ruiz', 'warm', 'Marta'],
    ['Ms Marta Ruiz', 'formal', 'Ms Ruiz'],
    ['Ms. Ruiz', 'formal', 'Ms. Ruiz'],
    ['Ms Ruiz', 'warm', 'Ms Ruiz'],
    ['Dr Ana de la Cruz', 'formal', 'Dr de la Cruz'],
    ['Marta', 'warm', 'Marta'],
    ['Marta', 'formal', 'Marta'],
    ['Mary-Jane O’Brien', 'warm', 'Mary-Jane'],
    ['J. Smith', 'warm', 'J. Smith'],
    ['Ruiz, Marta', 'warm', 'Ruiz, Marta'],
    ['王芳', 'warm', '王芳'],
  ] as const)('%s, %s: %s', (name, tone, expected) => {
    expect(nameToGreet(readName(name), tone)).toBe(expected);
  });

  test('takes a first name only when it is sure', () => {
    expect(readName('Ms Marta Ruiz')).toEqual({ full: 'Ms Marta Ruiz', title: 'Ms', given: 'Marta', surname: 'Ruiz' });
    expect(readName('J Smith').given).toBeUndefined();
  });
});

// The plan's own dates: day and month in the same order as the messages under them; the clock
// 24-hour in British English (a time alone in a heading is never misread), as the messages write it in American.
describe('momentInWords and writePlanTime: the plan writes dates as its messages do', () => {
  test.each([
    ['2026-12-14T15:00:00Z', 'America/New_York', 'en-GB', 'Monday 14 December 2026 at 10:00 (New York time)'],
    ['2026-12-14T15:00:00Z', 'Asia/Kolkata', 'en-GB', 'Monday 14 December 2026 at 20:30 (Kolkata time)'],
    ['2026-12-14T05:00:00Z', 'America/New_York', 'en-GB', 'Monday 14 December 2026 at 00:00 (New York time)'],
    ['2026-12-14T15:00:00Z', 'America/New_York', 'en-US', 'Monday, December 14, 2026 at 10:00 AM (New York time)'],
    ['2026-12-14T17:00:00Z', 'America/New_York', 'en-US', 'Monday, December 14, 2026 at noon (New York time)'],
    ['2026-12-14T05:00:00Z', 'America/New_York', 'en-US', 'Monday, December 14, 2026 at 12:00 AM (New York time)'],
    ['2026-12-14T15:00:00Z', 'Mars/Base', 'en-GB', 'Monday 14 December 2026 at 15:00 (UTC time)'],
  ] as const)('%s in %s (%s)', (iso, zone, locale, expected) => {
    expect(momentInWords(Date.parse(iso), zone, locale)).toBe(expected);
  });

  test('never a bare zone abbreviation', () => {
    for (const locale of ['en-GB', 'en-US'] as const) expect(momentInWords(Date.parse('2026-12-14T15:00:00Z'), 'America/New_York', locale)).not.toMatch(/\b(EST|EDT|GMT|BST)\b/u);
  });

  test.each([
    [9, 0, 'en-GB', '09:00'],
    [17, 30, 'en-GB', '17:30'],
    [9, 0, 'en-US', '9:00 AM'],
    [17, 30, 'en-US', '5:30 PM'],
    // A deadline "at midnight" on a day reads as the end of that day, 24 hours late.
    [0, 0, 'en-US', '12:00 AM'],
    [0, 0, 'en-GB', '00:00'],
    [12, 0, 'en-US', 'noon'],
  ] as const)('%i:%i alone in the plan (%s) is %s', (hour, minute, locale, expected) => {
    expect(writePlanTime({ hour, minute }, locale)).toBe(expected);
  });

  test('the day in the plan reads as the same day in the message, in either locale', () => {
    const instant = Date.parse('2026-12-14T15:00:00Z');
    for (const locale of ['en-GB', 'en-US'] as const) {
      const inMessage = whenAt(instant, 'America/New_York', undefined, locale).short;
      expect(momentInWords(instant, 'America/New_York', locale).startsWith(inMessage)).toBe(true);
    }
  });
});

describe('momentInBothZones', () => {
  test.each([
    ['2026-12-14T15:00:00Z', 'America/New_York', 'Europe/London', 'en-GB', 'Monday 14 December 2026 at 10:00 (New York time), which is Monday 14 December 2026 at 15:00 (London time)'],
    ['2026-12-14T15:00:00Z', 'America/New_York', 'Europe/London', 'en-US', 'Monday, December 14, 2026 at 10:00 AM (New York time), which is Monday, December 14, 2026 at 3:00 PM (London time)'],
    // Same clock at that instant: one zone is enough.
    ['2026-12-14T15:00:00Z', 'America/New_York', 'America/Toronto', 'en-GB', 'Monday 14 December 2026 at 10:00 (New York time)'],
    ['2026-12-14T15:00:00Z', 'Europe/London', 'UTC', 'en-GB', 'Monday 14 December 2026 at 15:00 (London time)'],
    ['2026-07-14T15:00:00Z', 'Europe/London', 'UTC', 'en-GB', 'Tuesday 14 July 2026 at 16:00 (London time), which is Tuesday 14 July 2026 at 15:00 (UTC time)'],
  ] as const)('%s in %s and %s (%s)', (iso, zone, otherZone, locale, expected) => {
    expect(momentInBothZones(Date.parse(iso), zone, otherZone, locale)).toBe(expected);
  });
});
