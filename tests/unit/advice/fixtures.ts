// Shared fixtures for the advice tests: instants from wall times, and situations to vary.
import { decide, type Advice } from '../../../src/lib/advice/decide';
import type { Situation } from '../../../src/lib/situation';
import { toInstant } from '../../../src/lib/zones';

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

export function at(date: string, time: string, zone: string): number {
  const result = toInstant({ date, time, zone }, { fold: 'earlier' });
  if (!result.ok) throw new Error(result.message);
  return result.instant;
}

/** A candidate in London with a booked interview on Wednesday 16 December 2026 at 14:00. */
export function situation(overrides: Partial<Situation> = {}): Situation {
  return {
    who: 'candidate',
    stage: 'scheduled',
    wish: 'cancel',
    interview: { date: '2026-12-16', time: '14:00', zone: 'Europe/London' },
    personZone: 'Europe/London',
    contacts: { phone: true, email: true, text: false },
    people: { recruiter: true, agency: false, hiringManager: false, panel: false },
    spoke: 'no',
    ...overrides,
  };
}

export const INTERVIEW_AT = at('2026-12-16', '14:00', 'Europe/London');

export function advise(input: unknown, now: number): Advice {
  const result = decide(input, now);
  if (!result.ok) throw new Error(`expected advice, got ${result.problem}: ${result.message}`);
  return result;
}

/** Every sentence the advice shows, for checks on what it says. */
export function allText(advice: Advice): string {
  return [
    advice.headline,
    advice.action.label,
    advice.action.why,
    advice.betterAction?.label,
    advice.betterAction?.why,
    ...advice.channelPlan.flatMap((step) => [step.label, step.when, step.whyText]),
    advice.afterHours.note,
    advice.deadline.words,
    advice.deadline.why,
    ...advice.tell.flatMap((person) => [person.label, person.why]),
    ...advice.dos.flatMap((item) => [item.text, item.why]),
    ...advice.donts.flatMap((item) => [item.text, item.why]),
  ]
    .filter(Boolean)
    .join('\n');
}
