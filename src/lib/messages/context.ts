// What a template receives: the fields read once (names, dates in words), the plan step the
// message belongs to, and the notes gathered for the person along the way.
import type { MessageFields } from '../fields';
import { isPlaceholder } from '../placeholders';
import { MESSAGE_KINDS, type MessageChannel, type MessageKind, type Tone } from '../types';
import { isValidZone, toInstant } from '../zones';
import { dayOnly, readName, whenAt, writingLocale, type CalendarDay, type PersonName, type When, type WritingLocale } from './writing';

export const PLAN_NOTICES = ['short', 'enough', 'missed'] as const;
export const PLAN_BEFORE = ['nothing', 'email', 'text', 'call', 'voicemail', 'call-or-voicemail'] as const;
export const PLAN_WRITTEN_BY = ['email', 'text'] as const;

/** Where a message sits in the person's plan; the decision engine passes it, the builder may not. */
export interface PlanStep {
  /** The plan's notice band: 'short' = under 24 h for candidates / within two working days for employers. */
  notice: 'short' | 'enough' | 'missed';
  /** What the person did just before this message. 'call-or-voicemail' = they called and do not know yet which it was. */
  after: (typeof PLAN_BEFORE)[number];
  /** Every message kind in the plan, so a script's closing note names only a message that is in the set. */
  set: readonly MessageKind[];
  /** How the plan's written messages go: by email, or by text when there is no email address. Absent: not known. */
  writtenBy?: (typeof PLAN_WRITTEN_BY)[number];
  /** The plan's written message already went at an earlier step, by this channel: a later call says so, and promises none. */
  sent?: (typeof PLAN_WRITTEN_BY)[number];
  /** The plan's step says to start the subject with "Urgent:" (short notice, no phone to call). */
  urgent?: true;
  /** No phone, email or text: it goes the way they reached the person (a booking link, a job site) and asks who to contact. */
  noContact?: true;
}

export interface ComposeOptions {
  /** BCP 47 locale of the person's browser: en-US writes American English, anything else British. */
  locale?: string;
  /** The plan step this message belongs to; without it each message stands alone. */
  step?: PlanStep;
  /** The messages written with this one when there is no plan step (the builder's ticked kinds): a script follows the email it goes with. */
  alongside?: readonly MessageKind[];
}

export interface Context {
  fields: MessageFields;
  tone: Tone;
  locale: WritingLocale;
  recipient: PersonName | undefined;
  sender: string | undefined;
  company: string | undefined;
  position: string | undefined;
  interview: When | undefined;
  proposed: When[];
  step: PlanStep | undefined;
  /** The messages written with this one: the plan's set, else those the caller named; undefined when alone. */
  alongside: readonly MessageKind[] | undefined;
  /** Advice for the person, gathered while reading the fields. */
  notes: string[];
}

export interface Draft {
  subject?: string;
  body: string;
  notes?: string[];
}

export interface Template {
  channel: MessageChannel;
  write(context: Context): Draft;
}

// Punctuation typed at either end of a name would print "Hi Sam,," or "Hi ,Sam,".
const EDGE_PUNCTUATION = /^[\s,;:.!?]+|[\s,;:]+$/gu;
// A value with no letter, digit or symbol in it (",!" say) names nothing, so it counts as missing.
const MEANINGFUL = /[\p{L}\p{N}\p{So}]/u;

/** A typed value fit to print, or undefined when nothing usable is left (or only a placeholder). */
export function present(text: string | undefined): string | undefined {
  const trimmed = text?.replace(EDGE_PUNCTUATION, '').trim();
  return trimmed && MEANINGFUL.test(trimmed) && !isPlaceholder(trimmed) ? trimmed : undefined;
}

/** The known message kinds of a list from any caller, or undefined when it is not a list. */
function readKinds(list: unknown): MessageKind[] | undefined {
  return Array.isArray(list) ? list.filter((kind): kind is MessageKind => (MESSAGE_KINDS as readonly unknown[]).includes(kind)) : undefined;
}

/** A plan step from any caller, kept only when every part of it is one we know. */
export function readStep(step: unknown): PlanStep | undefined {
  if (typeof step !== 'object' || step === null) return undefined;
  const { notice, after, set, writtenBy, sent, urgent, noContact } = step as Record<string, unknown>;
  if (!(PLAN_NOTICES as readonly unknown[]).includes(notice) || !(PLAN_BEFORE as readonly unknown[]).includes(after)) return undefined;
  const kinds = readKinds(set) ?? [];
  const isChannel = (value: unknown): value is NonNullable<PlanStep['writtenBy']> => (PLAN_WRITTEN_BY as readonly unknown[]).includes(value);
  const written = isChannel(writtenBy) ? { writtenBy } : {};
  return {
    notice: notice as PlanStep['notice'],
    after: after as PlanStep['after'],
    set: kinds,
    ...written,
    ...(isChannel(sent) ? { sent } : {}),
    ...(urgent === true ? { urgent } : {}),
    ...(noContact === true ? { noContact } : {}),
  };
}

export function readContext(fields: MessageFields, options: ComposeOptions = {}): Context {
  const locale = writingLocale(options.locale);
  const notes: string[] = [];
  const givenZone = fields.interview?.zone.trim() ?? '';
  const ownZone = fields.yourZone?.trim() ?? '';
  const isGivenZoneValid = isValidZone(givenZone);
  const isOwnZoneValid = isValidZone(ownZone);
  // With no usable zone for the interview, the writer's own is the likeliest meaning.
  const zone = isGivenZoneValid ? givenZone : isOwnZoneValid ? ownZone : undefined;
  if (givenZone !== '' && !isGivenZoneValid) {
    notes.push(
      zone
        ? "We couldn't recognise the interview's time zone, so times are shown in yours. Please pick it from the list."
        : "We couldn't recognise the interview's time zone. Please pick it from the list.",
    );
  }
  const zones = { zone, ownZone: isOwnZoneValid ? ownZone : undefined };
  const interview = fields.interview ? whenOf(fields.interview.date, fields.interview.time, zones, locale, notes) : undefined;
  const proposed: When[] = [];
  for (const time of fields.proposedTimes ?? []) {
    const when = whenOf(time.date, time.time, zones, locale, notes);
    if (when) proposed.push(when);
  }
  const step = readStep(options.step);
  const sender = present(fields.yourName);
  if (!sender) notes.push('Add your name so they know who the message is from.');
  const recipient = present(fields.recipientName);
  return {
    fields,
    tone: fields.tone,
    locale,
    recipient: recipient ? readName(recipient) : undefined,
    sender,
    company: present(fields.company),
    position: present(fields.position),
    interview,
    proposed,
    step,
    alongside: step?.set ?? readKinds(options.alongside),
    notes,
  };
}

/** Noon UTC on a typed YYYY-MM-DD date, or undefined when there is no such day. */
function calendarDay(date: string): (CalendarDay & { noon: number }) | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(date.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970 || month < 1 || month > 12 || day < 1) return undefined;
  const noon = Date.UTC(year, month - 1, day, 12);
  const found = new Date(noon);
  return found.getUTCDate() === day ? { noon, month, day, weekday: found.getUTCDay() } : undefined;
}

/** A date typed as YYYY-MM-DD, in words, or nothing when it cannot be read. */
export function dayInWords(date: string | undefined, context: Context): string | undefined {
  const day = date ? calendarDay(date) : undefined;
  return day ? dayOnly(day, context.locale).plain : undefined;
}

/**
 * A date (and time, when usable) in words. An unreadable date gives nothing, and a problem the
 * person can fix (a time skipped by a clock change, say) becomes a note instead of a wrong time.
 */
function whenOf(
  date: string,
  time: string,
  zones: { zone: string | undefined; ownZone: string | undefined },
  locale: WritingLocale,
  notes: string[],
): When | undefined {
  const day = calendarDay(date);
  if (day === undefined) {
    const check = toInstant({ date, time: '12:00', zone: 'UTC' });
    if (date.trim() !== '') pushOnce(notes, `${check.ok ? '' : `${check.message} `}The message leaves that date out until it is fixed.`);
    return undefined;
  }
  if (time.trim() === '') return dayOnly(day, locale);
  const { zone, ownZone } = zones;
  const instant = toInstant({ date, time, zone: zone ?? 'UTC' });
  if (!instant.ok) {
    pushOnce(notes, `${instant.message} The message gives the day without a time until it is fixed.`);
    return dayOnly(day, locale);
  }
  if (!zone) pushOnce(notes, "Add the interview's time zone, so no one can misread the time.");
  return whenAt(instant.instant, zone ?? 'UTC', ownZone, locale);
}

function pushOnce(notes: string[], note: string): void {
  if (!notes.includes(note)) notes.push(note);
}
