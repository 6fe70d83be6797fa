import { describe, expect, test } from 'vitest';
import { withControls } from '../../src/components/decision-helper/form-state';
import { laidOver } from '../../src/lib/link-prefill';
import { defaultSituation } from '../../src/lib/situation';

// What a person changes in the home page's form before its island runs (client:touch), as the
// form names its controls: radio groups by name, the rest by id.
const controls = (changed: [string, string | boolean][]) => new Map<string, string | boolean>(changed);
const adopted = (changed: [string, string | boolean][], base = defaultSituation()) => withControls(base, controls(changed));

describe('withControls: what a person chose before the island ran, laid over where it starts', () => {
  test('an untouched form adopts nothing and changes nothing', () => {
    expect(adopted([])).toEqual({ situation: defaultSituation(), adopted: 0 });
  });

  test('each answer lands in its field: choices, the interview’s date and time, ticked boxes', () => {
    const { situation, adopted: count } = adopted([
      ['dh-who', 'employer'],
      ['dh-stage', 'invited'],
      ['dh-date', '2026-12-02'],
      ['dh-time', '10:00'],
      ['dh-contact-phone', false],
      ['dh-people-agency', true],
      ['dh-spoke', 'voicemail'],
    ]);
    expect(count).toBe(7);
    expect(situation).toEqual({
      ...defaultSituation(),
      who: 'employer',
      stage: 'invited',
      interview: { date: '2026-12-02', time: '10:00', zone: '' },
      contacts: { phone: false, email: true, text: false },
      people: { recruiter: false, agency: true, hiringManager: false, panel: false },
      spoke: 'voicemail',
    });
  });

  test('controls that are not the situation’s, and values the form does not offer, are left out', () => {
    expect(adopted([['dh-person-zone-hint', 'x'], ['search', 'cancel'], ['dh-who', 'admin'], ['dh-stage', 'hired'], ['dh-contact-phone', 'yes']])).toEqual({
      situation: defaultSituation(),
      adopted: 0,
    });
  });

  test('one box unticked leaves the other as it was', () => {
    expect(adopted([['dh-contact-email', false]]).situation.contacts).toEqual({ phone: true, email: false, text: false });
  });

  test('a candidate’s wish chosen after switching to the employer does not fit, so it goes', () => {
    const { situation } = adopted([
      ['dh-who', 'employer'],
      ['dh-wish', 'cancel'],
    ]);
    expect(situation.who).toBe('employer');
    expect(situation.wish).toBeUndefined();
  });

  test('a new side drops the wish and reason the page or saved details set for the other', () => {
    const { situation } = adopted([['dh-who', 'employer']], { ...defaultSituation(), wish: 'reschedule', reason: 'illness' });
    expect(situation).not.toHaveProperty('wish');
    expect(situation).not.toHaveProperty('reason');
  });

  test('"Rather not say" chosen again clears the reason; a reason chosen is kept', () => {
    expect(adopted([['dh-reason', '']], { ...defaultSituation(), reason: 'illness' }).situation).not.toHaveProperty('reason');
    expect(adopted([['dh-reason', 'other-offer']]).situation.reason).toBe('other-offer');
  });

  test('a new date drops the answer about a clock change, which was about the old one', () => {
    const base = { ...defaultSituation(), fold: 'later' as const };
    expect(adopted([['dh-date', '2026-10-25']], base).situation).not.toHaveProperty('fold');
    expect(adopted([['dh-spoke', 'call']], base).situation.fold).toBe('later');
  });

  test('it reads the form as a link with the same answers is read through the schema', () => {
    const changed: [string, string | boolean][] = [
      ['dh-who', 'employer'],
      ['dh-wish', 'move-interview'],
      ['dh-reason', 'role-on-hold'],
      ['dh-date', '2026-12-02'],
      ['dh-people-panel', true],
    ];
    const viaSchema = laidOver(defaultSituation(), {
      who: 'employer',
      wish: 'move-interview',
      reason: 'role-on-hold',
      interview: { date: '2026-12-02' },
      people: { panel: true },
    });
    expect(viaSchema.problems).toEqual([]);
    expect(adopted(changed).situation).toEqual(viaSchema.situation);
  });
});
