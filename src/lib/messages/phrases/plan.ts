// What the plan says about this message: what happened before it, what was already sent, the other
// messages it may name, and the case with no contact details.
import type { MessageKind } from '../../types';
import type { Context } from '../context';
import { say } from '../prose';

/** What happened before this message, said so the two messages agree: a lead clause or a sentence. */
export interface FollowingUp {
  /** "As we discussed on the phone,", put before the decision. */
  lead?: string;
  /** A sentence of its own, before the decision. */
  opener?: string;
}

export function followingUp(context: Context, medium: 'written' | 'spoken', after = context.step?.after): FollowingUp {
  switch (after) {
    case 'call':
      return medium === 'written' ? { lead: say(context, 'As we discussed on the phone,', 'As we discussed by telephone,') } : {};
    case 'email':
      return { lead: say(context, 'As I said in my email,', 'As mentioned in my email,') };
    case 'text':
      return { lead: say(context, 'As I said in my text,', 'As mentioned in my text,') };
    case 'voicemail':
      return medium === 'written'
        ? { opener: say(context, "I left you a voicemail earlier, and I'm following up in writing.", 'I left you a voicemail earlier and am following up in writing.') }
        : { opener: say(context, 'I left you a voicemail earlier.', 'I left you a voicemail earlier.') };
    case 'call-or-voicemail':
      // They called and may or may not have reached anyone: "I called earlier" is true either way.
      return medium === 'written'
        ? { opener: say(context, "I called earlier, and I'm following up in writing.", 'I telephoned earlier and am following up in writing.') }
        : { opener: 'I called earlier.' };
    default:
      return {};
  }
}

/** How the plan sends its written messages, when it says: by text when there is no email address. */
export function writtenBy(context: Context): 'email' | 'text' | undefined {
  return context.step?.writtenBy;
}

/** The written message that already went before this one (the plan's email or text), if any. */
export function alreadySent(context: Context): 'email' | 'text' | undefined {
  const step = context.step;
  if (step?.sent) return step.sent;
  return step?.after === 'email' || step?.after === 'text' ? step.after : undefined;
}

/** Where a call points once the written message has gone: "It's in the email I sent you earlier." */
export function inTheSentMessage(context: Context, sent: 'email' | 'text', what: 'it' | 'the details' = 'it'): string {
  return what === 'it'
    ? say(context, `It's in the ${sent} I sent you earlier.`, `It is in the ${sent} I sent you earlier.`)
    : `The details are in the ${sent} I sent you earlier.`;
}

/** How a note in another message points to each kind. */
export const MENTIONS: Partial<Record<MessageKind, string>> = {
  voicemail: 'the voicemail script',
  'follow-up': 'the follow-up email',
  cancel: 'the cancellation email',
  reschedule: 'the reschedule email',
  decline: 'the email declining the invitation',
  withdraw: 'the withdrawal email',
  'missed-apology': 'the apology email',
  text: 'the text message',
  'employer-withdraw-invitation': 'the email withdrawing the invitation',
  'employer-cancel-interview': 'the confirming email',
  'employer-not-chosen': 'the email letting them know',
};

/** The kinds of `wanted` this message may point to: all of them alone, only those in the plan's set. */
export function inPlan(context: Context, wanted: readonly MessageKind[]): MessageKind[] {
  const set = context.step?.set;
  return set ? wanted.filter((kind) => set.includes(kind)) : [...wanted];
}

/** "the voicemail script, then the follow-up email" for the kinds that can be named. */
export function mentionOf(kinds: readonly MessageKind[]): string {
  return kinds.map((kind) => MENTIONS[kind]).filter((text): text is string => text !== undefined).join(', then ');
}

/** No phone, email or text: the message goes the way they reached the person, with no subject line. */
export function isWithoutContact(context: Context): boolean {
  return context.step?.noContact === true;
}

/** With no contact details, the plan's question: who to contact (a candidate), how to reach them (an employer). */
export function askWhoToContact(context: Context, side: 'candidate' | 'employer' = 'candidate'): string | undefined {
  if (!isWithoutContact(context)) return undefined;
  return side === 'employer'
    ? say(context, 'Could you reply with a phone number or email address where I can reach you?', 'Could you please reply with a telephone number or email address at which I can reach you?')
    : say(context, 'Could you tell me who I should contact about this, or pass this message on to them?', 'Could you let me know whom I should contact about this, or pass this message on to them?');
}

/** The subject, unless the message has none: it goes the way they reached the person. */
export function subjectUnlessNoContact(context: Context, subject: string): { subject?: string } {
  return isWithoutContact(context) ? {} : { subject };
}
