import { describe, expect, test } from 'vitest';
import { changedInWords } from '../../src/lib/link-changes';
import { SITUATION_KEYS } from '../../src/lib/links';

describe('changedInWords', () => {
  test.each([
    [[], 'details'],
    [['date'], 'the date'],
    [['date', 'time'], 'the date and the time'],
    [['date', 'time', 'zone', 'kinds'], 'the date, the time, the time zone and the messages chosen'],
    [['mystery', 'other'], 'details'],
  ])('%j reads as "%s"', (keys, words) => {
    expect(changedInWords(keys)).toBe(words);
  });

  test('every key a link can change has words of its own', () => {
    for (const key of SITUATION_KEYS) expect(changedInWords([key]), key).not.toBe('details');
  });
});
