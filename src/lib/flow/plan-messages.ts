// The plan and its messages in one list: each step of the advice's channel plan, labelled with its
// number, time and channel ("2 · At 09:00: call — script"), with the message written for that step
// and, for a step that waits, the reminder to put in a calendar. Pure: the clock is a parameter.
import type { Advice, PlannedStep } from '../advice/decide';
import type { StepChannel, StepTiming } from '../advice/plan';
import { cleanField } from '../clean-field';
import { FIELD_CAPS } from '../field-caps';
import type { MessageFields } from '../fields';
import { PLAN_TEMPLATES } from '../messages/templates/plan';
import { writeMessage } from '../messages/write';
import { isPlaceholder } from '../placeholders';
import type { Message, MessageKind } from '../types';
import { cityName, wallClockAt } from '../zones';

/** The few details the messages need that the situation does not hold, asked once beside them. */
export interface FlowDetails {
  yourName: string;
  recipientName: string;
  company: string;
  position: string;
}

export const EMPTY_DETAILS: FlowDetails = { yourName: '', recipientName: '', company: '', position: '' };

export const DETAIL_KEYS = ['yourName', 'recipientName', 'company', 'position'] as const satisfies readonly (keyof FlowDetails)[];

/** Saved or typed details, read forgivingly: anything but text becomes empty. */
export function readDetails(data: unknown): FlowDetails {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const details = { ...EMPTY_DETAILS };
  for (const key of DETAIL_KEYS) {
    const value = record[key];
    if (typeof value === 'string') details[key] = value.slice(0, 200);
  }
  return details;
}

/** Timings the plan sets for later: those steps can go into a calendar. */
export type WaitingTiming = Extract<StepTiming, { at: number }>;

export const isWaiting = (timing: StepTiming): timing is WaitingTiming =>
  timing.kind === 'at-opening' || timing.kind === 'call-again' || timing.kind === 'if-no-reply';

const CHANNEL_WORDS: Record<StepChannel, string> = {
  email: 'email',
  call: 'call — script',
  voicemail: 'voicemail',
  text: 'text',
  message: 'message',
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 24 * 60 * 60_000;

/** "09:00" within the next day (the next 09:00 is unambiguous), else "Thursday 12:00", on the person's clock. */
export function clockWords(instant: number, zone: string, now: number): string {
  const wall = wallClockAt(instant, zone);
  return instant - now < DAY_MS ? wall.time : `${WEEKDAYS[wall.weekday] ?? ''} ${wall.time}`;
}

/** "Now", "At 09:00", "If no answer"…: when a step happens, short enough for its heading. */
export function timingWords(timing: StepTiming, zone: string, now: number): string {
  switch (timing.kind) {
    case 'now':
      return 'Now';
    case 'at-opening':
      return `At ${clockWords(timing.at, zone, now)}`;
    case 'if-no-answer':
      return 'If no answer';
    case 'straight-after':
      return 'Straight after';
    case 'call-again':
      return `If no call back, at ${clockWords(timing.at, zone, now)}`;
    case 'if-no-reply':
      return `If no reply by ${clockWords(timing.at, zone, now)}`;
  }
}

/** "2 · At 09:00: call — script" */
export function stepHeading(step: Pick<PlannedStep, 'channel' | 'timing'>, index: number, zone: string, now: number): string {
  return `${index + 1} · ${timingWords(step.timing, zone, now)}: ${CHANNEL_WORDS[step.channel]}`;
}

export interface Reminder {
  /** When the step is due: the calendar's alarm rings then. */
  at: number;
  title: string;
  description: string;
}

export interface FlowItem {
  /** 0-based position in the plan. */
  index: number;
  heading: string;
  step: PlannedStep;
  /** The message written for this step, when the step is the first to use it. */
  message?: Message;
  /** The step whose message this one uses again (0-based), e.g. a second call with the same script. */
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
export function flowFields(advice: Advice, details: FlowDetails): MessageFields {
  const { situation } = advice;
  const { interview } = situation;
  const fields: MessageFields = { keepDoorOpen: true, tone: 'warm', stage: situation.stage };
  const typed = { ...details, yourZone: situation.personZone };
  for (const field of [...DETAIL_KEYS, 'yourZone'] as const) {
    const value = kept(field, typed[field]);
    // A copied template's "[Your name]" would go out as it is: leave it out.
    if (value && !isPlaceholder(value)) fields[field] = value;
  }
  if (interview.date || interview.time) {
    fields.interview = { date: kept('date', interview.date), time: kept('time', interview.time), zone: kept('zone', interview.zone) };
  }
  if (situation.reason) fields.reason = situation.reason;
  if (advice.wish) fields.wish = advice.wish;
  return fields;
}

function reminderOf(step: PlannedStep, heading: string, zone: string): Reminder | undefined {
  if (!isWaiting(step.timing)) return undefined;
  return {
    at: step.timing.at,
    title: `${step.label} (Bow Out reminder)`,
    description: `${heading.replace(/^\d+ · /u, '')}. ${step.when} Times are on your clock (${cityName(zone)} time).`,
  };
}

/** Every step of the plan in order, each with its message (once per kind) and, if it waits, its reminder. */
export function flowItems(advice: Advice, details: FlowDetails, now: number, locale = 'en-GB'): FlowItem[] {
  const zone = advice.situation.personZone || advice.situation.interview.zone;
  const fields = flowFields(advice, details);
  const firstUse = new Map<MessageKind, number>();
  return advice.channelPlan.map((step, index) => {
    const heading = stepHeading(step, index, zone, now);
    const reminder = reminderOf(step, heading, zone);
    const item: FlowItem = { index, heading, step, ...(reminder ? { reminder } : {}) };
    const earlier = firstUse.get(step.message);
    if (earlier !== undefined) return { ...item, sameAs: earlier };
    firstUse.set(step.message, index);
    const planned = advice.messages.list.find((message) => message.kind === step.message);
    const message = writeMessage(step.message, PLAN_TEMPLATES[step.message], fields, planned ? { locale, step: planned.step } : { locale });
    return { ...item, message };
  });
}
