import { describe, expect, test } from 'vitest';
import {
  CHANNEL_LIMITS,
  capAtWord,
  characterCount,
  countWords,
  fitChannel,
  fitsChannel,
  rowsToShow,
  sentencesOf,
} from '../../../src/lib/messages/text-length';

describe('counts', () => {
  test.each([
    ['Hi Sam, thanks!', 3],
    ['  spaced   out  ', 2],
    ['- a list item', 3],
    ['+44 7700 900123', 3],
    ['"Quoted." — then more', 3],
    ['', 0],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  test('an emoji or an accented letter is one character', () => {
    expect(characterCount('👩🏽‍💻é')).toBe(2);
    expect(characterCount('e\u0301')).toBe(1);
  });
});

describe('channel limits', () => {
  test.each([
    ['email', 'words', 150],
    ['voicemail', 'words', 80],
    ['text', 'characters', 320],
    ['linkedin', 'characters', 300],
  ] as const)('%s takes at most %s: %i', (channel, unit, max) => {
    expect(CHANNEL_LIMITS[channel]).toEqual({ unit, max });
    const at = unit === 'words' ? Array.from({ length: max }, () => 'word').join(' ') : 'a'.repeat(max);
    expect(fitsChannel(channel, at)).toBe(true);
    expect(fitsChannel(channel, `${at}${unit === 'words' ? ' word' : 'a'}`)).toBe(false);
  });

  test('fitChannel takes the richest wording that fits, else the barest', () => {
    expect(fitChannel('text', ['a'.repeat(400), 'a'.repeat(300), 'short'])).toBe('a'.repeat(300));
    expect(fitChannel('text', ['a'.repeat(500), 'a'.repeat(400)])).toBe('a'.repeat(400));
  });
});

describe('capAtWord', () => {
  test.each([
    ['short enough', 20, 'short enough'],
    ['I have to cancel at short notice', 30, 'I have to cancel at short…'],
    ['I have to cancel at short notice', 27, 'I have to cancel at short…'],
    ['I have to cancel at short notice', 25, 'I have to cancel at…'],
    ['I have to cancel, sadly now', 18, 'I have to cancel…'],
    ['Supercalifragilistic', 10, 'Supercali…'],
  ])('%j capped at %i is %j', (text, cap, expected) => {
    const capped = capAtWord(text, cap);
    expect(capped).toBe(expected);
    expect(characterCount(capped)).toBeLessThanOrEqual(cap);
  });

  test('never cuts an emoji in half', () => {
    expect(capAtWord('🙂🙂🙂🙂🙂', 3)).toBe('🙂🙂…');
  });
});

describe('sentencesOf', () => {
  test('splits at full stops but not after a.m., p.m. or a title', () => {
    expect(sentencesOf('I can make 10 a.m. New York time. Dr. Lee agreed! Thanks.')).toEqual([
      'I can make 10 a.m. New York time.',
      'Dr. Lee agreed!',
      'Thanks.',
    ]);
  });

  test('a.m. ends a sentence when the next one starts', () => {
    expect(sentencesOf('I can make 10 a.m. I will confirm. Or 9 a.m. (2 p.m. London time) works.')).toEqual([
      'I can make 10 a.m.',
      'I will confirm.',
      'Or 9 a.m. (2 p.m. London time) works.',
    ]);
  });

  test('each line is its own sentence', () => {
    expect(sentencesOf('Hi Sam,\n\n- Tuesday at 2pm\nBest wishes,\nSam')).toEqual(['Hi Sam,', '- Tuesday at 2pm', 'Best wishes,', 'Sam']);
  });
});

describe('rowsToShow', () => {
  test.each([
    ['', 1],
    ['Hi Sam,', 1],
    ['Hi Sam,\n\nThank you.', 3],
    ['x'.repeat(36), 1],
    ['x'.repeat(37), 2],
    [`${'x'.repeat(72)}\nBest,`, 3],
  ])('a box for %j shows it in %i rows', (text, rows) => {
    expect(rowsToShow(text)).toBe(rows);
  });

  test('counts a letter with its accents as one character', () => {
    expect(rowsToShow('e\u0301'.repeat(36))).toBe(1);
  });

  test('stops at the most rows asked for, however long the text', () => {
    expect(rowsToShow('line\n'.repeat(100))).toBe(40);
    expect(rowsToShow('x'.repeat(1000), 50, 12)).toBe(12);
  });
});
