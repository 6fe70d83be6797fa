// The times a person can offer instead, one date and time per row, read in the interview's zone.
// Each field says when the browser cannot read what was typed (../shared/use-when-typing.ts).
import { proposedSlots, withSlot, type TimeSlot } from '../../lib/builder-defaults';
import type { offeredTimeWarning } from '../../lib/offered-times';
import { cityName } from '../../lib/zones';
import type { FieldChecks, WhenKey } from '../shared/use-when-typing';

/** The working-hours check of a time offered (../../lib/offered-times.ts); it comes with the message writer. */
export type TimeWarning = typeof offeredTimeWarning;

/** One row's date or time field: 'date-0' is the first row's date. */
export type OfferedKey = `${WhenKey}-${number}`;

/** The rows with the field `key` names changed to `value`. */
export const withOffered = (times: readonly TimeSlot[], key: OfferedKey, value: string): TimeSlot[] =>
  withSlot(times, Number(key.slice(5)), key.slice(0, 4) as WhenKey, value);

interface Props {
  id: string;
  /** The interview's zone, where the times are read: named in the legend. */
  zone: string;
  times: readonly TimeSlot[];
  /** The rows' fields as typed; their values reach the form through it. */
  typed: Pick<FieldChecks<OfferedKey>, 'field' | 'shownAt'>;
  /** Undefined until the writer has loaded: a time typed asks for it, so the warning follows at once. */
  warningFor: TimeWarning | undefined;
}

export function ProposedTimes({ id, zone, times, typed, warningFor }: Props) {
  // Named in the legend and in each time's own label, which is all a screen reader may say on entering it.
  const zoneWords = zone ? ` (${cityName(zone)} time)` : '';
  return (
    <fieldset class="bo-group">
      <legend>Times you can offer{zoneWords}</legend>
      {proposedSlots(times).map((slot, index) => {
        const warning = warningFor?.(slot);
        const warningId = `${id}-pt-warning-${index}`;
        const field = (part: WhenKey, label: string) => {
          const key: OfferedKey = `${part}-${index}`;
          // What the browser cannot read in this field describes it; otherwise the row's working-hours warning.
          const problem = typed.shownAt(key);
          const problemId = `${id}-pt-${key}-problem`;
          return (
            <div class="bo-field">
              <label for={`${id}-pt-${key}`}>{label}</label>
              <input
                id={`${id}-pt-${key}`}
                type={part}
                value={slot[part]}
                aria-describedby={problem ? problemId : warning ? warningId : undefined}
                {...typed.field(key)}
              />
              {problem && (
                <p class="bo-notice" id={problemId}>
                  {problem.message}
                </p>
              )}
            </div>
          );
        };
        return (
          <div class="bo-grid" key={index}>
            {field('date', `Option ${index + 1}: date`)}
            {field('time', `Option ${index + 1}: time${zoneWords}`)}
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
