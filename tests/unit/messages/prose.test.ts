import { describe, expect, test } from 'vitest';
import { continuing, eitherOf, led, paragraph, paragraphs, sentence } from '../../../src/lib/messages/prose';

describe('sentence', () => {
  test.each([
    ['i need to cancel', 'I need to cancel.'],
    ['Thanks!', 'Thanks!'],
    ['at 10 a.m.', 'At 10 a.m.'],
    ['I stop here…', 'I stop here…'],
    ['  ', ''],
  ])('%j → %j', (text, expected) => {
    expect(sentence(text)).toBe(expected);
  });
});

describe('led', () => {
  test('a lead clause and the sentence become one sentence, "I" kept capital', () => {
    expect(led('As we discussed on the phone,', 'I need to cancel my interview')).toBe('As we discussed on the phone, I need to cancel my interview.');
    expect(led('As I said in my email,', "We're withdrawing our invitation")).toBe("As I said in my email, we're withdrawing our invitation.");
    expect(led(undefined, "we're withdrawing our invitation")).toBe("We're withdrawing our invitation.");
  });

  test('continuing lowers only the first letter, and never "I"', () => {
    expect(continuing('We need to move it')).toBe('we need to move it');
    expect(continuing("I'd like to move it")).toBe("I'd like to move it");
  });
});

describe('joining', () => {
  test('paragraph and paragraphs skip what is missing', () => {
    expect(paragraph('One.', undefined, false, '', 'Two.')).toBe('One. Two.');
    expect(paragraphs('Hi,', undefined, 'Body.')).toBe('Hi,\n\nBody.');
  });

  test.each([
    [['A'], 'A'],
    [['A', 'B'], 'A or B'],
    [['A', 'B', 'C'], 'A, B or C'],
    [['Tuesday, March 9 at 2 p.m.', 'Wednesday, March 10 at 9 a.m.', 'Friday, March 12 at 4 p.m.'], 'Tuesday, March 9 at 2 p.m.; Wednesday, March 10 at 9 a.m. or Friday, March 12 at 4 p.m.'],
  ])('eitherOf %j', (items, expected) => {
    expect(eitherOf(items)).toBe(expected);
  });
});
