// The line under the interview's date and time: what the messages will say about when it is.
import type { BuilderForm } from '../../lib/builder-state';
import { cityName, toInstant } from '../../lib/zones';

export function WhenHint({ id, form }: { id: string; form: Pick<BuilderForm, 'date' | 'time' | 'zone' | 'yourZone'> }) {
  if (!form.date && !form.time) return <p id={id} class="bo-hint">Leave the date blank and the messages will say “our upcoming interview”.</p>;
  if (!form.date || !form.time) return <p id={id} class="bo-hint">Add both the date and the time to have them written out in the messages.</p>;
  const result = toInstant({ date: form.date, time: form.time, zone: form.zone || 'UTC' }, { fold: 'earlier' });
  if (!result.ok) return <p id={id} class="bo-notice" role="alert">{result.message}</p>;
  const here = form.yourZone && form.yourZone !== form.zone ? ` Shown in ${cityName(form.zone)} time and yours.` : '';
  return <p id={id} class="bo-hint">{`Messages give the time in ${cityName(form.zone || 'UTC')} time.${here}`}</p>;
}
