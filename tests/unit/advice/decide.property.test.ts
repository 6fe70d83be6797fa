import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decide, type Advice } from '../../../src/lib/advice/decide';
import { isNight } from '../../../src/lib/advice/rules';
import { situationInputFromQuery } from '../../../src/lib/links';
import { parseSituation } from '../../../src/lib/situation';
import { REASONS, SPOKE, STAGES, WHO, WISHES } from '../../../src/lib/types';
import { contacts, fittingSide, people, planned, ZONES } from './planned-situations';

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
    contacts: mostly(contacts),
    people: mostly(people),
    spoke: mostly(fc.constantFrom(...SPOKE)),
    fold: mostly(fc.constantFrom('earlier', 'later')),
  },
  { requiredKeys: [] },
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

function adviceOf(input: unknown, now: number): Advice | undefined {
  const result = decide(input, now);
  return result.ok ? result : undefined;
}

const lines = (advice: Advice): string[] => [
  ...advice.channelPlan.flatMap((step) => [step.label, step.when, step.whyText]),
  ...advice.dos.map((item) => item.text),
  ...advice.donts.map((item) => item.text),
  advice.headline,
];

const SETTINGS = { numRuns: 3000 };
const PLANNED = { numRuns: 2000 };

describe('decide on random input and clocks', { timeout: 60_000 }, () => {
  test('always returns advice or a problem with a sentence, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(situationLike, garbage), clock, (input, now) => {
        const result = decide(input, now);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          // decide catches everything; an 'internal' problem would mean a bug it hid.
          expect(result.problem).not.toBe('internal');
          expect(result.message).toMatch(/^[A-Z].*\.$/);
        }
      }),
      SETTINGS,
    );
  });

  test('output never shows undefined, NaN or [object …]', () => {
    fc.assert(
      fc.property(situationLike, clock, (input, now) => {
        expect(JSON.stringify(decide(input, now))).not.toMatch(/undefined|NaN|\[object/);
      }),
      SETTINGS,
    );
  });

  test('whole situations always turn into advice, so the invariants below are not vacuous', () => {
    fc.assert(
      fc.property(planned, ({ input, now }) => {
        expect(parseSituation(input).problems).toEqual([]);
        expect(decide(input, now).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the advice agrees with its own plan, over thousands of situations', { timeout: 60_000 }, () => {
  test('no step or line says to call without a phone number, or to email without an email address', () => {
    fc.assert(
      fc.property(planned, ({ input, now }) => {
        const advice = adviceOf(input, now);
        if (!advice) return;
        const { phone, email, text } = advice.situation.contacts;
        const channels = advice.channelPlan.map((step) => step.channel);
        // Texting a candidate about this interview: the text does the email's job, in every plan.
        if (text && advice.situation.who === 'candidate') {
          expect(channels).not.toContain('email');
          if (channels[0] !== 'message') expect(channels).toContain('text');
        }
        if (!phone) {
          expect(channels).not.toContain('call');
          expect(channels).not.toContain('voicemail');
          for (const line of lines(advice)) expect(line).not.toMatch(/\b(call|ring|phone them)\b/i);
        }
        if (!email) {
          expect(channels).not.toContain('email');
          for (const line of lines(advice)) expect(line).not.toMatch(/\bemail\b(?! address)/i);
        }
      }),
      PLANNED,
    );
  });

  test('a short-notice apology is advised exactly when notice is short, and every message knows the notice', () => {
    fc.assert(
      fc.property(planned, ({ input, now }) => {
        const advice = adviceOf(input, now);
        if (!advice) return;
        const apologises = advice.dos.some((item) => /short notice/i.test(item.text));
        expect(apologises).toBe(advice.notice === 'short');
        for (const message of advice.messages.list) expect(message.step.notice).toBe(advice.notice);
      }),
      PLANNED,
    );
  });

  test('the act-by time is never after the interview, never before now, and never at night unless urgent', () => {
    fc.assert(
      fc.property(planned, ({ input, now }) => {
        const advice = adviceOf(input, now);
        if (!advice) return;
        const { instant, kind } = advice.deadline;
        expect(instant).toBeGreaterThanOrEqual(now);
        if (advice.interview && advice.interview.instant > now) expect(instant).toBeLessThanOrEqual(advice.interview.instant);
        const zone = advice.situation.personZone || advice.situation.interview.zone;
        // At night only when nothing later keeps the notice: then the deadline is now.
        if (advice.notice === 'enough' && kind !== 'now' && instant !== now) expect(isNight(instant, zone)).toBe(false);
      }),
      PLANNED,
    );
  });

  test('a chase comes after the deadline for sending, so an email sent late in it is not already overdue', () => {
    fc.assert(
      fc.property(planned, ({ input, now }) => {
        const advice = adviceOf(input, now);
        if (!advice) return;
        for (const step of advice.channelPlan) if (step.timing.kind === 'if-no-reply') expect(step.timing.at).toBeGreaterThan(advice.deadline.instant);
      }),
      PLANNED,
    );
  });

  test('the headline says the plan’s route and the plan’s first step', () => {
    fc.assert(
      fc.property(planned, ({ input, now }) => {
        const advice = adviceOf(input, now);
        if (!advice) return;
        expect(advice.headline).toContain((advice.betterAction ?? advice.action).label);
        const first = advice.channelPlan[0];
        if (first) expect(advice.headline.toLowerCase()).toContain(first.label.toLowerCase());
      }),
      PLANNED,
    );
  });

  test('every message of the plan is written for the person’s wish, stage and side, not a guess', () => {
    fc.assert(
      fc.property(planned, ({ input, now }) => {
        const advice = adviceOf(input, now);
        if (!advice) return;
        const linked = parseSituation(situationInputFromQuery(advice.messages.link.split('?')[1] ?? '')).situation;
        expect(linked).toEqual(advice.wish ? { ...advice.situation, wish: advice.wish } : advice.situation);
        for (const step of advice.channelPlan) expect(advice.messages.kinds).toContain(step.message);
        const first = advice.channelPlan[0];
        if (first && advice.situation.spoke === 'no') expect(first.after).toBe('nothing');
      }),
      PLANNED,
    );
  });
});
