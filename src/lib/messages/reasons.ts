// What each side is doing and why, in words the person chose. A reason nobody gave is never
// invented: with no reason, or one that cannot be said kindly in this message, the message says less.
import type { CANDIDATE_REASONS, CANDIDATE_WISHES, EMPLOYER_WISHES } from '../types';
import { present, type Context } from './context';
import { say, sentence } from './prose';
import { capAtWord } from './text-length';

export type CandidateAction = (typeof CANDIDATE_WISHES)[number];
export type EmployerAction = (typeof EMPLOYER_WISHES)[number];
type CandidateReason = (typeof CANDIDATE_REASONS)[number];

// Reasons that mean the person is stepping away rather than asking for another time.
const STEPPING_AWAY = new Set<string>(['other-offer', 'not-a-fit', 'unsure']);
// Reasons that come with still wanting the job: the policy asks for another time, never a refusal.
const STILL_INTERESTED = new Set<string>(['illness', 'emergency', 'schedule-conflict']);

/** Whether the interview was missed: the plan's band says so, or, with no plan yet, where things stand. */
export function isMissed(context: Context): boolean {
  return context.step ? context.step.notice === 'missed' : context.fields.stage === 'missed';
}

/** What a candidate is doing: the wish when it is a candidate's, else read from the reason and times. */
export function candidateAction(context: Context): CandidateAction {
  const { wish, reason } = context.fields;
  if (wish === 'cancel' || wish === 'reschedule' || wish === 'decline' || wish === 'withdraw') return wish;
  if (reason !== undefined && STEPPING_AWAY.has(reason)) return 'cancel';
  if (context.proposed.length > 0 || (reason !== undefined && STILL_INTERESTED.has(reason))) return 'reschedule';
  return 'cancel';
}

/** What a missed interview's message does: ask for another chance, withdraw, or, with no route chosen, only ask whether another time is possible. */
export type MissedAction = 'reschedule' | 'withdraw' | 'ask';

/**
 * After a missed interview there is nothing left to cancel. The route is the person's wish, else the
 * one the message's own kind takes (a withdrawal email withdraws); with neither, nothing is promised.
 */
export function missedAction(context: Context, kindAction?: CandidateAction): MissedAction {
  const chosen = context.fields.wish ?? kindAction;
  if (chosen === 'reschedule') return 'reschedule';
  if (chosen === 'cancel' || chosen === 'decline' || chosen === 'withdraw') return 'withdraw';
  return 'ask';
}

export function employerAction(context: Context): EmployerAction {
  const wish = context.fields.wish;
  if (wish === 'withdraw-invitation' || wish === 'cancel-interview' || wish === 'move-interview') return wish;
  const reason = context.fields.reason;
  // A role that is paused, filled or changed has no interview to move to.
  if (reason === 'role-on-hold' || reason === 'role-filled' || reason === 'role-changed') return 'cancel-interview';
  return context.proposed.length > 0 ? 'move-interview' : 'cancel-interview';
}

/**
 * After the employer missed the interview, whether they offer another time: yes unless they chose to
 * call it off (or take the invitation back), or the reason says the role is paused, filled or changed.
 */
export function employerOffersAnotherTime(context: Context): boolean {
  const wish = context.fields.wish;
  if (wish === 'withdraw-invitation' || wish === 'cancel-interview' || wish === 'move-interview') return wish === 'move-interview';
  const reason = context.fields.reason;
  return reason !== 'role-on-hold' && reason !== 'role-filled' && reason !== 'role-changed';
}

/**
 * A reason that goes with stepping away (another offer, doubts, the role not right): a request to
 * move the interview may still give it, honestly, but never beside "I'm still keen".
 */
export function hasReasonToStepAway(context: Context): boolean {
  const { reason } = context.fields;
  return reason !== undefined && STEPPING_AWAY.has(reason);
}

export function isSteppingAway(context: Context): boolean {
  const { reason, wish } = context.fields;
  return (reason !== undefined && STEPPING_AWAY.has(reason)) || wish === 'cancel' || wish === 'decline' || wish === 'withdraw';
}

/** Longest reason line a message quotes; a longer one ends at a word with an ellipsis. */
export const OWN_REASON_CAP = 200;

/** The person's own reason line when given, as a sentence: it replaces the stock reason. */
export function ownReason(context: Context): string | undefined {
  const line = present(context.fields.reasonLine);
  return line ? sentence(capAtWord(line, OWN_REASON_CAP)) : undefined;
}

/** One reason in both tones: [warm, formal]. */
type Wording = readonly [warm: string, formal: string];

// How a candidate gives each reason, by what the message is doing. A reason missing from a table is
// one that message leaves unsaid: "unsure" is never turned into a reason the person did not give.
const CANDIDATE_WORDING: Record<'leaving' | 'moving' | 'missing' | 'offer' | 'by-video', Partial<Record<CandidateReason, Wording>>> = {
  leaving: {
    'other-offer': ["I've accepted another offer.", 'I have accepted another offer.'],
    'not-a-fit': ["The role isn't the right fit for me.", 'The role is not the right fit for me.'],
    emergency: ['Something urgent has come up that I need to deal with.', 'An urgent matter needs my attention.'],
    illness: ["I'm unwell.", 'I am unwell.'],
    'schedule-conflict': ["I have a clash I can't move.", 'I have a commitment I cannot move.'],
  },
  moving: {
    emergency: ['Something urgent has come up that I need to deal with.', 'An urgent matter needs my attention.'],
    illness: ["I'm unwell and wouldn't be at my best.", 'I am unwell and would not be at my best.'],
    'schedule-conflict': ["I have a clash at that time that I can't move.", 'I have a commitment at that time that I cannot move.'],
  },
  missing: {
    emergency: ["Something urgent came up, and I couldn't let you know in time.", 'An urgent matter came up, and I was not able to let you know in time.'],
    illness: ["I was unwell and couldn't get in touch beforehand.", 'I was unwell and was not able to get in touch beforehand.'],
    'schedule-conflict': ["I had a clash I didn't catch in time.", 'I had a scheduling conflict that I did not notice in time.'],
  },
  // Turning down or backing out of an offer: only the reasons that explain it.
  offer: {
    'other-offer': ["I've accepted another offer.", 'I have accepted another offer.'],
    'not-a-fit': ["The role isn't the right fit for me.", 'The role is not the right fit for me.'],
  },
  // Asking to interview by video instead of in person.
  'by-video': {
    emergency: ["Something urgent has come up, and I can't travel that day.", 'An urgent matter means I cannot travel that day.'],
    illness: ["I'm unwell, so I'd rather not travel.", 'I am unwell and would prefer not to travel.'],
    'schedule-conflict': ["A clash that day means I can't travel to you.", 'A commitment that day means I cannot travel to you.'],
  },
};

function candidateReasonFor(context: Context, use: keyof typeof CANDIDATE_WORDING): string | undefined {
  const own = ownReason(context);
  if (own) return own;
  const reason = context.fields.reason;
  const wording = reason === undefined ? undefined : CANDIDATE_WORDING[use][reason as CandidateReason];
  return wording ? say(context, ...wording) : undefined;
}

/** Why a candidate is stepping away, in one short sentence, or nothing. */
export function reasonForLeaving(context: Context): string | undefined {
  return candidateReasonFor(context, 'leaving');
}

/** Why a candidate needs another time, or nothing when the reason is about leaving. */
export function reasonForMoving(context: Context): string | undefined {
  return candidateReasonFor(context, 'moving');
}

/**
 * Why a candidate missed the interview, in the past tense; a reason for leaving when there's none for
 * missing, unless the message only asks about another time (a reason for leaving would contradict it).
 */
export function reasonForMissing(context: Context, action: MissedAction = 'withdraw'): string | undefined {
  return candidateReasonFor(context, 'missing') ?? (action === 'withdraw' ? reasonForLeaving(context) : undefined);
}

/** Why a candidate is turning down or backing out of an offer, or nothing. */
export function reasonForOffer(context: Context): string | undefined {
  return candidateReasonFor(context, 'offer');
}

/** Why a candidate asks to switch format: a reason that keeps them from travelling, for video only. */
export function reasonForSwitching(context: Context, to: 'video' | 'on-site'): string | undefined {
  return to === 'video' ? candidateReasonFor(context, 'by-video') : ownReason(context);
}

/** The candidate's reason that fits what they are doing. */
export function candidateReason(context: Context, action: CandidateAction): string | undefined {
  return action === 'reschedule' ? reasonForMoving(context) : reasonForLeaving(context);
}

// An employer's reason in a line, by whether the interview goes ahead later or not at all.
const EMPLOYER_WORDING: Record<'stopping' | 'moving' | 'missing', Partial<Record<string, Wording>>> = {
  stopping: {
    'role-on-hold': ['The role has been put on hold.', 'The role has been put on hold.'],
    'role-filled': ["We've filled the role.", 'We have filled the role.'],
    'role-changed': ["The role has changed, and we're not hiring for it as advertised.", 'The role has changed, and we are not hiring for it as advertised.'],
    'interviewer-unavailable': ['The interviewer is no longer available.', 'The interviewer is no longer available.'],
  },
  moving: {
    'interviewer-unavailable': ['The interviewer can no longer make that time.', 'The interviewer is no longer available at that time.'],
    'role-on-hold': ['The role is on hold for a short while.', 'The role is on hold for a short while.'],
  },
  // Why the employer missed it, in the past tense: only a reason that explains a missed interview.
  missing: {
    'interviewer-unavailable': ["The interviewer couldn't make it.", 'The interviewer was unable to attend.'],
  },
};

/** An employer's reason as one sentence: their own line, else the stock line for the reason. */
export function employerReason(context: Context, use: keyof typeof EMPLOYER_WORDING): string | undefined {
  const own = ownReason(context);
  if (own) return own;
  const reason = context.fields.reason;
  const wording = reason === undefined ? undefined : EMPLOYER_WORDING[use][reason];
  return wording ? say(context, ...wording) : undefined;
}
