import { describe, expect, test } from 'vitest';
import { changedInWords, filledByLink } from '../../src/lib/link-changes';
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

describe('filledByLink', () => {
  test('names every field a link filled that can put a fact into a message', () => {
    expect(filledByLink(['who', 'reason', 'date', 'kinds'])).toBe('The link you followed filled in the reason and the date. Check them before you send anything.');
    expect(filledByLink(['stage'])).toBe('The link you followed filled in where things stand. Check it before you send anything.');
  });
  test('says nothing when the link only picked the side and the messages', () => {
    expect(filledByLink(['who', 'kinds'])).toBeNull();
    expect(filledByLink([])).toBeNull();
  });
});
