// Phrases every message template shares: greetings, sign-offs, apologies, what already happened,
// times on offer and the door-open line. Each is written once here, so a change of wording reaches
// every message at once, and each copes with a missing field by rewording, never by leaving a gap.
import type { MessageKind } from '../types';
import { present, type Context } from './context';
import { bullets, eitherOf, led, paragraph, paragraphs, say, sentence } from './prose';
import { isMissed, ownReason, type CandidateAction, type MissedAction } from './reasons';
import { nameToGreet } from './writing';
import { TIMES_PROMPT } from './details-asked';

export function greeting(context: Context): string {
  if (!context.recipient) return 'Hello,';
  return say(context, `Hi ${nameToGreet(context.recipient, 'warm')},`, `Dear ${nameToGreet(context.recipient, 'formal')},`);
}

/** The closing, then the writer's name and, unless left out, the ways to reach them, one to a line. */
export function signOff(context: Context, options: { withCompany?: boolean; withContact?: boolean } = {}): string {
  const closing = say(context, 'Best wishes', 'Kind regards');
  const withContact = options.withContact ?? true;
  const lines = [
    context.sender,
    options.withCompany ? context.company : undefined,
    withContact ? present(context.fields.yourPhone) : undefined,
    withContact ? present(context.fields.yourEmail) : undefined,
  ].filter((line): line is string => line !== undefined);
  // With no name to follow, a trailing comma would point at nothing.
  return context.sender ? [`${closing},`, ...lines].join('\n') : [closing, ...lines].join('\n');
}

/** "Hello Jordan, this is Sam Patel from Acme.", dropping whichever names are missing. */
export function spokenIntro(context: Context, options: { fromCompany?: boolean } = {}): string {
  const hello = context.recipient ? `Hello ${nameToGreet(context.recipient, context.tone)}` : 'Hello';
  if (!context.sender) return `${hello}.`;
  const from = options.fromCompany && context.company ? ` from ${context.company}` : '';
  return sentence(`${hello}, this is ${context.sender}${from}`);
}

/** "the Data Analyst role", or "the role" when no title was given. */
export function theRole(context: Context): string {
  const noun = say(context, 'role', 'position');
  return context.position ? `the ${context.position} ${noun}` : `the ${noun}`;
}

/** "the Data Analyst role at Acme", dropping whichever part is missing. */
export function theRoleAt(context: Context): string {
  return context.company ? `${theRole(context)} at ${context.company}` : theRole(context);
}

/** " on Tuesday 9 March at 10am", or nothing when the date is unknown. */
export function onWhen(when: string | undefined): string {
  return when ? ` on ${when}` : '';
}

/** Whether a meeting has already happened, so thanks for it are true. */
export function hasMet(context: Context): boolean {
  return context.fields.stage === 'between-rounds' && !isMissed(context);
}

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
      return say(context, "I'm still keen on the role, and I'd be grateful for the chance to reschedule.", 'I remain interested in the position and would be grateful for the opportunity to reschedule.');
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

/** Notes, once, beside a message that asks for their times because none were typed, where to add ours. */
export function promptForTimes(context: Context): void {
  if (context.proposed.length === 0 && !context.notes.includes(TIMES_PROMPT)) context.notes.push(TIMES_PROMPT);
}

/** The employer an agency recruiter passes things on to: by name when known. */
export function theEmployer(context: Context): string {
  return context.company ?? 'the employer';
}

/** Whether a candidate writes to an agency recruiter, so the times are the employer's to choose, not the reader's. */
export function isThroughAgency(context: Context): boolean {
  return context.fields.throughAgency === true;
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

/** The person's own reason line when they typed one, else the stock line given. */
export function ownReasonOr(context: Context, stock: string | undefined): string | undefined {
  return ownReason(context) ?? stock;
}

/** Offers to introduce someone who may suit the role, when the person named one. */
export function referral(context: Context): string | undefined {
  const name = present(context.fields.referralName);
  if (!name) return undefined;
  return say(context, `If it helps, I'd be happy to introduce you to ${name}, who would be a strong fit.`, `If it would be useful, I would be glad to introduce you to ${name}, who would be a strong candidate.`);
}

/** Whether the role may open again, when the employer said so or the reason implies a pause. */
export function reopenSentence(context: Context): string | undefined {
  const mayReopen = context.fields.mayReopen;
  if (mayReopen === true) return say(context, "If the role opens again, we'll contact you first.", 'If the role opens again, we will contact you first.');
  if (mayReopen === false) return say(context, "We don't expect the role to reopen.", 'We do not expect the role to reopen.');
  if (context.fields.reason === 'role-on-hold') return say(context, "If it reopens, we'll let you know.", 'If it reopens, we will let you know.');
  return undefined;
}

/**
 * A subject line: what the message does, the role and day, and who it is from. "Urgent: " first when
 * the plan's step says so: with short notice and no phone, the subject is what gets it seen in time.
 */
export function subjectLine(context: Context, label: string, options: { withDate?: boolean; from?: 'sender' | 'company' } = {}): string {
  const parts = [label, context.position, options.withDate === false ? undefined : context.interview?.short];
  const what = parts.filter((part): part is string => part !== undefined && part !== '').join(', ');
  const from = options.from === 'company' ? (context.company ?? context.sender) : context.sender;
  const subject = from ? `${what} – ${from}` : what;
  return context.step?.urgent ? `Urgent: ${subject}` : subject;
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
