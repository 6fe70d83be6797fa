// The plan and its messages in one list: each step of the advice's channel plan, labelled with its
// number, time and channel ("2 · At 09:00: call — script"), with the message written for that step
// and, for a step that waits, the reminder to put in a calendar. Pure: the clock is a parameter.
import type { Advice, PlannedStep } from '../advice/decide';
import { messageStepAt, writtenChannel, type MessageStep, type StepChannel, type StepTiming } from '../advice/plan';
import { cleanField } from '../clean-field';
import { FIELD_CAPS, MAX_PROPOSED_TIMES } from '../field-caps';
import type { MessageFields, ProposedTime } from '../fields';
import { FLOW_TEMPLATES, PLAN_TEMPLATES } from '../messages/templates/plan';
import { writeMessage } from '../messages/write';
import { WEEKDAYS, writePlanTime, writingLocale, type WritingLocale } from '../messages/writing';
import { isPlaceholder } from '../placeholders';
import type { Situation } from '../situation';
import type { FlowKind, Message, MessageKind, Wish } from '../types';
import { wallClockAt } from '../zones';
import { reminderOf, type Reminder } from './reminder';

/** The few details the messages need that the situation does not hold, asked once beside them. */
export interface FlowDetails {
  yourName: string;
  recipientName: string;
  company: string;
  position: string;
  /** The number a voicemail or script gives for a call back, as typed (its grouping kept). */
  yourPhone: string;
  /** Times the person can offer instead, in the interview's zone; rows may be half filled. */
  proposedTimes: ProposedTime[];
  /** Employer: whether the role may open again; empty is "we don't know yet". */
  mayReopen: '' | 'yes' | 'no';
  /** The messages offer to stay in touch (an employer's, to keep their details): ticked, in view, unless the person unticks it. */
  keepDoorOpen: boolean;
}

export const EMPTY_DETAILS: FlowDetails = { yourName: '', recipientName: '', company: '', position: '', yourPhone: '', proposedTimes: [], mayReopen: '', keepDoorOpen: true };

/** The names asked beside every message. */
export const DETAIL_KEYS = ['yourName', 'recipientName', 'company', 'position'] as const satisfies readonly (keyof FlowDetails)[];
/** Every line of text the details hold: the names, and the number asked only beside a call or voicemail. */
const TEXT_KEYS = [...DETAIL_KEYS, 'yourPhone'] as const satisfies readonly (keyof FlowDetails)[];

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/u;
const TIME_TEXT = /^\d{2}:\d{2}$/u;

/** Saved or typed details, read forgivingly: anything but the right shape becomes empty. */
export function readDetails(data: unknown): FlowDetails {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const details: FlowDetails = { ...EMPTY_DETAILS, proposedTimes: [] };
  for (const key of TEXT_KEYS) {
    const value = record[key];
    if (typeof value === 'string') details[key] = value.slice(0, 200);
  }
  const times = Array.isArray(record['proposedTimes']) ? record['proposedTimes'] : [];
  for (const time of times.slice(0, MAX_PROPOSED_TIMES)) {
    const row = typeof time === 'object' && time !== null ? (time as Record<string, unknown>) : {};
    const date = typeof row['date'] === 'string' && DATE_TEXT.test(row['date']) ? row['date'] : '';
    const clock = typeof row['time'] === 'string' && TIME_TEXT.test(row['time']) ? row['time'] : '';
    details.proposedTimes.push({ date, time: clock });
  }
  const reopen = record['mayReopen'];
  if (reopen === 'yes' || reopen === 'no') details.mayReopen = reopen;
  // Saved before the box was: the messages offered it then, so they still do.
  if (record['keepDoorOpen'] === false) details.keepDoorOpen = false;
  return details;
}

export { detailsAsked } from '../messages/details-asked';

export { isWaiting, type Reminder, type WaitingTiming } from './reminder';

const CHANNEL_WORDS: Record<StepChannel, string> = {
  email: 'email',
  call: 'call — script',
  voicemail: 'voicemail',
  text: 'text',
  message: 'message',
};

const DAY_MS = 24 * 60 * 60_000;

/**
 * "at 09:00", "on Thursday at 12:00"; "by 09:00", "by Thursday at 12:00": a moment on the person's
 * clock, as a person says it. Within the next day the time alone is unambiguous; later, the weekday too.
 */
export function momentWords(word: 'at' | 'by', instant: number, zone: string, now: number, locale: WritingLocale = 'en-GB'): string {
  const wall = wallClockAt(instant, zone);
  const time = writePlanTime(wall, locale);
  if (instant - now < DAY_MS) return `${word} ${time}`;
  return `${word === 'at' ? 'on' : 'by'} ${WEEKDAYS[wall.weekday] ?? ''} at ${time}`;
}

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Now", "At 09:00", "On Thursday at 12:00", "If no answer"…: when a step happens, short enough for its heading. */
export function timingWords(timing: StepTiming, zone: string, now: number, locale: WritingLocale = 'en-GB'): string {
  switch (timing.kind) {
    case 'now':
      return 'Now';
    case 'at-opening':
      return upperFirst(momentWords('at', timing.at, zone, now, locale));
    case 'if-no-answer':
      return 'If no answer';
    case 'straight-after':
      return 'Straight after';
    case 'call-again':
      return `If no call back, ${momentWords('at', timing.at, zone, now, locale)}`;
    case 'if-no-reply':
      return `If no reply ${momentWords('by', timing.at, zone, now, locale)}`;
  }
}

/** "2 · At 09:00: call — script" */
export function stepHeading(step: Pick<PlannedStep, 'channel' | 'timing'>, index: number, zone: string, now: number, locale: WritingLocale = 'en-GB'): string {
  return `${index + 1} · ${timingWords(step.timing, zone, now, locale)}: ${CHANNEL_WORDS[step.channel]}`;
}

export interface FlowItem {
  /** 0-based position in the plan. */
  index: number;
  heading: string;
  step: PlannedStep;
  /** The message written for this step, unless an earlier step's fits it word for word. */
  message?: Message;
  /** What the person's edits of this step's message are saved under: its kind, or for a later step's own version, that and its moment. */
  editKey?: string;
  /** The step whose message this one uses again (0-based), e.g. the voicemail an employer's script covers. */
  sameAs?: number;
  reminder?: Reminder;
}

/** A line as the builder's reader (parseFields) keeps it: cleaned and cut to its field's cap. */
const kept = (field: keyof typeof FIELD_CAPS, text: string): string => cleanField(text, FIELD_CAPS[field]).value;

/**
 * The generator's fields from the situation the helper read and the details typed beside the
 * messages, as parseFields would read them (a unit test holds the two equal). Both are read
 * already, so the flow needs parseFields' cleaning, not the builder's whole form and its notices.
 */
export function flowFields(situation: Situation, wish: Wish | undefined, details: FlowDetails): MessageFields {
  const { interview } = situation;
  const fields: MessageFields = { keepDoorOpen: details.keepDoorOpen, tone: 'warm', stage: situation.stage };
  const typed = { ...details, yourZone: situation.personZone };
  for (const field of [...TEXT_KEYS, 'yourZone'] as const) {
    const value = kept(field, typed[field]);
    // A copied template's "[Your name]" would go out as it is: leave it out.
    if (value && !isPlaceholder(value)) fields[field] = value;
  }
  if (interview.date || interview.time) {
    fields.interview = { date: kept('date', interview.date), time: kept('time', interview.time), zone: kept('zone', interview.zone) };
  }
  if (situation.reason) fields.reason = situation.reason;
  if (wish) fields.wish = wish;
  // Only whole rows are offered; readDetails keeps at most MAX_PROPOSED_TIMES of them.
  const times = details.proposedTimes.filter((time) => time.date !== '' && time.time !== '');
  if (times.length > 0) fields.proposedTimes = times;
  if (details.mayReopen) fields.mayReopen = details.mayReopen === 'yes';
  // The policy: a candidate tells the agency recruiter first and asks them to tell the employer.
  if (situation.who === 'candidate' && situation.people.agency) fields.throughAgency = true;
  return fields;
}

/** Written the same, word for word: a later step can point back to it. */
const isSameText = (one: Message, other: Message): boolean =>
  one.subject === other.subject && one.body === other.body && (one.notes ?? []).join('\n') === (other.notes ?? []).join('\n');

/**
 * Every step of the plan in order, each with its message and, if it waits, its reminder. A later
 * step of the same kind is written for its own moment (a call again after the voicemail and the
 * email says the email has gone, and promises no other), and points back only when the words match.
 */
export function flowItems(advice: Advice, details: FlowDetails, now: number, locale: string = advice.locale): FlowItem[] {
  const zone = advice.situation.personZone || advice.situation.interview.zone;
  const fields = flowFields(advice.situation, advice.wish, details);
  const written: FlowItem[] = [];
  advice.channelPlan.forEach((step, index) => {
    // One locale for the headings and the messages under them, or the two would write dates apart.
    const heading = stepHeading(step, index, zone, now, writingLocale(locale));
    const reminder = reminderOf(step, heading, zone, fields.company);
    const item: FlowItem = { index, heading, step, ...(reminder ? { reminder } : {}) };
    const messageStep = messageStepAt(advice.notice, advice.channelPlan, index);
    const text = writeMessage(step.message, PLAN_TEMPLATES[step.message], fields, { locale, step: messageStep });
    // An email the plan sends by text (there is no address) is a text, and one sent the way they reached
    // the person (no contact details) a message: copied as one, never opened in a mail app.
    const message: Message = (step.channel === 'text' || step.channel === 'message') && text.channel === 'email' ? { ...text, channel: step.channel } : text;
    const earlier = written.filter((before) => before.step.message === step.message && before.message);
    const same = earlier.find((before) => before.message && isSameText(before.message, message));
    if (same) written.push({ ...item, sameAs: same.index });
    else written.push({ ...item, message, editKey: earlier.length === 0 ? step.message : laterEditKey(step.message, messageStep) });
  });
  return written;
}

/** A later step's own version of a kind, keyed by its moment, not its number: a plan that loses a step keeps the edit on it. */
const laterEditKey = (kind: MessageKind, step: MessageStep): string => `${kind} after ${step.after}${step.sent ? `, ${step.sent} sent` : ''}`;

/**
 * The page's own messages that the plan does not send (a stay-in-touch note, a second move), or all
 * of them while there is no plan yet: a reader who came for a template has it before any date.
 * With a plan, each is written in its notice band, as the plan's own messages are (one apology for
 * short notice only when it is short); with none, the notice is not known, so none is claimed.
 */
export function pageMessages(kinds: readonly FlowKind[], situation: Situation, advice: Advice | null, details: FlowDetails, locale = 'en-GB'): Message[] {
  const planned = new Set<MessageKind>(advice ? advice.channelPlan.map((step) => step.message) : []);
  // An apology for missing it would claim what the clock denies while the interview is still ahead.
  if (advice && advice.notice !== 'missed') planned.add('missed-apology');
  const fields = flowFields(advice?.situation ?? situation, advice ? advice.wish : situation.wish, details);
  const extra = kinds.filter((kind, index) => !planned.has(kind) && kinds.indexOf(kind) === index);
  const written = advice ? writtenChannel(advice.channelPlan) : undefined;
  // A plan that writes first (email now, call later): a call the page's own scripts are for comes
  // after that message, so a voicemail never promises the email that has already gone.
  const isWrittenFirst = written !== undefined && advice?.channelPlan[0]?.channel === written;
  const step = advice
    ? { notice: advice.notice, after: 'nothing' as const, set: [...planned, ...extra], ...(written ? { writtenBy: written } : {}), ...(isWrittenFirst ? { sent: written } : {}) }
    : undefined;
  return extra.map((kind) => writeMessage(kind, FLOW_TEMPLATES[kind], fields, step ? { locale, step } : { locale }));
}

/**
 * Whether the box "Offer to stay in touch" changes any message shown: asked only then, so it never
 * sits beside messages it does nothing to (a request to move the interview, say). `shown` is what
 * the details write now, so only the other answer is written again.
 */
export function isDoorOpenAsked(
  shown: readonly Message[],
  kinds: readonly FlowKind[],
  situation: Situation,
  advice: Advice | null,
  details: FlowDetails,
  now: number,
  locale = 'en-GB',
): boolean {
  const given = { ...details, keepDoorOpen: !details.keepDoorOpen };
  const other = [...(advice ? flowItems(advice, given, now, locale).flatMap((item) => (item.message ? [item.message] : [])) : []), ...pageMessages(kinds, situation, advice, given, locale)];
  const texts = (messages: readonly Message[]): string => JSON.stringify(messages.map((message) => [message.subject, message.body]));
  return texts(shown) !== texts(other);
}

/**
 * All the flow's messages take from the clock: the notice and, at each step of the plan, its channel,
 * its message and what came before it. A minute passing leaves it as it was unless a message changes.
 */
export const messagesClock = (advice: Advice | null) =>
  advice ? { notice: advice.notice, steps: advice.channelPlan.map((step, index) => ({ channel: step.channel, message: step.message, ...messageStepAt(advice.notice, advice.channelPlan, index) })) } : null;

/** The rows of times to offer on screen: those typed so far and one empty row, up to the most kept. */
export function timeRows(times: readonly ProposedTime[]): ProposedTime[] {
  const rows = times.slice(0, MAX_PROPOSED_TIMES).map((time) => ({ ...time }));
  const last = rows[rows.length - 1];
  if (rows.length < MAX_PROPOSED_TIMES && (!last || last.date !== '' || last.time !== '')) rows.push({ date: '', time: '' });
  return rows;
}

/** The rows with one part of one row changed; empty rows at the end are dropped. */
export function withTimePart(times: readonly ProposedTime[], index: number, part: keyof ProposedTime, value: string): ProposedTime[] {
  const rows = timeRows(times);
  const row = rows[index];
  if (row) rows[index] = { ...row, [part]: value };
  while (rows.length > 0 && rows[rows.length - 1]?.date === '' && rows[rows.length - 1]?.time === '') rows.pop();
  return rows;
}
