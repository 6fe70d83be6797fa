// The clock: how long is left, which urgency band that is, and when the other side is at work.
// `now` is always a parameter, so every rule here can be pinned by a test.
import { isValidZone, toInstant, wallClockAt } from './zones';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Real elapsed hours from `now` to the interview (negative once it has started). Not wall-clock hours. */
export function hoursUntil(interviewInstant: number, now: number): number {
  return (interviewInstant - now) / HOUR_MS;
}

export const BAND_IDS = ['missed', 'under-24h', 'one-to-three-days', 'plenty'] as const;
export type BandId = (typeof BAND_IDS)[number];

export interface Band {
  id: BandId;
  label: string;
  /** The band's limits in words, including which side each boundary falls on. */
  thresholds: string;
}

// Half-open intervals: each band includes its lower limit and excludes its upper one.
const BANDS: Record<BandId, Band & { fromHours: number; toHours: number }> = {
  missed: {
    id: 'missed',
    label: 'The interview time has passed',
    thresholds: 'The start time is already behind you (less than 0 hours left), or you told us you missed it.',
    fromHours: -Infinity,
    toHours: 0,
  },
  'under-24h': {
    id: 'under-24h',
    label: 'Less than 24 hours to go',
    thresholds:
      'From 0 hours up to, but not including, exactly 24 hours 00 minutes before the start. At exactly 24 hours 00 minutes you are in the next band.',
    fromHours: 0,
    toHours: 24,
  },
  'one-to-three-days': {
    id: 'one-to-three-days',
    label: 'One to three days to go',
    thresholds:
      'From exactly 24 hours 00 minutes (included) up to, but not including, exactly 72 hours 00 minutes before the start.',
    fromHours: 24,
    toHours: 72,
  },
  plenty: {
    id: 'plenty',
    label: 'Three days or more to go',
    thresholds: 'Exactly 72 hours 00 minutes or more before the start.',
    fromHours: 72,
    toHours: Infinity,
  },
};

/** The urgency band for the hours left. Every number, boundaries included, lands in exactly one band. */
export function bandFor(hoursLeft: number): Band {
  const found = BAND_IDS.map((id) => BANDS[id]).find((band) => hoursLeft >= band.fromHours && hoursLeft < band.toHours);
  const band = found ?? BANDS.missed;
  return { id: band.id, label: band.label, thresholds: band.thresholds };
}

export function bandById(id: BandId): Band {
  const band = BANDS[id];
  return { id: band.id, label: band.label, thresholds: band.thresholds };
}

/** More than 366 days ahead (a year, even a leap year) is almost always a typo in the year. */
export const TOO_FAR_AHEAD_HOURS = 366 * 24;

export function isTooFarAhead(hoursLeft: number): boolean {
  return hoursLeft > TOO_FAR_AHEAD_HOURS;
}

// Careful-recruiter assumption: offices answer Monday to Friday, 09:00 up to 17:00 local time.
// Public holidays are not known here, so the advice says "likely" rather than "will".
const OPENING_HOUR = 9;
const CLOSING_HOUR = 17;

const zoneOrUtc = (zone: string): string => (isValidZone(zone) ? zone : 'UTC');

/** Is it a working hour (Mon–Fri, from 09:00 up to but not including 17:00) in `zone` at this instant? */
export function isWithinBusinessHours(instant: number, zone: string): boolean {
  const clock = wallClockAt(instant, zoneOrUtc(zone));
  const isWeekday = clock.weekday >= 1 && clock.weekday <= 5;
  return isWeekday && clock.hour >= OPENING_HOUR && clock.hour < CLOSING_HOUR;
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return next.toISOString().slice(0, 10);
}

/** The instant offices open on a given local date; a clock change at 09:00 takes the first valid time after it. */
function openingOn(date: string, zone: string): number | undefined {
  for (const time of ['09:00', '10:00']) {
    const result = toInstant({ date, time, zone }, { fold: 'earlier' });
    if (result.ok) return result.instant;
  }
  return undefined;
}

/** `instant` itself when offices in `zone` are open then, else the next weekday 09:00 there. */
export function nextBusinessOpening(instant: number, zone: string): number {
  const usable = zoneOrUtc(zone);
  if (isWithinBusinessHours(instant, usable)) return instant;
  const today = wallClockAt(instant, usable).date;
  // Eight days always reaches a weekday morning, even from Friday evening.
  for (let offset = 0; offset <= 8; offset += 1) {
    const opening = openingOn(addDays(today, offset), usable);
    if (opening !== undefined && opening > instant && isWithinBusinessHours(opening, usable)) return opening;
  }
  return instant;
}
