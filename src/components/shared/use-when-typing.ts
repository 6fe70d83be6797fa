// A form's fields as a person types in them, in both islands: which one they are typing in (its
// check waits until they leave it or pause), and what each field's check finds there. For date and
// time fields (the interview's, the times a person can offer), what the browser cannot read (a day
// that does not exist, a time half typed), which their value never shows.
import type { RefObject, TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Problem } from '../../lib/types';
import { unreadableField } from '../../lib/zones';

export type WhenKey = 'date' | 'time';
/** A date or time field: the interview's own ('date'), or one of several rows' ('date-0'). */
export type WhenFieldKey = WhenKey | `${WhenKey}-${number}`;

/** How long a field's typing must pause before it is checked (and the helper's summary said). */
export const PAUSE_MS = 1000;

// Keys that change what a date or time field holds. Chromium fires no input event while its value
// stays '', so typing an impossible date into an empty field, or emptying one, is only seen here.
const EDIT_KEY = /^(.|Backspace|Delete|Arrow(Up|Down))$/u;

/** `problemAt` is a field's problem, read from it as the form renders; `onValue` has each value the browser gives a field. */
export function useFieldChecks<K extends string>(
  problemAt: (key: K, input: HTMLInputElement) => Problem | null | undefined,
  onValue: (key: K, value: string, input: HTMLInputElement) => void,
) {
  const [typing, setTyping] = useState<K | null>(null);
  // What a field holds is read there as the form renders, and each key, input and leaving renders the form again.
  const [, setReads] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Each field's input by key, in the order the form first renders them: the order on screen.
  const [inputs] = useState(() => new Map<K, RefObject<HTMLInputElement>>());

  /** The person typed in `key`, or (null) left it or answered something else. */
  const read = (key: K | null): void => {
    clearTimeout(timer.current);
    setTyping(key);
    setReads((reads) => reads + 1);
    if (key) timer.current = setTimeout(read, PAUSE_MS, null);
  };
  const found = (key: K): Problem | null | undefined => {
    const input = inputs.get(key)?.current;
    return input && problemAt(key, input);
  };
  /** A field's problem once the person leaves it or pauses, not mid-typing. */
  const shownAt = (key: K): Problem | null | undefined => (key === typing ? null : found(key));
  return {
    typing,
    /** The first field on screen with a problem: its problem is the one said when two hold one. */
    problem: [...inputs.keys()].map(found).find(Boolean) ?? null,
    shownAt,
    settle: () => read(null),
    /** Cleared: the inputs are emptied too, as what they hold may not be in the form. */
    clear: (): void => {
      for (const input of inputs.values()) if (input.current) input.current.value = '';
      read(null);
    },
    /** One field's ref, state and handlers, to spread onto its input (before an aria-invalid of the form's own). */
    field: (key: K) => {
      // Setting a key already there keeps its place in the order.
      const ref: RefObject<HTMLInputElement> = inputs.get(key) ?? { current: null };
      inputs.set(key, ref);
      return {
        ref,
        'aria-invalid': (shownAt(key) && true) || undefined,
        onInput: (event: TargetedEvent<HTMLInputElement>): void => {
          read(key);
          onValue(key, event.currentTarget.value, event.currentTarget);
        },
        onKeyUp: (event: TargetedKeyboardEvent<HTMLInputElement>): void => {
          if (EDIT_KEY.test(event.key)) read(key);
        },
        onBlur: () => read(null),
      };
    },
  };
}

export type FieldChecks<K extends string> = ReturnType<typeof useFieldChecks<K>>;

/** A date or time field's problem: what the browser cannot read there. */
export const unreadable = (key: WhenFieldKey, input: HTMLInputElement): Problem | null =>
  input.validity.badInput ? unreadableField(key.slice(0, 4) as WhenKey) : null;

/** Date and time fields, checked for what the browser cannot read. */
export const useWhenTyping = <K extends WhenFieldKey = WhenKey>(onValue: (key: K, value: string, input: HTMLInputElement) => void): FieldChecks<K> =>
  useFieldChecks<K>(unreadable, onValue);
