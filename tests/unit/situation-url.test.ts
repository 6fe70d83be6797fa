import { describe, expect, test } from 'vitest';
import { builderLink } from '../../src/lib/decide';
import { defaultSituation, type Situation } from '../../src/lib/situation';
import { prefillSituation, situationInputFromQuery, situationToQuery } from '../../src/lib/situation-url';

const saved: Situation = {
  who: 'candidate',
  stage: 'scheduled',
  wish: 'reschedule',
  reason: 'illness',
  interview: { date: '2026-12-14', time: '10:00', zone: 'America/New_York' },
  personZone: 'Europe/London',
  channels: { phone: true, email: true, recruiter: true, hiringManager: false },
};

describe('situationInputFromQuery', () => {
  test('a link with no situation fields gives null, so saved details stay', () => {
    expect(situationInputFromQuery('')).toBeNull();
    expect(situationInputFromQuery('?q=cancel&kinds=cancel')).toBeNull();
  });

  test('reads the fields the message builder link carries', () => {
    expect(situationInputFromQuery('?who=candidate&date=2026-12-14&time=10%3A00&zone=Europe%2FLondon')).toEqual({
      who: 'candidate',
      interview: { date: '2026-12-14', time: '10:00', zone: 'Europe/London' },
    });
  });

  test('channels are a list: listed means yes, left out means no', () => {
    expect(situationInputFromQuery('channels=phone,hiring-manager')).toEqual({
      channels: { phone: true, email: false, recruiter: false, hiringManager: true },
    });
    expect(situationInputFromQuery('channels=')).toEqual({
      channels: { phone: false, email: false, recruiter: false, hiringManager: false },
    });
  });

  test('accepts URLSearchParams as well as text', () => {
    expect(situationInputFromQuery(new URLSearchParams({ stage: 'missed' }))).toEqual({ stage: 'missed' });
  });
});

describe('prefillSituation', () => {
  test('without situation fields the base is returned untouched', () => {
    expect(prefillSituation(saved, '?kinds=cancel')).toEqual({ situation: saved, problems: [], applied: false });
  });

  test('the link wins field by field over saved details', () => {
    const { situation, problems, applied } = prefillSituation(saved, '?date=2026-12-20&zone=Asia%2FTokyo');
    expect(applied).toBe(true);
    expect(problems).toEqual([]);
    expect(situation).toEqual({
      ...saved,
      interview: { date: '2026-12-20', time: '10:00', zone: 'Asia/Tokyo' },
    });
  });

  test('a link that switches to the employer drops the candidate’s wish and reason', () => {
    const { situation, problems } = prefillSituation(saved, '?who=employer');
    expect(problems).toEqual([]);
    expect(situation.who).toBe('employer');
    expect(situation.wish).toBe('withdraw-invitation');
    expect(situation.reason).toBeUndefined();
  });

  test('a new interview time forgets an old clock-change choice unless the link gives one', () => {
    const withFold: Situation = { ...saved, fold: 'later' };
    expect(prefillSituation(withFold, '?time=01:30').situation.fold).toBeUndefined();
    expect(prefillSituation(withFold, '?time=01:30&fold=earlier').situation.fold).toBe('earlier');
  });

  test.each([
    ['who=someone', 'who'],
    ['wish=teleport', 'wish'],
    ['who=employer&wish=cancel', 'wish'],
    ['reason=bored', 'reason'],
    ['stage=later', 'stage'],
  ])('a bad value (%s) keeps the default and reports a problem on its field', (query, field) => {
    const { situation, problems } = prefillSituation(defaultSituation(), query);
    expect(problems.map((problem) => problem.field)).toContain(field);
    expect(problems.every((problem) => problem.message.length > 0)).toBe(true);
    expect(situation.stage).toBe('scheduled');
  });

  test('an impossible date is kept as typed, for the engine to explain next to the date field', () => {
    const { situation, problems } = prefillSituation(defaultSituation(), '?date=2026-02-30&time=10:00');
    expect(problems).toEqual([]);
    expect(situation.interview.date).toBe('2026-02-30');
  });

  test('reads the very link decide.ts builds for the message builder', () => {
    const link = builderLink(['cancel'], saved);
    const { situation } = prefillSituation(defaultSituation(), link.slice(link.indexOf('?')));
    expect(situation.interview).toEqual(saved.interview);
    expect(situation.reason).toBe('illness');
  });
});

describe('situationToQuery', () => {
  test('round-trips through prefillSituation', () => {
    const withFold: Situation = { ...saved, fold: 'earlier' };
    expect(prefillSituation(defaultSituation(), situationToQuery(withFold)).situation).toEqual(withFold);
  });

  test('leaves out empty fields rather than sending them blank', () => {
    const query = situationToQuery(defaultSituation());
    expect(query).not.toMatch(/date=|time=|zone=|reason=|fold=/);
    expect(query).toContain('channels=phone%2Cemail');
  });
});
