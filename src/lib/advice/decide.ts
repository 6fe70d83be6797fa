// Situation + clock → advice: what to do, by when, through which channels, and the messages for
// each step. It only orchestrates: the rules live in rules.ts and everything shown follows the plan.
import { builderLink } from '../links';
import { writingLocale, type WritingLocale } from '../messages/writing';
import type { Situation } from '../situation';
import type { MessageKind, Problem, Wish } from '../types';
import { checkSituation, INTERNAL_PROBLEM, type Checked, type DecideProblem } from './check';
import { isEmployer, readContext, type AdviceContext } from './context';
import { MESSAGES_WHY, STEP_VERBS, STEP_WHY, stillAheadWords, WORKING_HOURS_WHY } from './copy';
import { dontsFor, dosFor, type Recommendation } from './dos-and-donts';
import { peopleToTell, type PersonAdvice } from './people';
import { planChannels, planMessages, type ChannelStep, type MessageStep } from './plan';
import { betterAction, chooseAction, missedChoices, type ActionAdvice } from './route';
import { bandOf, type Notice, type NoticeBand } from './rules';
import { afterHoursNote, bothZones, deadlineFor, whenWords, type Deadline } from './timing';
import { HOUR_MS } from './working-hours';

export interface PlannedStep extends ChannelStep {
  /** "Call the recruiter", ready to show. */
  label: string;
  when: string;
  whyText: string;
}

export interface PlannedMessage {
  kind: MessageKind;
  /** The message's context: the plan's notice, what came before it and the whole set. */
  step: MessageStep;
  /** Index of the plan step that first uses it. */
  stepIndex: number;
}

export interface Advice {
  ok: true;
  /** The situation as read, with defaults filled in. */
  situation: Situation;
  /** The wish the advice follows; undefined only after a missed interview with no choice yet. */
  wish: Wish | undefined;
  /** Absent when an invitation has no time yet. */
  interview?: { instant: number; words: string };
  /** Present when the stage said missed but the time given is still ahead, so it was read as booked. */
  stillAhead?: string;
  hoursLeft?: number;
  notice: Notice;
  band: NoticeBand;
  /** How the plan writes its dates, as the messages do: British or American. */
  locale: WritingLocale;
  /** One line that says it all, from the route and the plan's first step. */
  headline: string;
  action: ActionAdvice;
  /** Present only when what the person asked for is likely to cost them more than another route. */
  betterAction?: ActionAdvice;
  /** After a missed interview with no choice made, both routes. */
  choices?: ActionAdvice[];
  channelPlan: PlannedStep[];
  deadline: Deadline;
  afterHours: { isAfterHours: boolean; nextOpening: number; nextOpeningWords: string; note?: string; why: string };
  tell: PersonAdvice[];
  messages: { list: PlannedMessage[]; kinds: MessageKind[]; link: string; why: string };
  dos: Recommendation[];
  donts: Recommendation[];
}

export type { DecideProblem } from './check';
export { TOO_FAR_AHEAD_HOURS } from './check';

/**
 * Never throws: bad input and unexpected failures both come back as a Problem. `locale` is the one the
 * messages are written in (the browser's), so the plan's dates read as the messages' do.
 */
export function decide(situation: unknown, now: number, locale?: string): Advice | Problem<DecideProblem> {
  const checked = checkSituation(situation, now);
  return checked.ok ? adviceFrom(checked, now, locale) : checked;
}

/** The advice for a situation `checkSituation` passed. Never throws, as `decide` never does. */
export function adviceFrom(checked: Checked, now: number, locale?: string): Advice | Problem<'internal'> {
  try {
    return adviceFor(readContext(checked.situation, now, checked.interview, writingLocale(locale)));
  } catch {
    return INTERNAL_PROBLEM;
  }
}

function adviceFor(context: AdviceContext): Advice {
  const plan = planChannels(context);
  const list = planMessages(context, plan).map(({ kind, step, index }) => ({ kind, step, stepIndex: index }));
  const kinds = list.map((message) => message.kind);
  // Asking to stay in touch suits a reason that is not about the company itself.
  const closesTheDoor = context.wish === 'cancel' || context.wish === 'decline' || context.wish === 'withdraw';
  if (!isEmployer(context) && context.notice !== 'missed' && closesTheDoor && context.situation.reason === 'other-offer') {
    kinds.push('stay-in-touch');
  }
  const action = chooseAction(context, kinds);
  const better = betterAction(context);
  const choices = missedChoices(context);
  const band = bandOf(context.situation.who, context.notice);
  const channelPlan = plan.map((step) => ({
    ...step,
    label: `${STEP_VERBS[step.channel]} ${lowerFirst(step.to)}`,
    when: whenWords(context, step),
    whyText: STEP_WHY[step.why],
  }));
  const note = afterHoursNote(context, plan);
  const advice: Advice = {
    ok: true,
    situation: context.situation,
    wish: context.wish,
    ...(context.interview !== undefined
      ? { interview: { instant: context.interview, words: bothZones(context, context.interview) }, hoursLeft: (context.interview - context.now) / HOUR_MS }
      : {}),
    ...(context.isMissedButAhead && context.interview !== undefined ? { stillAhead: stillAheadWords(bothZones(context, context.interview)) } : {}),
    notice: context.notice,
    locale: context.locale,
    band,
    headline: '',
    action,
    ...(better ? { betterAction: better } : {}),
    ...(choices ? { choices } : {}),
    channelPlan,
    deadline: deadlineFor(context),
    afterHours: {
      isAfterHours: context.isAfterHours,
      nextOpening: context.opening,
      nextOpeningWords: bothZones(context, context.opening),
      ...(note ? { note } : {}),
      why: WORKING_HOURS_WHY,
    },
    tell: peopleToTell(context),
    // The link carries the wish the plan follows, so the builder never has to guess it.
    messages: { list, kinds, link: builderLink(context.wish ? { ...context.situation, wish: context.wish } : context.situation, kinds), why: MESSAGES_WHY },
    dos: dosFor(context, plan),
    donts: dontsFor(context, plan),
  };
  advice.headline = headlineOf(advice);
  return advice;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const withoutStop = (text: string): string => text.replace(/[.!?]$/, '');

/** The band, the route and the plan's first step, in one line: what a screen reader hears. */
export function headlineOf(advice: Pick<Advice, 'band' | 'action' | 'betterAction' | 'channelPlan' | 'stillAhead'>): string {
  const ahead = advice.stillAhead ? 'Not missed yet: the interview time given is still ahead. ' : '';
  const first = advice.channelPlan[0];
  const firstStep = first ? `${lowerFirst(first.label)}, ${lowerFirst(withoutStop(first.when))}` : '';
  // The plan's steps carry out what the person asked for, so a better route is said first and the
  // steps are tied to what they asked, never read out as if they served the better route.
  if (advice.betterAction) {
    const still = firstStep ? ` If you still want to ${lowerFirst(advice.action.label)}, first: ${firstStep}.` : '';
    return `${ahead}${advice.band.label}. A better route: ${advice.betterAction.label}.${still}`;
  }
  return `${ahead}${advice.band.label}. ${advice.action.label}.${firstStep ? ` First: ${firstStep}.` : ''}`;
}
