// The builder's "New times, referral and tone" section, with how dates and times are written. The
// times to offer and whether the role may reopen come out of it, into the open, when a ticked
// message uses them (`KeyDetails`), so no one has to find them folded away.
import type { JSX } from 'preact';
import type { BuilderForm } from '../../lib/builder-state';
import { ProposedTimes, type OfferedKey, type TimeWarning } from './ProposedTimes';
import type { FieldChecks } from '../shared/use-when-typing';
import { detailsAsked } from '../../lib/messages/details-asked';
import type { TextKey } from './form-state';

interface Props {
  id: string;
  form: BuilderForm;
  textField: (key: TextKey, label: string, type?: string) => JSX.Element;
  /** Whether a ticked message offers times, or asked for theirs for want of ours (builder's detailsAsked). */
  timesAsked: boolean;
  /** Says when an offered time falls outside working hours; undefined until the writer has loaded. */
  timeWarning: TimeWarning | undefined;
  /** The offered times' fields as typed (../shared/use-when-typing.ts). */
  offered: Pick<FieldChecks<OfferedKey>, 'field' | 'shownAt'>;
  onChange: <K extends keyof BuilderForm>(key: K, value: BuilderForm[K]) => void;
}

const LOCALE_CHOICES: readonly (readonly [BuilderForm['locale'], string])[] = [
  ['', 'As my browser’s language writes them'],
  ['en-GB', 'British English: Tuesday 9 March at 10am'],
  ['en-US', 'American English: Tuesday, March 9 at 10:00 AM'],
];

// The wish matters too: a phone script to move an interview offers times.
const asksIfReopens = (form: BuilderForm): boolean => detailsAsked(form.kinds, form.who, form.wish || undefined).mayReopen;

/** The details a ticked message needs, shown open: times to offer, and whether the role may reopen. */
export function KeyDetails({ id, form, timesAsked, timeWarning, offered, onChange }: Omit<Props, 'textField'>) {
  if (!timesAsked && !asksIfReopens(form)) return null;
  return (
    <div class="bo-key-details">
      {timesAsked && <ProposedTimes id={id} zone={form.zone} times={form.proposedTimes} typed={offered} warningFor={timeWarning} />}
      {asksIfReopens(form) && (
        <div class="bo-field">
          <label for={`${id}-mayReopen`}>May the role reopen?</label>
          <select id={`${id}-mayReopen`} value={form.mayReopen} onChange={(event) => onChange('mayReopen', event.currentTarget.value as BuilderForm['mayReopen'])}>
            <option value="">We don't know yet</option>
            <option value="yes">Yes, it may reopen</option>
            <option value="no">No, it will not reopen</option>
          </select>
        </div>
      )}
    </div>
  );
}

export function MoreDetails({ id, form, textField, timesAsked, timeWarning, offered, onChange }: Props) {
  return (
    <details class="bo-details">
      <summary>New times, referral and tone</summary>
      {!timesAsked && <ProposedTimes id={id} zone={form.zone} times={form.proposedTimes} typed={offered} warningFor={timeWarning} />}
      <div class="bo-grid">
        {textField('referralName', 'Someone you could recommend instead (optional)')}
        {form.kinds.includes('second-reschedule') && textField('firstRescheduleDate', 'The date you first moved it to', 'date')}
      </div>
      <label class="bo-choice">
        <input type="checkbox" checked={form.keepDoorOpen} onChange={(event) => onChange('keepDoorOpen', event.currentTarget.checked)} />
        Keep the door open for the future
      </label>
      <fieldset class="bo-group">
        <legend>Dates and times</legend>
        <div class="bo-choices">
          {LOCALE_CHOICES.map(([value, label]) => (
            <label class="bo-choice" key={value || 'browser'}>
              <input type="radio" name={`${id}-locale`} checked={form.locale === value} onChange={() => onChange('locale', value)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="bo-group">
        <legend>Tone</legend>
        {(['warm', 'formal'] as const).map((tone) => (
          <label class="bo-inline" key={tone}>
            <input type="radio" name={`${id}-tone`} checked={form.tone === tone} onChange={() => onChange('tone', tone)} />
            {tone === 'warm' ? 'Warm' : 'Formal'}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
