// The note beside a message whose edit was set aside (../../lib/flow/kept-edit.ts), with its two
// buttons: bring the edit back, carried into the text as written now where it goes in cleanly, or forget it.
import type { ComponentChildren } from 'preact';
import { ASIDE_NOTES, broughtBack, type Merge, type PartTexts, type SetAside, type Written } from '../../lib/flow/kept-edit';

interface Props {
  /** The note's id, for the message box's aria-describedby. */
  id: string;
  aside: SetAside;
  message: Written;
  /** Undefined until the merge has loaded: the edit then comes back as it was. */
  merge: Merge | undefined;
  /** The tool's classes for a notice and its buttons. */
  classes: { note: string; button: string };
  /** Done with what was set aside: brought back as these parts' texts, or forgotten (none). */
  onDone: (parts: PartTexts) => void;
  /** Words for a screen reader after each button's name, as " for step 2". */
  children?: ComponentChildren;
}

export function SetAsideNote({ id, aside, message, merge, classes, onDone, children }: Props) {
  return (
    <p id={id} class={classes.note}>
      {ASIDE_NOTES[aside.why]}{' '}
      <button type="button" class={classes.button} onClick={() => onDone(broughtBack(aside, message, merge))}>
        Bring back my edit{children}
      </button>{' '}
      <button type="button" class={classes.button} onClick={() => onDone({})}>
        Forget my edit{children}
      </button>
    </p>
  );
}
