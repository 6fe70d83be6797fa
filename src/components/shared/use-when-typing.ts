// The interview's date and time fields as a person types in them, in both islands: which one they
// are typing in (its check waits until they leave it or pause), and whether it holds what the
// browser cannot read (a day that does not exist, a time half typed), which its value never shows.
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { unreadableField } from '../../lib/zones';

const WHEN_KEYS = ['date', 'time'] as const;
export type WhenKey = (typeof WHEN_KEYS)[number];

/** How long a field's typing must pause before it is checked (and the helper's summary said). */
export const PAUSE_MS = 1000;

// Keys that change what a date or time field holds. Chromium fires no input event while its value
// stays '', so typing an impossible date into an empty field, or emptying one, is only seen here.
const EDIT_KEY = /^(.|Backspace|Delete|Arrow(Up|Down))$/u;

/** `onValue` has each value the browser gives a field. */
export function useWhenTyping(onValue: (key: WhenKey, value: string) => void) {
  const [typing, setTyping] = useState<WhenKey | null>(null);
  // What the browser cannot read lives only in the input, so it is read there as the form renders,
  // and each key, input and leaving renders the form again.
  const [, setReads] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inputs = { date: useRef<HTMLInputElement>(null), time: useRef<HTMLInputElement>(null) };

  /** The person typed in `key`, or (null) left it or answered something else. */
  const read = (key: WhenKey | null): void => {
    clearTimeout(timer.current);
    setTyping(key);
    setReads((reads) => reads + 1);
    if (key) timer.current = setTimeout(read, PAUSE_MS, null);
  };
  // The date first: its problem is the one said when both fields hold one.
  const unreadable = WHEN_KEYS.find((key) => inputs[key].current?.validity.badInput);
  const problem = unreadable ? unreadableField(unreadable) : null;
  // Said once the person leaves the field or pauses, not mid-typing.
  const shown = unreadable === typing ? null : problem;
  return {
    typing,
    problem,
    shown,
    settle: () => read(null),
    /** Cleared: the inputs are emptied too, as what they hold may not be in the form. */
    clear: (): void => {
      for (const input of Object.values(inputs)) if (input.current) input.current.value = '';
      read(null);
    },
    /** One field's ref, state and handlers, to spread onto its input (before an aria-invalid of the form's own). */
    field: (key: WhenKey) => ({
      ref: inputs[key],
      'aria-invalid': shown?.field === key || undefined,
      onInput: (event: TargetedEvent<HTMLInputElement>): void => {
        read(key);
        onValue(key, event.currentTarget.value);
      },
      onKeyUp: (event: TargetedKeyboardEvent<HTMLInputElement>): void => {
        if (EDIT_KEY.test(event.key)) read(key);
      },
      onBlur: () => read(null),
    }),
  };
}
