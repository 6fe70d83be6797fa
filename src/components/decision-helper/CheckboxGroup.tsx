// One question answered by ticking boxes, each a yes or no, with its error (if any) inside the group,
// and a hint beside a box where its answer needs another (said politely as it appears).
import type { ComponentChildren } from 'preact';

interface CheckboxGroupProps<Key extends string> {
  name: string;
  legend: string;
  options: readonly (readonly [Key, string])[];
  checked: Record<Key, boolean>;
  onChange: (next: Record<Key, boolean>) => void;
  describedBy?: string | undefined;
  error?: ComponentChildren;
  /** A box with a hint beside it: its text when it applies, else null (the region stays, so it is heard when it fills). */
  hints?: Partial<Record<Key, string | null>>;
}

export function CheckboxGroup<Key extends string>({ name, legend, options, checked, onChange, describedBy, error, hints = {} }: CheckboxGroupProps<Key>) {
  return (
    <fieldset class="dh-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div class="bo-choices">
        {options.map(([key, label]) => {
          const hint = hints[key];
          const hintId = `dh-${name}-${key}-hint`;
          return (
            <div class="bo-choice" key={key}>
              <input
                type="checkbox"
                id={`dh-${name}-${key}`}
                checked={checked[key]}
                aria-describedby={hint ? hintId : undefined}
                onChange={(event) => onChange({ ...checked, [key]: event.currentTarget.checked })}
              />
              <label for={`dh-${name}-${key}`}>{label}</label>
              {hint !== undefined && (
                <p id={hintId} class="dh-hint dh-choice-hint" role="status">
                  {hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {error}
    </fieldset>
  );
}
