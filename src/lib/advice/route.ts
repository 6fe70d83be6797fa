// Which route to take: the person's wish, a better one when the wish would cost them more (the
// rulebook's routes for nerves, doubts, illness and clashes), or both routes after a missed interview.
import { builderLink } from '../links';
import type { MessageKind, Reason, Wish } from '../types';
import { isEmployer, type AdviceContext } from './context';
import { ACTION_LABELS, CANDIDATE_REASON_WHY, EMPLOYER_REASON_WHY, FAIR_LATE_REASON_WHY, ROUTE_WHY, type ActionId } from './copy';
import { mainKind } from './plan';

export interface ActionAdvice {
  id: ActionId;
  /** The wish this route follows, when it has one. */
  wish?: Wish;
  label: string;
  why: string;
  /** Messages to prepare for this route, and a link to the message builder carrying the situation. */
  kinds: MessageKind[];
  link: string;
}

const isFairLateReason = (reason: Reason | undefined): reason is 'emergency' | 'illness' => reason === 'emergency' || reason === 'illness';

/**
 * A candidate's reason line; for illness and emergencies it speaks to the notice the engine found,
 * and names a new slot only when the route is after one.
 */
function candidateReasonWhy(context: AdviceContext): string | undefined {
  const { reason } = context.situation;
  if (!isFairLateReason(reason)) return CANDIDATE_REASON_WHY[reason ?? 'none'];
  if (context.notice === 'short') return FAIR_LATE_REASON_WHY[reason].short;
  return FAIR_LATE_REASON_WHY[reason][isAfterANewSlot(context) ? 'newSlot' : 'enough'];
}

/** Asking for another time, or cancelling while the route offers to ask for one instead. */
function isAfterANewSlot(context: AdviceContext): boolean {
  return context.wish === 'reschedule' || (context.wish === 'cancel' && betterAction(context)?.wish === 'reschedule');
}

function routeTo(context: AdviceContext, id: ActionId, wish: Wish | undefined, kinds: MessageKind[], why: string): ActionAdvice {
  const situation = wish ? { ...context.situation, wish } : context.situation;
  return { id, ...(wish ? { wish } : {}), label: ACTION_LABELS[id], why, kinds, link: builderLink(situation, kinds) };
}

export function chooseAction(context: AdviceContext, kinds: MessageKind[]): ActionAdvice {
  const { situation, wish } = context;
  if (context.notice === 'missed') {
    const id: ActionId = isEmployer(context)
      ? wish === 'move-interview' ? 'apologise-and-move' : 'apologise-employer'
      : wish === 'reschedule' ? 'apologise-and-ask' : wish === undefined ? 'apologise-and-choose' : 'apologise-and-withdraw';
    return routeTo(context, id, wish, kinds, ROUTE_WHY.missed);
  }
  let why = isEmployer(context) ? EMPLOYER_REASON_WHY[situation.reason ?? 'none'] : candidateReasonWhy(context);
  if (!isEmployer(context) && context.notice === 'short' && !isFairLateReason(situation.reason) && wish !== 'reschedule') {
    why = ROUTE_WHY.lateBackOut;
  }
  return routeTo(context, wish ?? 'cancel', wish, kinds, why ?? ROUTE_WHY.default);
}

/** After a missed interview with no choice made: both routes, until the person picks one. */
export function missedChoices(context: AdviceContext): ActionAdvice[] | undefined {
  if (context.notice !== 'missed' || context.wish !== undefined || isEmployer(context)) return undefined;
  const kinds = (wish: Wish): MessageKind[] => [mainKind(context, wish)];
  return [
    routeTo(context, 'apologise-and-ask', 'reschedule', kinds('reschedule'), ROUTE_WHY.missedAsk),
    routeTo(context, 'apologise-and-withdraw', 'withdraw', kinds('withdraw'), ROUTE_WHY.missedWithdraw),
  ];
}

function alternative(context: AdviceContext, id: ActionId, wish: Wish | undefined, why: string): ActionAdvice {
  const kinds: MessageKind[] = wish === undefined ? [] : [mainKind(context, wish)];
  return routeTo(context, id, wish, kinds, why);
}

/** Only when the wish is likely to cost the person more than another route. */
export function betterAction(context: AdviceContext): ActionAdvice | undefined {
  if (context.notice === 'missed') return undefined;
  const { reason, stage } = context.situation;
  const wish = context.wish;
  if (isEmployer(context)) {
    if (reason === 'interviewer-unavailable' && wish !== 'move-interview') {
      return alternative(context, 'move-interview', 'move-interview', ROUTE_WHY.employerMove);
    }
    // Careful-recruiter choice: a new date for a filled role only raises false hope.
    if (reason === 'role-filled' && wish === 'move-interview') {
      const honest: Wish = stage === 'invited' ? 'withdraw-invitation' : 'cancel-interview';
      return alternative(context, honest, honest, ROUTE_WHY.employerFilled);
    }
    return undefined;
  }
  // "Missed" said of a time still ahead, and no route chosen: the plan below is only the fallback.
  if (context.isMissedButAhead && context.situation.wish === undefined) return alternative(context, 'attend', undefined, ROUTE_WHY.notMissedYet);
  const closesTheDoor = wish === 'cancel' || wish === 'decline' || wish === 'withdraw';
  if (reason === 'nerves') return alternative(context, 'attend', undefined, ROUTE_WHY.nerves);
  if (closesTheDoor && reason === 'unsure') return alternative(context, 'attend-and-learn', undefined, ROUTE_WHY.doubts);
  // Careful-recruiter choice: at under a day, moving the clash beats moving the interview.
  if (reason === 'schedule-conflict' && context.notice === 'short') return alternative(context, 'attend', undefined, ROUTE_WHY.lateClash);
  if (closesTheDoor && (reason === 'schedule-conflict' || isFairLateReason(reason))) {
    return alternative(context, 'reschedule', 'reschedule', ROUTE_WHY.stillWantIt);
  }
  if (wish === 'reschedule' && (reason === 'other-offer' || reason === 'not-a-fit')) {
    const no: Wish = stage === 'invited' ? 'decline' : stage === 'between-rounds' ? 'withdraw' : 'cancel';
    return alternative(context, no, no, ROUTE_WHY.softNo);
  }
  return undefined;
}
