// One question answered by a choice of radio buttons, with its error (if any) inside the group.
import type { ComponentChildren } from 'preact';

interface RadioGroupProps<Value extends string> {
  name: string;
  legend: string;
  options: readonly { value: Value; label: string }[];
  checked: Value | undefined;
  onChoose: (value: Value) => void;
  describedBy?: string | undefined;
  error?: ComponentChildren;
}

export function RadioGroup<Value extends string>({ name, legend, options, checked, onChoose, describedBy, error }: RadioGroupProps<Value>) {
  return (
    <fieldset class="dh-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div class="bo-choices">
        {options.map((option) => (
          <div class="bo-choice" key={option.value}>
            <input
              type="radio"
              id={`dh-${name}-${option.value}`}
              name={`dh-${name}`}
              value={option.value}
              checked={checked === option.value}
              onChange={() => onChoose(option.value)}
            />
            <label for={`dh-${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      {error}
    </fieldset>
  );
}
