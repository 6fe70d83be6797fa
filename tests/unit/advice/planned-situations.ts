// Situations for the property tests: whole, fitting ones with interviews around a clock that moves,
// and the parts they are drawn from, shared by the tests of the advice and of the flow's messages.
import fc from 'fast-check';
import { CANDIDATE_REASONS, CANDIDATE_WISHES, EMPLOYER_REASONS, EMPLOYER_WISHES, SPOKE, STAGES } from '../../../src/lib/types';
import { wallClockAt } from '../../../src/lib/zones';

export const ZONES = [
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

export const contacts = fc.record({ phone: fc.boolean(), email: fc.boolean(), text: fc.boolean() });
export const people = fc.record({ recruiter: fc.boolean(), agency: fc.boolean(), hiringManager: fc.boolean(), panel: fc.boolean() });

export const fittingSide = fc.oneof(
  fc.record({ who: fc.constant('candidate'), wish: fc.constantFrom(...CANDIDATE_WISHES), reason: fc.constantFrom(...CANDIDATE_REASONS, undefined) }),
  fc.record({ who: fc.constant('employer'), wish: fc.constantFrom(...EMPLOYER_WISHES), reason: fc.constantFrom(...EMPLOYER_REASONS, undefined) }),
);

const NOW = Date.UTC(2026, 11, 14, 10, 0);
const wallIn = (instant: number, zone: string) => {
  const clockThere = wallClockAt(instant, zone);
  return { date: clockThere.date, time: clockThere.time, zone };
};

/** Whole, fitting situations with interviews from 6 hours ago to 10 days ahead of a clock that moves. */
export const planned = fc
  .record({
    side: fittingSide,
    stage: fc.constantFrom(...STAGES),
    noWish: fc.boolean(),
    zone: fc.constantFrom(...ZONES),
    personZone: fc.constantFrom(...ZONES, ''),
    contacts,
    people,
    spoke: fc.constantFrom(...SPOKE),
    offsetMinutes: fc.integer({ min: -6 * 60, max: 10 * 24 * 60 }),
    clockMinutes: fc.integer({ min: 0, max: 200 * 24 * 60 }),
  })
  .map(({ side, stage, noWish, zone, personZone, contacts, people, spoke, offsetMinutes, clockMinutes }) => {
    const now = NOW + clockMinutes * 60_000;
    const { wish, ...rest } = side;
    return {
      now,
      input: {
        ...rest,
        ...(noWish ? {} : { wish }),
        stage,
        interview: wallIn(now + offsetMinutes * 60_000, zone),
        personZone,
        contacts,
        people,
        // Nobody has phoned without a phone number.
        spoke: contacts.phone ? spoke : 'no',
        fold: 'earlier',
      },
    };
  });
