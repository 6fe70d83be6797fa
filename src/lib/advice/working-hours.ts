// When the other side is at work, and how much of their working time lies between two instants.
// `now` is always a parameter, so every rule built on these can be pinned by a test.
import { isValidZone, toInstant, wallClockAt } from '../zones';
import { DAY_MS, HOUR_MS } from '../time-units';

export { DAY_MS, HOUR_MS, MINUTE_MS } from '../time-units';

// Careful-recruiter assumption: offices answer Monday to Friday, 09:00 up to 17:00 local time.
// Public holidays are not known here, so the advice says "likely" rather than "will".
export const WORKING_HOURS = { opens: 9, closes: 17, firstWeekday: 1, lastWeekday: 5 } as const;

/** Hours in one working day, from opening to closing. */
export const WORKING_DAY_HOURS = WORKING_HOURS.closes - WORKING_HOURS.opens;

const zoneOrUtc = (zone: string): string => (isValidZone(zone) ? zone : 'UTC');

const isWorkday = (weekday: number): boolean =>
  weekday >= WORKING_HOURS.firstWeekday && weekday <= WORKING_HOURS.lastWeekday;

/** Is it a working hour (Mon–Fri, from 09:00 up to but not including 17:00) in `zone` at this instant? */
export function isWithinWorkingHours(instant: number, zone: string): boolean {
  const clock = wallClockAt(instant, zoneOrUtc(zone));
  return isWorkday(clock.weekday) && clock.hour >= WORKING_HOURS.opens && clock.hour < WORKING_HOURS.closes;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return next.toISOString().slice(0, 10);
}

/** The instant a wall-clock hour happens on a local date; a clock change then takes the next valid hour. */
export function hourOn(date: string, hour: number, zone: string): number | undefined {
  for (const tryHour of [hour, hour + 1]) {
    const time = `${String(Math.min(tryHour, 23)).padStart(2, '0')}:00`;
    const result = toInstant({ date, time, zone: zoneOrUtc(zone) }, { fold: 'earlier' });
    if (result.ok) return result.instant;
  }
  return undefined;
}

const weekdayOf = (date: string): number => new Date(`${date}T12:00:00Z`).getUTCDay();

/** `instant` itself when offices in `zone` are open then, else the next weekday 09:00 there. */
export function nextOpening(instant: number, zone: string): number {
  const usable = zoneOrUtc(zone);
  if (isWithinWorkingHours(instant, usable)) return instant;
  const today = wallClockAt(instant, usable).date;
  // Eight days always reaches a weekday morning, even from Friday evening.
  for (let offset = 0; offset <= 8; offset += 1) {
    const opening = hourOn(addDays(today, offset), WORKING_HOURS.opens, usable);
    if (opening !== undefined && opening > instant && isWithinWorkingHours(opening, usable)) return opening;
  }
  return instant;
}

/** The working spans [open, close) of each workday from `fromDate`, going forwards or backwards. */
function* workingSpans(fromDate: string, zone: string, step: 1 | -1): Generator<[number, number]> {
  for (let offset = 0; offset <= 400; offset += 1) {
    const date = addDays(fromDate, offset * step);
    if (!isWorkday(weekdayOf(date))) continue;
    const open = hourOn(date, WORKING_HOURS.opens, zone);
    const close = hourOn(date, WORKING_HOURS.closes, zone);
    if (open !== undefined && close !== undefined) yield [open, close];
  }
}

/** Working hours in `zone` between two instants (0 when `to` is not after `from`). */
export function workingHoursBetween(from: number, to: number, zone: string): number {
  if (!(to > from)) return 0;
  const usable = zoneOrUtc(zone);
  let total = 0;
  for (const [open, close] of workingSpans(wallClockAt(from, usable).date, usable, 1)) {
    if (open >= to) break;
    total += Math.max(0, Math.min(close, to) - Math.max(open, from));
  }
  return total / HOUR_MS;
}

/** The latest instant that still leaves `hours` working hours before `until` in `zone`. */
export function latestWithWorkingHoursLeft(until: number, hours: number, zone: string): number {
  const usable = zoneOrUtc(zone);
  let needed = hours * HOUR_MS;
  for (const [open, close] of workingSpans(wallClockAt(until, usable).date, usable, -1)) {
    const end = Math.min(close, until);
    if (end <= open) continue;
    const span = end - open;
    if (span >= needed) return end - needed;
    needed -= span;
  }
  return until - hours * HOUR_MS;
}

/** The close of their working day on the first workday after the one `instant` falls in. */
export function endOfNextWorkingDay(instant: number, zone: string): number {
  const usable = zoneOrUtc(zone);
  const tomorrow = addDays(wallClockAt(instant, usable).date, 1);
  for (const [, close] of workingSpans(tomorrow, usable, 1)) return close;
  return instant + DAY_MS;
}

/** The end of the last working span that closes at or before `instant`, or undefined when none is after `after`. */
export function lastCloseBefore(instant: number, after: number, zone: string): number | undefined {
  const usable = zoneOrUtc(zone);
  for (const [, close] of workingSpans(wallClockAt(instant, usable).date, usable, -1)) {
    if (close <= instant) return close > after ? close : undefined;
  }
  return undefined;
}
