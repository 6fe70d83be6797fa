// The note beside a message whose edit was set aside (../../lib/flow/kept-edit.ts), with its two
// buttons: bring the edit back, carried into the text as written now where it goes in cleanly, or forget it.
// The boxes it is about name it (aria-describedby: asideDescribes), and the one brought back keeps the focus.
import type { ComponentChildren, RefObject } from 'preact';
import { ASIDE_NOTES, broughtBack, partsAside, partToFocus, type EditPart, type Merge, type PartTexts, type SetAside, type Written } from '../../lib/flow/kept-edit';

/** A box's aria-describedby: the note's id when the note is about that part of the message. */
export const asideDescribes = (noteId: string, aside: SetAside | undefined, message: Written, part: EditPart): string | undefined =>
  aside && partsAside(aside, message).includes(part) ? noteId : undefined;

interface Props {
  /** The note's id, for the message box's aria-describedby. */
  id: string;
  aside: SetAside;
  message: Written;
  merge: Merge;
  /** The message's boxes: the one the note was about holds the focus when the buttons go with it. */
  boxes: Partial<Record<EditPart, RefObject<HTMLInputElement | HTMLTextAreaElement>>>;
  /** The tool's classes for a notice and its buttons. */
  classes: { note: string; button: string };
  /** Done with what was set aside: brought back as these parts' texts, or forgotten (none). */
  onDone: (parts: PartTexts) => void;
  /** Words for a screen reader after each button's name, as " for step 2". */
  children?: ComponentChildren;
}

export function SetAsideNote({ id, aside, message, merge, boxes, classes, onDone, children }: Props) {
  const done = (parts: PartTexts): void => {
    onDone(parts);
    // The buttons go with the note: the box it was about (the one brought back) holds the focus.
    boxes[partToFocus(partsAside(aside, message))]?.current?.focus();
  };
  return (
    <p id={id} class={classes.note}>
      {ASIDE_NOTES[aside.why]}{' '}
      <button type="button" class={classes.button} onClick={() => done(broughtBack(aside, message, merge))}>
        Bring back my edit{children}
      </button>{' '}
      <button type="button" class={classes.button} onClick={() => done({})}>
        Forget my edit{children}
      </button>
    </p>
  );
}
