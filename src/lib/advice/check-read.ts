// The checks on a situation already read: the clock, and the interview's instant. Apart from the
// schema's reading (./check.ts) because the helper's form checks its own state with them: only its
// controls set that state, so it needs no schema, and the form's script leaves zod out.
import type { Situation, SituationProblem } from '../situation';
import type { Problem } from '../types';
import { toInstant, type ZoneProblem } from '../zones';
import { HOUR_MS } from '../time-units';

export type DecideProblem = SituationProblem | ZoneProblem | 'bad-clock' | 'too-far-ahead' | 'internal';

/** A situation the engine can work on: read, with defaults filled in, and its interview's instant. */
export interface Checked {
  ok: true;
  situation: Situation;
  /** Absent when an invitation has no time yet. */
  interview?: number;
}

/** More than 366 days ahead (a year, even a leap year) is almost always a typo in the year. */
export const TOO_FAR_AHEAD_HOURS = 366 * 24;

// Clocks outside the years we accept for interviews are a caller's mistake, not a person's.
const EARLIEST_CLOCK = Date.UTC(1970, 0, 1);
const LATEST_CLOCK = Date.UTC(9999, 11, 31, 23, 59);

export const INTERNAL_PROBLEM: Problem<'internal'> = {
  ok: false,
  problem: 'internal',
  message: 'Something went wrong while working this out. Please check the details and try again.',
};

export const BAD_CLOCK: Problem<'bad-clock'> = {
  ok: false,
  problem: 'bad-clock',
  message: 'The current time could not be read, so we cannot work out how long is left.',
};

export const isClockReadable = (now: number): boolean =>
  typeof now === 'number' && Number.isFinite(now) && now >= EARLIEST_CLOCK && now <= LATEST_CLOCK;

/** An invitation with no time agreed needs no date: declining or withdrawing needs none. */
const hasNoTimeYet = (situation: Situation): boolean =>
  situation.stage === 'invited' && situation.interview.date.trim() === '' && situation.interview.time.trim() === '';

/** A read situation's clock and instant. Never throws: a failure comes back as a Problem. */
export function checkRead(situation: Situation, now: number): Checked | Problem<DecideProblem> {
  try {
    if (!isClockReadable(now)) return BAD_CLOCK;
    if (hasNoTimeYet(situation)) return { ok: true, situation };
    const converted = toInstant(situation.interview, situation.fold ? { fold: situation.fold } : undefined);
    if (!converted.ok) return converted;
    if ((converted.instant - now) / HOUR_MS > TOO_FAR_AHEAD_HOURS) {
      return { ok: false, problem: 'too-far-ahead', field: 'date', message: 'That date is more than a year away. Please check the year.' };
    }
    return { ok: true, situation, interview: converted.instant };
  } catch {
    return INTERNAL_PROBLEM;
  }
}
