import { describe, expect, test } from 'vitest';
import { changedInWords, filledByLink, leftOutByLink, linkNote } from '../../src/lib/link-changes';
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

describe('leftOutByLink', () => {
  test.each([
    [['zone'], 'We could not use one part of the link you followed, so we left it out: the time zone.'],
    [['time', 'reason'], 'We could not use some parts of the link you followed, so we left them out: the time and the reason.'],
    [['kinds'], 'We could not use some parts of the link you followed, so we left them out: some of the messages.'],
    [['channels'], 'We could not use some parts of the link you followed, so we left them out: some of the people and ways to reach them.'],
  ])('%j reads as "%s"', (keys, words) => {
    expect(leftOutByLink(keys)).toBe(words);
  });
  test('says nothing when nothing was left out', () => {
    expect(leftOutByLink([])).toBeNull();
  });
  test('every key a link can carry is named in words of its own', () => {
    for (const key of [...SITUATION_KEYS, 'kinds']) expect(leftOutByLink([key]), key).not.toMatch(/details|undefined/);
  });
});

describe('linkNote', () => {
  test('what was left out, then what was filled in, when nothing was saved', () => {
    expect(linkNote({ leftOut: ['zone'], changed: ['date'] }, false)).toBe(
      'We could not use one part of the link you followed, so we left it out: the time zone. The link you followed filled in the date. Check it before you send anything.',
    );
  });
  test('over saved details only what was left out: the note offering them back says what changed', () => {
    expect(linkNote({ leftOut: ['zone'], changed: ['date'] }, true)).toBe('We could not use one part of the link you followed, so we left it out: the time zone.');
    expect(linkNote({ leftOut: [], changed: ['date'] }, true)).toBeNull();
  });
});
