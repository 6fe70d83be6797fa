// Is there a situation to decide? The checks that come before any advice: the clock, the schema and
// the interview's instant. Apart from the engine so a form can say what to fix at once, while the
// engine (most of the helper's script) loads only when there is something to work out.
import { parseSituation, type Situation, type SituationProblem } from '../situation';
import type { Problem } from '../types';
import { toInstant, type ZoneProblem } from '../zones';
import { HOUR_MS } from './working-hours';

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

/** An invitation with no time agreed needs no date: declining or withdrawing needs none. */
const hasNoTimeYet = (situation: Situation): boolean =>
  situation.stage === 'invited' && situation.interview.date.trim() === '' && situation.interview.time.trim() === '';

/** Never throws: bad input and unexpected failures both come back as a Problem. */
export function checkSituation(input: unknown, now: number): Checked | Problem<DecideProblem> {
  try {
    return checkOrProblem(input, now);
  } catch {
    return INTERNAL_PROBLEM;
  }
}

function checkOrProblem(input: unknown, now: number): Checked | Problem<DecideProblem> {
  if (typeof now !== 'number' || !Number.isFinite(now) || now < EARLIEST_CLOCK || now > LATEST_CLOCK) {
    return { ok: false, problem: 'bad-clock', message: 'The current time could not be read, so we cannot work out how long is left.' };
  }
  const { situation, problems } = parseSituation(input);
  const first = problems[0];
  if (first) return first;
  if (hasNoTimeYet(situation)) return { ok: true, situation };
  const converted = toInstant(situation.interview, situation.fold ? { fold: situation.fold } : undefined);
  if (!converted.ok) return converted;
  if ((converted.instant - now) / HOUR_MS > TOO_FAR_AHEAD_HOURS) {
    return { ok: false, problem: 'too-far-ahead', field: 'date', message: 'That date is more than a year away. Please check the year.' };
  }
  return { ok: true, situation, interview: converted.instant };
}
