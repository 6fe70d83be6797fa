// The rulebook in words: each rule's statement and its one-line reason, written from the rulebook's
// own numbers. Guide pages print these through <Rule id="…" />, never typed twice.
import {
  ACT_WITHIN_MINUTES_WHEN_SHORT,
  CALL_AGAIN_AFTER_MINUTES,
  CANDIDATE_SHORT_NOTICE_HOURS,
  EMPLOYER_SHORT_NOTICE_WORKING_DAYS,
  EVENING_GRACE_MINUTES,
  NIGHT,
  RUNNING_LATE_MINUTES,
  WORKING_HOURS_WORDS,
} from './rules';

export interface RuleStatement {
  /** The rule, as a guide page states it. */
  statement: string;
  /** Why, in one line. */
  why: string;
}

const hours = CANDIDATE_SHORT_NOTICE_HOURS;
const workingDays = EMPLOYER_SHORT_NOTICE_WORKING_DAYS === 2 ? 'two' : String(EMPLOYER_SHORT_NOTICE_WORKING_DAYS);
const clock = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;
const graceWords = EVENING_GRACE_MINUTES === 60 ? 'the hour' : `the ${EVENING_GRACE_MINUTES} minutes`;

// The rules a message's own note or the helper repeats, declared apart so a bundle imports these alone.
export const CHASE: RuleStatement = {
  statement: 'If your email gets no reply, chase it at the end of their next working day, or halfway to the interview if that comes first.',
  why: 'Until someone has seen it, you cannot be sure they know.',
};
export const SHORT_NOTICE_CHASE: RuleStatement = {
  statement: `With short notice, do not wait for a reply. Call, leave a voicemail and send the email. Then call once more ${CALL_AGAIN_AFTER_MINUTES} minutes later, or when their day starts.`,
  why: 'There is no time for a reply to come in the usual way.',
};
export const CONFIRMATION_IS_YOUR_JOB: RuleStatement = {
  statement: 'They do not have to reply, but making sure they know is your job. You are done when someone has said they got it.',
  why: 'A message nobody saw is the same as no message.',
};
export const TEXT_ALONE: RuleStatement = {
  statement: 'A text is fine on its own only if the recruiter has been texting you about this interview. Otherwise, send a text as a heads-up and follow it with an email.',
  why: 'An email is the record most employers keep.',
};

// Said by the helper's Do list too, when someone cancels for another offer.
export const OTHER_INTERVIEWS_AFTER_OFFER: RuleStatement = {
  statement: 'Cancel your other interviews once the offer is accepted in writing and its conditions, such as references and checks, have cleared. Until then, ask to move them instead.',
  why: 'An offer can still fall through until its conditions clear.',
};

export const RULES = {
  'candidate-enough-notice': {
    statement: `With ${hours} hours or more to go, an email is enough. A call is up to you.`,
    why: 'The email will be read in time, and it is a written record.',
  },
  'candidate-short-notice': {
    statement: `With less than ${hours} hours to go, call first. If nobody answers, leave a short voicemail. Then send the email.`,
    why: 'Only a call is sure to be heard in time. The email is the record.',
  },
  'no-phone': {
    statement: 'If you have no phone number, email at once. Start the subject with “Urgent:” and say sorry once for the short notice.',
    why: 'A clear subject line is the quickest way to be seen in time.',
  },
  'real-hours': {
    statement: `Notice is counted in real hours in the interview’s time zone, so a clock change can add or take away an hour. Outside their working hours a call reaches no one, so email now. When their day starts, call too if the interview is less than ${hours} hours away by then.`,
    why: 'A call at night goes unheard, but an email waits for them.',
  },
  'never-no-show': {
    statement: 'Never just stay away. Even minutes before the start, a call or a message is better than silence.',
    why: 'Not turning up is the one thing that is very hard to repair.',
  },
  'employer-short-notice': {
    statement: `Within ${workingDays} working days of the interview, call the candidate first, then confirm by email. Count working days in the candidate’s time zone.`,
    why: 'Candidates arrange time off and travel, so a call is the courtesy.',
  },
  'employer-enough-notice': {
    statement: `With ${workingDays} working days or more to go, email the candidate and offer a call.`,
    why: 'An email gives them the news and the details in one place.',
  },
  'confirm-call-in-writing': {
    statement: 'After any call, confirm what you said in writing the same day.',
    why: 'A written note stops either side remembering it differently.',
  },
  'act-same-day': {
    statement: `Act on the day you decide. If you decide at night (${clock(NIGHT.starts)} to ${clock(NIGHT.ends)}) and there is time, first thing tomorrow is fine, before their working day starts. If you decide in ${graceWords} before ${clock(NIGHT.starts)}, first thing tomorrow is fine too.`,
    why: 'The sooner they know, the easier it is for them to rearrange.',
  },
  chase: CHASE,
  'short-notice-chase': SHORT_NOTICE_CHASE,
  'confirmation-is-your-job': CONFIRMATION_IS_YOUR_JOB,
  'short-notice-within-the-hour': {
    statement: `With short notice, act within ${ACT_WITHIN_MINUTES_WHEN_SHORT} minutes, and always before the start time.`,
    why: 'Every hour you wait is an hour they cannot use to change their plans.',
  },
  'missed-within-the-hour': {
    statement: `If you missed the interview, get in touch within ${ACT_WITHIN_MINUTES_WHEN_SHORT} minutes of finding out. Call first, then send the email. Outside their working hours, email now and call when their day starts.`,
    why: 'The sooner they hear from you, the better your chance of another slot.',
  },
  'short-notice-apology': {
    statement: `With short notice (under ${hours} hours for candidates, under ${workingDays} working days for employers), say sorry for it once in each message you send. With more notice, a candidate has nothing to say sorry for.`,
    why: 'One apology shows you know it is late. More than one makes it about you.',
  },
  'missed-apology': {
    statement: 'If you missed the interview, say sorry once for missing it, first thing in your message.',
    why: 'They want to hear that first, and only once.',
  },
  'employer-apology': {
    statement: 'An employer who withdraws or cancels says sorry once for the change, whatever the notice. With short notice, that one apology names the short notice too.',
    why: 'The candidate planned around you, so the change is yours to own.',
  },
  'one-sorry': {
    statement: 'Say sorry once in each message, not more.',
    why: 'Too many apologies make a simple change sound bigger than it is.',
  },
  nerves: {
    statement: 'If you are nervous, go. Nerves are not a reason to cancel or to move the interview.',
    why: 'The interview is your chance to judge them too.',
  },
  doubts: {
    statement: 'If you have doubts about the role, go and learn more. If you truly need time, ask once to move it, and say why. Never move it as a soft no.',
    why: 'A question answered face to face may settle the doubt.',
  },
  'missed-routes': {
    statement: 'If you missed it and still want the job, say sorry and ask if another time is possible. If you do not, say sorry and withdraw.',
    why: 'They can only help with the choice you tell them.',
  },
  'ill-still-interested': {
    statement: 'If you are ill or have an emergency and still want the job, ask for another time. Do not turn the job down.',
    why: 'Illness and emergencies are fair reasons, and most employers will find a new slot.',
  },
  'text-alone': TEXT_ALONE,
  'agency-first': {
    statement: `If an agency set it up, tell the agency recruiter first and ask them to tell the employer. With under ${hours} hours to go, also tell the hiring manager yourself if you can reach them.`,
    why: 'The agency owns the relationship, but a late change must reach the employer in time.',
  },
  'whoever-set-it-up': {
    statement: 'Tell the person who set up the interview yourself. Name or copy anyone else you dealt with.',
    why: 'They are the one expecting you.',
  },
  reason: {
    statement: 'A reason is up to you. If you give one, keep it short and true. Never make one up, and never criticise the company.',
    why: 'A short true reason is enough, and it can never catch you out later.',
  },
  pay: {
    statement: 'Pay is a fact you can state plainly, for example “the salary range is below what I need”. It is not a complaint.',
    why: 'A plain fact helps them. A complaint only closes the door.',
  },
  'running-late': {
    statement: `If you are running late, say so as soon as you know. If you will be more than ${RUNNING_LATE_MINUTES} minutes late, offer to move the interview.`,
    why: 'They can plan around a delay they know about.',
  },
  'employer-cancelled-on-you': {
    statement: 'If the employer cancelled on you, thank them and ask for a new time. Do not tell them they should have given more notice.',
    why: 'A candidate who stays gracious stays in the running.',
  },
  'travel-costs': {
    statement: 'If the candidate has booked travel, offer to cover what they have paid, under your expenses policy. Tell them how to claim.',
    why: 'They should not be out of pocket for your change.',
  },
  'other-interviews-after-offer': OTHER_INTERVIEWS_AFTER_OFFER,
  'working-hours': {
    statement: `Working hours are taken to be Monday to Friday, ${WORKING_HOURS_WORDS}, in each person’s own time zone. Public holidays are not known.`,
    why: 'A call outside those hours is likely to reach no one.',
  },
} as const satisfies Record<string, RuleStatement>;

export type RuleId = keyof typeof RULES;

// Marked pure, so a bundle that imports one statement (a template's note) leaves the rest out.
export const RULE_IDS = /* @__PURE__ */ Object.keys(RULES) as RuleId[];

export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && Object.hasOwn(RULES, id);
}
