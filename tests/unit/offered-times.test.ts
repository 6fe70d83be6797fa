import { describe, expect, test } from 'vitest';
import { offeredTimeWarning } from '../../src/lib/offered-times';

describe('offeredTimeWarning', () => {
  test.each([
    // 2025-03-15 is a Saturday, 2025-03-16 a Sunday, 2025-03-17 a Monday.
    // The rulebook's working hours: from 09:00, up to but not including 17:00.
    ['2025-03-17', '08:59', true],
    ['2025-03-17', '09:00', false],
    ['2025-03-17', '16:59', false],
    ['2025-03-17', '17:00', true],
    ['2025-03-17', '', false],
    ['2025-03-15', '11:00', true],
    ['2025-03-16', '', true],
    ['', '23:30', true],
    ['', '', false],
    ['not a date', 'not a time', false],
  ])('%s at %s warns: %s', (date, time, warns) => {
    expect(offeredTimeWarning({ date, time }) !== undefined).toBe(warns);
  });

  test('says what is unusual, in plain words, and that it can still be offered', () => {
    expect(offeredTimeWarning({ date: '2025-03-15', time: '23:30' })).toBe(
      'Saturday at 23:30 is outside usual working hours (Monday to Friday, 09:00 to 17:00). You can still offer it, but check it suits them.',
    );
    expect(offeredTimeWarning({ date: '2025-03-17', time: '07:30' })).toBe('07:30 is outside usual working hours (09:00 to 17:00). You can still offer it, but check it suits them.');
    expect(offeredTimeWarning({ date: '2025-03-16', time: '10:00' })).toBe('Sunday is outside usual working hours (Monday to Friday, 09:00 to 17:00). You can still offer it, but check it suits them.');
  });
});
