// How a person writes dates, times, zones and names, per locale. en-GB: "Tuesday 9 March at 10am";
// en-US: "Tuesday, March 9 at 10:00 AM". A zone is named only when the two people are in different
// zones, and a greeting takes the first name a person would use. The plan's own times are written
// here too, in the same order of day and month as the messages under them.
import { cityName, usableZone, wallClockAt } from '../zones';
import type { Tone } from '../types';
import type { WritingLocale } from './locales';

export { WRITING_LOCALES, type WritingLocale } from './locales';

/** The house style for a browser's locale: American English for en-US, British English otherwise. */
export function writingLocale(locale: string | undefined): WritingLocale {
  return typeof locale === 'string' && /^en[-_]US\b/iu.test(locale.trim()) ? 'en-US' : 'en-GB';
}

/** Weekday names in English, 0 = Sunday as Date.getUTCDay() counts. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** A calendar day; weekday 0 is Sunday. */
export interface CalendarDay {
  month: number;
  day: number;
  weekday: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

/** "Tuesday 9 March" (en-GB) or "Tuesday, March 9" (en-US). The weekday pins the year, so it is left out. */
export function writeDay(day: CalendarDay, locale: WritingLocale): string {
  const weekday = WEEKDAYS[day.weekday] ?? '';
  const month = MONTHS[day.month - 1] ?? '';
  return locale === 'en-US' ? `${weekday}, ${month} ${day.day}` : `${weekday} ${day.day} ${month}`;
}

/**
 * "10am", "10:30am", "midday" (en-GB); "10:00 AM", "10:30 AM", "noon" (en-US), as each writes the
 * time in an email (and an American's phone and calendar show it). Never zero-padded.
 */
export function writeTime(time: ClockTime, locale: WritingLocale): string {
  if (time.minute === 0 && time.hour === 0) return 'midnight';
  if (time.minute === 0 && time.hour === 12) return locale === 'en-US' ? 'noon' : 'midday';
  const hour = time.hour % 12 === 0 ? 12 : time.hour % 12;
  const isMorning = time.hour < 12;
  const minutes = String(time.minute).padStart(2, '0');
  if (locale === 'en-US') return `${hour}:${minutes} ${isMorning ? 'AM' : 'PM'}`;
  return `${hour}${time.minute === 0 ? '' : `:${minutes}`}${isMorning ? 'am' : 'pm'}`;
}

/** "Tuesday 9 March at 10am". */
export function writeDayAndTime(day: CalendarDay, time: ClockTime, locale: WritingLocale): string {
  return `${writeDay(day, locale)} at ${writeTime(time, locale)}`;
}

/** "10–11am", "11am–12:30pm" (en-GB); "10:00–11:00 AM", "11:00 AM–12:30 PM" (en-US): the shared half once. */
export function writeTimeRange(start: ClockTime, end: ClockTime, locale: WritingLocale): string {
  const from = writeTime(start, locale);
  const to = writeTime(end, locale);
  const sameHalf = start.hour < 12 === end.hour < 12;
  const isPlainHour = (time: ClockTime) => !(time.minute === 0 && (time.hour === 0 || time.hour === 12));
  if (sameHalf && isPlainHour(start) && isPlainHour(end)) {
    const suffix = locale === 'en-US' ? / [AP]M$/u : /[ap]m$/u;
    return `${from.replace(suffix, '')}–${to}`;
  }
  return `${from}–${to}`;
}

/**
 * A clock time in the plan, where a time stands alone in a heading or a table: 24-hour in British
 * English, so no one misreads am and pm ("09:00"); in American English as the messages write it ("9:00 AM").
 */
export function writePlanTime(time: ClockTime, locale: WritingLocale): string {
  if (locale !== 'en-US') return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  // "Wednesday at midnight" is read as the end of Wednesday by many, a day late for a deadline; the
  // clock's own "12:00 AM" is not. (The messages keep "midnight" beside a date the reader knows.)
  return time.hour === 0 && time.minute === 0 ? '12:00 AM' : writeTime(time, locale);
}

/** "Monday 14 December 2026 at 09:00 (London time)" (en-GB); "Monday, December 14, 2026 at 9:00 AM (London time)" (en-US). */
export function momentInWords(instant: number, given: string, locale: WritingLocale): string {
  const zone = usableZone(given);
  const wall = wallClockAt(instant, zone);
  const year = locale === 'en-US' ? `, ${wall.year}` : ` ${wall.year}`;
  return `${writeDay(wall, locale)}${year} at ${writePlanTime(wall, locale)} (${zoneInWords(zone)})`;
}

/** One zone's words when both clocks agree at that instant, else both: "… (New York time), which is … (London time)". */
export function momentInBothZones(instant: number, zone: string, otherZone: string, locale: WritingLocale): string {
  const first = momentInWords(instant, zone, locale);
  const one = wallClockAt(instant, zone);
  const other = wallClockAt(instant, otherZone);
  if (one.date === other.date && one.time === other.time) return first;
  return `${first}, which is ${momentInWords(instant, otherZone, locale)}`;
}

/** "New York time": a zone as people name it. */
export function zoneInWords(zone: string): string {
  return `${cityName(zone)} time`;
}

/** A moment in words for one message: the plain form, and the forms that name the zone when needed. */
export interface When {
  /** With the other person's time too when the zones differ: "… at 10am New York time (3pm London time)". */
  full: string;
  /** The zone named once when the zones differ: "… at 10am New York time". */
  single: string;
  /** No zone: for a list whose heading names it, or when both people share a zone. */
  plain: string;
  /** The day alone, for a subject line. */
  short: string;
  /** The zone's name when the two people are in different zones, else undefined. */
  zone: string | undefined;
}

/** A day with no time: every form is the day. */
export function dayOnly(day: CalendarDay, locale: WritingLocale): When {
  const words = writeDay(day, locale);
  return { full: words, single: words, plain: words, short: words, zone: undefined };
}

/**
 * An instant as the people involved read it. `theirZone` is the zone the interview was arranged in;
 * `ownZone`, when given and different at that instant, adds the writer's clock in brackets.
 */
export function whenAt(instant: number, theirZone: string, ownZone: string | undefined, locale: WritingLocale): When {
  const theirs = wallClockAt(instant, theirZone);
  const plain = writeDayAndTime(theirs, theirs, locale);
  const short = writeDay(theirs, locale);
  const own = ownZone ? wallClockAt(instant, ownZone) : undefined;
  if (!ownZone || !own || (own.date === theirs.date && own.time === theirs.time)) {
    return { full: plain, single: plain, plain, short, zone: undefined };
  }
  const zone = zoneInWords(theirZone);
  const single = `${plain} ${zone}`;
  const ownClock = own.date === theirs.date ? writeTime(own, locale) : `${writeTime(own, locale)} on ${WEEKDAYS[own.weekday]},`;
  return { full: `${single} (${ownClock} ${zoneInWords(ownZone)})`, single, plain, short, zone };
}

const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)\.?$/iu;
// A lone initial ("J." or "J") is not a name anyone is greeted by.
const INITIAL = /^\p{L}\.?$/u;

export interface PersonName {
  /** The name as typed. */
  full: string;
  title: string | undefined;
  /** The first name, when one can be taken from what was typed. */
  given: string | undefined;
  surname: string | undefined;
}

/** Reads "Ms Marta Ruiz", "Marta Ruiz", "Dr Lee" or "王芳" into its parts, taking only what is sure. */
export function readName(name: string): PersonName {
  const full = name.trim();
  const words = full.split(/\s+/u).filter((word) => word !== '');
  const first = words[0] ?? '';
  const title = words.length > 1 && TITLE.test(first) ? first : undefined;
  const rest = title ? words.slice(1) : words;
  // "Ruiz, Marta" puts the surname first: no first name can be taken safely.
  const isOrderClear = !full.includes(',');
  const lead = rest[0];
  const given = isOrderClear && lead && !INITIAL.test(lead) && !(title && rest.length === 1) ? lead : undefined;
  const surname = rest.length > 1 ? rest.slice(1).join(' ') : title ? rest[0] : undefined;
  return { full, title, given, surname };
}

/**
 * The name a greeting uses. Warm: the first name ("Hi Marta,"). Formal: title and surname when a
 * title is given ("Dear Ms Ruiz,"), else the name as typed ("Dear Marta Ruiz,").
 */
export function nameToGreet(name: PersonName, tone: Tone): string {
  const titled = name.title && name.surname ? `${name.title} ${name.surname}` : undefined;
  if (tone === 'formal') return titled ?? (name.title ? name.full.slice(name.title.length).trim() : name.full);
  return name.given ?? titled ?? name.full;
}
