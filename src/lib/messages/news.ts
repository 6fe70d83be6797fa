// The news itself, in the order the plan calls for: what happened before this message, the
// decision, the reason, and the one apology the plan calls for. Every candidate kind starts here.
import type { Context } from './context';
import type { When } from './writing';
import { missedApologyLine, shortNoticeApology } from './phrases/apologies';
import { candidateDecision, missedDecision, passItOn } from './phrases/decisions';
import { askWhoToContact, followingUp, type FollowingUp } from './phrases/plan';
import { candidateAction, candidateReason, isMissed, missedAction, reasonForMissing, type CandidateAction, type MissedAction } from './reasons';

export interface CandidateNews {
  /** The sentences, in order; a missed interview's apology comes first. */
  sentences: string[];
  /** What the person is asking for, so a template knows whether to offer times. */
  isAsking: boolean;
  /** Whether a reason was given, so a script can skip the "why?" cue. */
  hasReason: boolean;
  /** Whether the message goes on to offer times or ask for theirs: not when it only asks if another time is possible. */
  offersTimes: boolean;
  /** After a missed interview, the route the message takes ('ask': none chosen yet). */
  missed?: MissedAction;
}

/** The date as detailed as asked; once they have heard from the person, one zone is enough. */
function whenFor(when: When | undefined, detail: 'full' | 'single' | 'short', before: string | undefined): string | undefined {
  if (!when) return undefined;
  return before && detail === 'full' ? when.single : when[detail];
}

const kept = (parts: (string | undefined)[]): string[] => parts.filter((part): part is string => part !== undefined && part !== '');

/**
 * A candidate's news for one message. `action` is the kind's own (a cancellation email cancels);
 * without it the wish decides. `after` stands in for the plan when the kind implies one (a follow-up).
 */
export function candidateNews(
  context: Context,
  options: { medium: 'written' | 'spoken'; when: When | undefined; detail?: keyof Pick<When, 'full' | 'single' | 'short'>; action?: CandidateAction; following?: FollowingUp; withReason?: boolean },
): CandidateNews {
  if (isMissed(context)) {
    const action = missedAction(context, options.action);
    const reason = options.withReason === false ? undefined : reasonForMissing(context, action);
    return {
      sentences: kept([missedApologyLine(context), reason, missedDecision(context, action), passItOn(context, action), askWhoToContact(context)]),
      isAsking: action !== 'withdraw',
      offersTimes: action === 'reschedule' || (action === 'ask' && context.proposed.length > 0),
      hasReason: reason !== undefined,
      missed: action,
    };
  }
  const action = options.action ?? candidateAction(context);
  const { lead, opener } = options.following ?? followingUp(context, options.medium);
  const reason = options.withReason === false ? undefined : candidateReason(context, action);
  return {
    sentences: kept([opener, candidateDecision(context, action, whenFor(options.when, options.detail ?? 'full', lead ?? opener), lead), reason, shortNoticeApology(context), passItOn(context), askWhoToContact(context)]),
    isAsking: action === 'reschedule',
    offersTimes: action === 'reschedule',
    hasReason: reason !== undefined,
  };
}
