import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decide } from '../../src/lib/decide';
import { parseSituation } from '../../src/lib/situation';
import {
  CANDIDATE_REASONS,
  CANDIDATE_WISHES,
  CHANNELS,
  EMPLOYER_REASONS,
  EMPLOYER_WISHES,
  REASONS,
  STAGES,
  WHO,
  WISHES,
} from '../../src/lib/types';

const ZONES = [
  'America/New_York',
  'America/St_Johns',
  'America/Argentina/Buenos_Aires',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'UTC',
];

const pad = (value: number): string => String(value).padStart(2, '0');

// Mostly real values, sometimes near-misses, sometimes nonsense.
const dateText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({
        year: fc.integer({ min: 2025, max: 2027 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`),
  },
  fc.constantFrom('', '2027-02-29', '2028-02-29', '2026-04-31', '10000-01-01', '1969-12-31', '14/12/2026', 'soon'),
  fc.string({ maxLength: 12 }),
);
const timeText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
      .map(({ hour, minute }) => `${pad(hour)}:${pad(minute)}`),
  },
  fc.constantFrom('', '24:00', '02:30', '01:30', '9am', '12:60'),
  fc.string({ maxLength: 8 }),
);
const zoneText = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...ZONES) },
  fc.constantFrom('', 'Mars/Base', '+05:30'),
  fc.string({ maxLength: 20 }),
);
const garbage = fc.oneof(fc.anything(), fc.constant(undefined), fc.constant(null), fc.string());

/** A valid value most of the time, so plenty of runs reach the advice; garbage the rest. */
const mostly = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: garbage });

const anySituation = fc.record(
  {
    who: mostly(fc.constantFrom(...WHO)),
    stage: mostly(fc.constantFrom(...STAGES)),
    wish: mostly(fc.constantFrom(...WISHES)),
    reason: mostly(fc.constantFrom(...REASONS, undefined)),
    interview: mostly(fc.record({ date: dateText, time: timeText, zone: zoneText })),
    personZone: mostly(zoneText),
    channels: mostly(
      fc.record({ phone: fc.boolean(), email: fc.boolean(), recruiter: fc.boolean(), hiringManager: fc.boolean() }),
    ),
    fold: mostly(fc.constantFrom('earlier', 'later')),
  },
  { requiredKeys: [] },
);

const fittingSide = fc.oneof(
  fc.record({
    who: fc.constant('candidate'),
    wish: fc.constantFrom(...CANDIDATE_WISHES),
    reason: fc.constantFrom(...CANDIDATE_REASONS, undefined),
  }),
  fc.record({
    who: fc.constant('employer'),
    wish: fc.constantFrom(...EMPLOYER_WISHES),
    reason: fc.constantFrom(...EMPLOYER_REASONS, undefined),
  }),
);

const situationLike = fc.oneof(
  anySituation,
  fc.tuple(anySituation, fittingSide).map(([situation, side]) => ({ ...situation, ...side })),
);

// Clocks around the interviews above, plus readings no real clock gives.
const clock = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1e16, Date.UTC(9999, 11, 31)) },
  { weight: 1, arbitrary: fc.double() },
);

const SETTINGS = { numRuns: 3000 };

describe('decide on random situations and clocks', () => {
  test('always returns advice or a problem, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(situationLike, garbage), clock, (input, now) => {
        const result = decide(input, now);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(typeof result.problem).toBe('string');
          // decide catches everything; an 'internal' problem would mean a bug it hid.
          expect(result.problem).not.toBe('internal');
          expect(result.message).toMatch(/^[A-Z].*\.$/);
        }
      }),
      SETTINGS,
    );
  });

  test('a good share of random runs reach full advice, so the checks below are not vacuous', () => {
    const results = fc.sample(fc.tuple(situationLike, clock), 2000).map(([input, now]) => decide(input, now));
    const adviceCount = results.filter((result) => result.ok).length;
    expect(adviceCount).toBeGreaterThan(120);
  });

  test('output never shows undefined, NaN or [object …]', () => {
    fc.assert(
      fc.property(situationLike, clock, (input, now) => {
        expect(JSON.stringify(decide(input, now))).not.toMatch(/undefined|NaN|\[object/);
      }),
      SETTINGS,
    );
  });

  test('the deadline is never after an interview that is still ahead, and never before now', () => {
    fc.assert(
      fc.property(situationLike, clock, (input, now) => {
        const result = decide(input, now);
        if (!result.ok) return;
        if (result.interview.instant >= now)
          expect(result.deadline.instant).toBeLessThanOrEqual(result.interview.instant);
        expect(result.deadline.instant).toBeGreaterThanOrEqual(Math.min(now, result.interview.instant));
      }),
      SETTINGS,
    );
  });

  test('advice always carries messages, a plan and a reason for each step', () => {
    fc.assert(
      fc.property(situationLike, clock, (input, now) => {
        const result = decide(input, now);
        if (!result.ok) return;
        expect(result.messages.kinds.length).toBeGreaterThan(0);
        expect(result.channelPlan.length).toBeGreaterThan(0);
        for (const step of result.channelPlan) expect(step.why.length).toBeGreaterThan(10);
        if (result.band.id === 'under-24h' && result.situation.channels.phone && !result.afterHours.isAfterHours) {
          expect(result.channelPlan[0]?.channel).toBe('call');
        }
      }),
      SETTINGS,
    );
  });

  test('well-formed situations always turn into advice', () => {
    const wellFormed = fc.record({
      who: fc.constant('candidate' as const),
      stage: fc.constantFrom(...STAGES),
      wish: fc.constantFrom('cancel', 'reschedule', 'decline', 'withdraw'),
      interview: fc.record({
        date: fc
          .integer({ min: 1, max: 360 })
          .map((days) => new Date(Date.UTC(2026, 0, 1 + days)).toISOString().slice(0, 10)),
        time: fc.constantFrom('09:00', '10:30', '14:00', '16:45'),
        zone: fc.constantFrom(...ZONES),
      }),
      personZone: fc.constantFrom(...ZONES),
      channels: fc.record(
        Object.fromEntries(CHANNELS.map((name) => [name === 'hiring-manager' ? 'hiringManager' : name, fc.boolean()])),
      ),
    });
    fc.assert(
      fc.property(wellFormed, (input) => {
        expect(parseSituation(input).problems).toEqual([]);
        expect(decide(input, Date.UTC(2026, 0, 1)).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
