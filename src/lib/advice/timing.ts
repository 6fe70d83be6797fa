// The plan's times in words: the act-by time, each step's "when" and the note about working hours.
// The instants come from the rulebook; this file only says them.
import { momentInBothZones } from '../messages/writing';
import { actByFor, type AdviceContext } from './context';
import type { ChannelStep } from './plan';
import { ACT_WITHIN_MINUTES_WHEN_SHORT, isNight, type ActByKind } from './rules';
import { MINUTE_MS, nextOpening } from './working-hours';

export interface Deadline {
  instant: number;
  kind: ActByKind;
  words: string;
  why: string;
}

export const bothZones = (context: AdviceContext, instant: number): string =>
  momentInBothZones(instant, context.personZone, context.otherZone, context.locale);

const DEADLINE_WHY: Record<ActByKind, string> = {
  now: 'The interview is about to start, so there is no time to wait.',
  'within-the-hour': 'Every hour you wait is an hour they cannot use to change their plans.',
  today: 'Acting on the day you decide gives them the most time to rearrange.',
  'first-thing': 'It is night where you are, and your message will still be waiting when their day starts.',
  'keep-notice': 'Acting by then still gives them a full notice period.',
};

const LATE_EVENING_WHY = 'It is late in your evening, and your message will still be waiting when their day starts.';

// Their day starts in the person's night, so the person's morning comes after it: say that instead.
const AFTER_THEIR_START_WHY = 'Their working day starts while it is night where you are. First thing in your morning still gives them enough notice.';

export function deadlineFor(context: AdviceContext): Deadline {
  const { instant, kind } = actByFor(context);
  const at = bothZones(context, instant);
  const minutesLeft = Math.round((instant - context.now) / MINUTE_MS);
  const words =
    kind === 'now'
      ? `Right now, before the interview starts on ${at}`
      : kind === 'within-the-hour'
        ? `Within the next ${minutesLeft} minutes, by ${at}`
        : kind === 'today'
          ? `Today, by ${at}`
          : kind === 'first-thing'
            ? `First thing, by ${at}`
            : keepNoticeWords(context, at, minutesLeft);
  // The night's rule also covers the evening's last hour: say what is true of the clock.
  const why =
    kind !== 'first-thing'
      ? DEADLINE_WHY[kind]
      : instant > nextOpening(context.now, context.otherZone)
        ? AFTER_THEIR_START_WHY
        : isNight(context.now, context.personZone)
          ? DEADLINE_WHY[kind]
          : LATE_EVENING_WHY;
  return { instant, kind, words, why };
}

/** The last moment that keeps the notice enough; when it is close, what happens after it. */
function keepNoticeWords(context: AdviceContext, at: string, minutesLeft: number): string {
  const by = minutesLeft < 1 ? 'Right now, while they still get enough notice' : `By ${at}, while they still get enough notice`;
  if (minutesLeft >= ACT_WITHIN_MINUTES_WHEN_SHORT) return by;
  return context.situation.contacts.phone ? `${by}. After that the notice is short, so call first` : `${by}. After that the notice is short`;
}

/** A step's "when" in words. */
export function whenWords(context: AdviceContext, step: ChannelStep): string {
  switch (step.timing.kind) {
    case 'now':
      // The plan's email starts its subject so (subjectLine in messages/phrases/address.ts); a date is there when the message names one.
      if (step.urgentSubject) return 'Now. Start the subject line with “Urgent:”, so it is seen in time.';
      // With no phone or email, how to send it is the first thing the person needs.
      if (step.channel === 'message') return 'Now, the way they reached you, such as the booking link or the job site.';
      return context.isAfterHours && (step.channel === 'email' || step.channel === 'text') ? 'Now, so it is waiting when they start work.' : 'Now.';
    case 'at-opening':
      return `When their working day starts: ${bothZones(context, step.timing.at)}.`;
    case 'if-no-answer':
      return 'If no one answers.';
    case 'straight-after':
      return 'Straight after the call or voicemail.';
    case 'call-again':
      return `If no one called you back, try once more on ${bothZones(context, step.timing.at)}.`;
    case 'if-no-reply':
      return `If you have had no reply by ${bothZones(context, step.timing.at)}.`;
  }
}

/** What the clock on their side changes, said only when it changes something in the plan. */
export function afterHoursNote(context: AdviceContext, plan: readonly ChannelStep[]): string | undefined {
  if (!context.isAfterHours) return undefined;
  const hasCall = plan.some((step) => step.channel === 'call');
  const callWaits = plan.some((step) => step.channel === 'call' && step.timing.kind === 'at-opening');
  if (callWaits) return 'It is outside their working hours now, so the call waits until their day starts.';
  if (hasCall && context.notice !== 'enough') {
    return context.interview !== undefined && context.opening < context.interview
      ? 'It is outside their working hours, but their day starts less than an hour before the interview, so call now and leave a voicemail.'
      : 'It is outside their working hours, but the interview comes before their day starts, so call now anyway.';
  }
  return 'It is outside their working hours now, so your message will be waiting when they start work.';
}
