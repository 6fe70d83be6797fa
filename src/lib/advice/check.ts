// Is there a situation to decide? The checks that come before any advice: the clock, the schema and
// the interview's instant. Apart from the engine so a form can say what to fix at once, while the
// engine (most of the helper's script) loads only when there is something to work out.
import { parseSituation } from '../situation';
import type { Problem } from '../types';
import { BAD_CLOCK, checkRead, INTERNAL_PROBLEM, isClockReadable, type Checked, type DecideProblem } from './check-read';

export { checkRead, INTERNAL_PROBLEM, TOO_FAR_AHEAD_HOURS, type Checked, type DecideProblem } from './check-read';

/** Anything (a saved form, a link, an event) read through the schema, then checked. Never throws. */
export function checkSituation(input: unknown, now: number): Checked | Problem<DecideProblem> {
  try {
    // The clock first: with no clock, nothing about the details matters yet.
    if (!isClockReadable(now)) return BAD_CLOCK;
    const { situation, problems } = parseSituation(input);
    return problems[0] ?? checkRead(situation, now);
  } catch {
    return INTERNAL_PROBLEM;
  }
}
