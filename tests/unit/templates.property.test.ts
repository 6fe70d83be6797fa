import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compose, composeAll } from '../../src/lib/messages/index';
import { MESSAGE_KINDS, REASONS, WISHES } from '../../src/lib/types';
import { countWords } from '../../src/lib/messages/text-length';

// Text a person might type, plus the kinds of garbage storage and links can hold.
const typed = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\n', 'Sam Patel', 'Acme, Inc.', 'Dr. Lee', 'O’Brien', 'שרה', '\u202Eevil', 'undefined', 'null', 'NaN', '[Name]', '{company}'),
);
const garbage = fc.oneof(
  typed,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const date = fc.oneof(
  fc.date({ min: new Date('1960-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-13-01', '14/12/2026', '', '2026-03-08'),
  typed,
);
const time = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.constantFrom('02:30', '01:30', '', '9am'),
  typed,
);
const zone = fc.oneof(fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', 'Mars/Base', '+05:00', ''), typed);

const fields = fc.record(
  {
    yourName: fc.oneof(typed, garbage),
    yourPhone: typed,
    yourEmail: typed,
    recipientName: fc.oneof(typed, garbage),
    recipientRole: typed,
    recipientEmail: typed,
    hiringManagerName: typed,
    company: fc.oneof(typed, garbage),
    position: fc.oneof(typed, garbage),
    interview: fc.oneof(fc.record({ date, time, zone }, { requiredKeys: [] }), garbage),
    yourZone: zone,
    reason: fc.oneof(fc.constantFrom(...REASONS), garbage),
    reasonLine: typed,
    wish: fc.oneof(fc.constantFrom(...WISHES), garbage),
    proposedTimes: fc.oneof(fc.array(fc.oneof(fc.record({ date, time }, { requiredKeys: [] }), garbage), { maxLength: 5 }), garbage),
    referralName: typed,
    keepDoorOpen: fc.oneof(fc.boolean(), garbage),
    tone: fc.oneof(fc.constantFrom('warm', 'formal'), garbage),
    firstRescheduleDate: date,
    mayReopen: fc.oneof(fc.boolean(), garbage),
  },
  { requiredKeys: [] },
);

const kind = fc.constantFrom(...MESSAGE_KINDS);

// A plan step as the decision engine passes it, or anything a buggy caller might.
const step = fc.oneof(
  fc.record({
    notice: fc.constantFrom('short', 'enough', 'missed'),
    after: fc.constantFrom('nothing', 'email', 'call', 'voicemail', 'call-or-voicemail'),
    set: fc.array(fc.oneof(kind, fc.string()), { maxLength: 6 }),
  }),
  garbage,
);

/** Every string anywhere in the input, so a word the person typed is not blamed on a template. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((inner) => strings(inner, seen));
}

const FORBIDDEN = ['undefined', 'NaN', 'null', '[object', '[', ']', '{', '}', '<', '>'];

describe('compose with random and garbage fields', () => {
  test('never throws, and shows nothing the person did not type', () => {
    fc.assert(
      fc.property(kind, fields, step, fc.constantFrom('en-GB', 'en-US', 'xx', ''), (messageKind, input, plan, locale) => {
        const message = compose(messageKind, input, { locale, step: plan as never });
        const typedText = strings(input).join('\n').toLowerCase();
        const shown = `${message.subject ?? ''}\n${message.body}`;
        expect(message.body.length).toBeGreaterThan(0);
        const shownButNotTyped = FORBIDDEN.filter((token) => !typedText.includes(token.toLowerCase()) && shown.includes(token));
        expect(shownButNotTyped).toEqual([]);
        expect(shown).not.toMatch(/ {2}/u);
        expect(shown).not.toMatch(/\n{3,}/u);
        expect(shown).not.toMatch(/^(?:Dear|Hi) *,/mu);
        expect(message.subject ?? '').not.toMatch(/[\r\n]/u);
        expect(message.wordCount).toBe(countWords(message.body));
        // A time we write never has a leading zero ("09pm"); one the person typed (a role called "00pm") is theirs.
        const zeroTimes = [...shown.matchAll(/(?<![\d:])0\d(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)/gu)].map((match) => match[0]);
        expect(zeroTimes.filter((found) => !typedText.includes(found.toLowerCase()))).toEqual([]);
        expect((message.body.match(/\b(?:sorry|apologi[sz]e)\b/giu) ?? []).length).toBeLessThanOrEqual(1 + (typedText.match(/sorry|apologi/gu) ?? []).length);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  test('never throws on input that is not an object at all', () => {
    fc.assert(
      fc.property(kind, fc.anything(), (messageKind, input) => {
        expect(compose(messageKind, input).body).toMatch(/\S/u);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  test('composeAll writes one message per known kind', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(kind, fc.string())), fields, (kinds, input) => {
        const known = kinds.filter((item) => (MESSAGE_KINDS as readonly string[]).includes(item));
        expect(composeAll(kinds as never, input).map((message) => message.kind)).toEqual(known);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
