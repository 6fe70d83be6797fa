import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, icsForProposedTimes } from '../../src/lib/ics';

const NOW = Date.UTC(2026, 11, 1, 9, 30, 15);
const START = Date.UTC(2026, 11, 15, 14, 0);
const event = (overrides: Partial<{ start: number; durationMinutes: number; title: string; description: string }> = {}) => ({
  start: START,
  title: 'Interview with Acme (proposed)',
  description: 'A time offered for the interview.',
  ...overrides,
});

/** Content lines with folding undone, as a calendar app reads them. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/gu, '').split('\r\n').filter((line) => line !== '');
}

/** Undoes TEXT escaping. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/gu, (_match, character: string) => (character.toLowerCase() === 'n' ? '\n' : character));
}

const PROPERTY_NAMES = /^(?:BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|UID|DTSTAMP|DTSTART|DTEND|SUMMARY|DESCRIPTION|STATUS|TRANSP):/u;

describe('icsForProposedTimes', () => {
  test('writes one tentative event per time inside one calendar', () => {
    const lines = unfold(icsForProposedTimes([event(), event({ start: START + 86_400_000 })], NOW));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(2);
    expect(lines.filter((line) => line === 'STATUS:TENTATIVE')).toHaveLength(2);
  });

  test('writes start, end and stamp in UTC, the stamp from "now"', () => {
    const lines = unfold(icsForProposedTimes([event({ durationMinutes: 45 })], NOW));
    expect(lines).toContain('DTSTART:20261215T140000Z');
    expect(lines).toContain('DTEND:20261215T144500Z');
    expect(lines).toContain('DTSTAMP:20261201T093015Z');
  });

  test('lasts an hour when no length is given, or a bad one is', () => {
    for (const durationMinutes of [undefined, 0, -30, Number.NaN, Number.POSITIVE_INFINITY]) {
      const times = [durationMinutes === undefined ? event() : event({ durationMinutes })];
      expect(unfold(icsForProposedTimes(times, NOW))).toContain('DTEND:20261215T150000Z');
    }
  });

  test('uses CRLF everywhere and ends with one', () => {
    const ics = icsForProposedTimes([event({ description: 'one\ntwo\r\nthree\rfour' })], NOW);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });

  test('folds every line at 75 octets without splitting a character', () => {
    const description = `${'Emoji 👩🏽‍💻 and accents é '.repeat(20)}${'ß'.repeat(100)}`;
    const ics = icsForProposedTimes([event({ title: 'x'.repeat(300), description })], NOW);
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of ics.split('\r\n')) {
      const bytes = encoder.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes)).not.toThrow();
      expect(line).not.toMatch(/\uFFFD/u);
    }
    const lines = unfold(ics);
    expect(unescapeText(lines.find((line) => line.startsWith('DESCRIPTION:'))?.slice(12) ?? '')).toBe(description);
  });

  test.each([
    ['commas, semicolons and backslashes', 'a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['line breaks of every kind', 'a\nb\r\nc\rd', 'a\\nb\\nc\\nd'],
    ['control characters', 'a\u0000b\u0007c\td', 'abc\td'],
    ['half an emoji', 'a\uD83D', 'a\uFFFD'],
  ])('escapes %s', (_name, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  test('text typed to look like properties stays inside its own value', () => {
    const title = 'Interview\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil\nATTENDEE:mailto:evil@example.com';
    const lines = unfold(icsForProposedTimes([event({ title, description: 'x;y,z\\\nDTSTART:19700101T000000Z' })], NOW));
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('DTSTART'))).toEqual(['DTSTART:20261215T140000Z']);
    for (const line of lines) expect(line).toMatch(PROPERTY_NAMES);
    expect(unescapeText(lines.find((line) => line.startsWith('SUMMARY:'))?.slice(8) ?? '')).toBe(title.replace(/\r\n|\r|\n/gu, '\n'));
  });

  test('gives the same UIDs each time, whatever "now" is', () => {
    const times = [event(), event({ start: START + 3_600_000 })];
    const uids = (ics: string) => unfold(ics).filter((line) => line.startsWith('UID:'));
    expect(uids(icsForProposedTimes(times, NOW))).toEqual(uids(icsForProposedTimes(times, NOW + 999_999)));
    expect(new Set(uids(icsForProposedTimes([event(), event()], NOW))).size).toBe(2);
    expect(uids(icsForProposedTimes(times, NOW))[0]).toMatch(/^UID:20261215T140000Z-[0-9a-f]{8}-1@bow-out$/u);
  });

  test('skips times that are not real instants, and gives nothing when none is left', () => {
    const lines = unfold(icsForProposedTimes([event({ start: Number.NaN }), event(), event({ start: Number.POSITIVE_INFINITY }), event({ start: -1 })], NOW));
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(icsForProposedTimes([], NOW)).toBe('');
    expect(icsForProposedTimes([event({ start: Number.NaN })], NOW)).toBe('');
  });

  test('foldLine leaves a short line alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });
});

const piece = fc.oneof(
  fc.constantFrom('\r', '\n', '\r\n', ',', ';', '\\', ':', 'END:VEVENT', 'BEGIN:VCALENDAR', '\uD83D', '\u0000', '👩🏽‍💻', 'é'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('icsForProposedTimes with random text', () => {
  test('keeps its structure and gives back exactly the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 0, max: 253_402_300_000_000 }), title: text, description: text }), { minLength: 1, maxLength: 3 }),
        (times) => {
          const ics = icsForProposedTimes(times, NOW);
          const encoder = new TextEncoder();
          expect(ics.split('\r\n').filter((raw) => encoder.encode(raw).length > 75)).toEqual([]);
          const lines = unfold(ics);
          expect(lines.filter((line) => !PROPERTY_NAMES.test(line))).toEqual([]);
          expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(times.length);
          const summaries = lines.filter((line) => line.startsWith('SUMMARY:')).map((line) => unescapeText(line.slice(8)));
          expect(summaries).toEqual(times.map((time) => escapeText(time.title)).map(unescapeText));
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});
