// The lines before the sign-off: the door left open, an offer to talk or give feedback, travel costs,
// a referral, whether the role may reopen.
import { present, type Context } from '../context';
import { say } from '../prose';
import { writtenBy } from './plan';
import { hasMet } from './role';

/** A candidate's closing line: stay in touch when the door is open, good wishes either way. */
export function candidateDoor(context: Context): string {
  if (!context.fields.keepDoorOpen) {
    return say(context, 'I wish you and the team all the best.', 'I wish you every success in filling the role.');
  }
  if (hasMet(context)) {
    return say(context, "I've enjoyed meeting the team, and I'd be glad to stay in touch.", 'I have valued meeting the team and would welcome the chance to stay in touch.');
  }
  const at = context.company ? ` at ${context.company}` : '';
  return say(context, `I'd be glad to stay in touch about future roles${at}.`, `I would welcome the chance to hear about future openings${at}.`);
}

/** An employer's closing line to a candidate. */
export function employerDoor(context: Context): string {
  if (!context.fields.keepDoorOpen) return say(context, 'I wish you all the best with your search.', 'I wish you every success in your search.');
  return say(context, "With your permission, we'd like to keep your details for future roles.", 'With your permission, we would like to keep your details for future roles.');
}

/**
 * Whether an employer's email offers to talk it over: the policy's "email, offering a call". Not when
 * the plan calls them first or the email follows a call that got through; alone, unless a script is ticked too.
 */
export function offersToTalk(context: Context): boolean {
  const step = context.step;
  if (!step) return !(context.alongside ?? []).includes('employer-phone-script');
  if (step.writtenBy === 'text' || step.after === 'call' || step.after === 'call-or-voicemail') return false;
  // Short notice puts a call first whenever there is a number to call: then the call is the talk.
  return step.notice === 'enough' || !step.set.includes('employer-phone-script');
}

/** An employer's offer to answer questions, and to talk it over when the plan has no call; the number, when there is one, is in the sign-off below. */
export function questionsOffer(context: Context): string {
  const medium = writtenBy(context) === 'text' ? 'text' : 'email';
  const hasPhone = present(context.fields.yourPhone) !== undefined;
  if (offersToTalk(context)) {
    return hasPhone
      ? say(context, `If you have any questions, or would like to talk it over, call me or reply to this ${medium}.`, `Should you have any questions, or wish to talk it over, please call me or reply to this ${medium}.`)
      : say(context, `If you have any questions, or would like to talk it over, reply to this ${medium} and we can find a time to talk.`, `Should you have any questions, or wish to talk it over, please reply to this ${medium} and we can arrange a time to talk.`);
  }
  return hasPhone
    ? say(context, `If you have any questions, reply to this ${medium} or call me.`, `Should you have any questions, please reply to this ${medium} or call me.`)
    : say(context, `If you have any questions, just reply to this ${medium}.`, `Should you have any questions, please reply to this ${medium}.`);
}

/** After an interview that did not lead to an offer: feedback offered, when the door is left open. */
export function feedbackOffer(context: Context): string | undefined {
  if (!context.fields.keepDoorOpen) return undefined;
  return say(context, "If you'd like feedback on your interview, I'd be glad to give it.", 'Should you wish to have feedback on your interview, I would be glad to provide it.');
}

/** Travel the company booked or the candidate paid for: covered under the expenses policy, and how to claim. */
export function travelCosts(context: Context): string | undefined {
  if (context.fields.travelBooked !== true) return undefined;
  return say(
    context,
    "We'll cover costs already incurred under our expenses policy; to claim, reply with your receipts.",
    'We will cover costs already incurred under our expenses policy; to claim, please reply with your receipts.',
  );
}

/** Offers to introduce someone who may suit the role, when the person named one. */
export function referral(context: Context): string | undefined {
  const name = present(context.fields.referralName);
  if (!name) return undefined;
  return say(context, `If it helps, I'd be happy to introduce you to ${name}, who would be a strong fit.`, `If it would be useful, I would be glad to introduce you to ${name}, who would be a strong candidate.`);
}

/**
 * Whether the role may open again, when the employer said so or the reason implies a pause. "It may
 * reopen" promises only to tell them, never that they come first: nobody chose that.
 */
export function reopenSentence(context: Context): string | undefined {
  const mayReopen = context.fields.mayReopen;
  if (mayReopen === true) return say(context, "The role may open again. If it does, we'll let you know.", 'The role may open again. If it does, we will let you know.');
  if (mayReopen === false) return say(context, "We don't expect the role to reopen.", 'We do not expect the role to reopen.');
  if (context.fields.reason === 'role-on-hold') return say(context, "If it reopens, we'll let you know.", 'If it reopens, we will let you know.');
  return undefined;
}
