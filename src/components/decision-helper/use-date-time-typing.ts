// The interview's date and time as the person types them: which field is being typed in (checked
// when they leave it or pause), and whether the browser holds a value it cannot give us yet (a date
// half typed, a day that does not exist), which the engine never sees.
import type { TargetedEvent, TargetedFocusEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Situation } from '../../lib/situation';
import type { Problem } from '../../lib/types';

export type WhenKey = 'date' | 'time';

/** How long a field's typing must pause before it is checked and the summary is announced. */
export const PAUSE_MS = 1000;

const NOT_UNFINISHED = { date: false, time: false } as const;

export function useDateTimeTyping(situation: Situation, onValue: (key: WhenKey, value: string) => void) {
  const [unfinished, setUnfinished] = useState<Record<WhenKey, boolean>>(NOT_UNFINISHED);
  const dateInput = useRef<HTMLInputElement>(null);
  const timeInput = useRef<HTMLInputElement>(null);
  const [typing, setTyping] = useState<WhenKey | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Any other answer means the person has moved on from the field they were typing in.
  const settle = (): void => {
    clearTimeout(typingTimer.current);
    setTyping(null);
  };
  /** Cleared: a half-typed date or time lives only in the input, so the inputs themselves are emptied too. */
  const clearTyped = (): void => {
    setUnfinished(NOT_UNFINISHED);
    if (dateInput.current) dateInput.current.value = '';
    if (timeInput.current) timeInput.current.value = '';
  };
  const onDateOrTime =
    (key: WhenKey) =>
    (event: TargetedEvent<HTMLInputElement>): void => {
      const input = event.currentTarget;
      setTyping(key);
      clearTimeout(typingTimer.current);
      typingTimer.current = setTimeout(() => setTyping(null), PAUSE_MS);
      setUnfinished((before) => ({ ...before, [key]: input.validity.badInput }));
      if (input.value !== situation.interview[key]) onValue(key, input.value);
    };
  const checkUnfinished =
    (key: WhenKey) =>
    (event: TargetedFocusEvent<HTMLInputElement>): void => {
      settle();
      const isBad = event.currentTarget.validity.badInput;
      setUnfinished((before) => (before[key] === isBad ? before : { ...before, [key]: isBad }));
    };

  // The browser's own date and time pickers refuse impossible values before the engine sees them.
  let unfinishedProblem: Problem | null = null;
  if (unfinished.date) {
    unfinishedProblem = { ok: false, problem: 'unfinished-date', field: 'date', message: 'That date is not complete or does not exist. Please check the day, month and year.' };
  } else if (unfinished.time) {
    unfinishedProblem = { ok: false, problem: 'unfinished-time', field: 'time', message: 'That time is not complete. Please enter hours and minutes.' };
  }

  return { typing, unfinishedProblem, dateInput, timeInput, settle, clearTyped, onDateOrTime, checkUnfinished };
}
