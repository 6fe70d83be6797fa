// One written message: its subject and body to edit in place, its length, suggestions for an
// edited body, and the buttons to copy it, open it in a mail app or add the offered times to a calendar.
// An edit new details could not be carried into is set aside with a note beside the box, to bring back or forget.
import { useRef } from 'preact/hooks';
import { lengthNote } from '../../lib/builder-output';
import { shownText, type EditPart, type Merge, type MessageEdit, type PartTexts } from '../../lib/flow/kept-edit';
import { mailtoHref } from '../../lib/mailto';
import { rowsToShow } from '../../lib/messages/text-length';
import type { checkDraft } from '../../lib/tone';
import type { Message } from '../../lib/types';
import { asideDescribes, SetAsideNote } from '../shared/SetAsideNote';

/** What a button did: copied a message's body or subject, or downloaded its calendar file. */
export interface Done {
  title: string;
  button: 'copy' | 'subject' | 'calendar';
}

const DONE_WORDS: Record<Done['button'], string> = { copy: 'Copied', subject: 'Copied', calendar: 'Downloaded' };

interface Props {
  id: string;
  message: Message;
  edit: MessageEdit | undefined;
  /** Carries what was set aside into the text as written now, on Bring back. */
  merge: Merge;
  recipientEmail: string;
  /** The button pressed last, so its "Copied" or "Downloaded" shows beside it only. */
  done: Done | null;
  /** The draft checker, once loaded: until then an edited body has no suggestions yet. */
  check: typeof checkDraft | null;
  /** Offered only when the message offers times and at least one is complete. */
  onCalendar: (() => void) | null;
  /** The person typed in a part: their text, against the message as written now. */
  onEdit: (part: EditPart, text: string) => void;
  /** Done with what was set aside: brought back as these parts' texts, or forgotten (none). */
  onSetAsideDone: (parts: PartTexts) => void;
  onUndo: () => void;
  onCopy: (text: string, what: string, button: 'copy' | 'subject') => void;
}

export function MessageCard({ id, message, edit, merge, recipientEmail, done, check, onCalendar, onEdit, onSetAsideDone, onUndo, onCopy }: Props) {
  const subject = message.subject === undefined ? undefined : shownText(edit?.subject, message.subject);
  const body = shownText(edit?.body, message.body);
  const aside = edit?.aside;
  const bodyBox = useRef<HTMLTextAreaElement>(null);
  const subjectBox = useRef<HTMLInputElement>(null);
  // Our own wording is checked by the tests; only what the person wrote needs suggestions.
  const findings = body !== message.body && check ? check(body, { channel: message.channel }) : [];
  const baseId = `${id}-${message.kind}`;
  const isEdited = body !== message.body || subject !== message.subject;
  // The visible half of "Copied" (the status region announces it), beside the button pressed.
  const pressed = (button: Done['button']) =>
    done?.title === message.title && done.button === button ? (
      <span class="bo-done" aria-hidden="true">
        {DONE_WORDS[button]}
      </span>
    ) : null;
  return (
    <article class="bo-message" aria-labelledby={`${baseId}-title`}>
      <h3 id={`${baseId}-title`}>{message.title}</h3>
      {subject !== undefined && (
        <div class="bo-field">
          <label for={`${baseId}-subject`}>Subject</label>
          <input
            id={`${baseId}-subject`}
            ref={subjectBox}
            type="text"
            value={subject}
            aria-describedby={asideDescribes(`${baseId}-set-aside`, aside, message, 'subject')}
            onInput={(event) => onEdit('subject', event.currentTarget.value)} />
        </div>
      )}
      <div class="bo-field">
        <label for={`${baseId}-body`}>{message.channel === 'phone' ? 'What to say' : 'Message'} (you can edit it here)</label>
        <textarea
          id={`${baseId}-body`}
          class="bo-message-text"
          ref={bodyBox}
          rows={rowsToShow(body)}
          value={body}
          aria-describedby={asideDescribes(`${baseId}-set-aside`, aside, message, 'body')}
          onInput={(event) => onEdit('body', event.currentTarget.value)}
        />
        <p class="bo-hint">{lengthNote(message.channel, body)}</p>
      </div>
      {aside && (
        <SetAsideNote
          id={`${baseId}-set-aside`}
          aside={aside}
          message={message}
          merge={merge}
          boxes={{ subject: subjectBox, body: bodyBox }}
          classes={{ note: 'bo-notice', button: 'bo-secondary' }}
          onDone={onSetAsideDone}
        />
      )}
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
        <span class="bo-action-pair">
          <button type="button" onClick={() => onCopy(body, message.title, 'copy')}>
            Copy {message.channel === 'phone' ? 'script' : 'message'}
          </button>
          {pressed('copy')}
        </span>
        {subject !== undefined && (
          <span class="bo-action-pair">
            <button type="button" class="bo-secondary" onClick={() => onCopy(subject, `${message.title} subject`, 'subject')}>
              Copy subject
            </button>
            {pressed('subject')}
          </span>
        )}
        {message.channel === 'email' && (
          <a class="bo-button bo-secondary" href={mailtoHref({ to: recipientEmail, subject: subject ?? '', body })}>
            Open in mail app
          </a>
        )}
        {onCalendar && (
          <span class="bo-action-pair">
            <button type="button" class="bo-secondary" onClick={onCalendar}>
              Add proposed times to calendar (.ics)
            </button>
            {pressed('calendar')}
          </span>
        )}
        {isEdited && (
          <button type="button" class="bo-secondary" onClick={onUndo}>
            Undo my edits
          </button>
        )}
      </p>
    </article>
  );
}
