// Dos and don'ts derived from the plan and the situation: a line about calling appears only when
// the plan has a call, a line about apologising for short notice only when notice is short.
import type { Reason } from '../types';
import { isEmployer, type AdviceContext } from './context';
import type { ChannelStep } from './plan';
import { needsShortNoticeApology } from './rules';
import { OTHER_INTERVIEWS_AFTER_OFFER } from './statements';

export interface Recommendation {
  text: string;
  why: string;
}

const isFairLateReason = (reason: Reason | undefined): boolean => reason === 'emergency' || reason === 'illness';

/** A list to fill, and a question the lines ask of the plan: does it have a step of this channel? */
function listFor(plan: readonly ChannelStep[]) {
  const items: Recommendation[] = [];
  return {
    items,
    add: (text: string, why: string): void => {
      items.push({ text, why });
    },
    has: (channel: ChannelStep['channel']): boolean => plan.some((step) => step.channel === channel),
    /** A call the plan makes for sure, not only as a chase if no one replies. */
    calls: (): boolean => plan.some((step) => step.channel === 'call' && step.timing.kind !== 'if-no-reply'),
    /** The plan's first step is written (an email or a text) and a call comes after it. */
    writesBeforeCalling: (): boolean => (plan[0]?.channel === 'email' || plan[0]?.channel === 'text') && plan.some((step) => step.channel === 'call'),
  };
}

export function dosFor(context: AdviceContext, plan: readonly ChannelStep[]): Recommendation[] {
  const { reason } = context.situation;
  const wish = context.wish;
  const { items: dos, add, has, calls, writesBeforeCalling } = listFor(plan);
  if (isEmployer(context)) {
    if (context.notice === 'missed') add('Get in touch with the candidate today.', 'They waited for an interview that did not happen, and wonder why.');
    else add('Tell the candidate as soon as the decision is made.', 'They may be turning down other plans to be there.');
    if (context.notice === 'missed') {
      add('Say sorry once for missing it, first thing.', 'The candidate kept the time free for you, so the miss is yours to own.');
    } else {
      add(
        needsShortNoticeApology(context.notice) ? 'Say sorry once for the change and the short notice.' : 'Say sorry once for the change.',
        'The candidate planned around you, so the change is yours to own.',
      );
    }
    if (wish === 'withdraw-invitation' || wish === 'cancel-interview') {
      add(reason === 'role-filled' ? 'Say plainly that the role is filled.' : 'Say plainly whether the role may open again.', 'A clear answer lets the candidate plan.');
    }
    // A missed interview with no route chosen yet is offered again, as its messages do.
    const offersNewTimes = wish === 'move-interview' || (context.notice === 'missed' && wish === undefined);
    if (offersNewTimes && reason !== 'role-filled') {
      add('Offer two or three new times, written in the candidate’s time zone.', 'Choices make it easy to say yes, and their own time zone avoids mix-ups.');
    }
    if (calls() && writesBeforeCalling()) {
      // Out of hours the email goes first and the call waits for their day: the line follows that order.
      add(`Call as well, when their working day starts. The ${plan[0]?.channel === 'text' ? 'text' : 'email'} you sent first is the record.`, 'A call is the courtesy, and they hear it from a person.');
    } else if (calls()) {
      add(
        has('email') ? 'Call, then confirm the call by email the same day.' : 'Call, then confirm the call in writing the same day.',
        'A call is the courtesy. The written note is the record.',
      );
    } else if (has('email') && context.situation.spoke !== 'call') {
      // After a call that got through they have talked it over already; the email is the record.
      add('In your email, offer to talk it over if they would like to.', 'An offer to talk shows you value their time, even with the news in writing.');
    }
    if (context.situation.stage !== 'invited') {
      add('If they have booked travel, say you will cover what they have paid, under your expenses policy.', 'They should not be out of pocket for your change.');
    }
    add('Offer to answer any questions.', 'It shows the door is open, even when the news is not good.');
    return dos;
  }
  if (context.notice === 'missed') add('Say sorry once for missing it, first thing.', 'A plain apology is easier to accept than a long story.');
  if (needsShortNoticeApology(context.notice)) add('Say sorry once for the short notice.', 'One apology shows you know it is late.');
  add('Thank them for their time.', 'Thanks is the part people remember when they think of you later.');
  add('Keep any reason short and true, or leave it out.', 'You do not owe details, and a brief honest reason is enough.');
  if (wish === 'reschedule') add('Offer two or three new times.', 'Choices make it easy for them to say yes, and show you still want the role.');
  if (reason === 'other-offer' && context.notice !== 'missed') {
    // The rulebook's own words: an offer can still fall through until its conditions clear.
    if (wish === 'cancel' || wish === 'withdraw') add(OTHER_INTERVIEWS_AFTER_OFFER.statement, OTHER_INTERVIEWS_AFTER_OFFER.why);
    add('Say you would be glad to stay in touch.', 'You may want to work with these people one day.');
  }
  if (calls()) add('Make the call, even if it feels awkward.', 'A call is the surest way to reach them in time.');
  if (has('email') || has('text')) add('Keep a copy of what you send.', 'A written record helps if a message goes astray.');
  add('Make sure someone has said they got it.', 'Until then, you cannot be sure they know.');
  return dos;
}

export function dontsFor(context: AdviceContext, plan: readonly ChannelStep[]): Recommendation[] {
  const { reason } = context.situation;
  const wish = context.wish;
  const { items: donts, add, has } = listFor(plan);
  if (isEmployer(context)) {
    add('Do not leave the candidate to find out on the day.', 'Learning it at the door feels like being ghosted.');
    if (reason !== 'role-on-hold') add('Do not hint that the role may reopen unless it might.', 'False hope costs the candidate more than a clear no.');
    add('Do not give a vague reason or blame the candidate.', 'A short, honest reason is kinder and protects your name.');
    return donts;
  }
  add('Do not just stay away without a word.', 'Not turning up is the one thing that is very hard to repair.');
  add('Do not criticise the company or the role.', 'Word travels, and you may meet these people again.');
  add('Do not say sorry more than once, or explain at length.', 'A long message makes a simple change feel bigger than it is.');
  const written = has('email') ? 'email' : has('text') ? 'text' : undefined;
  if (has('call') && written && context.notice === 'short') {
    add(`Do not rely on the ${written} alone.`, `A${written === 'email' ? 'n email' : ' text'} may not be read before the interview starts.`);
  }
  const closesTheDoor = wish === 'cancel' || wish === 'decline' || wish === 'withdraw';
  if (context.notice === 'short' && !isFairLateReason(reason) && closesTheDoor) {
    add('Do not make late cancelling a habit.', 'Cancelling this late is fair for an emergency or illness, but otherwise it can stick to your name.');
  }
  if (wish === 'reschedule') add('Do not ask to move it more than once if you can help it.', 'A second move can make it look as if you are not keen.');
  return donts;
}
