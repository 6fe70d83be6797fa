import { describe, expect, test } from 'vitest';
import { proposedTimesCalendar } from '../../src/lib/builder-calendar';
import { CALENDAR_KINDS, hasProposedTimesCalendar, lengthNote, offersCalendar, proposedInstants } from '../../src/lib/builder-output';
import { emptyForm } from '../../src/lib/builder-state';
import { MESSAGE_KINDS } from '../../src/lib/types';

describe('offersCalendar', () => {
  // The written messages that offer new times; scripts and replies that mention them are not sent with a file.
  test.each(MESSAGE_KINDS.map((kind) => [kind]))('%s: a calendar file only with a written offer of new times', (kind) => {
    expect(offersCalendar(kind)).toBe(['reschedule', 'second-reschedule', 'employer-cancel-interview'].includes(kind));
  });
  test('every calendar kind is a real kind', () => {
    for (const kind of CALENDAR_KINDS) expect(MESSAGE_KINDS).toContain(kind);
  });
});

describe('proposedInstants', () => {
  const form = (proposedTimes: { date: string; time: string }[], zone = 'America/New_York') => ({ proposedTimes, zone });

  test('a time is read in the interviewer\'s zone, not the browser\'s', () => {
    // 14:00 in New York in June (UTC-4) is 18:00 UTC.
    expect(proposedInstants(form([{ date: '2027-06-15', time: '14:00' }]))).toEqual([Date.UTC(2027, 5, 15, 18)]);
  });
  test.each([
    ['a row without a time', { date: '2027-06-15', time: '' }],
    ['a row without a date', { date: '', time: '14:00' }],
    ['a date that does not exist', { date: '2027-02-30', time: '14:00' }],
    ['a time the clocks skip (New York, 2:30am on 14 March 2027)', { date: '2027-03-14', time: '02:30' }],
  ])('%s is left out', (_name, slot) => {
    expect(proposedInstants(form([slot, { date: '2027-06-16', time: '09:00' }]))).toEqual([Date.UTC(2027, 5, 16, 13)]);
  });
  test('a time that happens twice is the earlier one', () => {
    // 1:30am on 7 November 2027 happens in EDT (UTC-4) and again in EST (UTC-5).
    expect(proposedInstants(form([{ date: '2027-11-07', time: '01:30' }]))).toEqual([Date.UTC(2027, 10, 7, 5, 30)]);
  });
  test('no zone yet reads as UTC', () => {
    expect(proposedInstants(form([{ date: '2027-06-15', time: '14:00' }], ''))).toEqual([Date.UTC(2027, 5, 15, 14)]);
  });
});

describe('proposedTimesCalendar', () => {
  const base = { ...emptyForm('Europe/London'), company: 'Acme Corp' };

  test('one event per complete time, titled with the company', () => {
    const ics = proposedTimesCalendar({ ...base, proposedTimes: [{ date: '2027-06-15', time: '14:00' }, { date: '2027-06-16', time: '10:00' }] }, Date.UTC(2027, 0, 1));
    expect(ics?.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20270615T130000Z');
    expect(ics).toContain('DTEND:20270615T140000Z');
    expect(ics).toContain('SUMMARY:Interview with Acme Corp (proposed)');
  });
  test('without a company the title still reads', () => {
    expect(proposedTimesCalendar({ ...base, company: '  ', proposedTimes: [{ date: '2027-06-15', time: '14:00' }] }, 0)).toContain('SUMMARY:Interview (proposed time)');
  });
  test('a long company name is cut at 100 characters in the title', () => {
    const ics = proposedTimesCalendar({ ...base, company: 'A'.repeat(150), proposedTimes: [{ date: '2027-06-15', time: '14:00' }] }, 0) ?? '';
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:Interview with ${'A'.repeat(100)} (proposed)`);
    expect(unfolded).not.toContain('A'.repeat(101));
  });
  test.each([
    ['no time at all', []],
    ['only half-typed rows', [{ date: '2027-06-15', time: '' }]],
    ['only a year no calendar holds', [{ date: '1969-06-15', time: '14:00' }]],
  ])('%s: no file, so no button', (_name, proposedTimes) => {
    expect(proposedTimesCalendar({ ...base, proposedTimes }, 0)).toBeNull();
  });
});

describe('hasProposedTimesCalendar', () => {
  // The button shows without loading the .ics writer, so it must say exactly when the writer makes a file.
  test.each([
    ['two complete times', 'Europe/London', [{ date: '2027-06-15', time: '14:00' }, { date: '2027-06-16', time: '10:00' }], true],
    ['no time at all', 'Europe/London', [], false],
    ['only half-typed rows', 'Europe/London', [{ date: '2027-06-15', time: '' }], false],
    ['only a year no calendar holds', 'Europe/London', [{ date: '1969-06-15', time: '14:00' }], false],
    ['the first day of 1970, still 1969 in UTC', 'Europe/Paris', [{ date: '1970-01-01', time: '00:30' }], false],
    ['the first day of 1970, already 1970 in UTC', 'America/New_York', [{ date: '1970-01-01', time: '00:30' }], true],
    ['the last evening of 9999, already 10000 in UTC', 'America/New_York', [{ date: '9999-12-31', time: '23:30' }], false],
    ['one time a calendar holds among others', 'Europe/London', [{ date: '1969-06-15', time: '14:00' }, { date: '2027-06-15', time: '14:00' }], true],
  ])('%s (%s)', (_name, zone, proposedTimes, expected) => {
    const form = { ...emptyForm(zone), company: 'Acme Corp', proposedTimes };
    expect(hasProposedTimesCalendar(form)).toBe(expected);
    expect(proposedTimesCalendar(form, 0) !== null).toBe(expected);
  });
});

describe('lengthNote', () => {
  const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

  test.each([
    ['voicemail', words(81), '81 words (a voicemail should stay under 80)'],
    ['voicemail', words(1), '1 word (a voicemail should stay under 80)'],
    ['email', words(12), '12 words (an email should stay under 150)'],
    ['phone', words(200), '200 words'],
    ['text', 'See you then 🙂', '3 words, 14 characters (a text should stay under 320 characters)'],
    ['linkedin', words(3), '3 words, 14 characters (a LinkedIn message should stay under 300 characters)'],
  ] as const)('%s: %j', (channel, text, note) => {
    expect(lengthNote(channel, text)).toBe(note);
  });
});
