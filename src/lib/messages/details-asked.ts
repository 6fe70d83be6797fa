// Which details beyond names a message can use, so the helper's flow and the message builder ask
// for the same ones, in the open, whenever a message on screen uses them.
import type { MessageKind, Who, Wish } from '../types';

/** Messages that offer the other side new times (the `timesOffer` sentence). */
const OFFERS_TIMES: readonly MessageKind[] = ['reschedule', 'second-reschedule', 'missed-apology', 'employer-no-show', 'reply-to-employer-change'];
/** Wishes whose messages offer new times, whatever their kind (a phone script to move it). */
const MOVING: readonly (Wish | undefined)[] = ['reschedule', 'move-interview'];
/** Employer messages that can say whether the role may reopen (`reopenSentence`). */
const SAYS_IF_ROLE_REOPENS: readonly MessageKind[] = ['employer-withdraw-invitation', 'employer-cancel-interview', 'employer-phone-script'];

/** Beside a message that asks the other side for times because none were typed: the field is above it. */
export const TIMES_PROMPT = 'Add two or three times you can do, above, and they appear here.';

/** Whether a written message asked for their times for want of any typed (its note says so). */
export function asksForTimes(message: { notes?: readonly string[] }): boolean {
  return message.notes?.includes(TIMES_PROMPT) ?? false;
}

/** Messages spoken on the phone, where the person gives a number to call back on. */
const SPOKEN: readonly MessageKind[] = ['phone-script', 'voicemail', 'employer-phone-script'];

export interface DetailsAsked {
  times: boolean;
  mayReopen: boolean;
  /** Your phone number, for a voicemail or script to give. */
  phone: boolean;
}

/** Any time row with something typed in it. */
export const hasTypedTime = (times: readonly { date?: string; time?: string }[] | undefined): boolean =>
  (times ?? []).some((row) => Boolean(row.date?.trim() || row.time?.trim()));

/**
 * What to ask beside the messages; a message shown that asked for their times asks for ours too.
 * Times once typed keep their fields where they are: the message that asked for them stops asking
 * as soon as the first is complete, and the fields must not vanish under the person's cursor.
 */
export function detailsAsked(
  kinds: readonly MessageKind[],
  who: Who,
  wish: Wish | undefined,
  shown: readonly { notes?: readonly string[] }[] = [],
  typedTimes: readonly { date?: string; time?: string }[] = [],
): DetailsAsked {
  return {
    times: MOVING.includes(wish) || kinds.some((kind) => OFFERS_TIMES.includes(kind)) || shown.some(asksForTimes) || hasTypedTime(typedTimes),
    mayReopen: who === 'employer' && wish !== 'move-interview' && kinds.some((kind) => SAYS_IF_ROLE_REOPENS.includes(kind)),
    phone: kinds.some((kind) => SPOKEN.includes(kind)),
  };
}
