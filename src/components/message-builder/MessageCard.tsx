// One written message: its subject and body to edit in place, its length, suggestions for an
// edited body, and the buttons to copy it, open it in a mail app or add the offered times to a calendar.
import { lengthNote } from '../../lib/builder-output';
import { mailtoHref } from '../../lib/mailto';
import { rowsToShow } from '../../lib/messages/text-length';
import type { checkDraft } from '../../lib/tone';
import type { Message } from '../../lib/types';

export interface Edit {
  subject?: string;
  body?: string;
}

interface Props {
  id: string;
  message: Message;
  edit: Edit;
  recipientEmail: string;
  /** Which text was copied last, by its name: "Cancellation email" or "Cancellation email subject". */
  copied: string | null;
  /** The draft checker, once loaded: until then an edited body has no suggestions yet. */
  check: typeof checkDraft | null;
  /** Offered only when the message offers times and at least one is complete. */
  onCalendar: (() => void) | null;
  onEdit: (edit: Edit) => void;
  onCopy: (text: string, what: string) => void;
}

export function MessageCard({ id, message, edit, recipientEmail, copied, check, onCalendar, onEdit, onCopy }: Props) {
  const subject = edit.subject ?? message.subject;
  const body = edit.body ?? message.body;
  // Our own wording is checked by the tests; only what the person wrote needs suggestions.
  const findings = edit.body !== undefined && check ? check(body, { channel: message.channel }) : [];
  const baseId = `${id}-${message.kind}`;
  const isEdited = edit.body !== undefined || edit.subject !== undefined;
  return (
    <article class="bo-message" aria-labelledby={`${baseId}-title`}>
      <h3 id={`${baseId}-title`}>{message.title}</h3>
      {subject !== undefined && (
        <div class="bo-field">
          <label for={`${baseId}-subject`}>Subject</label>
          <input id={`${baseId}-subject`} type="text" value={subject} onInput={(event) => onEdit({ ...edit, subject: event.currentTarget.value })} />
        </div>
      )}
      <div class="bo-field">
        <label for={`${baseId}-body`}>{message.channel === 'phone' ? 'What to say' : 'Message'} (you can edit it here)</label>
        <textarea
          id={`${baseId}-body`}
          class="bo-message-text"
          rows={rowsToShow(body)}
          value={body}
          onInput={(event) => onEdit({ ...edit, body: event.currentTarget.value })}
        />
        <p class="bo-hint">{lengthNote(message.channel, body)}</p>
      </div>
      {findings.length > 0 && (
        <ul class="bo-findings" aria-label={`Suggestions for your edited ${message.title}`}>
          {findings.map((finding) => (
            <li key={finding.id}>
              <strong>{finding.label}</strong> “{finding.trigger}”: {finding.fix}
            </li>
          ))}
        </ul>
      )}
      {message.notes?.map((note) => (
        <p class="bo-hint" key={note}>
          {note}
        </p>
      ))}
      <p class="bo-actions">
        <button type="button" onClick={() => onCopy(body, message.title)}>
          Copy {message.channel === 'phone' ? 'script' : 'message'}
        </button>
        {subject !== undefined && (
          <button type="button" class="bo-secondary" onClick={() => onCopy(subject, `${message.title} subject`)}>
            Copy subject
          </button>
        )}
        {message.channel === 'email' && (
          <a class="bo-button-link" href={mailtoHref({ to: recipientEmail, subject: subject ?? '', body })}>
            Open in mail app
          </a>
        )}
        {(copied === message.title || copied === `${message.title} subject`) && (
          <span class="bo-copied" aria-hidden="true">
            {copied === message.title ? 'Copied' : 'Subject copied'}
          </span>
        )}
        {onCalendar && (
          <button type="button" class="bo-secondary" onClick={onCalendar}>
            Add proposed times to calendar (.ics)
          </button>
        )}
        {isEdited && (
          <button type="button" class="bo-secondary" onClick={() => onEdit({})}>
            Undo my edits
          </button>
        )}
      </p>
    </article>
  );
}
