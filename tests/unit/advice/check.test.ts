// The helper shows checkSituation's verdict at once and the engine's advice once it loads. What it
// passes, the engine must advise on; what it refuses, it must name, with the field to fix.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkSituation } from '../../../src/lib/advice/check';
import { checkRead } from '../../../src/lib/advice/check-read';
import { parseSituation } from '../../../src/lib/situation';
import { adviceFrom } from '../../../src/lib/advice/decide';
import { planned } from './planned-situations';
import { situation } from './fixtures';

const NOW = Date.UTC(2026, 11, 14, 10, 0);

describe('checkSituation, before the engine', () => {
  test('passes every whole, fitting situation, and the engine then advises on each', () => {
    fc.assert(
      fc.property(planned, ({ input, now }) => {
        const checked = checkSituation(input, now);
        expect(checked.ok).toBe(true);
        if (checked.ok) expect(adviceFrom(checked, now)).toMatchObject({ ok: true });
      }),
      { numRuns: 600 },
    );
  });

  test.each([
    ['an impossible date', situation({ interview: { date: '2026-02-30', time: '10:00', zone: 'Europe/London' } }), NOW, 'impossible-date', 'date'],
    ['a zone nobody has', situation({ interview: { date: '2026-12-20', time: '10:00', zone: 'Mars/Olympus' } }), NOW, 'bad-zone', 'zone'],
    ['a stage that is not one', { ...situation(), stage: 'nowhere' }, NOW, 'bad-stage', 'stage'],
    ['a side that is not one', { ...situation(), who: 'alien' }, NOW, 'bad-who', 'who'],
    ['no time yet for a booked interview', situation({ interview: { date: '2026-12-20', time: '', zone: 'Europe/London' } }), NOW, 'missing-time', 'time'],
    ['a date more than a year away', situation({ interview: { date: '2028-12-16', time: '14:00', zone: 'Europe/London' } }), NOW, 'too-far-ahead', 'date'],
    ['something that is not a situation', 42, NOW, 'not-an-object', 'situation'],
  ])('names %s, and the field to fix', (_name, input, now, problem, field) => {
    expect(checkSituation(input, now)).toMatchObject({ ok: false, problem, field });
  });

  test('never throws on a clock it cannot read', () => {
    for (const now of [Number.NaN, Number.POSITIVE_INFINITY, -1]) expect(checkSituation(situation(), now)).toMatchObject({ ok: false, problem: 'bad-clock' });
  });

  test('an invitation with no time yet passes with no instant', () => {
    const checked = checkSituation(situation({ stage: 'invited', interview: { date: '', time: '', zone: 'Europe/London' } }), NOW);
    expect(checked).toMatchObject({ ok: true });
    expect(checked.ok && checked.interview).toBeUndefined();
  });
});

// The helper checks its own state, which only its controls set, with checkRead, skipping the schema:
// on anything the schema reads as whole, the two must agree.
describe('checkRead, on a situation the form itself holds', () => {
  test('agrees with checkSituation on every whole situation, the date and zone filled in or not', () => {
    const typed = fc.record({
      date: fc.constantFrom('', '2026-12-15', '2026-02-30', '15/12/2026', '2028-12-16', '2026-12-14'),
      time: fc.constantFrom('', '09:00', '25:00', '9am', '10:30'),
      zone: fc.constantFrom('', 'Europe/London', 'America/New_York', 'Asia/Kolkata'),
    });
    fc.assert(
      fc.property(planned, typed, ({ input, now }, interview) => {
        const { situation: read, problems } = parseSituation({ ...(input as object), interview });
        if (problems.length > 0) return;
        expect(checkRead(read, now)).toEqual(checkSituation(read, now));
      }),
      { numRuns: 600 },
    );
  });

  test('says what to fill in or fix, with its field', () => {
    expect(checkRead(situation({ interview: { date: '2026-12-20', time: '', zone: 'Europe/London' } }), NOW)).toMatchObject({ ok: false, problem: 'missing-time', field: 'time' });
    expect(checkRead(situation({ interview: { date: '2026-02-30', time: '10:00', zone: 'Europe/London' } }), NOW)).toMatchObject({ ok: false, problem: 'impossible-date', field: 'date' });
    expect(checkRead(situation(), Number.NaN)).toMatchObject({ ok: false, problem: 'bad-clock' });
  });
});
