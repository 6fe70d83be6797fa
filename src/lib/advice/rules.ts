// The rulebook: every rule Bow Out advises, once, as data and small pure functions. The engine runs
// these, the messages follow them and the guide pages print their statements (<Rule id="…" />), so
// a page cannot say what the engine does not do. The rulings and their reasons: ADVICE-POLICY.md.
import type { Who } from '../types';
import {
  endOfNextWorkingDay,
  HOUR_MS,
  isWithinWorkingHours,
  lastCloseBefore,
  latestWithWorkingHoursLeft,
  MINUTE_MS,
  nextOpening,
  WORKING_DAY_HOURS,
  WORKING_HOURS,
  workingHoursBetween,
  hourOn,
  addDays,
} from './working-hours';
import { wallClockAt } from '../zones';

/** Under this many real hours, a candidate's notice is short. */
export const CANDIDATE_SHORT_NOTICE_HOURS = 24;
/** Under this many working days (in the candidate's zone), an employer's notice is short. */
export const EMPLOYER_SHORT_NOTICE_WORKING_DAYS = 2;
/** Night in the person's own zone: no deadline lands here unless the matter is urgent. */
export const NIGHT = { starts: 22, ends: 7 } as const;
/** Deciding this close to the night's start, the night's rule applies: first thing tomorrow. */
export const EVENING_GRACE_MINUTES = 60;
/** With short notice, act within this many minutes. */
export const ACT_WITHIN_MINUTES_WHEN_SHORT = 60;
/** After an unanswered call with short notice, try once more this long after (or when their day starts). */
export const CALL_AGAIN_AFTER_MINUTES = 60;
/** Running later than this, offer to move the interview. */
export const RUNNING_LATE_MINUTES = 15;

export type Notice = 'missed' | 'short' | 'enough';

const pad = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;
const numberWords = ['no', 'one', 'two', 'three', 'four', 'five'];
const inWords = (count: number): string => numberWords[count] ?? String(count);

/**
 * How much notice the other side gets. Candidates count real elapsed hours (a clock change makes 23
 * or 25); employers count working hours in the candidate's zone, because a candidate books time off.
 */
export function noticeFor(who: Who, interview: number, now: number, otherZone: string): Notice {
  if (interview <= now) return 'missed';
  if (who === 'employer') {
    const needed = EMPLOYER_SHORT_NOTICE_WORKING_DAYS * WORKING_DAY_HOURS;
    // Under a day of real time is short whatever the calendar says: they may be travelling already.
    if (interview - now < CANDIDATE_SHORT_NOTICE_HOURS * HOUR_MS) return 'short';
    return workingHoursBetween(now, interview, otherZone) < needed ? 'short' : 'enough';
  }
  return interview - now < CANDIDATE_SHORT_NOTICE_HOURS * HOUR_MS ? 'short' : 'enough';
}

/**
 * Outside their working hours an email waits for them. With enough notice by the clock, a candidate
 * still calls when their day starts if the interview is under 24 hours away by then.
 */
export const callsWhenTheirDayStarts = (interview: number, opening: number): boolean =>
  interview - opening < CANDIDATE_SHORT_NOTICE_HOURS * HOUR_MS;

/** The last moment a message still gives enough notice. */
export function lastMomentWithEnoughNotice(who: Who, interview: number, otherZone: string): number {
  const hoursBefore = interview - CANDIDATE_SHORT_NOTICE_HOURS * HOUR_MS;
  if (who === 'candidate') return hoursBefore;
  const needed = EMPLOYER_SHORT_NOTICE_WORKING_DAYS * WORKING_DAY_HOURS;
  return Math.min(hoursBefore, latestWithWorkingHoursLeft(interview, needed, otherZone));
}

export interface NoticeBand {
  id: Notice;
  label: string;
  /** The band's edges in words, including which side each boundary falls on. */
  thresholds: string;
}

/** The notice band as the person reads it. */
export function bandOf(who: Who, notice: Notice): NoticeBand {
  const employer = who === 'employer';
  switch (notice) {
    case 'missed':
      return { id: notice, label: 'The interview time has passed', thresholds: 'The start time given is behind you.' };
    case 'short':
      return employer
        ? {
            id: notice,
            label: `Short notice: under ${inWords(EMPLOYER_SHORT_NOTICE_WORKING_DAYS)} working days`,
            thresholds: `Less than ${inWords(EMPLOYER_SHORT_NOTICE_WORKING_DAYS)} working days (${EMPLOYER_SHORT_NOTICE_WORKING_DAYS * WORKING_DAY_HOURS} working hours) before the start, counted in the candidate’s time zone.`,
          }
        : {
            id: notice,
            label: `Short notice: under ${CANDIDATE_SHORT_NOTICE_HOURS} hours`,
            thresholds: `Less than ${CANDIDATE_SHORT_NOTICE_HOURS} hours before the start. At exactly ${CANDIDATE_SHORT_NOTICE_HOURS} hours, you still give enough notice.`,
          };
    default:
      return employer
        ? {
            id: notice,
            label: `Enough notice: ${inWords(EMPLOYER_SHORT_NOTICE_WORKING_DAYS)} working days or more`,
            thresholds: `${EMPLOYER_SHORT_NOTICE_WORKING_DAYS * WORKING_DAY_HOURS} working hours or more before the start, counted in the candidate’s time zone.`,
          }
        : {
            id: notice,
            label: `Enough notice: ${CANDIDATE_SHORT_NOTICE_HOURS} hours or more`,
            thresholds: `${CANDIDATE_SHORT_NOTICE_HOURS} hours or more before the start.`,
          };
  }
}

/** A short-notice apology is due in every message of the plan exactly when notice is short. */
export const needsShortNoticeApology = (notice: Notice): boolean => notice === 'short';

/** Is it night (after 22:00, before 07:00) in `zone` at this instant? 22:00 itself still ends the evening. */
export function isNight(instant: number, zone: string): boolean {
  const { hour, minute } = wallClockAt(instant, zone);
  const minutes = hour * 60 + minute;
  return minutes > NIGHT.starts * 60 || minutes < NIGHT.ends * 60;
}

export type ActByKind = 'now' | 'within-the-hour' | 'today' | 'first-thing' | 'keep-notice';

/**
 * When to act by. Short notice or a missed interview: within the hour (never after the start, unless
 * it was missed). Otherwise the same day, by 22:00 on the person's clock; decided at night, first
 * thing tomorrow, before their working day starts; and never so late that the notice turns short.
 */
export function actBy(options: {
  who: Who;
  notice: Notice;
  now: number;
  interview: number | undefined;
  personZone: string;
  otherZone: string;
}): { instant: number; kind: ActByKind } {
  const { who, notice, now, interview, personZone, otherZone } = options;
  const withinTheHour = now + ACT_WITHIN_MINUTES_WHEN_SHORT * MINUTE_MS;
  if (notice === 'short' || notice === 'missed') {
    // Only a missed interview is acted on after its start time.
    return interview !== undefined && interview > now && interview < withinTheHour
      ? { instant: interview, kind: 'now' }
      : { instant: withinTheHour, kind: 'within-the-hour' };
  }
  let chosen: { instant: number; kind: ActByKind };
  // Less than the hour a person needs before the evening ends: the day's deadline has in effect
  // passed, so the night's rule (first thing tomorrow) applies, not "within 2 minutes".
  const eveningEnds = hourOn(wallClockAt(now, personZone).date, NIGHT.starts, personZone) ?? nextHour(now, NIGHT.starts, personZone);
  const night = isNight(now, personZone);
  if (night || eveningEnds - now < EVENING_GRACE_MINUTES * MINUTE_MS) {
    // Counted from when the night begins, so an office open this evening is not "first thing".
    const from = night ? now : Math.max(now, eveningEnds) + MINUTE_MS;
    const opening = nextOpening(from, otherZone);
    // Their working day may start in the person's night: then the person's morning is first thing.
    const morning = nextHour(from, NIGHT.ends, personZone);
    chosen = { instant: isNight(opening, personZone) ? morning : opening, kind: 'first-thing' };
  } else {
    chosen = { instant: eveningEnds, kind: 'today' };
  }
  if (interview === undefined) return chosen;
  const limit = lastMomentWithEnoughNotice(who, interview, otherZone);
  if (chosen.instant <= limit) return chosen;
  // Acting any later would make the notice short: act before that, and never at night.
  if (limit > now && !isNight(limit, personZone)) return { instant: limit, kind: 'keep-notice' };
  const nightFalls = previousHour(limit, NIGHT.starts, personZone);
  // No later moment keeps the notice: now does, just (the notice is not short yet, or it would be).
  return { instant: nightFalls > now ? nightFalls : now, kind: 'keep-notice' };
}

/** The next time the wall clock in `zone` shows `hour`:00 after `instant`. */
function nextHour(instant: number, hour: number, zone: string): number {
  const today = wallClockAt(instant, zone).date;
  for (const offset of [0, 1, 2]) {
    const found = hourOn(addDays(today, offset), hour, zone);
    if (found !== undefined && found > instant) return found;
  }
  return instant;
}

/** The last time the wall clock in `zone` showed `hour`:00 at or before `instant`. */
function previousHour(instant: number, hour: number, zone: string): number {
  const today = wallClockAt(instant, zone).date;
  for (const offset of [0, -1, -2]) {
    const found = hourOn(addDays(today, offset), hour, zone);
    if (found !== undefined && found <= instant) return found;
  }
  return instant;
}

/** Only with enough notice is there time to wait for a reply before chasing it. */
export const waitsForReply = (notice: Notice): boolean => notice === 'enough';

/**
 * When to chase an unanswered email: the earlier of the end of their next working day after it was
 * sent, or halfway to the interview; moved back into their working hours so a call can reach someone.
 * Short notice has no waiting (the plan calls again instead), so there is no chase time.
 */
export function chaseAt(sentAt: number, interview: number | undefined, notice: Notice, zone: string): number | undefined {
  if (!waitsForReply(notice)) return undefined;
  const endOfNextDay = endOfNextWorkingDay(sentAt, zone);
  if (interview === undefined) return endOfNextDay;
  const halfway = sentAt + (interview - sentAt) / 2;
  const chase = Math.min(endOfNextDay, halfway);
  if (isWithinWorkingHours(chase, zone)) return chase;
  return lastCloseBefore(chase, sentAt, zone) ?? Math.min(nextOpening(chase, zone), interview);
}

/** When to try the call once more after no answer with short notice: an hour later, or when their day starts. */
export function callAgainAt(calledAt: number, interview: number, zone: string): number | undefined {
  const again = nextOpening(calledAt + CALL_AGAIN_AFTER_MINUTES * MINUTE_MS, zone);
  return again < interview ? again : undefined;
}

/** A text stands alone only when they have been texting you about this interview; otherwise an email follows. */
export const textNeedsEmail = (theyHaveBeenTexting: boolean): boolean => !theyHaveBeenTexting;

/** With an agency involved, the agency recruiter hears first; with short notice, the hiring manager too. */
export function whoHearsFirst(options: { agency: boolean; hiringManager: boolean; notice: Notice }): ('agency' | 'hiringManager' | 'organiser')[] {
  if (!options.agency) return ['organiser'];
  return options.notice === 'short' && options.hiringManager ? ['agency', 'hiringManager'] : ['agency'];
}

export { WORKING_HOURS };

/** "09:00 to 17:00", written once from the numbers. */
export const WORKING_HOURS_WORDS = `${pad(WORKING_HOURS.opens)} to ${pad(WORKING_HOURS.closes)}`;
