// The line under the interview's date and time: what the messages will say about when it is, or
// what is wrong with it.
import type { BuilderForm } from '../../lib/builder-state';
import type { Problem } from '../../lib/types';
import { cityName, toInstant } from '../../lib/zones';

interface Props {
  id: string;
  form: Pick<BuilderForm, 'date' | 'time' | 'zone' | 'yourZone'>;
  /** A date or time field holds what the browser cannot read, so its value in the form is empty. */
  unreadable: Problem | null | undefined;
  /** The clock the messages are written at; null until it is read. */
  now: number | null;
  /** What to say of a time that has passed: it comes with the messages that speak of it (./message-writer.ts). */
  passedHint: string | undefined;
}

export function WhenHint({ id, form, unreadable, now, passedHint }: Props) {
  const result = unreadable ?? (form.date && form.time ? toInstant({ date: form.date, time: form.time, zone: form.zone || 'UTC' }, { fold: 'earlier' }) : null);
  if (result && !result.ok) return <p id={id} class="bo-notice" role="alert">{result.message}</p>;
  if (!form.date && !form.time) return <p id={id} class="bo-hint">Leave the date blank and the messages will say “our upcoming interview”.</p>;
  if (!result) return <p id={id} class="bo-hint">Add both the date and the time to have them written out in the messages.</p>;
  if (passedHint && now !== null && result.instant < now) return <p id={id} class="bo-notice">{passedHint}</p>;
  const here = form.yourZone && form.yourZone !== form.zone ? ` Shown in ${cityName(form.zone)} time and yours.` : '';
  return <p id={id} class="bo-hint">{`Messages give the time in ${cityName(form.zone || 'UTC')} time.${here}`}</p>;
}
