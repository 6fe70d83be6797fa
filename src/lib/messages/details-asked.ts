// Which details beyond names a message can use, so the helper's flow and the message builder ask
// for the same ones, in the open, whenever a message on screen uses them.
import type { MessageKind, Who, Wish } from '../types';

/** Messages that offer the other side new times (the `timesOffer` sentence). */
const OFFERS_TIMES: readonly MessageKind[] = ['reschedule', 'second-reschedule', 'missed-apology', 'employer-no-show'];
/** Wishes whose messages offer new times, whatever their kind (a phone script to move it). */
const MOVING: readonly (Wish | undefined)[] = ['reschedule', 'move-interview'];
/** Employer messages that can say whether the role may reopen (`reopenSentence`). */
const SAYS_IF_ROLE_REOPENS: readonly MessageKind[] = ['employer-withdraw-invitation', 'employer-cancel-interview', 'employer-phone-script'];

export interface DetailsAsked {
  times: boolean;
  mayReopen: boolean;
}

export function detailsAsked(kinds: readonly MessageKind[], who: Who, wish: Wish | undefined): DetailsAsked {
  return {
    times: MOVING.includes(wish) || kinds.some((kind) => OFFERS_TIMES.includes(kind)),
    mayReopen: who === 'employer' && wish !== 'move-interview' && kinds.some((kind) => SAYS_IF_ROLE_REOPENS.includes(kind)),
  };
}
