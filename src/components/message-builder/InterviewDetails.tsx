// The builder's "The interview" section: when it is, in which zones, and the reason to give.
import type { BuilderForm } from '../../lib/builder-state';
import { FIELD_CAPS } from '../../lib/field-caps';
import { characterCount } from '../../lib/messages/characters';
import { CANDIDATE_REASONS, EMPLOYER_REASONS } from '../../lib/types';
import { cityName } from '../../lib/zones';
import { REASON_LABELS } from '../labels';
import type { FieldChecks, WhenFieldKey } from '../shared/use-when-typing';
import { ZONE_MENU_CLASS, type ZoneMenu } from '../zone-menus';
import { WhenHint } from './WhenHint';

interface Props {
  id: string;
  form: BuilderForm;
  /** The island runs in a browser, so the zone menus can fill. */
  loaded: boolean;
  zoneMenu: ZoneMenu;
  yourZoneMenu: ZoneMenu;
  reasonLineNotices: readonly { message: string }[];
  /** The date and time fields as typed (../shared/use-when-typing.ts). */
  when: Pick<FieldChecks<WhenFieldKey>, 'shownAt' | 'field'>;
  /** The messages' clock, so a time that has passed is said; null until read. */
  now: number | null;
  /** Said of a time that has passed, once the writer has come. */
  passedHint: string | undefined;
  onChange: <K extends keyof BuilderForm>(key: K, value: BuilderForm[K]) => void;
  onText: (key: keyof BuilderForm, value: string, input?: HTMLInputElement | HTMLTextAreaElement) => void;
  /** The person chose their own zone: it is kept from then on, wherever the browser is. */
  onYourZone: (zone: string) => void;
}

export function InterviewDetails({ id, form, loaded, zoneMenu, yourZoneMenu, reasonLineNotices, when, now, passedHint, onChange, onText, onYourZone }: Props) {
  const reasons = form.who === 'employer' ? EMPLOYER_REASONS : CANDIDATE_REASONS;
  const zoneChoices = (menu: ZoneMenu, current: string) =>
    loaded ? menu.options(current) : <option value="">Choose a time zone</option>;
  return (
    <details class="bo-details" open>
      <summary>The interview</summary>
      <div class="bo-grid">
        <div class="bo-field">
          <label for={`${id}-date`}>Interview date</label>
          <input id={`${id}-date`} type="date" value={form.date} aria-describedby={`${id}-when-problem`} {...when.field('date')} />
        </div>
        <div class="bo-field">
          <label for={`${id}-time`}>Interview time{form.zone ? ` (${cityName(form.zone)} time)` : ''}</label>
          <input id={`${id}-time`} type="time" value={form.time} aria-describedby={`${id}-when-problem`} {...when.field('time')} />
        </div>
        <div class="bo-field">
          <label for={`${id}-zone`}>{form.who === 'employer' ? "Candidate's time zone" : "Interviewer's time zone"}</label>
          <select id={`${id}-zone`} class={ZONE_MENU_CLASS} value={form.zone} onChange={(event) => onChange('zone', event.currentTarget.value)} onFocus={zoneMenu.fill}>
            {zoneChoices(zoneMenu, form.zone)}
          </select>
        </div>
        <div class="bo-field">
          <label for={`${id}-yourZone`}>Your time zone</label>
          <select id={`${id}-yourZone`} class={ZONE_MENU_CLASS} value={form.yourZone} onChange={(event) => onYourZone(event.currentTarget.value)} onFocus={yourZoneMenu.fill}>
            {zoneChoices(yourZoneMenu, form.yourZone)}
          </select>
        </div>
      </div>
      <WhenHint id={`${id}-when-problem`} form={form} unreadable={when.shownAt('date') ?? when.shownAt('time')} now={now} passedHint={passedHint} />
      <div class="bo-grid">
        <div class="bo-field">
          <label for={`${id}-reason`}>Reason (optional)</label>
          <select id={`${id}-reason`} value={form.reason} onChange={(event) => onChange('reason', event.currentTarget.value as BuilderForm['reason'])}>
            <option value="">No reason given</option>
            {reasons.map((reason) => (
              <option value={reason} key={reason}>
                {REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </div>
        <div class="bo-field bo-wide">
          <label for={`${id}-reasonLine`}>Your own short reason, in your words (optional)</label>
          <textarea
            id={`${id}-reasonLine`}
            rows={2}
            value={form.reasonLine}
            onInput={(event) => onText('reasonLine', event.currentTarget.value, event.currentTarget)}
            aria-describedby={`${id}-reasonLine-count`}
          />
          <p id={`${id}-reasonLine-count`} class={reasonLineNotices.length ? 'bo-notice' : 'bo-hint'}>
            {reasonLineNotices.length
              ? reasonLineNotices.map((notice) => notice.message).join(' ')
              : `${characterCount(form.reasonLine)} of ${FIELD_CAPS.reasonLine} characters`}
          </p>
        </div>
      </div>
    </details>
  );
}
