// The helper shows checkSituation's verdict at once and the engine's advice once it loads: the two
// must agree, or a person would see "Working out your advice…" for a situation the engine refuses.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkSituation } from '../../../src/lib/advice/check';
import { adviceFrom, decide } from '../../../src/lib/advice/decide';
import { planned } from './planned-situations';
import { situation } from './fixtures';

const NOW = Date.UTC(2026, 11, 14, 10, 0);

describe('checkSituation, before the engine', () => {
  test('passes exactly what decide advises on, and names the same problem when it does not', () => {
    const broken = fc.record({
      input: fc.oneof(
        planned.map(({ input }) => input),
        planned.map(({ input }) => ({ ...input, interview: { ...input.interview, date: '2026-02-30' } })),
        planned.map(({ input }) => ({ ...input, interview: { ...input.interview, zone: 'Mars/Olympus' } })),
        planned.map(({ input }) => ({ ...input, stage: 'nowhere' })),
        fc.anything(),
      ),
      now: fc.oneof(fc.constant(NOW), fc.integer({ min: NOW - 400 * 24 * 3_600_000, max: NOW + 400 * 24 * 3_600_000 }), fc.constant(Number.NaN)),
    });
    fc.assert(
      fc.property(broken, ({ input, now }) => {
        const checked = checkSituation(input, now);
        const decided = decide(input, now);
        expect(checked.ok).toBe(decided.ok);
        if (!checked.ok && !decided.ok) expect(checked.problem).toBe(decided.problem);
        if (checked.ok && decided.ok) expect(adviceFrom(checked, now).ok).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  test('names a date more than a year away, and never throws on a clock it cannot read', () => {
    const far = checkSituation(situation({ interview: { date: '2028-12-16', time: '14:00', zone: 'Europe/London' } }), NOW);
    expect(far).toMatchObject({ ok: false, problem: 'too-far-ahead', field: 'date' });
    expect(checkSituation(situation(), Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, problem: 'bad-clock' });
  });

  test('an invitation with no time yet passes with no instant', () => {
    const checked = checkSituation(situation({ stage: 'invited', interview: { date: '', time: '', zone: 'Europe/London' } }), NOW);
    expect(checked).toMatchObject({ ok: true });
    expect(checked.ok && checked.interview).toBeUndefined();
  });
});
