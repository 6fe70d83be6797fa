// What the message builder makes of a form besides the messages themselves: which messages offer
// a calendar file, the times a person offers as instants, and the length line under each message.
// The calendar file itself is in builder-calendar.ts, loaded when a person asks for it; the rows the
// times are typed in are in builder-defaults.ts, with the form. Pure, so the island only wires them to buttons.
import { isCalendarInstant } from './calendar-years';
import { CHANNEL_LIMITS, characterCount, countWords, isLimitedChannel } from './messages/text-length';
import type { MessageChannel, MessageKind } from './types';
import { toInstant } from './zones';
import type { BuilderForm } from './builder-state';

/** The kinds whose message offers new times, so the times can go into the other side's calendar. */
export const CALENDAR_KINDS: readonly MessageKind[] = ['reschedule', 'second-reschedule', 'employer-cancel-interview'];

export const offersCalendar = (kind: MessageKind): boolean => CALENDAR_KINDS.includes(kind);

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

/** Whether the times offered make a calendar file (builder-calendar.ts): one of them a calendar can hold. */
export function hasProposedTimesCalendar(form: Pick<BuilderForm, 'proposedTimes' | 'zone'>): boolean {
  return proposedInstants(form).some(isCalendarInstant);
}

const CHANNEL_NAMES: Record<MessageChannel, string> = {
  email: 'an email',
  phone: 'a phone call',
  voicemail: 'a voicemail',
  text: 'a text',
  linkedin: 'a LinkedIn message',
  message: 'a message',
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
