import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { changedKeys, laidOver, prefillSituation } from '../../src/lib/link-prefill';
import { builderLink, kindsFromQuery, MESSAGE_BUILDER_PATH, SITUATION_KEYS, situationInputFromQuery, situationToQuery } from '../../src/lib/links';
import { defaultSituation, parseSituation, type Situation } from '../../src/lib/situation';
import { UNUSABLE_LINK_VALUES, UNUSABLE_PAIRS } from './fixtures/unusable-link-values';
import { CANDIDATE_WISHES, EMPLOYER_WISHES, REASONS, SPOKE, STAGES } from '../../src/lib/types';

const fromQuery = (query: string): Situation => parseSituation(situationInputFromQuery(query)).situation;

const anySituation: fc.Arbitrary<Situation> = fc
  .record({
    who: fc.constantFrom('candidate' as const, 'employer' as const),
    stage: fc.constantFrom(...STAGES),
    wishIndex: fc.option(fc.nat(3), { nil: undefined }),
    reason: fc.option(fc.constantFrom(...REASONS), { nil: undefined }),
    interview: fc.record({
      date: fc.constantFrom('', '2026-12-14', '2027-03-28'),
      time: fc.constantFrom('', '09:30', '23:59'),
      zone: fc.constantFrom('', 'Europe/London', 'America/New_York', 'Asia/Kathmandu'),
    }),
    personZone: fc.constantFrom('', 'Australia/Sydney', 'Europe/London'),
    contacts: fc.record({ phone: fc.boolean(), email: fc.boolean(), text: fc.boolean() }),
    people: fc.record({ recruiter: fc.boolean(), agency: fc.boolean(), hiringManager: fc.boolean(), panel: fc.boolean() }),
    spoke: fc.constantFrom(...SPOKE),
    fold: fc.option(fc.constantFrom('earlier' as const, 'later' as const), { nil: undefined }),
  })
  .map(({ wishIndex, reason, fold, ...rest }) => {
    const wishes = rest.who === 'employer' ? EMPLOYER_WISHES : CANDIDATE_WISHES;
    const wish = wishIndex === undefined ? undefined : wishes[wishIndex % wishes.length];
    // A reason for the other side would not survive the schema, by design.
    const fits = reason !== undefined && parseSituation({ who: rest.who, reason }).problems.length === 0;
    return { ...rest, ...(wish ? { wish } : {}), ...(fits ? { reason } : {}), ...(fold ? { fold } : {}) } as Situation;
  });

describe('a situation in a link, both ways', () => {
  test('form → link → form loses nothing, for every field', () => {
    fc.assert(
      fc.property(anySituation, (situation) => {
        expect(fromQuery(situationToQuery(situation))).toEqual(situation);
      }),
      { numRuns: 1000 },
    );
  });

  test('the builder link carries the whole situation and the kinds', () => {
    fc.assert(
      fc.property(anySituation, (situation) => {
        const link = builderLink(situation, ['phone-script', 'voicemail', 'follow-up']);
        expect(link.startsWith(`${MESSAGE_BUILDER_PATH}?`)).toBe(true);
        const query = link.split('?')[1] ?? '';
        expect(fromQuery(query)).toEqual(situation);
        expect(kindsFromQuery(query)).toEqual(['phone-script', 'voicemail', 'follow-up']);
      }),
      { numRuns: 300 },
    );
  });

  test('unknown kinds are dropped and repeats kept once', () => {
    expect(kindsFromQuery('kinds=cancel,bogus,cancel,voicemail')).toEqual(['cancel', 'voicemail']);
  });

  test('a link without situation fields changes nothing', () => {
    const base = { ...defaultSituation(), personZone: 'Europe/London' };
    expect(prefillSituation(base, 'utm_source=x')).toEqual({ situation: base, problems: [], applied: false, changed: [], leftOut: [] });
  });

  test('a link’s values win field by field, and say which fields they changed', () => {
    const base = { ...defaultSituation(), interview: { date: '2026-12-14', time: '10:00', zone: 'Europe/London' } };
    const result = prefillSituation(base, 'time=11:30&wish=reschedule');
    expect(result.situation.interview).toEqual({ date: '2026-12-14', time: '11:30', zone: 'Europe/London' });
    expect(result.situation.wish).toBe('reschedule');
    expect(result.changed).toEqual(['wish', 'time']);
  });

  test('a stranger’s words as a zone are refused and the saved zone stays', () => {
    const base = { ...defaultSituation(), interview: { date: '', time: '', zone: 'Europe/London' } };
    const result = prefillSituation(base, `zone=${encodeURIComponent('URGENT: call +44 20 7946 0000 and pay the fee')}`);
    expect(result.problems[0]?.problem).toBe('bad-zone');
    expect(result.situation.interview.zone).toBe('Europe/London');
    expect(JSON.stringify(result.situation)).not.toMatch(/URGENT/);
  });

  test('an alias zone arrives as the menu’s spelling', () => {
    expect(fromQuery('zone=US%2FPacific').interview.zone).toBe('America/Los_Angeles');
  });

  test('switching side drops a wish and reason that no longer fit', () => {
    const base = { ...defaultSituation(), wish: 'cancel' as const, reason: 'illness' as const };
    const { situation } = prefillSituation(base, 'who=employer');
    expect(situation.wish).toBeUndefined();
    expect(situation.reason).toBeUndefined();
  });

  test('laidOver keeps what the input leaves out, inside the interview, contacts and people too', () => {
    const base = { ...defaultSituation(), interview: { date: '2026-12-14', time: '10:00', zone: 'Europe/London' }, fold: 'later' as const };
    const { situation } = laidOver(base, { interview: { time: '11:30' }, contacts: { email: false }, people: { panel: true } });
    expect(situation.interview).toEqual({ date: '2026-12-14', time: '11:30', zone: 'Europe/London' });
    expect(situation.contacts).toEqual({ phone: true, email: false, text: false });
    expect(situation.people).toEqual({ ...base.people, panel: true });
    // The clock-change answer was about the old time.
    expect(situation.fold).toBeUndefined();
  });

  test('changedKeys names only what differs', () => {
    const base = defaultSituation();
    expect(changedKeys(base, { ...base, contacts: { phone: false, email: true, text: false } })).toEqual(['channels']);
  });
});

describe('a link value we cannot use is left out, and prefillSituation names it', () => {
  const saved: Situation = {
    ...defaultSituation(),
    who: 'candidate',
    stage: 'scheduled',
    wish: 'cancel',
    reason: 'illness',
    interview: { date: '2026-12-14', time: '10:00', zone: 'Europe/London' },
    personZone: 'Europe/Paris',
    spoke: 'call',
    fold: 'later',
  };

  test('every key a link may carry has unusable values to walk', () => {
    expect(Object.keys(UNUSABLE_LINK_VALUES).sort()).toEqual([...SITUATION_KEYS].sort());
  });

  test.each(UNUSABLE_PAIRS)('%s=%j is named as left out, and the saved value stays', (key, value) => {
    const result = prefillSituation(saved, new URLSearchParams({ [key]: value }));
    expect(result.leftOut).toEqual([key]);
    // The channels it knows still count (listed means yes); everything else is as saved.
    const known = key === 'channels' ? { contacts: saved.contacts, people: saved.people } : {};
    expect({ ...result.situation, ...known }).toEqual(saved);
    // Nothing of the value itself is kept anywhere.
    if (value !== '') expect(JSON.stringify(result.situation)).not.toContain(value);
  });

  test('beside values it can use: only the bad ones are left out, the rest fill in', () => {
    const result = prefillSituation(saved, 'date=2026-12-15&time=25:00&zone=Mars/Base&reason=emergency');
    expect(result.leftOut).toEqual(['time', 'zone']);
    expect(result.situation.interview).toEqual({ date: '2026-12-15', time: '10:00', zone: 'Europe/London' });
    expect(result.situation.reason).toBe('emergency');
    expect(result.changed).toEqual(['reason', 'fold', 'date']);
  });

  test('a bad side leaves the saved side, wish and reason as they were', () => {
    const { situation, leftOut } = prefillSituation({ ...saved, who: 'employer', wish: 'move-interview', reason: 'role-on-hold' }, 'who=stranger');
    expect([situation.who, situation.wish, situation.reason, leftOut]).toEqual(['employer', 'move-interview', 'role-on-hold', ['who']]);
  });

  test('a new side with a wish that is not its own: the wish is left out and none is kept', () => {
    const { situation, leftOut } = prefillSituation(saved, 'who=employer&wish=cancel');
    expect([situation.who, situation.wish, leftOut]).toEqual(['employer', undefined, ['wish']]);
  });

  test('empty date, time and zones clear them: not a value we could not use', () => {
    expect(prefillSituation(saved, 'date=&time=&zone=&personZone=').leftOut).toEqual([]);
  });

  test('a link the helper writes leaves nothing out', () => {
    fc.assert(
      fc.property(anySituation, (situation) => {
        expect(prefillSituation(saved, situationToQuery(situation)).leftOut).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
