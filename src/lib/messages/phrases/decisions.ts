// What the person is doing, said once: the candidate's decision, after a missed interview the route,
// and to an agency the ask to pass it on.
import type { Context } from '../context';
import { led, say } from '../prose';
import { hasReasonToStepAway, ownReason, type CandidateAction, type MissedAction } from '../reasons';
import { isWithoutContact } from './plan';
import { onWhen, theRoleAt } from './role';

/** The sentence that says what the candidate is doing, naming the role and, when known, the date. */
export function candidateDecision(context: Context, action: CandidateAction, when: string | undefined, lead?: string): string {
  const role = theRoleAt(context);
  switch (action) {
    case 'reschedule':
      return led(lead, say(context, `I'd like to move my interview for ${role}${onWhen(when)}`, `I would like to reschedule my interview for ${role}${onWhen(when)}`));
    case 'decline':
      return led(lead, say(context, `I'm declining the invitation to interview for ${role}${onWhen(when)}`, `I must decline the invitation to interview for ${role}${onWhen(when)}`));
    case 'withdraw':
      return led(lead, say(context, `I've decided to withdraw my application for ${role}`, `I have decided to withdraw my application for ${role}`));
    default:
      return led(lead, `I need to cancel my interview for ${role}${onWhen(when)}`);
  }
}

/** After a missed interview: another chance asked for, the application withdrawn, or, with no route chosen, only a question. */
export function missedDecision(context: Context, action: MissedAction): string {
  switch (action) {
    case 'reschedule':
      return hasReasonToStepAway(context)
        ? say(context, "I'd be grateful for the chance to reschedule.", 'I would be grateful for the opportunity to reschedule.')
        : say(context, "I'm still keen on the role, and I'd be grateful for the chance to reschedule.", 'I remain interested in the position and would be grateful for the opportunity to reschedule.');
    case 'withdraw':
      return say(context, "I've decided to withdraw my application.", 'I have decided to withdraw my application.');
    default:
      // An agency recruiter asks the employer: one question does both.
      if (isThroughAgency(context)) {
        const employer = theEmployer(context);
        return say(context, `Could you let ${employer} know, and ask whether another time might still be possible?`, `Could you please let ${employer} know, and ask whether another time might still be possible?`);
      }
      return say(context, 'Could you let me know if another time might still be possible?', 'Could you let me know whether another time might still be possible?');
  }
}

/**
 * To an agency recruiter, the policy's one ask: tell the employer. Not after a missed interview's
 * question, which asks them to find out already (missedDecision).
 */
export function passItOn(context: Context, missed?: MissedAction): string | undefined {
  // With no contact details, the question who to contact asks them to pass it on already.
  if (!isThroughAgency(context) || missed === 'ask' || isWithoutContact(context)) return undefined;
  const employer = theEmployer(context);
  return say(context, `Could you let ${employer} know?`, `Could you please let ${employer} know?`);
}

/** The employer an agency recruiter passes things on to: by name when known. */
export function theEmployer(context: Context): string {
  return context.company ?? 'the employer';
}

/** Whether a candidate writes to an agency recruiter, so the times are the employer's to choose, not the reader's. */
export function isThroughAgency(context: Context): boolean {
  return context.fields.throughAgency === true;
}

/** The person's own reason line when they typed one, else the stock line given. */
export function ownReasonOr(context: Context, stock: string | undefined): string | undefined {
  return ownReason(context) ?? stock;
}
