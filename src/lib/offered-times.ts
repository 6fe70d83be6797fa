// A time a person offers instead, checked against usual working hours where the interview is held.
// Typed on the interview's own clock, so the date and time as typed are enough. It warns, never blocks:
// an evening slot may be just what both sides want.

/** Usual working hours for an interview, on the interview's clock: starts from 08:00 to 18:00. */
const EARLIEST = 8 * 60;
const LATEST = 18 * 60;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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

/** A warning for a time offered on a weekend or outside 08:00 to 18:00, or undefined when it looks usual. */
export function offeredTimeWarning(offered: { date: string; time: string }): string | undefined {
  const weekday = weekdayOf(offered.date.trim());
  const minutes = minutesOf(offered.time.trim());
  const isWeekend = weekday === 0 || weekday === 6;
  const isOutsideHours = minutes !== undefined && (minutes < EARLIEST || minutes > LATEST);
  if (!isWeekend && !isOutsideHours) return undefined;
  const day = weekday === undefined ? '' : (WEEKDAYS[weekday] ?? '');
  const what = isWeekend ? (isOutsideHours ? `${day} at ${offered.time.trim()}` : day) : offered.time.trim();
  const hours = isWeekend ? 'Monday to Friday, 08:00 to 18:00' : '08:00 to 18:00';
  return `${what} is outside usual working hours (${hours}). You can still offer it, but check it suits them.`;
}
