// Times on offer, written or read aloud, and the question that asks for theirs when none were typed.
import type { Context } from '../context';
import { TIMES_PROMPT } from '../details-asked';
import { bullets, eitherOf, paragraph, paragraphs, say, sentence } from '../prose';
import { isThroughAgency, theEmployer } from './decisions';

/** Notes, once, beside a message that asks for their times because none were typed, where to add ours. */
export function promptForTimes(context: Context): void {
  if (context.proposed.length === 0 && !context.notes.includes(TIMES_PROMPT)) context.notes.push(TIMES_PROMPT);
}

/** Times on offer: one named inline, several as a list whose question names the zone once. */
export function timesOffer(context: Context, side: 'candidate' | 'employer' = 'candidate'): string {
  if (side === 'candidate' && isThroughAgency(context)) return timesOfferThroughAgency(context);
  const times = context.proposed;
  promptForTimes(context);
  const fallback = side === 'employer'
    ? say(context, "If none of them suit, send me a couple that do.", 'If none is convenient, please suggest alternatives.')
    : say(context, "If none of them suit, I'm happy to fit around your calendar.", 'If none is suitable, I will gladly work around your availability.');
  const only = times[0];
  if (!only) {
    return side === 'employer'
      ? say(context, 'Could you send me two or three times that suit you?', 'Could you let me know two or three times that would suit you?')
      : say(context, "Could you send me a few times that suit you? I'm happy to fit around your calendar.", 'Could you let me know some times that suit you? I will gladly work around your availability.');
  }
  if (times.length === 1) {
    const ask = sentence(say(context, `Would ${only.single} work for you?`, `Would ${only.single} be convenient?`));
    const otherwise = side === 'employer'
      ? say(context, "If it doesn't suit, send me a time that does.", 'If it is not convenient, please suggest another time.')
      : say(context, "If it doesn't suit, I'm happy to fit around your calendar.", 'If it is not suitable, I will gladly work around your availability.');
    return paragraph(ask, otherwise);
  }
  const zone = only.zone ? ` (${only.zone})` : '';
  return paragraphs(
    say(context, `Would one of these times${zone} work for you?`, `Would any of the following times${zone} be convenient?`),
    bullets(times.map((when) => when.plain)),
    fallback,
  );
}

/** To an agency recruiter the employer holds the calendar: the times are asked of them, through the recruiter. */
function timesOfferThroughAgency(context: Context): string {
  const times = context.proposed;
  const employer = theEmployer(context);
  promptForTimes(context);
  const only = times[0];
  if (!only) {
    return say(
      context,
      `Could you ask ${employer} for a few times that suit them? I'm happy to fit around their calendar.`,
      `Could you ask ${employer} for some times that would suit them? I will gladly work around their availability.`,
    );
  }
  if (times.length === 1) {
    const ask = sentence(say(context, `Would ${only.single} work for ${employer}?`, `Would ${only.single} be convenient for ${employer}?`));
    return paragraph(ask, say(context, "If it doesn't suit them, I'm happy to fit around their calendar.", 'If it is not suitable, I will gladly work around their availability.'));
  }
  const zone = only.zone ? ` (${only.zone})` : '';
  return paragraphs(
    say(context, `Could you check whether one of these times${zone} works for ${employer}?`, `Could you check whether any of the following times${zone} would suit ${employer}?`),
    bullets(times.map((when) => when.plain)),
    say(context, "If none of them suit, I'm happy to fit around their calendar.", 'If none is suitable, I will gladly work around their availability.'),
  );
}

/** Times read aloud: "Tuesday 15 December at 2pm or Wednesday 16 December at 9:30am, New York time". */
export function timesAloud(context: Context): string | undefined {
  const first = context.proposed[0];
  if (!first) return undefined;
  const zone = first.zone ? `, ${first.zone}` : '';
  return `${eitherOf(context.proposed.map((when) => when.plain))}${zone}`;
}
