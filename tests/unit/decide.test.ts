import { describe, expect, test } from 'vitest';
import { builderLink, decide, type Advice } from '../../src/lib/decide';
import { HOUR_MS } from '../../src/lib/deadline';
import type { Situation } from '../../src/lib/situation';
import {
  CANDIDATE_REASONS,
  CANDIDATE_WISHES,
  EMPLOYER_REASONS,
  STAGES,
  WHO,
  WISHES,
  type Wish,
} from '../../src/lib/types';
import { toInstant } from '../../src/lib/zones';

function at(date: string, time: string, zone: string): number {
  const result = toInstant({ date, time, zone });
  if (!result.ok) throw new Error(result.message);
  return result.instant;
}

// Wednesday 14:00 in London; every "now" below is inside London working hours.
const INTERVIEW = { date: '2026-12-16', time: '14:00', zone: 'Europe/London' };
const INTERVIEW_AT = at(INTERVIEW.date, INTERVIEW.time, INTERVIEW.zone);
const NOW_FOR_BAND = {
  missed: INTERVIEW_AT + 2 * HOUR_MS,
  'under-24h': INTERVIEW_AT - 3 * HOUR_MS,
  'one-to-three-days': INTERVIEW_AT - 48 * HOUR_MS,
  plenty: INTERVIEW_AT - 5 * 24 * HOUR_MS,
} as const;
const BANDS = Object.keys(NOW_FOR_BAND) as (keyof typeof NOW_FOR_BAND)[];
const ALL_CHANNELS = { phone: true, email: true, recruiter: true, hiringManager: true };

function situation(overrides: Partial<Situation> = {}): Situation {
  return {
    who: 'candidate',
    stage: 'scheduled',
    wish: 'cancel',
    interview: { ...INTERVIEW },
    personZone: 'America/New_York',
    channels: { ...ALL_CHANNELS },
    ...overrides,
  };
}

function advise(input: unknown, now: number): Advice {
  const result = decide(input, now);
  if (!result.ok) throw new Error(`expected advice, got ${result.problem}: ${result.message}`);
  return result;
}

/** Every sentence a person will read from this advice. */
function sentences(advice: Advice): string[] {
  const actions = [advice.action, ...(advice.betterAction ? [advice.betterAction] : [])];
  return [
    advice.band.label,
    advice.band.thresholds,
    ...actions.flatMap((action) => [action.label, action.why]),
    ...advice.channelPlan.flatMap((step) => [step.to, step.when, step.why]),
    advice.deadline.words,
    advice.deadline.why,
    advice.afterHours.whatChanges,
    advice.afterHours.why,
    ...advice.tell.flatMap((person) => [person.label, person.why]),
    advice.messages.why,
    ...[...advice.dos, ...advice.donts].flatMap((item) => [item.text, item.why]),
  ];
}

const BROKEN_JSON = /undefined|NaN|\[object/;
const UNFILLED = /undefined|NaN|\[object|\{|\}|\[[A-Za-z ]+\]|\$|<[a-z]/;

function expectSoundAdvice(advice: Advice, now: number): void {
  const json = JSON.stringify(advice);
  expect(json).not.toMatch(BROKEN_JSON);
  for (const text of sentences(advice)) {
    expect(text.trim().length).toBeGreaterThan(2);
    expect(text).not.toMatch(UNFILLED);
  }
  const whys = [
    advice.action.why,
    advice.deadline.why,
    advice.afterHours.why,
    advice.messages.why,
    ...advice.channelPlan.map((step) => step.why),
    ...advice.tell.map((person) => person.why),
    ...[...advice.dos, ...advice.donts].map((item) => item.why),
    ...(advice.betterAction ? [advice.betterAction.why] : []),
  ];
  for (const why of whys) expect(why).toMatch(/^[A-Z][^.!?]*[.!?]$/); // one sentence each
  expect(advice.messages.kinds.length).toBeGreaterThan(0);
  expect(advice.action.kinds.length).toBeGreaterThan(0);
  expect(advice.channelPlan.length).toBeGreaterThan(0);
  expect(advice.tell.length).toBeGreaterThan(0);
  expect(advice.dos.length).toBeGreaterThan(0);
  expect(advice.donts.length).toBeGreaterThan(0);
  expect(advice.messages.link.startsWith('/tools/message-builder/?kinds=')).toBe(true);
  const interviewIsPast = advice.interview.instant < now;
  if (!interviewIsPast) expect(advice.deadline.instant).toBeLessThanOrEqual(advice.interview.instant);
  expect(advice.deadline.instant).toBeGreaterThanOrEqual(Math.min(now, advice.interview.instant));
}

const fits = (who: string, wish: Wish): boolean =>
  (who === 'employer') === !(CANDIDATE_WISHES as readonly string[]).includes(wish);

describe('decide: every who × stage × wish × band', () => {
  const cases = WHO.flatMap((who) =>
    STAGES.flatMap((stage) => WISHES.flatMap((wish) => BANDS.map((band) => [who, stage, wish, band] as const))),
  );

  test.each(cases)('%s, %s, wants to %s, %s', (who, stage, wish, band) => {
    const now = NOW_FOR_BAND[band];
    const result = decide(situation({ who, stage, wish }), now);
    if (!fits(who, wish)) {
      expect(result).toMatchObject({ ok: false, problem: 'wish-does-not-fit-who', field: 'wish' });
      return;
    }
    const advice = advise(situation({ who, stage, wish }), now);
    expectSoundAdvice(advice, now);

    const expectedBand = stage === 'missed' ? 'missed' : band;
    expect(advice.band.id).toBe(expectedBand);
    if (expectedBand === 'under-24h') expect(advice.channelPlan[0]?.channel).toBe('call');
    if (expectedBand === 'under-24h') expect(advice.deadline.instant).toBe(now + HOUR_MS);
    if (expectedBand === 'plenty') expect(advice.channelPlan.map((step) => step.channel)).toEqual(['email']);
    if (expectedBand === 'missed') expect(advice.action.id).toBe('apologise');
    if (expectedBand === 'missed' && who === 'candidate') expect(advice.messages.kinds).toContain('missed-apology');

    const employerKinds = advice.messages.kinds.filter((kind) => kind.startsWith('employer-'));
    expect(employerKinds.length === advice.messages.kinds.length).toBe(who === 'employer');
    expect(advice.tell.some((person) => person.person === 'candidate')).toBe(who === 'employer');
    expect(advice.afterHours.isAfterHours).toBe(false);
  });
});

describe('decide: channels × band', () => {
  const combos = [true, false].flatMap((phone) => [true, false].map((email) => ({ phone, email })));
  const cases = combos.flatMap((combo) =>
    (['under-24h', 'one-to-three-days', 'plenty'] as const).map((band) => [combo, band] as const),
  );

  test.each(cases)('%o with %s', ({ phone, email }, band) => {
    const now = NOW_FOR_BAND[band];
    const advice = advise(situation({ channels: { phone, email, recruiter: false, hiringManager: false } }), now);
    expectSoundAdvice(advice, now);
    const channels = advice.channelPlan.map((step) => step.channel);
    if (!phone && !email) expect(channels).toEqual(['message']);
    if (!phone) expect(channels).not.toContain('call');
    if (!email) expect(channels).not.toContain('email');
    if (phone && band === 'under-24h')
      expect(channels).toEqual(email ? ['call', 'voicemail', 'email'] : ['call', 'voicemail', 'text']);
    if (phone && email && band === 'under-24h')
      expect(advice.messages.kinds).toEqual(['phone-script', 'voicemail', 'follow-up']);
    if (!phone && email && band === 'under-24h') expect(advice.channelPlan[0]?.when).toContain('Urgent:');
    if (phone && email && band === 'one-to-three-days') expect(channels).toEqual(['email', 'call']);
    if (email && band === 'plenty') expect(channels).toEqual(['email']);
    expect(advice.tell.map((person) => person.person)).toEqual(['organiser']);
  });
});

describe('decide: wiser routes', () => {
  test.each([
    // who, wish, reason, band, better action (or none)
    ['candidate', 'cancel', 'schedule-conflict', 'plenty', 'reschedule'],
    ['candidate', 'cancel', 'illness', 'under-24h', 'reschedule'],
    ['candidate', 'withdraw', 'illness', 'plenty', 'reschedule'],
    ['candidate', 'cancel', 'schedule-conflict', 'under-24h', 'attend'],
    ['candidate', 'reschedule', 'schedule-conflict', 'under-24h', 'attend'],
    ['candidate', 'cancel', 'unsure', 'plenty', 'reconsider'],
    ['candidate', 'decline', 'unsure', 'under-24h', 'reconsider'],
    ['candidate', 'reschedule', 'other-offer', 'plenty', 'cancel'],
    ['candidate', 'reschedule', 'not-a-fit', 'one-to-three-days', 'cancel'],
    ['candidate', 'cancel', 'other-offer', 'under-24h', undefined],
    ['candidate', 'cancel', 'emergency', 'under-24h', undefined],
    ['candidate', 'reschedule', 'illness', 'under-24h', undefined],
    ['employer', 'cancel-interview', 'interviewer-unavailable', 'plenty', 'move-interview'],
    ['employer', 'withdraw-invitation', 'interviewer-unavailable', 'plenty', 'move-interview'],
    ['employer', 'move-interview', 'role-filled', 'plenty', 'cancel-interview'],
    ['employer', 'withdraw-invitation', 'role-filled', 'plenty', undefined],
  ] as const)('%s who wants to %s because of %s (%s) → %s', (who, wish, reason, band, better) => {
    const now = NOW_FOR_BAND[band];
    const advice = advise(situation({ who, wish, reason }), now);
    expectSoundAdvice(advice, now);
    expect(advice.action.id).toBe(wish);
    expect(advice.betterAction?.id).toBe(better);
    if (advice.betterAction) expect(advice.betterAction.link).toContain(`kinds=`);
  });

  test('a candidate between rounds who took another job is pointed to withdraw, not reschedule', () => {
    const advice = advise(
      situation({ stage: 'between-rounds', wish: 'reschedule', reason: 'other-offer' }),
      NOW_FOR_BAND.plenty,
    );
    expect(advice.betterAction?.id).toBe('withdraw');
  });

  test('a late cancel without an emergency warns against making it a habit', () => {
    const advice = advise(situation({ reason: 'not-a-fit' }), NOW_FOR_BAND['under-24h']);
    expect(advice.donts.map((item) => item.text).join(' ')).toMatch(/same-day/);
    expect(advice.action.why).toMatch(/less than a day/);
  });

  test('every reason gives a sound answer for each of its side’s wishes', () => {
    for (const reason of CANDIDATE_REASONS) {
      for (const wish of CANDIDATE_WISHES) {
        for (const band of BANDS)
          expectSoundAdvice(advise(situation({ wish, reason }), NOW_FOR_BAND[band]), NOW_FOR_BAND[band]);
      }
    }
    for (const reason of EMPLOYER_REASONS) {
      for (const wish of ['withdraw-invitation', 'cancel-interview', 'move-interview'] as const) {
        for (const band of BANDS) {
          const now = NOW_FOR_BAND[band];
          expectSoundAdvice(advise(situation({ who: 'employer', wish, reason }), now), now);
        }
      }
    }
  });

  test('an employer withdrawing because the role is on hold is told to say it may reopen', () => {
    const advice = advise(
      situation({ who: 'employer', wish: 'withdraw-invitation', reason: 'role-on-hold' }),
      NOW_FOR_BAND.plenty,
    );
    expect(advice.dos.map((item) => item.text)).toContain('Say plainly whether the role may open again.');
  });
});

describe('decide: working hours and weekends', () => {
  const newYork = (overrides: Partial<Situation['interview']>): Situation =>
    situation({
      interview: { date: '2026-12-21', time: '09:30', zone: 'America/New_York', ...overrides },
      personZone: 'America/New_York',
    });

  test('Friday evening about a Monday-morning interview: not under 24 hours, and email now', () => {
    const fridayEvening = at('2026-12-18', '19:00', 'America/New_York');
    const advice = advise(newYork({}), fridayEvening);
    expect(advice.hoursLeft).toBe(62.5);
    expect(advice.band.id).toBe('one-to-three-days');
    expect(advice.afterHours.isAfterHours).toBe(true);
    expect(advice.afterHours.nextOpening).toBe(at('2026-12-21', '09:00', 'America/New_York'));
    expect(advice.afterHours.whatChanges).toMatch(/reach no one/);
    expect(advice.channelPlan[0]).toMatchObject({
      channel: 'email',
      when: 'Now, so it is waiting when they start work.',
    });
    expect(advice.deadline.instant).toBeLessThanOrEqual(advice.interview.instant - 24 * HOUR_MS);
  });

  test('Sunday night, interview at 11:00 Monday: email now, call when they open', () => {
    const sundayNight = at('2026-12-20', '21:00', 'America/New_York');
    const advice = advise(newYork({ time: '11:00' }), sundayNight);
    expect(advice.band.id).toBe('under-24h');
    expect(advice.channelPlan.map((step) => step.channel)).toEqual(['email', 'call', 'voicemail']);
    expect(advice.channelPlan[1]?.when).toContain('Monday, 21 December 2026 at 09:00 (New York time)');
  });

  test('Sunday night, interview at 09:30 Monday: no time to wait for opening, call now', () => {
    const sundayNight = at('2026-12-20', '21:00', 'America/New_York');
    const advice = advise(newYork({}), sundayNight);
    expect(advice.channelPlan[0]).toMatchObject({ channel: 'call', when: 'Now.' });
    expect(advice.afterHours.whatChanges).toMatch(/call now/i);
  });

  test('Sunday night with no email: leave a voicemail now, call when they open', () => {
    const sundayNight = at('2026-12-20', '21:00', 'America/New_York');
    const input = {
      ...newYork({ time: '11:00' }),
      channels: { phone: true, email: false, recruiter: false, hiringManager: false },
    };
    expect(advise(input, sundayNight).channelPlan.map((step) => step.channel)).toEqual([
      'voicemail',
      'call',
      'voicemail',
      'text',
    ]);
  });

  test('deadline words give both zones when they differ', () => {
    const advice = advise(situation(), NOW_FOR_BAND['under-24h']);
    expect(advice.deadline.words).toBe(
      'Within the next hour, by Wednesday, 16 December 2026 at 07:00 (New York time), which is Wednesday, 16 December 2026 at 12:00 (London time)',
    );
  });

  test('minutes before the start, the deadline is the start itself', () => {
    const advice = advise(situation(), INTERVIEW_AT - 20 * 60_000);
    expect(advice.deadline.instant).toBe(INTERVIEW_AT);
    expect(advice.deadline.words.startsWith('Right now, before the interview starts at')).toBe(true);
  });
});

describe('decide: bad input', () => {
  const now = NOW_FOR_BAND.plenty;
  test.each([
    ['missing date', { interview: { ...INTERVIEW, date: '' } }, 'missing-date', 'date'],
    ['missing time', { interview: { ...INTERVIEW, time: '' } }, 'missing-time', 'time'],
    ['30 February', { interview: { ...INTERVIEW, date: '2027-02-30' } }, 'impossible-date', 'date'],
    [
      'a time skipped by spring-forward',
      { interview: { date: '2027-03-14', time: '02:30', zone: 'America/New_York' } },
      'nonexistent-time',
      'time',
    ],
    [
      'a time that happens twice',
      { interview: { date: '2026-11-01', time: '01:30', zone: 'America/New_York' } },
      'ambiguous-time',
      'time',
    ],
    ['an unknown zone', { interview: { ...INTERVIEW, zone: 'Atlantis/Capital' } }, 'unknown-zone', 'zone'],
    ['an unknown person zone', { personZone: 'Atlantis/Capital' }, 'unknown-person-zone', 'personZone'],
    ['a date years away', { interview: { ...INTERVIEW, date: '2029-12-16' } }, 'too-far-ahead', 'date'],
    ['year 10000', { interview: { ...INTERVIEW, date: '10000-01-01' } }, 'year-out-of-range', 'date'],
  ] as const)('%s → %s', (_name, overrides, code, field) => {
    const result = decide({ ...situation(), ...overrides }, now);
    expect(result).toMatchObject({ ok: false, problem: code, field });
    if (!result.ok) expect(result.message).toMatch(/^[A-Z].*\.$/);
  });

  test.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 42],
    ['an empty object', {}],
    ['a wrong who', { who: 'martian' }],
  ])('%s → a problem, never a throw', (_name, input) => {
    expect(decide(input, now).ok).toBe(false);
  });

  test.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['before 1970', -1],
    ['after 9999', 1e16],
  ])('a clock reading of %s → bad-clock', (_name, badNow) => {
    expect(decide(situation(), badNow)).toMatchObject({ ok: false, problem: 'bad-clock' });
  });

  test('a time that happens twice works once the person picks one', () => {
    const input = {
      ...situation(),
      interview: { date: '2026-11-01', time: '01:30', zone: 'America/New_York' },
      fold: 'later',
    };
    const advice = advise(input, Date.parse('2026-10-20T12:00:00Z'));
    expect(advice.interview.instant).toBe(Date.parse('2026-11-01T06:30:00Z'));
  });

  test('an interview in the past gets missed advice even if the stage says scheduled', () => {
    const advice = advise(situation({ stage: 'scheduled' }), NOW_FOR_BAND.missed);
    expect(advice.band.id).toBe('missed');
    expect(advice.action.id).toBe('apologise');
    expect(advice.messages.kinds).toEqual(['phone-script', 'voicemail', 'missed-apology']);
    expect(advice.channelPlan[0]?.channel).toBe('call');
  });

  test('an empty person zone means the interview’s zone', () => {
    const advice = advise(situation({ personZone: '' }), NOW_FOR_BAND.plenty);
    expect(advice.deadline.words).not.toContain('which is');
  });
});

describe('builderLink', () => {
  test('prefills the message builder, URL-encoded', () => {
    const link = builderLink(['cancel', 'voicemail'], situation({ reason: 'other-offer' }));
    expect(link).toBe(
      '/tools/message-builder/?kinds=cancel,voicemail&date=2026-12-16&time=14%3A00&zone=Europe%2FLondon&who=candidate&reason=other-offer',
    );
  });

  test('leaves out what is not filled in', () => {
    const link = builderLink(['decline'], situation({ interview: { date: '', time: '', zone: '' } }));
    expect(link).toBe('/tools/message-builder/?kinds=decline&who=candidate');
  });
});

describe('plain English', () => {
  // Flesch–Kincaid grade with a simple syllable count: good enough to catch a drift into long words.
  function syllables(word: string): number {
    const groups = word
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/e$/, '')
      .match(/[aeiouy]+/g);
    return Math.max(1, groups?.length ?? 1);
  }
  function grade(text: string): number {
    const sentenceCount = Math.max(1, (text.match(/[.!?](\s|$)/g) ?? []).length);
    const words = text.split(/\s+/).filter((word) => /[a-z]/i.test(word));
    const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
    return 0.39 * (words.length / sentenceCount) + 11.8 * (syllableCount / words.length) - 15.59;
  }

  test.each(
    WHO.flatMap((who) => BANDS.map((band) => [who, band, who === 'employer' ? 'cancel-interview' : 'cancel'] as const)),
  )('%s advice, %s, reads at grade 8 or below', (who, band, wish) => {
    const advice = advise(situation({ who, wish }), NOW_FOR_BAND[band]);
    // Dates in words are names and numbers, not prose, so they are left out of the measure.
    const prose = sentences(advice)
      .filter((text) => !/\d{4}/.test(text))
      .map((text) => (/[.!?]$/.test(text) ? text : `${text}.`))
      .join(' ');
    expect(grade(prose)).toBeLessThanOrEqual(8);
  });
});
