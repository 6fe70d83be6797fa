import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BUILDER_TEXT_LIMIT, DRAFT_CHARACTER_LIMIT, keepFirst, keptNotice } from '../../src/lib/saved-text';

describe('keepFirst', () => {
  test.each([
    ['shorter than the limit', 'hello', 10, 'hello', false],
    ['exactly the limit', 'hello', 5, 'hello', false],
    ['one over', 'hello!', 5, 'hello', true],
    ['an emoji across the cut loses the whole emoji', 'ab🙂c', 3, 'ab', true],
    ['an emoji just before the cut is kept', 'ab🙂c', 4, 'ab🙂', true],
  ])('%s', (_name, text, limit, kept, isCapped) => {
    expect(keepFirst(text, limit)).toEqual({ text: kept, isCapped });
  });

  test('a 1 MB paste keeps exactly the draft limit', () => {
    const paste = 'x'.repeat(1_000_000);
    expect(keepFirst(paste, DRAFT_CHARACTER_LIMIT).text).toHaveLength(DRAFT_CHARACTER_LIMIT);
  });

  test('what is kept is kept again unchanged: saving and reading back give the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 0, max: 200 }), (text, limit) => {
        const once = keepFirst(text, limit);
        expect(once.text.length).toBeLessThanOrEqual(limit);
        expect(text.startsWith(once.text)).toBe(true);
        expect(keepFirst(once.text, limit)).toEqual({ text: once.text, isCapped: false });
        // Never half a surrogate pair at the end.
        expect(/[\uD800-\uDBFF]$/u.test(once.text)).toBe(false);
      }),
    );
  });
});

describe('keptNotice', () => {
  test('names the limit as a person reads a number', () => {
    expect(keptNotice(DRAFT_CHARACTER_LIMIT)).toBe('This box keeps up to 100,000 characters, so the rest of what you pasted was left out.');
    expect(keptNotice(BUILDER_TEXT_LIMIT)).toContain('20,000 characters');
  });
});
