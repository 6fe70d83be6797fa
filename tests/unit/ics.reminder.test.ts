import { describe, expect, test } from 'vitest';
import { icsForReminder } from '../../src/lib/ics';
import { at } from './advice/fixtures';

const NOW = Date.UTC(2026, 11, 1, 21, 30);
const lineOf = (ics: string, name: string): string | undefined =>
  ics
    .replace(/\r\n /gu, '')
    .split('\r\n')
    .find((line) => line.startsWith(name));

describe('icsForReminder', () => {
  test.each([
    // A London winter morning is UTC itself.
    ['2026-12-02', '09:00', 'Europe/London', '20261202T090000Z'],
    // New York is five hours behind UTC in winter.
    ['2026-12-02', '09:00', 'America/New_York', '20261202T140000Z'],
    // Tokyo is nine hours ahead: its 09:00 is the evening before in UTC.
    ['2026-12-02', '09:00', 'Asia/Tokyo', '20261202T000000Z'],
    // Kolkata's half-hour offset.
    ['2026-12-02', '09:00', 'Asia/Kolkata', '20261202T033000Z'],
    // London's clocks go back on Sunday 25 October 2026: 09:00 on the Friday before is BST, on the Monday after GMT.
    ['2026-10-23', '09:00', 'Europe/London', '20261023T080000Z'],
    ['2026-10-26', '09:00', 'Europe/London', '20261026T090000Z'],
    // New York's clocks go forward on Sunday 8 March 2026.
    ['2026-03-09', '09:00', 'America/New_York', '20260309T130000Z'],
  ])('the alarm rings at %s %s in %s, which is %s UTC', (date, time, zone, stamp) => {
    const ics = icsForReminder({ at: at(date, time, zone), title: 'Call the recruiter', description: 'Use the script.' }, NOW);
    expect(lineOf(ics, 'DTSTART:')).toBe(`DTSTART:${stamp}`);
    expect(lineOf(ics, 'TRIGGER')).toBe(`TRIGGER;VALUE=DATE-TIME:${stamp}`);
  });

  test('holds one event with one display alarm, and a 15-minute slot', () => {
    const ics = icsForReminder({ at: Date.UTC(2026, 11, 2, 9), title: 'Call', description: 'Now' }, NOW);
    expect(ics.match(/BEGIN:VEVENT/gu)).toHaveLength(1);
    expect(ics.match(/BEGIN:VALARM/gu)).toHaveLength(1);
    expect(lineOf(ics, 'ACTION:')).toBe('ACTION:DISPLAY');
    expect(lineOf(ics, 'DTEND:')).toBe('DTEND:20261202T091500Z');
    expect(lineOf(ics, 'DTSTAMP:')).toBe('DTSTAMP:20261201T213000Z');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  test('typed text cannot open a new property', () => {
    const ics = icsForReminder({ at: Date.UTC(2026, 11, 2, 9), title: 'Call\r\nATTENDEE:evil@example.com', description: 'a;b,c' }, NOW);
    expect(ics).not.toMatch(/\r\nATTENDEE/u);
    expect(lineOf(ics, 'DESCRIPTION:a')).toBe('DESCRIPTION:a\\;b\\,c');
  });

  test('gives nothing for an instant no calendar can hold', () => {
    expect(icsForReminder({ at: Number.NaN, title: 'x', description: 'y' }, NOW)).toBe('');
    expect(icsForReminder({ at: Date.UTC(1960, 0, 1), title: 'x', description: 'y' }, NOW)).toBe('');
  });

  test('the same reminder twice gives the same file', () => {
    const reminder = { at: Date.UTC(2026, 11, 2, 9), title: 'Call', description: 'Now' };
    expect(icsForReminder(reminder, NOW)).toBe(icsForReminder(reminder, NOW));
  });
});
