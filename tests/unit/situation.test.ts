import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultSituation, parseSituation, situationSchema, wishOrDefault, type Situation } from '../../src/lib/situation';
import { STAGES, SPOKE } from '../../src/lib/types';

const whole: Situation = {
  who: 'candidate',
  stage: 'scheduled',
  wish: 'reschedule',
  reason: 'illness',
  interview: { date: '2026-12-14', time: '10:00', zone: 'America/New_York' },
  personZone: 'Europe/London',
  contacts: { phone: true, email: false, text: false },
  people: { recruiter: true, agency: true, hiringManager: false, panel: true },
  spoke: 'voicemail',
};

describe('parseSituation', () => {
  test('reads a whole, valid situation unchanged', () => {
    expect(parseSituation(whole)).toEqual({ situation: whole, problems: [] });
  });

  test('the default situation passes the strict schema', () => {
    expect(situationSchema.safeParse(defaultSituation()).success).toBe(true);
  });

  test.each([
    ['null', null, 'not-an-object'],
    ['a string', 'cancel please', 'not-an-object'],
    ['an array', [1, 2], 'not-an-object'],
    ['an unknown who', { who: 'alien' }, 'bad-who'],
    ['an unknown stage', { stage: 'done' }, 'bad-stage'],
    ['an unknown wish', { wish: 'vanish' }, 'bad-wish'],
    ['an employer wish for a candidate', { who: 'candidate', wish: 'move-interview' }, 'wish-does-not-fit-who'],
    ['a candidate wish for an employer', { who: 'employer', wish: 'cancel' }, 'wish-does-not-fit-who'],
    ['an unknown reason', { reason: 'bored' }, 'bad-reason'],
    ['an employer reason for a candidate', { reason: 'role-filled' }, 'reason-does-not-fit-who'],
    ['an interview that is not an object', { interview: 'tomorrow' }, 'bad-interview'],
    ['an interview date that is an object', { interview: { date: {} } }, 'bad-interview'],
    ['a date holding a NUL', { interview: { date: '2026-12-14\u0000' } }, 'bad-interview'],
    ['a date holding a bidi override', { interview: { date: '\u202e2026-12-14' } }, 'bad-interview'],
    ['a zone that is a stranger’s words', { interview: { zone: 'URGENT: call +44 20 and pay the fee to IBAN GB00' } }, 'bad-zone'],
    ['a zone with a bidi override', { interview: { zone: 'Europe/London\u202e' } }, 'bad-zone'],
    ['a zone that does not exist', { interview: { zone: 'Mars/Base' } }, 'bad-zone'],
    ['a person zone that is an object', { personZone: {} }, 'bad-person-zone'],
    ['contacts that are not an object', { contacts: 'phone' }, 'bad-contacts'],
    ['a contact that is not a yes or no', { contacts: { phone: 'maybe' } }, 'bad-contacts'],
    ['people that are a number', { people: 3 }, 'bad-people'],
    ['an unknown spoke', { spoke: 'shouted' }, 'bad-spoke'],
  ])('%s gives defaults and a %s problem with a sentence', (_name, input, code) => {
    const { situation, problems } = parseSituation(input);
    expect(situationSchema.safeParse(situation).success).toBe(true);
    expect(problems[0]).toMatchObject({ ok: false, problem: code });
    expect(problems[0]?.message).toMatch(/^[A-Z].*\.$/);
  });

  test('a refused zone is never kept, so it is never shown', () => {
    const { situation } = parseSituation({ interview: { zone: 'URGENT: call +44' }, personZone: 'Pay now' });
    expect(situation.interview.zone).toBe('');
    expect(situation.personZone).toBe('');
  });

  test.each([
    ['US/Pacific', 'America/Los_Angeles'],
    ['europe/london', 'Europe/London'],
    ['Etc/GMT+12', 'Etc/GMT+12'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
  ])('a real zone %s is read as its one spelling %s', (given, expected) => {
    expect(parseSituation({ interview: { zone: given }, personZone: given }).situation).toMatchObject({
      interview: { zone: expected },
      personZone: expected,
    });
  });

  test('keeps the good fields of a partly bad input', () => {
    const { situation, problems } = parseSituation({ ...whole, stage: 'nope' });
    expect(problems.map((problem) => problem.problem)).toEqual(['bad-stage']);
    expect(situation).toEqual({ ...whole, stage: 'scheduled' });
  });

  test('no wish chosen is kept as no wish; the advice takes the stage’s usual one', () => {
    const { situation } = parseSituation({ who: 'employer', stage: 'invited' });
    expect(situation.wish).toBeUndefined();
    expect(wishOrDefault(situation)).toBe('withdraw-invitation');
    expect(wishOrDefault({ ...situation, who: 'candidate', stage: 'missed' })).toBeUndefined();
  });

  test('accepts half-typed fields without complaint', () => {
    const { situation, problems } = parseSituation({ interview: { date: '2026-1', time: '' } });
    expect(problems).toEqual([]);
    expect(situation.interview).toEqual({ date: '2026-1', time: '', zone: '' });
  });

  test.each([
    ['missing', {}],
    ['unreadable', { interview: 'soon', contacts: 7, people: [] }],
  ])('%s objects read as fresh defaults, never one shared between readings', (_case, input) => {
    const first = parseSituation(input).situation;
    first.interview.date = '2026-12-01';
    first.contacts.phone = false;
    first.people.panel = true;
    const second = parseSituation(input).situation;
    expect(second.interview).toEqual({ date: '', time: '', zone: '' });
    expect(second.contacts).toEqual({ phone: true, email: true, text: false });
    expect(second.people).toEqual({ recruiter: false, agency: false, hiringManager: false, panel: false });
  });

  test('reads yes/no text from a URL as booleans', () => {
    const { situation } = parseSituation({ contacts: { phone: 'false', email: '1', text: false }, people: { agency: 'on' } });
    expect(situation.contacts).toEqual({ phone: false, email: true, text: false });
    expect(situation.people).toEqual({ recruiter: false, agency: true, hiringManager: false, panel: false });
  });

  test('an empty reason means no reason', () => {
    expect(parseSituation({ reason: '' })).toEqual({ situation: defaultSituation(), problems: [] });
  });

  test('a throwing getter cannot break it', () => {
    const hostile = Object.defineProperty({}, 'who', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseSituation(hostile).problems[0]?.problem).toBe('not-an-object');
  });

  test('keeps the fold choice for a time that happens twice', () => {
    expect(parseSituation({ fold: 'later' }).situation.fold).toBe('later');
    expect(parseSituation({ fold: 'sideways' }).situation.fold).toBeUndefined();
  });

  test('anything at all reads into a situation the strict schema accepts', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(situationSchema.safeParse(parseSituation(input).situation).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('every valid situation reads back unchanged', () => {
    const valid = fc.record({
      who: fc.constant('candidate' as const),
      stage: fc.constantFrom(...STAGES),
      interview: fc.record({ date: fc.constantFrom('', '2026-12-14'), time: fc.constantFrom('', '09:30'), zone: fc.constantFrom('', 'Asia/Tokyo') }),
      personZone: fc.constantFrom('', 'Europe/Paris'),
      contacts: fc.record({ phone: fc.boolean(), email: fc.boolean(), text: fc.boolean() }),
      people: fc.record({ recruiter: fc.boolean(), agency: fc.boolean(), hiringManager: fc.boolean(), panel: fc.boolean() }),
      spoke: fc.constantFrom(...SPOKE),
    });
    fc.assert(
      fc.property(valid, (input) => {
        expect(parseSituation(input)).toEqual({ situation: input, problems: [] });
      }),
      { numRuns: 500 },
    );
  });
});
