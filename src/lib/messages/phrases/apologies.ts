// The one apology a message makes: for short notice, for a change, for a missed interview.
import type { Context } from '../context';
import { say, sentence } from '../prose';
import { isMissed } from '../reasons';
import { onWhen, theRoleAt } from './role';

/**
 * Whether the notice is short, as the engine's band for this message says. Alone, the notice is not
 * known, and a sudden reason (illness, say) does not make it short: no timing apology is claimed.
 */
export function isShortNotice(context: Context): boolean {
  return context.step?.notice === 'short';
}

/** A candidate's one apology for timing, when the notice is short and nothing was missed. */
export function shortNoticeApology(context: Context): string | undefined {
  if (isMissed(context) || !isShortNotice(context)) return undefined;
  return say(context, "I'm sorry for the short notice.", 'I apologise for the short notice.');
}

/** An employer's one apology for the change, naming the short notice when it is short. */
export function employerApology(context: Context): string {
  return isShortNotice(context)
    ? say(context, "I'm sorry for the change of plan, and for the short notice.", 'I apologise for the change of plan and for the short notice.')
    : say(context, "I'm sorry for the change of plan.", 'I apologise for the change of plan.');
}

/** An employer's one apology for missing the interview, first thing: said once, with the role and the day. */
export function employerMissedLine(context: Context, role = theRoleAt(context)): string {
  const when = onWhen(context.interview?.single);
  return sentence(say(context, `I'm sorry we missed your interview for ${role}${when}`, `I apologise that we missed your interview for ${role}${when}`));
}

/** An employer who missed the interview and will not offer another time says so plainly. */
export function noOtherTime(context: Context): string {
  return say(context, "We won't be able to rearrange it.", 'We are unable to rearrange it.');
}

/** A missed interview's apology, first thing: said once, with the role and the day. */
export function missedApologyLine(context: Context): string {
  const when = onWhen(context.interview?.single);
  return sentence(
    say(context, `I'm sorry I missed our interview for ${theRoleAt(context)}${when}`, `I apologise for missing our interview for ${theRoleAt(context)}${when}`),
  );
}
