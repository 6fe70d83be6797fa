// A situation read against the clock: the instant of the interview, the notice it leaves, both
// zones and whether the other side is at work. Every part of the advice is derived from this.
import type { WritingLocale } from '../messages/writing';
import type { Situation } from '../situation';
import { wishOrDefault } from '../situation';
import type { Wish } from '../types';
import { actBy, noticeFor, type ActByKind, type Notice } from './rules';
import { HOUR_MS, isWithinWorkingHours, nextOpening } from './working-hours';

export interface AdviceContext {
  situation: Situation;
  /** The wish the advice follows; undefined only for a missed interview with no choice made yet. */
  wish: Wish | undefined;
  now: number;
  /** The interview's instant; undefined when an invitation has no time yet. */
  interview: number | undefined;
  notice: Notice;
  /** The person's own zone (the interview's when they gave none). */
  personZone: string;
  /** The other side's zone: the one the interview was arranged in. */
  otherZone: string;
  isAfterHours: boolean;
  /** When the other side's working day next starts (now, if it already has). */
  opening: number;
  /** After hours, can a call at opening time still land at least an hour before the interview? */
  canCallAtOpening: boolean;
  /** The stage said missed, but the time given is still ahead: read as booked, and said so. */
  isMissedButAhead: boolean;
  /** How the plan writes its dates: as the messages do, British or American. */
  locale: WritingLocale;
}

export function readContext(given: Situation, now: number, interview: number | undefined, locale: WritingLocale = 'en-GB'): AdviceContext {
  // Nothing is missed before its time: a "missed" interview still ahead is read as booked.
  const isMissedButAhead = given.stage === 'missed' && interview !== undefined && interview > now;
  const situation: Situation = isMissedButAhead ? { ...given, stage: 'scheduled' } : given;
  const otherZone = situation.interview.zone.trim() || situation.personZone.trim() || 'UTC';
  const personZone = situation.personZone.trim() || otherZone;
  const notice: Notice =
    situation.stage === 'missed' ? 'missed' : interview === undefined ? 'enough' : noticeFor(situation.who, interview, now, otherZone);
  const opening = nextOpening(now, otherZone);
  return {
    situation,
    // Once the start time has passed, no wish is assumed: the person chooses between the routes.
    wish: notice === 'missed' ? situation.wish : wishOrDefault(situation),
    now,
    interview,
    notice,
    personZone,
    otherZone,
    isAfterHours: !isWithinWorkingHours(now, otherZone),
    opening,
    canCallAtOpening: notice === 'missed' || interview === undefined || opening <= interview - HOUR_MS,
    isMissedButAhead,
    locale,
  };
}

export const isEmployer = (context: AdviceContext): boolean => context.situation.who === 'employer';
export const isUrgent = (context: AdviceContext): boolean => context.notice !== 'enough';

/** The rulebook's act-by deadline for this situation and clock: the latest the first message goes. */
export const actByFor = (context: AdviceContext): { instant: number; kind: ActByKind } =>
  actBy({
    who: context.situation.who,
    notice: context.notice,
    now: context.now,
    interview: context.interview,
    personZone: context.personZone,
    otherZone: context.otherZone,
  });
