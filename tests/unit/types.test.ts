import { describe, expect, test } from 'vitest';
import { MESSAGE_KINDS, WISHES } from '../../src/lib/types';

describe('shared names', () => {
  test('message kind ids are unique, since they appear in URLs and saved forms', () => {
    expect(new Set(MESSAGE_KINDS).size).toBe(MESSAGE_KINDS.length);
  });
  test('wish ids are unique across candidate and employer', () => {
    expect(new Set(WISHES).size).toBe(WISHES.length);
  });
});
