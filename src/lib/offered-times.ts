// A time a person offers instead, checked against usual working hours where the interview is held.
// Typed on the interview's own clock, so the date and time as typed are enough. It warns, never blocks:
// an evening slot may be just what both sides want.

import { WORKING_HOURS_WORDS } from './advice/rules';
import { WORKING_HOURS } from './advice/working-hours';
import { WEEKDAYS } from './messages/writing';

// The rulebook's working hours (the ones the advice counts in), on the interview's clock.
const EARLIEST = WORKING_HOURS.opens * 60;
const LATEST = WORKING_HOURS.closes * 60;
const WORKING_WEEK = `${WEEKDAYS[WORKING_HOURS.firstWeekday]} to ${WEEKDAYS[WORKING_HOURS.lastWeekday]}`;

/** The weekday of a YYYY-MM-DD date (0 = Sunday), or undefined when it is not a real day. */
function weekdayOf(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const found = new Date(Date.UTC(year, month - 1, day, 12));
  return found.getUTCDate() === day && found.getUTCMonth() === month - 1 ? found.getUTCDay() : undefined;
}

/** Minutes after midnight of an HH:MM time, or undefined when it is not one. */
function minutesOf(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/u.exec(time);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** A warning for a time offered on a weekend or outside working hours, or undefined when it looks usual. */
export function offeredTimeWarning(offered: { date: string; time: string }): string | undefined {
  const weekday = weekdayOf(offered.date.trim());
  const minutes = minutesOf(offered.time.trim());
  const isWeekend = weekday !== undefined && (weekday < WORKING_HOURS.firstWeekday || weekday > WORKING_HOURS.lastWeekday);
  // A start at closing time or later is outside them: nobody is at work for it.
  const isOutsideHours = minutes !== undefined && (minutes < EARLIEST || minutes >= LATEST);
  if (!isWeekend && !isOutsideHours) return undefined;
  const day = weekday === undefined ? '' : (WEEKDAYS[weekday] ?? '');
  const what = isWeekend ? (isOutsideHours ? `${day} at ${offered.time.trim()}` : day) : offered.time.trim();
  const hours = isWeekend ? `${WORKING_WEEK}, ${WORKING_HOURS_WORDS}` : WORKING_HOURS_WORDS;
  return `${what} is outside usual working hours (${hours}). You can still offer it, but check it suits them.`;
}
