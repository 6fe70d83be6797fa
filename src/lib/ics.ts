// An iCalendar file (RFC 5545) holding the times a person proposes, so the other side can add
// them in one click. Text is escaped and lines are folded, so nothing typed can open a new property.
import { EARLIEST, isCalendarInstant, LATEST } from './calendar-years';

export interface ProposedEvent {
  /** Epoch milliseconds. */
  start: number;
  /** Defaults to 60: long enough for most first interviews. */
  durationMinutes?: number;
  title: string;
  description: string;
}

const DEFAULT_MINUTES = 60;
const MAX_MINUTES = 24 * 60;
const MINUTE = 60_000;
const LINE_OCTETS = 75;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
// CONTROL in RFC 5545 is every C0 character but tab, and DEL; line breaks are handled before this.
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/gu;

/** TEXT value escaping: backslash first, so the escapes added after it are not doubled. */
export function escapeText(text: string): string {
  return String(text ?? '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/gu, '\\n')
    .replace(CONTROL, '');
}

const encoder = new TextEncoder();

/** Splits a content line into pieces of at most 75 octets, never inside a character. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    const room = pieces.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > room) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** 20261214T150000Z */
function utcStamp(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');
}

/** FNV-1a, enough to tell events apart in a UID; not for security. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    value ^= byte;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}

function minutesOf(duration: number | undefined): number {
  return typeof duration === 'number' && Number.isFinite(duration) && duration > 0 ? Math.min(Math.round(duration), MAX_MINUTES) || 1 : DEFAULT_MINUTES;
}

/**
 * One VEVENT per valid proposed time, marked tentative. UIDs depend only on each event's own
 * details and position, so building the file twice gives the same UIDs. With no valid time there
 * is nothing to put in a calendar (RFC 5545 needs at least one component), so the result is ''.
 */
export function icsForProposedTimes(times: readonly ProposedEvent[], now: number): string {
  const stampAt = isCalendarInstant(now) ? now : EARLIEST;
  const valid = (Array.isArray(times) ? times : []).filter(
    (time) => typeof time === 'object' && time !== null && isCalendarInstant(time.start),
  );
  if (valid.length === 0) return '';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bow Out//Proposed interview times//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  valid.forEach((time, index) => {
    const start = Math.floor(time.start / 1000) * 1000;
    const end = Math.min(start + minutesOf(time.durationMinutes) * MINUTE, LATEST);
    const title = escapeText(time.title);
    const description = escapeText(time.description);
    const uid = `${utcStamp(start)}-${hash(`${title}\n${description}\n${end - start}`)}-${index + 1}@bow-out`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${utcStamp(stampAt)}`,
      `DTSTART:${utcStamp(start)}`,
      `DTEND:${utcStamp(end)}`,
      `SUMMARY:${title}`,
      `DESCRIPTION:${description}`,
      'STATUS:TENTATIVE',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export interface ReminderEvent {
  /** Epoch milliseconds: when the step is due; the alarm rings at this instant. */
  at: number;
  title: string;
  description: string;
  /** Defaults to 15: a short slot in the calendar, the alarm is what matters. */
  durationMinutes?: number;
}

const REMINDER_MINUTES = 15;

/**
 * One VEVENT for a step the plan sets for later, with a VALARM that rings at the step's instant.
 * Times are written in UTC, so the calendar shows them on the person's own clock, across zones and
 * clock changes alike. An instant outside RFC 5545's years gives ''.
 */
export function icsForReminder(reminder: ReminderEvent, now: number): string {
  if (typeof reminder !== 'object' || reminder === null || !isCalendarInstant(reminder.at)) return '';
  const stampAt = isCalendarInstant(now) ? now : EARLIEST;
  const start = Math.floor(reminder.at / 1000) * 1000;
  const minutes = reminder.durationMinutes === undefined ? REMINDER_MINUTES : minutesOf(reminder.durationMinutes);
  const end = Math.min(start + minutes * MINUTE, LATEST);
  const title = escapeText(reminder.title);
  const description = escapeText(reminder.description);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Bow Out//Reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${utcStamp(start)}-${hash(`${title}\n${description}`)}-reminder@bow-out`,
    `DTSTAMP:${utcStamp(stampAt)}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${title}`,
    `DESCRIPTION:${description}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${title}`,
    `TRIGGER;VALUE=DATE-TIME:${utcStamp(start)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
