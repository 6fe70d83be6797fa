// Phrases every message template shares: greetings, sign-offs, reasons, dates and the door-open line.
// Each is written once here so a change of wording reaches every message at the same time.
// Every helper copes with a missing field by rewording, never by leaving a gap.
import type { MessageFields } from './fields';
import type { CANDIDATE_REASONS, CANDIDATE_WISHES, EMPLOYER_WISHES, MessageChannel, Tone } from './types';
import { isPlaceholder } from './placeholders';
import { DEFAULT_LOCALE, formatInBothZones, formatInWords, isValidZone, toInstant } from './zones';

export type CandidateAction = (typeof CANDIDATE_WISHES)[number];
export type EmployerAction = (typeof EMPLOYER_WISHES)[number];

/** A date and time in words, in the interview's zone and, when the writer's differs, in theirs too. */
export interface When {
  /** Both zones when they differ, e.g. "… (New York time), which is … (London time)". */
  full: string;
  /** The interview's zone only: shorter, for a voicemail or a text that would run long. */
  single: string;
  /** Weekday, day and month, for a subject line. */
  short: string;
}

export interface Context {
  fields: MessageFields;
  tone: Tone;
  locale: string;
  recipient: string | undefined;
  sender: string | undefined;
  company: string | undefined;
  position: string | undefined;
  interview: When | undefined;
  proposed: When[];
  /** Advice for the person, gathered while reading the fields. */
  notes: string[];
}

export interface Draft {
  subject?: string;
  body: string;
  notes?: string[];
}

export interface Template {
  title: string;
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

export function readContext(fields: MessageFields, locale: string | undefined): Context {
  const safeLocale = usableLocale(locale);
  const notes: string[] = [];
  const givenZone = fields.interview?.zone.trim() ?? '';
  const ownZone = fields.yourZone?.trim() ?? '';
  const isGivenZoneValid = isValidZone(givenZone);
  const isOwnZoneValid = isValidZone(ownZone);
  // With no usable zone for the interview, the writer's own is the likeliest meaning.
  const zone = isGivenZoneValid ? givenZone : isOwnZoneValid ? ownZone : undefined;
  const otherZone = isOwnZoneValid ? ownZone : zone;
  if (givenZone !== '' && !isGivenZoneValid) {
    notes.push(
      zone
        ? "We couldn't recognise the interview's time zone, so times are shown in yours. Please pick it from the list."
        : "We couldn't recognise the interview's time zone. Please pick it from the list.",
    );
  }
  const zones = { zone, otherZone };
  const interview = fields.interview ? whenOf(fields.interview.date, fields.interview.time, zones, safeLocale, notes) : undefined;
  const proposed: When[] = [];
  for (const time of fields.proposedTimes ?? []) {
    const when = whenOf(time.date, time.time, zones, safeLocale, notes);
    if (when) proposed.push(when);
  }
  const sender = present(fields.yourName);
  if (!sender) notes.push('Add your name so they know who the message is from.');
  return {
    fields,
    tone: fields.tone,
    locale: safeLocale,
    recipient: present(fields.recipientName),
    sender,
    company: present(fields.company),
    position: present(fields.position),
    interview,
    proposed,
    notes,
  };
}

export function say(context: Context, warm: string, formal: string): string {
  return context.tone === 'formal' ? formal : warm;
}

export function greeting(context: Context): string {
  if (!context.recipient) return 'Hello,';
  return say(context, `Hi ${context.recipient},`, `Dear ${context.recipient},`);
}

/** The closing, then the writer's name and, unless left out, the ways to reach them, one to a line. */
export function signOff(context: Context, options: { withCompany?: boolean; withContact?: boolean } = {}): string {
  const closing = say(context, 'Best wishes', 'Kind regards');
  const fields = context.fields;
  const withContact = options.withContact ?? true;
  const lines = [
    context.sender,
    options.withCompany ? context.company : undefined,
    withContact ? present(fields.yourPhone) : undefined,
    withContact ? present(fields.yourEmail) : undefined,
  ].filter((line): line is string => line !== undefined);
  // With no name to follow, a trailing comma would point at nothing.
  return context.sender ? [`${closing},`, ...lines].join('\n') : [closing, ...lines].join('\n');
}

/** "Hello Jordan, this is Sam Patel from Acme.", dropping whichever names are missing. */
export function spokenIntro(context: Context, options: { fromCompany?: boolean } = {}): string {
  const hello = context.recipient ? `Hello ${context.recipient}` : 'Hello';
  if (!context.sender) return `${hello}.`;
  const from = options.fromCompany && context.company ? ` from ${context.company}` : '';
  return sentence(`${hello}, this is ${context.sender}${from}`);
}

/** "the Data Analyst role", or "the role" when no title was given. */
export function theRole(context: Context): string {
  const noun = say(context, 'role', 'position');
  return context.position ? `the ${context.position} ${noun}` : `the ${noun}`;
}

/** "the Data Analyst role at Acme", dropping whichever part is missing. */
export function theRoleAt(context: Context): string {
  return context.company ? `${theRole(context)} at ${context.company}` : theRole(context);
}

/** The company's name, or words that stand in for it, e.g. "your team". */
export function companyOr(context: Context, fallback: string): string {
  return context.company ?? fallback;
}

/** " on Monday, 14 December 2026 at 10:00 (New York time)", or nothing when the date is unknown. */
export function onWhen(when: string | undefined): string {
  return when ? ` on ${when}` : '';
}

/** One sentence: capitalised, and closed with a full stop unless it already ends in one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]["'”’)]?$/u.test(first) ? first : `${first}.`;
}

/** Joins the sentences that exist; `false` and undefined parts let a template skip a sentence inline. */
export function paragraph(...parts: (string | false | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' ');
}

export function paragraphs(...parts: (string | false | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n\n');
}

export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

export function quoted(text: string): string {
  return `"${text}"`;
}

/** A cue for the person on the phone, then what to say. */
export function ifTheyAsk(cue: string, answer: string): string {
  return `${cue}\n${quoted(answer)}`;
}

/** "A", "A or B", "A; B or C": times read aloud hold commas of their own, so semicolons part them. */
export function eitherOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')} or ${items[items.length - 1]}`;
}

/** Words as a person would count them: runs of text holding at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Characters as the length limits count them: code points, so an emoji is never cut in half. */
export function characterLength(text: string): number {
  return Array.from(text).length;
}

/** The richest wording that fits the limit, else the last (barest) one. */
export function fitWithin(limit: number, measure: (text: string) => number, candidates: readonly string[]): string {
  return candidates.find((text) => measure(text) <= limit) ?? candidates[candidates.length - 1] ?? '';
}

// Reasons that mean the person is stepping away rather than asking for another time.
const STEPPING_AWAY = new Set(['other-offer', 'not-a-fit', 'unsure']);

/** What a candidate is doing: the wish when it is a candidate's, else read from the other fields. */
export function candidateAction(context: Context): CandidateAction {
  const { wish, reason } = context.fields;
  if (wish === 'cancel' || wish === 'reschedule' || wish === 'decline' || wish === 'withdraw') return wish;
  if (reason !== undefined && STEPPING_AWAY.has(reason)) return 'cancel';
  if (context.proposed.length > 0 || reason === 'schedule-conflict') return 'reschedule';
  return 'cancel';
}

export function employerAction(context: Context): EmployerAction {
  const wish = context.fields.wish;
  if (wish === 'withdraw-invitation' || wish === 'cancel-interview' || wish === 'move-interview') return wish;
  const reason = context.fields.reason;
  // A role that is paused, filled or changed has no interview to move to.
  if (reason === 'role-on-hold' || reason === 'role-filled' || reason === 'role-changed') return 'cancel-interview';
  return context.proposed.length > 0 ? 'move-interview' : 'cancel-interview';
}

export function isSteppingAway(context: Context): boolean {
  const reason = context.fields.reason;
  const action = context.fields.wish;
  return (reason !== undefined && STEPPING_AWAY.has(reason)) || action === 'cancel' || action === 'decline' || action === 'withdraw';
}

/** The person's own reason line when given, as a sentence: it replaces the stock reason. */
export function ownReason(context: Context): string | undefined {
  const line = present(context.fields.reasonLine);
  return line ? sentence(line) : undefined;
}

/** One reason in both tones: [warm, formal]. */
type Wording = readonly [warm: string, formal: string];
type CandidateReason = (typeof CANDIDATE_REASONS)[number];

// How a candidate gives each reason, by what the message is doing. A reason missing from a table
// is one that message leaves unsaid (nobody asks for another time because of another offer).
const REASON_WORDING: Record<'leaving' | 'moving' | 'missing', Partial<Record<CandidateReason, Wording>>> = {
  leaving: {
    'other-offer': ["I've accepted another offer.", 'I have accepted another offer.'],
    'not-a-fit': [
      "After thinking it over, I've decided the role isn't a good match for me right now.",
      'Having considered it carefully, I have concluded that the role is not a good match for me at present.',
    ],
    emergency: ['Something urgent has come up that I need to deal with.', 'An urgent personal matter needs my attention.'],
    illness: ["I'm unwell and need to focus on getting better.", 'I am unwell and need to focus on my recovery.'],
    'schedule-conflict': [
      "My schedule has changed, and I can't give the process the time it deserves.",
      'My commitments have changed, and I cannot give the process the time it deserves.',
    ],
    unsure: [
      "I've decided the timing isn't right for me to make a move.",
      'I have decided that now is not the right time for me to make a move.',
    ],
  },
  moving: {
    emergency: [
      'Something urgent has come up that I need to deal with on that day.',
      'An urgent personal matter has come up that I need to attend to on that day.',
    ],
    illness: ["I'm unwell and wouldn't be at my best.", 'I am unwell and would not be at my best.'],
    'schedule-conflict': ["I have a clash at that time that I can't move.", 'I have an unavoidable conflict at that time.'],
  },
  missing: {
    emergency: [
      "Something urgent came up, and I wasn't able to let you know in time.",
      'An urgent personal matter came up, and I was not able to let you know in time.',
    ],
    illness: ["I was unwell and couldn't get in touch beforehand.", 'I was unwell and was not able to get in touch beforehand.'],
    'schedule-conflict': [
      "I had a clash in my diary that I didn't catch in time.",
      'I had a scheduling conflict that I did not notice in time.',
    ],
  },
};

/** The person's own line when given, else the stock wording for their reason in this use. */
function reasonFor(context: Context, use: keyof typeof REASON_WORDING): string | undefined {
  const own = ownReason(context);
  if (own) return own;
  const reason = context.fields.reason;
  const wording = reason === undefined ? undefined : REASON_WORDING[use][reason as CandidateReason];
  return wording ? say(context, ...wording) : undefined;
}

/** Why a candidate is stepping away, in one short sentence, or nothing. */
export function reasonForLeaving(context: Context): string | undefined {
  return reasonFor(context, 'leaving');
}

/** Why a candidate needs another time, or nothing when the reason is about leaving. */
export function reasonForMoving(context: Context): string | undefined {
  return reasonFor(context, 'moving');
}

/** Why a candidate missed the interview, in the past tense; a reason for leaving when there's none for missing. */
export function reasonForMissing(context: Context): string | undefined {
  return reasonFor(context, 'missing') ?? reasonForLeaving(context);
}

/** An employer's reason as a clause to follow "because", or nothing. */
export function employerBecause(context: Context): string | undefined {
  switch (context.fields.reason) {
    case 'role-on-hold':
      return 'the role has been put on hold';
    case 'role-filled':
      return say(context, "we've filled the role", 'we have filled the role');
    case 'role-changed':
      return say(context, "the role has changed and we're no longer hiring for it as advertised", 'the role has changed and we are no longer hiring for it as advertised');
    case 'interviewer-unavailable':
      return 'the interviewer is no longer available at that time';
    default:
      return undefined;
  }
}

/** A candidate's closing line: stay in touch when the door is open, good wishes either way. */
export function candidateDoor(context: Context): string {
  if (!context.fields.keepDoorOpen) {
    return say(context, 'I wish you and the team all the best.', 'I wish you every success in filling the role.');
  }
  return say(
    context,
    `I've enjoyed learning about ${companyOr(context, 'your team')}, and I'd be glad to stay in touch.`,
    `I would welcome the chance to stay in touch and to hear about future openings${context.company ? ` at ${context.company}` : ''}.`,
  );
}

/** An employer's closing line to a candidate. */
export function employerDoor(context: Context): string {
  if (!context.fields.keepDoorOpen) {
    return say(context, 'I wish you all the best with your search.', 'I wish you every success in your search.');
  }
  return say(
    context,
    "We'd be glad to keep your details and tell you about future roles that suit you, if you're happy for us to.",
    'With your permission, we would like to keep your details and contact you about future roles that suit your experience.',
  );
}

/** Offers to introduce someone who may suit the role, when the person named one. */
export function referral(context: Context): string | undefined {
  const name = present(context.fields.referralName);
  if (!name) return undefined;
  return say(
    context,
    `If it helps, I'd be happy to introduce you to ${name}, who would be a strong fit for ${theRole(context)}.`,
    `If it would be useful, I would be glad to introduce you to ${name}, who would be a strong candidate for ${theRole(context)}.`,
  );
}

/** A subject line: what the message does, the role and date, and who it is from. */
export function subjectLine(context: Context, label: string, options: { withDate?: boolean; from?: 'sender' | 'company' } = {}): string {
  const parts = [label, context.position, options.withDate === false ? undefined : context.interview?.short];
  const what = parts.filter((part): part is string => part !== undefined && part !== '').join(', ');
  const from = options.from === 'company' ? (context.company ?? context.sender) : context.sender;
  return from ? `${what} – ${from}` : what;
}

/** The sentence that says what the candidate is doing, naming the role and, when known, the date. */
export function candidateDecision(context: Context, action: CandidateAction, when: string | undefined): string {
  const role = theRoleAt(context);
  switch (action) {
    case 'reschedule':
      return sentence(say(context, `I'd like to reschedule my interview for ${role}${onWhen(when)}`, `I would like to reschedule my interview for ${role}${onWhen(when)}`));
    case 'decline':
      return sentence(say(context, `I've decided to decline the invitation to interview for ${role}${onWhen(when)}`, `I have decided to decline the invitation to interview for ${role}${onWhen(when)}`));
    case 'withdraw':
      return sentence(say(context, `I've decided to withdraw my application for ${role}`, `I have decided to withdraw my application for ${role}`));
    default:
      return sentence(`I need to cancel my interview for ${role}${onWhen(when)}`);
  }
}

/** The candidate's reason that fits what they are doing. */
export function candidateReason(context: Context, action: CandidateAction): string | undefined {
  return action === 'reschedule' ? reasonForMoving(context) : reasonForLeaving(context);
}

/** Whether the role may open again, when the employer said so or the reason implies a pause. */
export function reopenSentence(context: Context): string | undefined {
  const mayReopen = context.fields.mayReopen;
  if (mayReopen === true) {
    return say(context, "The role may open again, and if it does, we'll contact you first.", 'The role may open again, and if it does, we will contact you first.');
  }
  if (mayReopen === false) return say(context, "We don't expect the role to reopen.", 'We do not expect the role to reopen.');
  if (context.fields.reason === 'role-on-hold') {
    return say(context, "We don't know yet whether the role will reopen; if it does, we'll let you know.", 'We do not yet know whether the role will reopen; if it does, we will let you know.');
  }
  return undefined;
}

function usableLocale(locale: string | undefined): string {
  if (typeof locale !== 'string' || locale.trim() === '') return DEFAULT_LOCALE;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

const UTC_NOON = '12:00';

/** Noon UTC on a typed YYYY-MM-DD date, or undefined when there is no such day. */
function calendarDay(date: string): number | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(date.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970 || month < 1 || month > 12 || day < 1) return undefined;
  const instant = Date.UTC(year, month - 1, day, 12);
  return new Date(instant).getUTCDate() === day ? instant : undefined;
}

/**
 * A date (and time, when usable) in words. An unreadable date gives nothing, and a problem the
 * person can fix (a time skipped by a clock change, say) becomes a note instead of a wrong time.
 */
function whenOf(
  date: string,
  time: string,
  zones: { zone: string | undefined; otherZone: string | undefined },
  locale: string,
  notes: string[],
): When | undefined {
  const noon = calendarDay(date);
  if (noon === undefined) {
    const day = toInstant({ date, time: UTC_NOON, zone: 'UTC' });
    if (date.trim() !== '') pushOnce(notes, `${day.ok ? '' : `${day.message} `}The message leaves that date out until it is fixed.`);
    return undefined;
  }
  const dayWords = formatDay(noon, locale, true);
  const short = formatDay(noon, locale, false);
  const dayOnly = { full: dayWords, single: dayWords, short };
  if (time.trim() === '') return dayOnly;

  const { zone, otherZone } = zones;
  const instant = toInstant({ date, time, zone: zone ?? 'UTC' });
  if (!instant.ok) {
    pushOnce(notes, `${instant.message} The message gives the day without a time until it is fixed.`);
    return dayOnly;
  }
  if (!zone) {
    pushOnce(notes, "Add the interview's time zone, so no one can misread the time.");
    const words = `${dayWords} at ${formatClock(instant.instant, locale)}`;
    return { full: words, single: words, short };
  }
  const full = formatInBothZones(instant.instant, zone, otherZone ?? zone, locale);
  // Only the voicemail, text and phone scripts need the one-zone wording, so it is written on demand.
  let single: string | undefined;
  return {
    full,
    get single() {
      single ??= otherZone === zone ? full : formatInWords(instant.instant, zone, locale);
      return single;
    },
    short,
  };
}

function pushOnce(notes: string[], note: string): void {
  if (!notes.includes(note)) notes.push(note);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building a formatter costs far more than using one, and the builder re-renders on each keystroke. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** A calendar date in words. The instant is noon UTC on that date, so the zone cannot shift the day. */
function formatDay(instant: number, locale: string, withYear: boolean): string {
  return formatter(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' as const } : {}),
  }).format(instant);
}

function formatClock(instant: number, locale: string): string {
  return formatter(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(instant);
}

/** A date typed as YYYY-MM-DD, in words, or nothing when it cannot be read. */
export function dayInWords(date: string | undefined, context: Context): string | undefined {
  const noon = date ? calendarDay(date) : undefined;
  return noon === undefined ? undefined : formatDay(noon, context.locale, true);
}
