// The times a person can offer instead, one date and time per row, read in the interview's zone.
import { proposedSlots, withSlot, type TimeSlot } from '../../lib/builder-defaults';
import type { offeredTimeWarning } from '../../lib/offered-times';
import { cityName } from '../../lib/zones';

/** The working-hours check of a time offered (../../lib/offered-times.ts); it comes with the message writer. */
export type TimeWarning = typeof offeredTimeWarning;

interface Props {
  id: string;
  /** The interview's zone, where the times are read: named in the legend. */
  zone: string;
  times: readonly TimeSlot[];
  onChange: (times: TimeSlot[]) => void;
  /** Undefined until the writer has loaded: a time typed asks for it, so the warning follows at once. */
  warningFor: TimeWarning | undefined;
}

export function ProposedTimes({ id, zone, times, onChange, warningFor }: Props) {
  // Named in the legend and in each time's own label, which is all a screen reader may say on entering it.
  const zoneWords = zone ? ` (${cityName(zone)} time)` : '';
  return (
    <fieldset class="bo-group">
      <legend>Times you can offer{zoneWords}</legend>
      {proposedSlots(times).map((slot, index) => {
        const warning = warningFor?.(slot);
        const warningId = `${id}-pt-warning-${index}`;
        return (
          <div class="bo-grid" key={index}>
            <div class="bo-field">
              <label for={`${id}-pt-date-${index}`}>Option {index + 1}: date</label>
              <input
                id={`${id}-pt-date-${index}`}
                type="date"
                value={slot.date}
                aria-describedby={warning ? warningId : undefined}
                onInput={(event) => onChange(withSlot(times, index, 'date', event.currentTarget.value))}
              />
            </div>
            <div class="bo-field">
              <label for={`${id}-pt-time-${index}`}>
                Option {index + 1}: time{zoneWords}
              </label>
              <input
                id={`${id}-pt-time-${index}`}
                type="time"
                value={slot.time}
                aria-describedby={warning ? warningId : undefined}
                onInput={(event) => onChange(withSlot(times, index, 'time', event.currentTarget.value))}
              />
            </div>
            {warning && (
              <p class="bo-notice bo-wide" id={warningId}>
                {warning}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
