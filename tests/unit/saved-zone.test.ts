import { describe, expect, test } from 'vitest';
import { restoreZone, zoneFromElsewhere, zoneToSave } from '../../src/lib/saved-zone';

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

describe('zoneFromElsewhere (the helper on the same page gives a zone)', () => {
  const detected = { zone: 'Europe/London', isChosen: false };
  const chosen = { zone: 'Asia/Tokyo', isChosen: true };

  test.each([
    ['nothing given changes nothing', detected, '', detected],
    ['the same zone changes nothing', chosen, 'Asia/Tokyo', chosen],
    ['the browser\'s zone while ours was detected stays detected', { zone: 'UTC', isChosen: false }, 'Europe/London', detected],
    ['another zone was chosen there', detected, 'Asia/Tokyo', chosen],
    ['a chosen zone replaced by another stays chosen', chosen, 'Europe/London', { zone: 'Europe/London', isChosen: true }],
  ])('%s', (_name, current, given, expected) => {
    expect(zoneFromElsewhere(current, given, 'Europe/London')).toEqual(expected);
  });
});
