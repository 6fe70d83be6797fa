// One question answered from a menu, with its error (if any) under it.
import type { ComponentChildren } from 'preact';

interface SelectFieldProps<Value extends string> {
  /** The field's name: the menu's id is `dh-${name}`, as the form's early-change reader expects. */
  name: string;
  label: string;
  options: readonly { value: Value | ''; label: string }[];
  value: Value | '';
  onChoose: (value: Value | '') => void;
  invalid?: true | undefined;
  describedBy?: string | undefined;
  error?: ComponentChildren;
}

export function SelectField<Value extends string>({ name, label, options, value, onChoose, invalid, describedBy, error }: SelectFieldProps<Value>) {
  return (
    <div class="dh-field">
      <label for={`dh-${name}`}>{label}</label>
      <select id={`dh-${name}`} value={value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(event) => onChoose(event.currentTarget.value as Value | '')}>
        {options.map((option) => (
          <option value={option.value} key={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error}
    </div>
  );
}
