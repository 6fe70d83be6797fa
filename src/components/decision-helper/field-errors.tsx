// How a field of the helper shows its problem: the words under it, their id for aria-describedby,
// and aria-invalid. Every field reads the one problem the form has now, so only one field shows it.
import type { JSX } from 'preact';
import type { FieldName } from './form-state';

export interface FieldErrors {
  message: (field: FieldName) => string | null;
  id: (field: FieldName) => string | undefined;
  invalid: (field: FieldName) => true | undefined;
  element: (field: FieldName) => JSX.Element | null;
}

/** Each field's problem, from the words the form has for it (null: none). */
export function fieldErrors(message: (field: FieldName) => string | null): FieldErrors {
  const id = (field: FieldName): string | undefined => (message(field) ? `dh-${field}-error` : undefined);
  return {
    message,
    id,
    invalid: (field) => (message(field) ? true : undefined),
    element: (field) => {
      const words = message(field);
      return words ? (
        <p id={id(field)} class="dh-error">
          {words}
        </p>
      ) : null;
    },
  };
}
