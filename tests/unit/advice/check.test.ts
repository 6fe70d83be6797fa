// The helper shows checkSituation's verdict at once and the engine's advice once it loads. What it
// passes, the engine must advise on; what it refuses, it must name, with the field to fix.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkSituation } from '../../../src/lib/advice/check';
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
