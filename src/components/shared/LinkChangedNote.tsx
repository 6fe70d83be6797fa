// The note when a link changed details saved in this browser: what it changed, and a button that
// puts the saved details back. Both islands show it; each says how to go back, in its own classes.

interface Props {
  /** What the link changed, in words (../../lib/link-changes.ts, changedInWords). */
  changed: string;
  onUseSaved: () => void;
  classes: { note: string; button: string };
}

export function LinkChangedNote({ changed, onUseSaved, classes }: Props) {
  return (
    <p class={classes.note}>
      The link you followed changed details you had saved: {changed}.{' '}
      <button type="button" class={classes.button} onClick={onUseSaved}>
        Use my saved details
      </button>
    </p>
  );
}
