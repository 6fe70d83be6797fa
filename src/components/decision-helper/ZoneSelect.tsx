// A time-zone menu with its hint and error. Only real zones reach it (the situation schema refuses
// anything else), so a zone the list lacks, such as Etc/GMT+12, is shown as an option of its own.
import { ZONE_MENU_CLASS, type ZoneMenu, type ZoneOption } from '../zone-menus';

interface ZoneSelectProps {
  id: string;
  label: string;
  hint: string;
  /** A line above the hint, such as what was assumed: read with the menu, as the hint is. */
  note?: string | null;
  emptyLabel: string;
  value: string;
  menu: ZoneMenu;
  zones: readonly ZoneOption[];
  error: string | null;
  onChange: (zone: string) => void;
}

export function ZoneSelect({ id, label, hint, note, emptyLabel, value, menu, zones, error, onChange }: ZoneSelectProps) {
  const errorId = `${id}-error`;
  const isUnlisted = value !== '' && !zones.some((zone) => zone.value === value);
  const describedBy = [note ? `${id}-note` : '', `${id}-hint`, error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class="dh-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        class={ZONE_MENU_CLASS}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.value)}
        onFocus={menu.fill}
      >
        <option value="">{emptyLabel}</option>
        {isUnlisted && <option value={value}>{value}</option>}
        {menu.options(value)}
      </select>
      {note && (
        <p id={`${id}-note`} class="dh-zone-note">
          {note}
        </p>
      )}
      <p id={`${id}-hint`} class="dh-hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} class="dh-error">
          {error}
        </p>
      )}
    </div>
  );
}
