// One question answered by ticking boxes, each a yes or no, with its error (if any) inside the group.
import type { ComponentChildren } from 'preact';

interface CheckboxGroupProps<Key extends string> {
  name: string;
  legend: string;
  options: readonly (readonly [Key, string])[];
  checked: Record<Key, boolean>;
  onChange: (next: Record<Key, boolean>) => void;
  describedBy?: string | undefined;
  error?: ComponentChildren;
}

export function CheckboxGroup<Key extends string>({ name, legend, options, checked, onChange, describedBy, error }: CheckboxGroupProps<Key>) {
  return (
    <fieldset class="dh-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div class="bo-choices">
        {options.map(([key, label]) => (
          <div class="bo-choice" key={key}>
            <input
              type="checkbox"
              id={`dh-${name}-${key}`}
              checked={checked[key]}
              onChange={(event) => onChange({ ...checked, [key]: event.currentTarget.checked })}
            />
            <label for={`dh-${name}-${key}`}>{label}</label>
          </div>
        ))}
      </div>
      {error}
    </fieldset>
  );
}
