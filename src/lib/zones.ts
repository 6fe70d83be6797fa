// Wall-clock times in named IANA zones, converted with the platform's Intl data only:
// no hand-written offset tables, so daylight-saving rules stay as current as the browser.
import type { Problem, WallTime } from './types';

/** The locale month names are read in; dates in words are written in messages/writing.ts, per locale. */
export const DEFAULT_LOCALE = 'en-GB';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

export type ZoneProblem =
  | 'missing-date'
  | 'missing-time'
  | 'bad-date'
  | 'impossible-date'
  | 'bad-time'
  | 'unknown-zone'
  | 'nonexistent-time'
  | 'ambiguous-time'
  | 'year-out-of-range';

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

const zoneValidity = new Map<string, boolean>();

/** A zone Intl knows by name. Bare offsets such as "+01:00" are refused: they ignore daylight saving. */
export function isValidZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.trim() === '' || /^[+-]/.test(zone.trim())) return false;
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  // Building a formatter is slow; a small cache keeps typing responsive without growing forever.
  if (zoneValidity.size > 500) zoneValidity.clear();
  zoneValidity.set(zone, valid);
  return valid;
}

/**
 * The one spelling of a real zone ("US/Pacific" → "America/Los_Angeles"), or undefined when Intl does
 * not know it, so a menu shows the name the message uses and a stranger's text is never shown as a zone.
 */
export function canonicalZone(zone: string): string | undefined {
  if (typeof zone !== 'string' || zone.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(zone.trim())) return undefined;
  return isValidZone(zone) ? displayZone(zone.trim()) : undefined;
}

/** The zone as given when Intl knows it, else UTC, so a sentence can still be written. */
export function usableZone(zone: string): string {
  return isValidZone(zone) ? zone.trim() : 'UTC';
}

const REGIONS = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//i;

/**
 * The spelling to show. Intl's canonical name wins for old aliases ("US/Eastern" → "America/New_York"),
 * but a region/city name is kept as given, because Intl still canonicalises some renamed cities
 * backwards ("Asia/Kolkata" → "Asia/Calcutta").
 */
function displayZone(zone: string): string {
  const given = zone.trim();
  const canonical = partsFormatter(given).resolvedOptions().timeZone;
  if (canonical.toLowerCase() === given.toLowerCase() || !REGIONS.test(given)) return canonical;
  return given.replace(/(^|[/_])([a-z])/g, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function fieldsAt(instant: number, zone: string): Fields {
  const fields: Fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormatter(zone).formatToParts(instant)) {
    if (part.type in fields) fields[part.type as keyof Fields] = Number(part.value);
  }
  // Some engines still print midnight as hour 24 even with h23.
  if (fields.hour === 24) fields.hour = 0;
  return fields;
}

function fieldsAsUtc(fields: Fields): number {
  return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
}

/** How far the zone's clock is ahead of UTC at this instant, in ms. */
function offsetAt(instant: number, zone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return fieldsAsUtc(fieldsAt(wholeSecond, zone)) - wholeSecond;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The date and time a clock on the wall in `zone` shows at `instant`. An unknown zone reads as UTC. */
export function wallClockAt(instant: number, zone: string): WallClock {
  if (!Number.isFinite(instant)) throw new RangeError('wallClockAt needs a finite instant');
  const f = fieldsAt(instant, usableZone(zone));
  return {
    date: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`,
    time: `${pad(f.hour)}:${pad(f.minute)}`,
    year: f.year,
    month: f.month,
    day: f.day,
    hour: f.hour,
    minute: f.minute,
    weekday: new Date(Date.UTC(f.year, f.month - 1, f.day)).getUTCDay(),
  };
}

function problem<Code extends string>(code: Code, field: 'date' | 'time' | 'zone', message: string): Problem<Code> {
  return { ok: false, problem: code, field, message };
}

/**
 * A browser's own date or time field that holds what it cannot read (`validity.badInput`: a day
 * that does not exist, or a date or time half typed). Its value is then '', which toInstant would
 * take for a field not filled in yet, so the form asks for this instead.
 */
export function unreadableField(field: 'date' | 'time'): Problem<`unfinished-${typeof field}`> {
  return problem(
    `unfinished-${field}`,
    field,
    field === 'date' ? 'That date does not exist, or part of it is missing. Please check the day, month and year.' : 'That time is not finished. Please fill in each part of it.',
  );
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const monthFormatter = new Intl.DateTimeFormat(DEFAULT_LOCALE, { month: 'long', timeZone: 'UTC' });

/** "February" for month 2; undefined outside 1–12. */
function monthName(month: number): string | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  return monthFormatter.format(Date.UTC(2000, month - 1, 1));
}

/**
 * A wall-clock date and time in a named zone → epoch ms.
 * A time skipped when clocks go forward is a problem; a time that happens twice when clocks go
 * back is a problem unless `fold` says which of the two is meant.
 */
export function toInstant(
  wall: WallTime,
  options?: { fold?: 'earlier' | 'later' },
): { ok: true; instant: number } | Problem<ZoneProblem> {
  const dateText = typeof wall?.date === 'string' ? wall.date.trim() : '';
  const timeText = typeof wall?.time === 'string' ? wall.time.trim() : '';
  const zoneText = typeof wall?.zone === 'string' ? wall.zone.trim() : '';

  if (dateText === '') return problem('missing-date', 'date', 'Please enter the date of the interview.');
  const dateMatch = /^(\d{4,})-(\d{1,2})-(\d{1,2})$/.exec(dateText);
  if (!dateMatch) {
    return problem('bad-date', 'date', 'Please write the date as year, month and day, for example 2026-12-14.');
  }
  const year = Number(dateMatch[1]);
  const month = Number(dateMatch[2]);
  const day = Number(dateMatch[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return problem(
      'year-out-of-range',
      'date',
      `Please check the year: it needs to be between ${MIN_YEAR} and ${MAX_YEAR}.`,
    );
  }
  const nameOfMonth = monthName(month);
  if (nameOfMonth === undefined) {
    return problem('impossible-date', 'date', 'Please check the month: it needs to be a number from 1 to 12.');
  }
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return problem('impossible-date', 'date', `That date does not exist: ${nameOfMonth} ${year} has ${lastDay} days.`);
  }

  if (timeText === '') return problem('missing-time', 'time', 'Please enter the time of the interview.');
  const timeMatch = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(timeText);
  const hour = Number(timeMatch?.[1]);
  const minute = Number(timeMatch?.[2]);
  const second = Number(timeMatch?.[3] ?? 0);
  if (!timeMatch || hour > 23 || minute > 59 || second > 59) {
    return problem('bad-time', 'time', 'Please write the time on a 24-hour clock, for example 09:30 or 14:00.');
  }

  if (!isValidZone(zoneText)) {
    return problem('unknown-zone', 'zone', 'Please choose the time zone the interview time is given in.');
  }
  const zone = zoneText;
  const wanted: Fields = { year, month, day, hour, minute, second };
  const asIfUtc = fieldsAsUtc(wanted);

  // The offsets a day either side cover any single clock change near this time.
  const offsets = new Set([-24 * HOUR, 0, 24 * HOUR].map((shift) => offsetAt(asIfUtc + shift, zone)));
  const matches = [...offsets]
    .map((offset) => asIfUtc - offset)
    .filter((candidate) => fieldsAsUtc(fieldsAt(candidate, zone)) === asIfUtc)
    .sort((a, b) => a - b);
  const unique = [...new Set(matches)];
  const place = cityName(zone);
  const dayInWords = `${day} ${nameOfMonth} ${year}`;
  const shownTime = `${pad(hour)}:${pad(minute)}`;

  const earliest = unique[0];
  const latest = unique[unique.length - 1];
  if (earliest === undefined || latest === undefined) {
    return problem(
      'nonexistent-time',
      'time',
      `In ${place} the clocks go forward on ${dayInWords}, so ${shownTime} never happens that day. Please check the time with the interviewer.`,
    );
  }
  if (unique.length > 1 && options?.fold === undefined) {
    return problem(
      'ambiguous-time',
      'time',
      `In ${place} the clocks go back on ${dayInWords}, so ${shownTime} happens twice that day. Please check which one the interviewer means.`,
    );
  }
  return { ok: true, instant: options?.fold === 'later' ? latest : earliest };
}

/** A zone as a person says it: 'America/Argentina/Buenos_Aires' → 'Buenos Aires', 'UTC' → 'UTC'. */
export function cityName(zone: string): string {
  return cityNameAsListed(isValidZone(zone) ? displayZone(zone) : String(zone ?? ''));
}

/**
 * cityName for a zone already spelt as Intl lists it (`Intl.supportedValuesOf('timeZone')`): read
 * from the text alone, without building a formatter, so labelling all ~420 zones stays cheap.
 */
export function cityNameAsListed(zone: string): string {
  const spelling = zone.trim();
  if (spelling === '') return 'UTC';
  if (/^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal|Greenwich)$/i.test(spelling)) return 'UTC';
  // Etc/GMT+5 is five hours *behind* UTC: POSIX signs are the other way round.
  const posix = /^Etc\/GMT([+-])(\d{1,2})$/.exec(spelling);
  if (posix) return `UTC${posix[1] === '+' ? '-' : '+'}${posix[2]}`;
  const last = spelling.split('/').pop() ?? spelling;
  return last.replace(/_/g, ' ');
}


/** The zone the browser is set to, or `fallback` when it does not say or says something unusable. */
export function browserZoneOr(fallback: string): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return typeof zone === 'string' && isValidZone(zone) ? zone : fallback;
  } catch {
    return fallback;
  }
}
