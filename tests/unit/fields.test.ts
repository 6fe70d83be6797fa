import { describe, expect, test } from 'vitest';
import {
  FIELD_CAPS,
  MAX_PROPOSED_TIMES,
  characterCount,
  cleanField,
  messageFieldsSchema,
  parseFields,
} from '../../src/lib/fields';

const whole = {
  yourName: 'Sam Patel',
  yourPhone: '+44 7700 900123',
  yourEmail: 'sam@example.com',
  recipientName: 'Jordan Lee',
  recipientRole: 'Recruiter',
  recipientEmail: 'jordan@example.com',
  hiringManagerName: 'Dana Reyes',
  company: 'Acme',
  position: 'Data Analyst',
  interview: { date: '2026-12-14', time: '10:00', zone: 'America/New_York' },
  yourZone: 'Europe/London',
  reason: 'other-offer',
  reasonLine: 'I have accepted another offer.',
  wish: 'cancel',
  proposedTimes: [{ date: '2026-12-15', time: '14:00' }],
  referralName: 'Alex Kim',
  keepDoorOpen: false,
  tone: 'formal',
  firstRescheduleDate: '2026-12-03',
  mayReopen: true,
} as const;

describe('cleanField', () => {
  test.each([
    ['trims the ends', '  Sam  ', 'Sam'],
    ['collapses runs of spaces', 'Sam    Patel', 'Sam Patel'],
    ['turns line breaks into spaces', 'Sam\r\nPatel\nBcc: x', 'Sam Patel Bcc: x'],
    ['turns tabs and other breaks into spaces', 'Sam\tPatel\u2028Jr', 'Sam Patel Jr'],
    ['drops NUL and other controls', 'Sam\u0000 Pa\u0007tel\u009B', 'Sam Patel'],
    ['drops bidi overrides and isolates', '\u202EevilSam\u202C \u2066Patel\u2069 \u202A\u202B\u202D', 'evilSam Patel'],
    ['drops zero-width spaces and byte-order marks', 'Sa\u200Bm\uFEFF Pa\u2060tel', 'Sam Patel'],
    ['keeps a joiner inside an emoji sequence', 'Sam 👨\u200D👩\u200D👧', 'Sam 👨\u200D👩\u200D👧'],
    ['drops a joiner at the edges', '\u200DSam\u200C', 'Sam'],
    ['keeps right-to-left text itself', 'שרה כהן', 'שרה כהן'],
    ['drops half an emoji', 'Sam \uD83D', 'Sam'],
    ['gives an empty string for whitespace only', ' \n\t ', ''],
  ])('%s', (_name, input, expected) => {
    expect(cleanField(input, 100)).toEqual({ value: expected, capped: false });
  });

  test.each([
    ['a number', 42, '42'],
    ['NaN', Number.NaN, ''],
    ['null', null, ''],
    ['an object', { toString: () => 'Sam' }, ''],
  ])('reads %s as text only when it is one', (_name, input, expected) => {
    expect(cleanField(input, 100).value).toBe(expected);
  });

  test('keeps exactly the cap and says nothing', () => {
    expect(cleanField('a'.repeat(100), 100)).toEqual({ value: 'a'.repeat(100), capped: false });
  });

  test('cuts one past the cap and says so', () => {
    expect(cleanField('a'.repeat(101), 100)).toEqual({ value: 'a'.repeat(100), capped: true });
  });

  test('counts an emoji or an accented letter as one character', () => {
    const emoji = '👩🏽‍💻'.repeat(5);
    expect(characterCount(emoji)).toBe(5);
    expect(cleanField(emoji, 5)).toEqual({ value: emoji, capped: false });
    expect(cleanField(emoji, 3)).toEqual({ value: '👩🏽‍💻'.repeat(3), capped: true });
    expect(cleanField('e\u0301'.repeat(4), 2)).toEqual({ value: 'e\u0301e\u0301', capped: true });
  });

  test('never leaves a space at the end of a cut', () => {
    expect(cleanField('ab cd', 3)).toEqual({ value: 'ab', capped: true });
  });

  test('a huge paste keeps the same first characters as cleaning it whole', () => {
    const paste = `  \u202E${'Zoë  👩🏽‍💻\r\n\u200Bword\t'.repeat(40_000)}`;
    const whole = cleanField(paste, 1e9).value;
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const expected = Array.from(segmenter.segment(whole), (part) => part.segment).slice(0, 100).join('').trimEnd();
    expect(cleanField(paste, 100)).toEqual({ value: expected, capped: true });
  });

  test('trims a pile of stacked accents down to eight', () => {
    const { value } = cleanField(`Z${'\u0301'.repeat(40)}algo`, 100);
    expect(value).toBe(`Z${'\u0301'.repeat(8)}algo`);
  });
});

describe('parseFields', () => {
  test('reads a whole, valid form unchanged, with no notices', () => {
    expect(parseFields(whole)).toEqual({ fields: whole, notices: [] });
  });

  test('fills in the defaults: door open, warm tone', () => {
    expect(parseFields({})).toEqual({ fields: { keepDoorOpen: true, tone: 'warm' }, notices: [] });
  });

  test('its output passes the schema and reads back the same', () => {
    const { fields } = parseFields({ ...whole, yourName: 'x'.repeat(300) });
    expect(messageFieldsSchema.safeParse(fields).success).toBe(true);
    expect(parseFields(fields)).toEqual({ fields, notices: [] });
  });

  test.each(Object.entries(FIELD_CAPS).filter(([key]) => !['date', 'time', 'zone'].includes(key)))(
    '%s is capped at %i characters, with a notice',
    (field, cap) => {
      const { fields, notices } = parseFields({ [field]: 'a'.repeat(cap + 5) });
      expect(characterCount(String(fields[field as keyof typeof fields]))).toBe(cap);
      expect(notices).toHaveLength(1);
      expect(notices[0]?.field).toBe(field);
      expect(notices[0]?.message).toMatch(new RegExp(`is limited to ${cap} characters; we kept the first ${cap}\\.$`));
    },
  );

  test('words the notice for a name the way a person reads it', () => {
    expect(parseFields({ yourName: 'S'.repeat(5000) }).notices).toEqual([
      { field: 'yourName', message: 'Your name is limited to 100 characters; we kept the first 100.' },
    ]);
  });

  test('keeps a 500-character reason and reports the cut', () => {
    const { fields, notices } = parseFields({ reasonLine: 'word '.repeat(1000) });
    expect(characterCount(fields.reasonLine ?? '')).toBeLessThanOrEqual(500);
    expect(notices.map((notice) => notice.field)).toEqual(['reasonLine']);
  });

  test('leaves out fields that clean down to nothing', () => {
    expect(parseFields({ yourName: '\u202E\u200B \n', company: '' }).fields).toEqual({ keepDoorOpen: true, tone: 'warm' });
  });

  test('reads a flat date, time and zone from a prefill link as the interview', () => {
    expect(parseFields({ date: '2026-12-14', time: '10:00', zone: 'Europe/Paris' }).fields.interview).toEqual({
      date: '2026-12-14',
      time: '10:00',
      zone: 'Europe/Paris',
    });
  });

  test('keeps an interview with empty parts while a person is still typing', () => {
    expect(parseFields({ interview: { date: '2026-12-14' } }).fields.interview).toEqual({ date: '2026-12-14', time: '', zone: '' });
  });

  test('keeps the first three suggested times and says so', () => {
    const times = Array.from({ length: 5 }, (_, index) => ({ date: `2026-12-1${index}`, time: '09:00' }));
    const { fields, notices } = parseFields({ proposedTimes: times });
    expect(fields.proposedTimes).toEqual(times.slice(0, MAX_PROPOSED_TIMES));
    expect(notices).toEqual([{ field: 'proposedTimes', message: 'You can suggest up to 3 times; we kept the first 3.' }]);
  });

  test('drops blank rows of suggested times without a notice', () => {
    const { fields, notices } = parseFields({ proposedTimes: [{ date: '', time: '' }, { date: '2026-12-15', time: '14:00' }, null] });
    expect(fields.proposedTimes).toEqual([{ date: '2026-12-15', time: '14:00' }]);
    expect(notices).toEqual([]);
  });

  test('points a notice about a suggested time at that row', () => {
    const { notices } = parseFields({ proposedTimes: [{ date: '2026-12-15', time: '1'.repeat(40) }] });
    expect(notices.map((notice) => notice.field)).toEqual(['proposedTimes.0.time']);
  });

  test.each([
    ['keepDoorOpen', 'false', false],
    ['keepDoorOpen', '0', false],
    ['keepDoorOpen', 'yes', true],
    ['mayReopen', 'true', true],
    ['mayReopen', 'no', false],
  ])('reads %s = %s from a link as %s', (field, value, expected) => {
    expect(parseFields({ [field]: value }).fields[field as 'keepDoorOpen' | 'mayReopen']).toBe(expected);
  });

  test.each([
    ['an unknown reason', { reason: 'bored' }, 'reason'],
    ['an unknown tone', { tone: 'sarcastic' }, 'tone'],
    ['an unknown wish', { wish: 'vanish' }, 'wish'],
    ['a door that is not yes or no', { keepDoorOpen: 'maybe' }, 'keepDoorOpen'],
    ['an interview that is not an object', { interview: 'tomorrow' }, 'interview'],
    ['a name that is an object', { yourName: { first: 'Sam' } }, 'yourName'],
    ['times that are not a list', { proposedTimes: 'soon' }, 'proposedTimes'],
  ])('%s is left out with a notice', (_name, input, field) => {
    const { fields, notices } = parseFields(input);
    expect(notices.map((notice) => notice.field)).toEqual([field]);
    expect(fields.keepDoorOpen).toBe(true);
    expect(fields.tone).toBe('warm');
  });

  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'Sam'],
    ['a number', 7],
    ['an array', [1, 2]],
    ['a function', () => 'Sam'],
  ])('gives the defaults for %s', (_name, input) => {
    expect(parseFields(input).fields).toEqual({ keepDoorOpen: true, tone: 'warm' });
  });

  test('survives an object whose getters throw', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => true });
    const { fields, notices } = parseFields(hostile);
    expect(fields).toEqual({ keepDoorOpen: true, tone: 'warm' });
    expect(notices.map((notice) => notice.field)).toEqual(['fields']);
  });
});

describe('parseFields: stage and travel', () => {
  test('keeps a known stage and reads travel booked from a link', () => {
    expect(parseFields({ stage: 'between-rounds', travelBooked: 'yes' }).fields).toMatchObject({ stage: 'between-rounds', travelBooked: true });
  });

  test('an unknown stage is left out, with a notice', () => {
    const { fields, notices } = parseFields({ stage: 'final-boss' });
    expect(fields.stage).toBeUndefined();
    expect(notices.map((notice) => notice.field)).toEqual(['stage']);
  });
});
