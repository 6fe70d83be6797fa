// The advice's sentences, kept apart from the logic that picks them. Each is our own wording, and
// none states a rule's number: those come from the rulebook (statements.ts).
import type { Wish } from '../types';
import type { StepWhy } from './plan';

export type ActionId =
  | Wish
  | 'apologise-and-ask'
  | 'apologise-and-withdraw'
  | 'apologise-and-choose'
  | 'apologise-employer'
  | 'apologise-and-move'
  | 'attend'
  | 'attend-and-learn';

export const ACTION_LABELS: Record<ActionId, string> = {
  cancel: 'Cancel the interview',
  reschedule: 'Ask to move the interview to a new time',
  decline: 'Decline the interview invitation',
  withdraw: 'Withdraw from the hiring process',
  'withdraw-invitation': 'Withdraw the interview invitation',
  'cancel-interview': 'Cancel the interview',
  'move-interview': 'Move the interview to a new time',
  'apologise-and-ask': 'Say sorry for missing the interview and ask if another time is possible',
  'apologise-and-withdraw': 'Say sorry for missing the interview and withdraw',
  'apologise-and-choose': 'Say sorry for missing the interview, then ask for another time or withdraw',
  'apologise-employer': 'Say sorry to the candidate for the missed interview and explain what happens next',
  'apologise-and-move': 'Say sorry to the candidate for the missed interview and offer new times',
  attend: 'Keep the interview',
  'attend-and-learn': 'Go to the interview and learn more',
};

export const CANDIDATE_REASON_WHY: Record<string, string> = {
  'other-offer': 'You have accepted another job, so telling them now frees the slot for someone else.',
  'not-a-fit': 'If you are sure the role is not for you, saying so now is fairer than going through the motions.',
  'schedule-conflict': 'A clash you cannot move is a fair reason, as long as you tell them as early as you can.',
  unsure: 'Doubts are normal. Once you are sure, it is fine to act on them.',
  nerves: 'Telling them clearly is what keeps the door open.',
  none: 'Telling them clearly and early is what keeps the door open.',
};

/**
 * Illness and emergencies, by the notice left: "even at short notice" is only worth saying when it
 * is short. With time to spare, a new slot is named only where one is the point (`newSlot`: asking
 * for one, or cancelling with asking offered instead); turning it down or leaving frees their slot.
 */
export const FAIR_LATE_REASON_WHY = {
  emergency: {
    short: 'An emergency is a fair reason to change plans, even at short notice.',
    newSlot: 'An emergency is a fair reason to change plans. Telling them now, while there is time, makes a new slot easy to find.',
    enough: 'An emergency is a fair reason to change plans. Telling them now, while there is time, lets them give the slot to someone else.',
  },
  illness: {
    short: 'Being unwell is a fair reason to change plans, even at short notice.',
    newSlot: 'Being unwell is a fair reason to change plans. Telling them now, while there is time, makes a new slot easy to find.',
    enough: 'Being unwell is a fair reason to change plans. Telling them now, while there is time, lets them give the slot to someone else.',
  },
} as const satisfies Record<'emergency' | 'illness', Record<'short' | 'newSlot' | 'enough', string>>;

export const EMPLOYER_REASON_WHY: Record<string, string> = {
  'role-on-hold': 'Telling the candidate promptly, and saying whether the role may reopen, keeps their goodwill.',
  'role-filled': 'The candidate deserves to hear straight away that the role is filled, so they can look elsewhere.',
  'role-changed': 'The candidate should hear about the change early, from you, so they can decide if the new role suits them.',
  'interviewer-unavailable': 'A clash in your diary is not the candidate’s fault, so make the change easy for them.',
  none: 'Telling the candidate promptly is the respectful thing to do, and it protects your name as an employer.',
};

export const ROUTE_WHY = {
  missed: 'Missing an interview happens. A quick, honest apology is the best way to put it right.',
  missedAsk: 'If you still want the job, ask. Many employers will offer another slot.',
  missedWithdraw: 'If you no longer want the job, saying so with your apology closes it cleanly.',
  lateBackOut: 'Backing out with so little time to go is hard on them, so do it now, in the way the plan below shows.',
  default: 'Telling them clearly and early is what keeps the door open.',
  employerMove: 'The role is still open, so offering new times keeps a candidate you wanted to meet.',
  employerFilled: 'If the role is filled, a new date only wastes the candidate’s time and hope, so tell them honestly now.',
  nerves: 'Nerves are normal. The interview is your chance to judge them too, so go.',
  doubts: 'The interview is where your doubts get answered. If you truly need time, ask once to move it, and say why.',
  lateClash: 'Changing plans with so little time to go is hard on them, so move the other thing if you can.',
  stillWantIt: 'You still want the job and only the date is wrong, so a new time keeps you in the running.',
  softNo: 'You do not plan to take this job, so a new date only delays your answer.',
  notMissedYet: 'The interview has not started yet. If you can still make it, go. If you cannot, tell them now.',
} as const;

export const STEP_WHY: Record<StepWhy, string> = {
  'email-enough': 'With this much notice, an email is enough and lets them reply when it suits them.',
  'email-waits': 'No one is likely to answer the phone now, but an email will be one of the first things they see.',
  'call-in-time': 'A call is the only way to be sure they hear it in time.',
  'call-apology': 'A call gets your apology to them quickly.',
  voicemail: 'A short voicemail means they hear the news even if they miss your call.',
  record: 'An email gives both of you a written record of what was said.',
  'confirm-call': 'A written note of the call means neither side remembers it differently.',
  'text-record': 'With no email address, a short text gives both of you something in writing.',
  'text-alone': 'They have been texting you about this interview, so a text on its own is fine.',
  'text-usual': 'They have been texting you about this interview, so a text is the quickest way to put it in writing.',
  'text-waits': 'No one is likely to answer the phone now. They have been texting you about this interview, so a text now will be waiting when their day starts.',
  'no-phone-urgent': 'With no phone number, a clear subject line is the quickest way to be seen in time.',
  'no-contact': 'You have no direct way to reach a person, so reply the way they reached you, such as the booking link or the job site, and ask who to contact.',
  'no-email-call': 'With no email address, a call is the clearest way to tell them.',
  chase: 'If no one has replied by then, check that they got it.',
  'call-again': 'If the first call did not get through, one more try makes sure they know.',
  'employer-courtesy': 'The candidate may have booked time off or travel, so a call is the courtesy.',
  'employer-email': 'An email gives the candidate the news and the details in one place.',
};

export const STEP_VERBS = {
  call: 'Call',
  voicemail: 'Leave a voicemail for',
  email: 'Email',
  text: 'Text',
  message: 'Send a message to',
} as const;

export const MESSAGES_WHY = 'Each message is written for its step, so you have the right words ready at each point.';

export const WORKING_HOURS_WHY = 'We assume they work weekdays in their own time zone, and we cannot know about public holidays.';

/** Said when the stage was "missed" but the time given is still ahead. */
export const stillAheadWords = (interview: string): string =>
  `The interview time given, ${interview}, is still ahead, so this advice treats it as not missed yet. If it has passed, please check the date and time above.`;
