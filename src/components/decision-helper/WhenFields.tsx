// The helper's questions about when: the interview's date and time, which of two times a clock
// change means, the zone they are read in, and the person's own zone. The answers, and what is
// being typed, are the helper's (./DecisionHelper.tsx, ../shared/use-when-typing.ts); these are the fields.
import { useMemo } from 'preact/hooks';
import type { Situation } from '../../lib/situation';
import { cityName } from '../../lib/zones';
import type { FieldChecks, WhenKey } from '../shared/use-when-typing';
import { useZoneMenu, zoneOptions } from '../zone-menus';
import type { FieldErrors } from './field-errors';
import { RadioGroup } from './RadioGroup';
import { ZoneSelect } from './ZoneSelect';

/** How a field shows the problem the helper found in it, if any. */
interface Props {
  situation: Situation;
  /** The island runs in a browser, so the zone menus can fill. */
  isStarted: boolean;
  isInterviewZoneChosen: boolean;
  /** The time happens twice on that day (the clocks go back): which one is asked. */
  isAmbiguous: boolean;
  typed: Pick<FieldChecks<WhenKey>, 'field'>;
  errors: FieldErrors;
  onFold: (fold: NonNullable<Situation['fold']>) => void;
  onInterviewZone: (zone: string) => void;
  onPersonZone: (zone: string) => void;
}

/** The interview's date or time: checked when the person leaves it or pauses, its problem said beneath it. */
function WhenField({ field, label, situation, typed, errors }: { field: 'date' | 'time'; label: string } & Pick<Props, 'situation' | 'typed' | 'errors'>) {
  return (
    <div class="dh-field">
      <label for={`dh-${field}`}>{label}</label>
      <input
        type={field}
        id={`dh-${field}`}
        value={situation.interview[field]}
        {...typed.field(field)}
        // After the spread: the helper's own problems (../shared/use-when-typing.ts's among them) mark the field.
        aria-invalid={errors.invalid(field)}
        aria-describedby={errors.id(field)}
      />
      {errors.element(field)}
    </div>
  );
}

export function WhenFields({ situation, isStarted, isInterviewZoneChosen, isAmbiguous, typed, errors, onFold, onInterviewZone, onPersonZone }: Props) {
  const zones = useMemo(() => (isStarted ? zoneOptions() : []), [isStarted]);
  const interviewZoneMenu = useZoneMenu(isStarted);
  const personZoneMenu = useZoneMenu(isStarted);
  const zoneCity = situation.interview.zone ? ` (${cityName(situation.interview.zone)} time)` : '';
  const zoneLabel = situation.who === 'employer' ? 'Candidate’s time zone' : 'Interviewer’s time zone';
  return (
    <>
      <div class="dh-pair">
        <WhenField field="date" label="Interview date" situation={situation} typed={typed} errors={errors} />
        <WhenField field="time" label={`Interview time${zoneCity}`} situation={situation} typed={typed} errors={errors} />
      </div>

      {(isAmbiguous || situation.fold) && (
        <RadioGroup
          name="fold"
          legend={`Which ${situation.interview.time} do they mean?`}
          options={[
            { value: 'earlier', label: 'The first one, before the clocks go back' },
            { value: 'later', label: 'The second one, after the clocks go back' },
          ]}
          checked={situation.fold}
          onChoose={onFold}
        />
      )}

      <ZoneSelect
        id="dh-zone"
        label={zoneLabel}
        hint="The interview date and time are read in this zone. Type a city’s name to jump to it."
        note={
          !isInterviewZoneChosen && situation.interview.zone
            ? `We assumed the interview is in ${cityName(situation.interview.zone)} time. Change it if not.`
            : null
        }
        emptyLabel="Choose a time zone"
        value={situation.interview.zone}
        menu={interviewZoneMenu}
        zones={zones}
        error={errors.message('zone')}
        onChange={onInterviewZone}
      />

      <ZoneSelect
        id="dh-person-zone"
        label="Your time zone"
        hint="So each time is also shown on your own clock."
        emptyLabel="Same as the interview"
        value={situation.personZone}
        menu={personZoneMenu}
        zones={zones}
        error={errors.message('personZone')}
        onChange={onPersonZone}
      />
    </>
  );
}
