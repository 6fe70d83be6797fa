// What the message builder makes of a form besides the messages themselves: the times a person
// offers as instants, the calendar file holding them, and the length line under each message. Pure, so the island only wires them to buttons.
import { icsForProposedTimes } from './ics';
import { MAX_PROPOSED_TIMES } from './fields';
import { CHANNEL_LIMITS, characterCount, countWords, isLimitedChannel } from './messages/text-length';
import type { MessageChannel, MessageKind } from './types';
import { toInstant } from './zones';
import type { BuilderForm } from './builder-state';

/** The kinds whose message offers new times, so the times can go into the other side's calendar. */
export const CALENDAR_KINDS: readonly MessageKind[] = ['reschedule', 'second-reschedule', 'employer-cancel-interview'];

export const offersCalendar = (kind: MessageKind): boolean => CALENDAR_KINDS.includes(kind);

export interface TimeSlot {
  date: string;
  time: string;
}

/** Always MAX_PROPOSED_TIMES rows for the form, blank where nothing is typed yet. */
export function proposedSlots(times: readonly TimeSlot[]): TimeSlot[] {
  return Array.from({ length: MAX_PROPOSED_TIMES }, (_, index) => times[index] ?? { date: '', time: '' });
}

/** The rows with one part of one row changed. */
export function withSlot(times: readonly TimeSlot[], index: number, part: keyof TimeSlot, value: string): TimeSlot[] {
  const slots = proposedSlots(times);
  const slot = slots[index];
  if (slot) slots[index] = { ...slot, [part]: value };
  return slots;
}

/**
 * The complete, real times offered, as instants, read in the interview's zone (the earlier of a
 * time that happens twice). A half-typed row or a time the clocks skip is left out.
 */
export function proposedInstants(form: Pick<BuilderForm, 'proposedTimes' | 'zone'>): number[] {
  return form.proposedTimes
    .filter((slot) => slot.date && slot.time)
    .map((slot) => toInstant({ date: slot.date, time: slot.time, zone: form.zone || 'UTC' }, { fold: 'earlier' }))
    .flatMap((result) => (result.ok ? [result.instant] : []));
}

/** A company name in a calendar title stops here: a title is read at a glance. */
const CALENDAR_COMPANY_LIMIT = 100;
/** Each time offered is held for an hour, long enough for most first interviews. */
const PROPOSED_MINUTES = 60;

export const CALENDAR_FILE_NAME = 'proposed-interview-times.ics';

/** The .ics file of the times offered; `now` stamps it. Null when no time is complete and real. */
export function proposedTimesCalendar(form: Pick<BuilderForm, 'proposedTimes' | 'zone' | 'company'>, now: number): string | null {
  const instants = proposedInstants(form);
  if (instants.length === 0) return null;
  const company = form.company.trim();
  const title = company ? `Interview with ${company.slice(0, CALENDAR_COMPANY_LIMIT)} (proposed)` : 'Interview (proposed time)';
  const ics = icsForProposedTimes(
    instants.map((start) => ({
      start,
      durationMinutes: PROPOSED_MINUTES,
      title,
      description: 'A time offered for the interview. Delete the ones that are not confirmed.',
    })),
    now,
  );
  // Times a calendar cannot hold (before 1970, after 9999) leave nothing to add.
  return ics || null;
}

const CHANNEL_NAMES: Record<MessageChannel, string> = {
  email: 'an email',
  phone: 'a phone call',
  voicemail: 'a voicemail',
  text: 'a text',
  linkedin: 'a LinkedIn message',
};

/** The line under a message: its length in its channel's unit, and the channel's limit when it has one. */
export function lengthNote(channel: MessageChannel, text: string): string {
  const words = countWords(text);
  const wordsPart = `${words} ${words === 1 ? 'word' : 'words'}`;
  if (!isLimitedChannel(channel)) return wordsPart;
  const limit = CHANNEL_LIMITS[channel];
  if (limit.unit === 'words') return `${wordsPart} (${CHANNEL_NAMES[channel]} should stay under ${limit.max})`;
  return `${wordsPart}, ${characterCount(text)} characters (${CHANNEL_NAMES[channel]} should stay under ${limit.max} characters)`;
}
