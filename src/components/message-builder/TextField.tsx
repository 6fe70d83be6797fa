// One labelled line of the builder's form, with the notices that belong to it tied to it.
import type { FieldNotice } from '../../lib/fields';
import type { FieldChecks } from '../shared/use-when-typing';

interface Props {
  id: string;
  label: string;
  value: string;
  type?: string;
  autocomplete?: string;
  notices: readonly FieldNotice[] | readonly { message: string }[];
  onText: (value: string, input: HTMLInputElement) => void;
  /** A field checked once the person leaves it or pauses (an email address): its state and handlers. */
  checked?: ReturnType<FieldChecks<string>['field']> | undefined;
}

export function TextField({ id, label, value, type = 'text', autocomplete = 'off', notices, onText, checked }: Props) {
  return (
    <div class="bo-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autocomplete={autocomplete}
        aria-describedby={notices.length ? `${id}-notice` : undefined}
        onInput={(event) => onText(event.currentTarget.value, event.currentTarget)}
        {...checked}
      />
      {notices.length > 0 && (
        <p id={`${id}-notice`} class="bo-notice">
          {notices.map((notice) => notice.message).join(' ')}
        </p>
      )}
    </div>
  );
}
