// The person's edits of the builder's messages, as the flow keeps its own: saved in this browser
// (../shared/use-saved.ts), followed across tabs, and carried into new details or set aside with a
// note (../shared/use-carried-edits.ts), never dropped when a detail, the side or the messages ticked change.
import { useMemo } from 'preact/hooks';
import { readEdits, withoutTyped, withTyped, type EditedFor, type EditPart, type Edits, type PartTexts, type WrittenFrom } from '../../lib/flow/kept-edit';
import type { Message } from '../../lib/types';
import { useCarriedEdits } from '../shared/use-carried-edits';
import { EDITED_ELSEWHERE, useSaved } from '../shared/use-saved';
import { EDITS_KEY, EDITS_VERSION } from './form-state';

const NO_EDITS: Edits = {};

interface Options {
  /** The messages shown, as written now. */
  messages: readonly Message[];
  /** What they are written for: who, the wish and the reason. */
  purpose: EditedFor;
  /** What they are written from: the form, and the plan's steps the clock decided; undefined before the clock is read. */
  from: WrittenFrom | undefined;
  /** The builder's polite status region. */
  announce: (update: (before: string) => string) => void;
  onSaveNotice: (notice: string) => void;
}

export function useKeptEdits({ messages, purpose, from, announce, onSaveNotice }: Options) {
  // A message unticked keeps its edit saved, untouched (only messages shown are carried): ticked again, it is back.
  const { value: edits, setValue: setEdits, derive, clear } = useSaved({
    key: EDITS_KEY,
    version: EDITS_VERSION,
    read: readEdits,
    toSave: readEdits,
    empty: NO_EDITS,
    onSaveNotice,
    onFollowed: () => onSaveNotice(EDITED_ELSEWHERE),
  });
  // Each message is named in the status region by its title, as its card is.
  const labelled = useMemo(() => messages.map((message) => ({ ...message, label: message.title })), [messages]);
  const carryForward = (from: Edits, carried: Edits): void => derive((current) => (current === from ? carried : current));
  const { carried, mergeLines } = useCarriedEdits({ edits, messages: labelled, purpose, from, carryForward, announce });

  /** Each part's text as the person has it, against the message as written now; done with what was set aside, or not. */
  const keep = (message: Message, parts: PartTexts, isAsideDone = false): void =>
    setEdits((before) => withTyped(before, message, parts, purpose, isAsideDone, from));
  return {
    /** The edits as the messages show them now. */
    edits: carried,
    merge: mergeLines,
    onEdit: (message: Message, part: EditPart, text: string): void => keep(message, { [part]: text }),
    /** Brought back or forgotten, the edit is no longer set aside, and the status stops saying it was. */
    onSetAsideDone: (message: Message, parts: PartTexts): void => {
      keep(message, parts, true);
      announce(() => '');
    },
    onUndo: (message: Message): void => setEdits((before) => withoutTyped(before, message.kind)),
    /** Forgets every edit, here and in storage. */
    clear,
  };
}
