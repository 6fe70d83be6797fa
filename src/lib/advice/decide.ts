// Situation + clock → advice: what to do, by when, through which channels, and the messages for
// each step. It only orchestrates: the rules live in rules.ts and everything shown follows the plan.
import { builderLink } from '../links';
import { writingLocale, type WritingLocale } from '../messages/writing';
import { parseSituation, type Situation, type SituationProblem } from '../situation';
import type { MessageKind, Problem, Wish } from '../types';
import { toInstant, type ZoneProblem } from '../zones';
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

export type DecideProblem = SituationProblem | ZoneProblem | 'bad-clock' | 'too-far-ahead' | 'internal';

/** More than 366 days ahead (a year, even a leap year) is almost always a typo in the year. */
export const TOO_FAR_AHEAD_HOURS = 366 * 24;

// Clocks outside the years we accept for interviews are a caller's mistake, not a person's.
const EARLIEST_CLOCK = Date.UTC(1970, 0, 1);
const LATEST_CLOCK = Date.UTC(9999, 11, 31, 23, 59);

/**
 * Never throws: bad input and unexpected failures both come back as a Problem. `locale` is the one the
 * messages are written in (the browser's), so the plan's dates read as the messages' do.
 */
export function decide(situation: unknown, now: number, locale?: string): Advice | Problem<DecideProblem> {
  try {
    return decideOrProblem(situation, now, writingLocale(locale));
  } catch {
    return { ok: false, problem: 'internal', message: 'Something went wrong while working this out. Please check the details and try again.' };
  }
}

/** An invitation with no time agreed needs no date: declining or withdrawing needs none. */
const hasNoTimeYet = (situation: Situation): boolean =>
  situation.stage === 'invited' && situation.interview.date.trim() === '' && situation.interview.time.trim() === '';

function decideOrProblem(input: unknown, now: number, locale: WritingLocale): Advice | Problem<DecideProblem> {
  if (typeof now !== 'number' || !Number.isFinite(now) || now < EARLIEST_CLOCK || now > LATEST_CLOCK) {
    return { ok: false, problem: 'bad-clock', message: 'The current time could not be read, so we cannot work out how long is left.' };
  }
  const { situation, problems } = parseSituation(input);
  const first = problems[0];
  if (first) return first;

  let interview: number | undefined;
  if (!hasNoTimeYet(situation)) {
    const converted = toInstant(situation.interview, situation.fold ? { fold: situation.fold } : undefined);
    if (!converted.ok) return converted;
    interview = converted.instant;
    if ((interview - now) / HOUR_MS > TOO_FAR_AHEAD_HOURS) {
      return { ok: false, problem: 'too-far-ahead', field: 'date', message: 'That date is more than a year away. Please check the year.' };
    }
  }
  return adviceFor(readContext(situation, now, interview, locale));
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
