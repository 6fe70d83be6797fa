// The channel plan: who to contact, how, when and with which message, in order. It is the single
// truth of the advice: the headline, the why lines, the dos and don'ts and the messages follow it.
import type { MessageKind, PlanKind, Wish } from '../types';
import { actByFor, isEmployer, type AdviceContext } from './context';
import { recipient } from './people';
import { callAgainAt, callsWhenTheirDayStarts, chaseAt, textNeedsEmail, type Notice } from './rules';

export type StepChannel = 'call' | 'voicemail' | 'email' | 'text' | 'message';

/** What the person did just before a step's message: the message is written to follow it. */
export type StepAfter = 'nothing' | 'email' | 'text' | 'call' | 'voicemail' | 'call-or-voicemail';

export type StepTiming =
  | { kind: 'now' }
  | { kind: 'at-opening'; at: number }
  | { kind: 'if-no-answer' }
  | { kind: 'straight-after' }
  | { kind: 'call-again'; at: number }
  | { kind: 'if-no-reply'; at: number };

export interface ChannelStep {
  channel: StepChannel;
  /** Who to contact, in words. */
  to: string;
  timing: StepTiming;
  why: StepWhy;
  message: PlanKind;
  after: StepAfter;
  /** Start the subject with "Urgent:" (short notice, no phone). */
  urgentSubject?: boolean;
}

export type StepWhy =
  | 'email-enough'
  | 'email-waits'
  | 'call-in-time'
  | 'call-apology'
  | 'voicemail'
  | 'record'
  | 'confirm-call'
  | 'text-record'
  | 'text-alone'
  | 'text-usual'
  | 'text-waits'
  | 'no-phone-urgent'
  | 'no-contact'
  | 'no-email-call'
  | 'chase'
  | 'call-again'
  | 'employer-courtesy'
  | 'employer-email';

/** The message that carries the news itself, for the wish. */
export function mainKind(context: AdviceContext, wish: Wish | undefined = context.wish): PlanKind {
  if (context.notice === 'missed' && !isEmployer(context)) return 'missed-apology';
  switch (wish) {
    case 'withdraw-invitation':
      return 'employer-withdraw-invitation';
    case 'cancel-interview':
    case 'move-interview':
      return 'employer-cancel-interview';
    case undefined:
      return isEmployer(context) ? 'employer-cancel-interview' : 'missed-apology';
    default:
      return wish;
  }
}

/** The email that confirms a call in writing. */
function confirmKind(context: AdviceContext): PlanKind {
  if (isEmployer(context)) return mainKind(context);
  return context.notice === 'missed' ? 'missed-apology' : 'follow-up';
}

/** The email that chases one that had no reply. */
const chaseEmailKind = (context: AdviceContext): PlanKind => (isEmployer(context) ? mainKind(context) : 'follow-up');

/**
 * The rulebook's text rule: a text stands alone only when they have been texting the candidate about
 * this interview. Then it does the email's job in every plan (the news, the record, the chase).
 */
export const textsInstead = (context: AdviceContext): boolean =>
  !isEmployer(context) && !textNeedsEmail(context.situation.contacts.text);

export function planChannels(context: AdviceContext): ChannelStep[] {
  const texts = textsInstead(context);
  const phone = context.situation.contacts.phone;
  const email = context.situation.contacts.email && !texts;
  const to = recipient(context);
  const employer = isEmployer(context);
  const textWhy: StepWhy = texts ? 'text-usual' : 'text-record';
  const callKind: PlanKind = employer ? 'employer-phone-script' : 'phone-script';
  const voicemailKind: PlanKind = employer ? 'employer-phone-script' : 'voicemail';
  const textKind: PlanKind = employer ? mainKind(context) : 'text';
  const step = (channel: StepChannel, timing: StepTiming, why: StepWhy, message: PlanKind, after: StepAfter): ChannelStep => ({
    channel,
    to,
    timing,
    why,
    message,
    after,
  });
  const urgent = context.notice !== 'enough';
  const later = (at: number): StepTiming => ({ kind: 'at-opening', at });
  const now: StepTiming = { kind: 'now' };

  if (!phone && !email && !texts) return [step('message', now, 'no-contact', mainKind(context), 'nothing')];

  // Already told by phone: what is left is the record, and the chase if it was only a voicemail.
  if (context.situation.spoke !== 'no') {
    const spoke = context.situation.spoke;
    const steps = [
      email
        ? step('email', now, 'confirm-call', confirmKind(context), spoke)
        : step('text', now, textWhy, textKind, spoke),
    ];
    const again = spoke === 'voicemail' && phone && urgent ? callAgainAtFor(context) : undefined;
    // By the second call the record has gone: its script says so and promises no other message.
    if (again !== undefined) steps.push(step('call', { kind: 'call-again', at: again }, 'call-again', callKind, email ? 'email' : 'text'));
    return steps;
  }

  if (urgent) {
    if (!phone) {
      if (texts) return [step('text', now, 'text-usual', textKind, 'nothing')];
      return [{ ...step('email', now, employer ? 'employer-email' : 'no-phone-urgent', mainKind(context), 'nothing'), urgentSubject: true }];
    }
    const waitForOpening = context.isAfterHours && context.canCallAtOpening;
    if (waitForOpening) {
      const steps: ChannelStep[] = [];
      // The written message goes now and waits for them: by email, or by text when that is how they talk.
      if (email) steps.push(step('email', now, 'email-waits', mainKind(context), 'nothing'));
      else if (texts) steps.push(step('text', now, 'text-waits', textKind, 'nothing'));
      const before: StepAfter = email ? 'email' : texts ? 'text' : 'nothing';
      steps.push(step('call', later(context.opening), context.notice === 'missed' ? 'call-apology' : employer ? 'employer-courtesy' : 'call-in-time', callKind, before));
      steps.push(step('voicemail', { kind: 'if-no-answer' }, 'voicemail', voicemailKind, before));
      if (!email && !texts) steps.push(step('text', { kind: 'straight-after' }, textWhy, textKind, 'call-or-voicemail'));
      // Short notice tries the call once more, after hours as in them (the rulebook's short-notice chase).
      const again = context.notice === 'short' ? callAgainAtFor(context) : undefined;
      if (again !== undefined) steps.push(step('call', { kind: 'call-again', at: again }, 'call-again', callKind, 'voicemail'));
      return steps;
    }
    const steps: ChannelStep[] = [
      step('call', now, context.notice === 'missed' ? 'call-apology' : employer ? 'employer-courtesy' : 'call-in-time', callKind, 'nothing'),
      step('voicemail', { kind: 'if-no-answer' }, 'voicemail', voicemailKind, 'nothing'),
      email
        ? step('email', { kind: 'straight-after' }, 'record', confirmKind(context), 'call-or-voicemail')
        : step('text', { kind: 'straight-after' }, textWhy, textKind, 'call-or-voicemail'),
    ];
    const again = context.notice === 'short' ? callAgainAtFor(context) : undefined;
    if (again !== undefined) steps.push(step('call', { kind: 'call-again', at: again }, 'call-again', callKind, 'voicemail'));
    return steps;
  }

  if (!email && !texts) {
    const timing = context.isAfterHours ? later(context.opening) : now;
    return [
      step('call', timing, 'no-email-call', callKind, 'nothing'),
      step('voicemail', { kind: 'if-no-answer' }, 'voicemail', voicemailKind, 'nothing'),
      step('text', { kind: 'straight-after' }, 'text-record', textKind, 'call-or-voicemail'),
    ];
  }
  const written: 'email' | 'text' = texts ? 'text' : 'email';
  const steps = [
    texts
      ? step('text', now, 'text-alone', textKind, 'nothing')
      : step('email', now, employer ? 'employer-email' : context.isAfterHours ? 'email-waits' : 'email-enough', mainKind(context), 'nothing'),
  ];
  // Enough notice by the clock, but the email waits unread until their day starts, and by then the
  // interview is under a day away: call then too (the rulebook's real-hours rule), unless their day
  // starts too close to the interview for a call to help.
  if (
    !employer &&
    phone &&
    context.isAfterHours &&
    context.canCallAtOpening &&
    context.interview !== undefined &&
    callsWhenTheirDayStarts(context.interview, context.opening)
  ) {
    steps.push(step('call', later(context.opening), 'call-in-time', callKind, written));
    steps.push(step('voicemail', { kind: 'if-no-answer' }, 'voicemail', voicemailKind, written));
    return steps;
  }
  // Counted from now, as the email goes now; but when that would come before the plan's own deadline
  // for sending, from that deadline, so an email sent late within it is never already overdue.
  const deadline = actByFor(context).instant;
  const fromNow = chaseAt(context.now, context.interview, context.notice, context.otherZone);
  const chase = fromNow !== undefined && fromNow > deadline ? fromNow : chaseAt(deadline, context.interview, context.notice, context.otherZone);
  if (chase !== undefined && (context.interview === undefined || chase < context.interview)) {
    steps.push(
      phone
        ? step('call', { kind: 'if-no-reply', at: chase }, 'chase', callKind, written)
        : texts
          ? step('text', { kind: 'if-no-reply', at: chase }, 'chase', textKind, 'text')
          : step('email', { kind: 'if-no-reply', at: chase }, 'chase', chaseEmailKind(context), 'email'),
    );
  }
  return steps;
}

function callAgainAtFor(context: AdviceContext): number | undefined {
  const from = context.isAfterHours && context.canCallAtOpening ? context.opening : context.now;
  return context.interview === undefined ? undefined : callAgainAt(from, context.interview, context.otherZone);
}

/** The context a message needs from its step: the notice, what came before, and the whole set. */
export interface MessageStep {
  notice: Notice;
  after: StepAfter;
  set: readonly MessageKind[];
  /** How the plan's written messages go (the news or the record of a call); absent when it writes none. */
  writtenBy?: 'email' | 'text';
  /** The plan's written message went at an earlier step, by this channel: a later call says it is there, never promises it. */
  sent?: 'email' | 'text';
  /** The step starts the subject with "Urgent:" (short notice, no phone). */
  urgent?: true;
  /** The step goes the way they reached the person, with no contact details. */
  noContact?: true;
}

/** The plan writes by email, or by text when there is no address or texting is how they talk (never both). */
export function writtenChannel(plan: readonly ChannelStep[]): 'email' | 'text' | undefined {
  if (plan.some((step) => step.channel === 'email')) return 'email';
  return plan.some((step) => step.channel === 'text') ? 'text' : undefined;
}

/** Each message kind of the plan once, in plan order. */
export const planKinds = (plan: readonly ChannelStep[]): MessageKind[] => [...new Set(plan.map((step) => step.message))];

/** The context of the message at one step of the plan: what came just before it, and whether the written message has gone already. */
export function messageStepAt(notice: Notice, plan: readonly ChannelStep[], index: number): MessageStep {
  const step = plan[index];
  const writtenBy = writtenChannel(plan);
  const sent = plan.slice(0, index).find((earlier) => earlier.channel === 'email' || earlier.channel === 'text')?.channel;
  return {
    notice,
    after: step?.after ?? 'nothing',
    set: planKinds(plan),
    ...(writtenBy ? { writtenBy } : {}),
    ...(sent === 'email' || sent === 'text' ? { sent } : {}),
    ...(step?.urgentSubject === true ? { urgent: true as const } : {}),
    ...(step?.channel === 'message' ? { noContact: true as const } : {}),
  };
}

/** Each message kind of the plan once, in plan order, with the step it is first used in. */
export function planMessages(context: AdviceContext, plan: readonly ChannelStep[]): { kind: MessageKind; step: MessageStep; index: number }[] {
  return planKinds(plan).map((kind) => {
    const index = plan.findIndex((step) => step.message === kind);
    return { kind, index, step: messageStepAt(context.notice, plan, index) };
  });
}
