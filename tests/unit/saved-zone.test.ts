import { describe, expect, test } from 'vitest';
import { restoreZone, zoneToSave } from '../../src/lib/saved-zone';

describe('a person\'s own zone across visits', () => {
  test('a detected zone is saved empty, so after travelling the browser\'s new zone shows', () => {
    const saved = zoneToSave({ zone: 'Europe/London', isChosen: false });
    expect(saved).toBe('');
    expect(restoreZone(saved, 'America/New_York')).toEqual({ zone: 'America/New_York', isChosen: false });
  });

  test('a chosen zone is kept wherever the browser is', () => {
    const saved = zoneToSave({ zone: 'Asia/Tokyo', isChosen: true });
    expect(saved).toBe('Asia/Tokyo');
    expect(restoreZone(saved, 'America/New_York')).toEqual({ zone: 'Asia/Tokyo', isChosen: true });
  });
});
