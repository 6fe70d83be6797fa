// Preact's hydrate leaves inputs as they are, so what a person clicked or typed into the
// server-rendered form before the island ran is still there, while the island's state holds the
// defaults it rendered (and its first re-render would put them back). The rendered defaults are
// still the elements' attributes (defaultChecked, defaultValue, defaultSelected): what differs from
// them is what the person changed.
import type { ChangedControls } from './form-state';

/** Each control in `form` whose state differs from the HTML it arrived in: a radio group by its name, the rest by id. */
export function changedControls(form: HTMLFormElement): ChangedControls {
  const changed = new Map<string, string | boolean>();
  for (const control of form.elements) {
    if (control instanceof HTMLSelectElement) {
      // With no option marked selected, a menu shows its first.
      const rendered = [...control.options].find((option) => option.defaultSelected) ?? control.options[0];
      if (control.value !== (rendered?.value ?? '')) changed.set(control.id, control.value);
    } else if (control instanceof HTMLInputElement && control.type === 'radio') {
      if (control.checked && !control.defaultChecked) changed.set(control.name, control.value);
    } else if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked !== control.defaultChecked) changed.set(control.id, control.checked);
    } else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
      if (control.value !== control.defaultValue) changed.set(control.id, control.value);
    }
  }
  return changed;
}
