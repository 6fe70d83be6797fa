// A tool's edits of its messages as the messages are written now (../../lib/flow/merge-lines.ts):
// carried into new text where they go in cleanly, else set aside with a note, and said once,
// politely, in the tool's status region. Shared by the flow and the message builder.
// The merge comes with the messages (both tools load this with them), not after the first edit: a
// change made before a later load arrived showed the new text without the person's edit, and no note.
import { useEffect, useMemo } from 'preact/hooks';
import { asideNews, type EditedFor, type Edits, type Labelled, type Written, type WrittenFrom } from '../../lib/flow/kept-edit';
import { carriedForward, mergeLines } from '../../lib/flow/merge-lines';

interface Carried {
  edits: Edits;
  /** The messages shown, each by the key its edits are kept under, named as the status region says it. */
  messages: readonly (Written & Labelled)[];
  /** What the messages are for now: an edit written for another is set aside, not carried in. */
  purpose: EditedFor;
  /** What the messages are written from now (../../lib/flow/kept-edit.ts, writtenFrom); undefined before the clock is read. */
  from: WrittenFrom | undefined;
  /** Sets the carried edits onto the edits they came from (and saves them, unless another tab's). */
  carryForward: (from: Edits, carried: Edits) => void;
  /** The tool's polite status region. */
  announce: (update: (before: string) => string) => void;
}

export function useCarriedEdits({ edits, messages, purpose, from, carryForward, announce }: Carried) {
  // The same purpose is the same object, so the edits are carried again only when something moved.
  const { who, wish, isWishAssumed, reason } = purpose;
  const samePurpose = useMemo(() => purpose, [who, wish, isWishAssumed, reason]);
  const sameFrom = useMemo(() => from, [from?.details, from?.clock]);
  // The edits carried into the messages as now written, or set aside: shown so at once, and saved.
  const carried = useMemo(() => carriedForward(edits, messages, samePurpose, sameFrom), [edits, messages, samePurpose, sameFrom]);
  useEffect(() => {
    if (carried === edits) return;
    // Said once, politely, as an edit is set aside: not on a reload (it was saved so), nor on a keystroke.
    const news = asideNews(edits, carried, messages);
    // The same message set aside again is news too: a trailing no-break space makes the region speak again.
    if (news) announce((before) => (before === news ? `${news}\u00a0` : news));
    else if (news === '') announce(() => '');
    // Onto the edits it was carried from only, and never written back if they came from another tab.
    carryForward(edits, carried);
  }, [carried, edits]);
  return { carried, mergeLines };
}
