import { describe, expect, test } from 'vitest';
import { defaultSituation, parseSituation, situationSchema } from '../../src/lib/situation';

const whole = {
  who: 'candidate',
  stage: 'scheduled',
  wish: 'reschedule',
  reason: 'illness',
  interview: { date: '2026-12-14', time: '10:00', zone: 'America/New_York' },
  personZone: 'Europe/London',
  channels: { phone: true, email: false, recruiter: true, hiringManager: false },
};

describe('parseSituation', () => {
  test('reads a whole, valid situation unchanged', () => {
    expect(parseSituation(whole)).toEqual({ situation: whole, problems: [] });
  });

  test('the default situation passes the schema', () => {
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
    ['a person zone that is an object', { personZone: {} }, 'bad-person-zone'],
    ['channels that are not an object', { channels: 'phone' }, 'bad-channels'],
    ['a channel that is not a yes or no', { channels: { phone: 'maybe' } }, 'bad-channels'],
  ])('%s gives defaults and a %s problem', (_name, input, code) => {
    const { situation, problems } = parseSituation(input);
    expect(situationSchema.safeParse(situation).success).toBe(true);
    expect(problems[0]).toMatchObject({ ok: false, problem: code });
    expect(problems[0]?.message).toMatch(/^[A-Z].*\.$/);
  });

  test('keeps the good fields of a partly bad input', () => {
    const { situation, problems } = parseSituation({ ...whole, stage: 'nope' });
    expect(problems.map((problem) => problem.problem)).toEqual(['bad-stage']);
    expect(situation).toEqual({ ...whole, stage: 'scheduled' });
  });

  test('an employer with no wish gets the first employer wish', () => {
    expect(parseSituation({ who: 'employer' }).situation.wish).toBe('withdraw-invitation');
  });

  test('accepts half-typed fields without complaint', () => {
    const { situation, problems } = parseSituation({ interview: { date: '2026-1', time: '' } });
    expect(problems).toEqual([]);
    expect(situation.interview).toEqual({ date: '2026-1', time: '', zone: '' });
  });

  test('reads yes/no text from a URL as booleans', () => {
    const { situation } = parseSituation({ channels: { phone: 'false', email: '1', recruiter: 'on' } });
    expect(situation.channels).toEqual({ phone: false, email: true, recruiter: true, hiringManager: false });
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
});
