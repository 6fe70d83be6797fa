import { describe, expect, test } from 'vitest';
import { inputFromControls } from '../../src/components/decision-helper/form-state';
import { laidOver } from '../../src/lib/links';
import { defaultSituation } from '../../src/lib/situation';

// What a person changes in the home page's form before its island runs (client:touch), as the
// form names its controls: radio groups by name, the rest by id.
const adopted = (changed: [string, string | boolean][]) => laidOver(defaultSituation(), inputFromControls(new Map(changed))).situation;

describe('inputFromControls', () => {
  test('an untouched form gives nothing to adopt', () => {
    expect(inputFromControls(new Map())).toEqual({});
  });

  test('each answer lands in its field: choices, the interview’s date and time, ticked boxes', () => {
    expect(
      inputFromControls(
        new Map<string, string | boolean>([
          ['dh-who', 'employer'],
          ['dh-stage', 'invited'],
          ['dh-date', '2026-12-02'],
          ['dh-time', '10:00'],
          ['dh-contact-phone', false],
          ['dh-people-agency', true],
          ['dh-spoke', 'voicemail'],
        ]),
      ),
    ).toEqual({
      who: 'employer',
      stage: 'invited',
      interview: { date: '2026-12-02', time: '10:00' },
      contacts: { phone: false },
      people: { agency: true },
      spoke: 'voicemail',
    });
  });

  test('controls that are not the situation’s are left out', () => {
    expect(inputFromControls(new Map([['dh-person-zone-hint', 'x'], ['search', 'cancel']]))).toEqual({});
  });
});

describe('what a person chose before the island ran, laid over where it starts', () => {
  test('the employer, a date and a time: the rest stays as it was', () => {
    const situation = adopted([
      ['dh-who', 'employer'],
      ['dh-date', '2026-12-02'],
      ['dh-time', '10:00'],
    ]);
    expect(situation).toEqual({ ...defaultSituation(), who: 'employer', interview: { date: '2026-12-02', time: '10:00', zone: '' } });
  });

  test('one box unticked leaves the other as it was', () => {
    expect(adopted([['dh-contact-email', false]]).contacts).toEqual({ phone: true, email: false, text: false });
  });

  test('a candidate’s wish chosen after switching to the employer does not fit, so it goes', () => {
    const situation = adopted([
      ['dh-who', 'employer'],
      ['dh-wish', 'cancel'],
    ]);
    expect(situation.who).toBe('employer');
    expect(situation.wish).toBeUndefined();
  });

  test('"Rather not say" chosen again clears the reason', () => {
    const base = { ...defaultSituation(), reason: 'illness' as const };
    expect(laidOver(base, inputFromControls(new Map([['dh-reason', '']]))).situation.reason).toBeUndefined();
  });
});
