// One message of the flow, editable, with its buttons: copy it (text only), copy its subject, open
// it in the mail app, and whatever the step adds (a calendar reminder) as children. An edit the new
// details could not be carried into is set aside with a note beside the box, to bring back.
import type { ComponentChildren, JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { keptText, type EditPart, type Merge, type MessageEdit } from '../../lib/flow/kept-edit';
import { mailtoHref } from '../../lib/mailto';
import { rowsToShow } from '../../lib/messages/text-length';
import type { Message } from '../../lib/types';

// What the copy button names: the channel a person will use it on.
const COPY_WORDS: Record<string, string> = { email: 'email', phone: 'script', voicemail: 'voicemail', text: 'text', linkedin: 'message' };

interface Props {
  id: string;
  message: Message;
  /** Tells a screen reader which message a field or button belongs to ("for step 2"). */
  of: string;
  /** False under a heading that is the message's title: the box is then labelled "Message". */
  labelOf: boolean;
  edit: MessageEdit | undefined;
  /** Carries an edit into new details; undefined until it has loaded. */
  merge: Merge | undefined;
  /** The person typed in a part: their text, against the message as written now. */
  onEdit: (part: EditPart, value: string) => void;
  /** Bring back the edits set aside, as they were. */
  onBringBack: (parts: Partial<Record<EditPart, string>>) => void;
  onCopy: (id: string, text: string, what: string) => void;
  /** "Copied" beside the button with this id, if it was the one pressed last. */
  pressed: (id: string) => JSX.Element | null;
  children?: ComponentChildren;
}

export function MessageBlock({ id, message, of, labelOf, edit, merge, onEdit, onBringBack, onCopy, pressed, children }: Props) {
  const keptSubject = message.subject === undefined ? undefined : keptText(edit?.subject, message.subject, merge);
  const keptBody = keptText(edit?.body, message.body, merge);
  const subject = keptSubject?.shown;
  const body = keptBody.shown;
  const setAside: Partial<Record<EditPart, string>> = {
    ...(keptSubject?.replaced !== undefined ? { subject: keptSubject.replaced } : {}),
    ...(keptBody.replaced !== undefined ? { body: keptBody.replaced } : {}),
  };
  const isSetAside = Object.keys(setAside).length > 0;
  const bodyBox = useRef<HTMLTextAreaElement>(null);
  const word = COPY_WORDS[message.channel] ?? 'message';
  const ofText = <span class="dh-visually-hidden"> {of}</span>;
  return (
    <>
      {subject !== undefined && (
        <div class="dh-field">
          <label for={`${id}-subject`}>Subject{ofText}</label>
          <input id={`${id}-subject`} type="text" value={subject} onInput={(event) => onEdit('subject', event.currentTarget.value)} />
        </div>
      )}
      <div class="dh-field">
        <label for={`${id}-body`}>
          {labelOf ? message.title : 'Message'}
          {ofText}
        </label>
        <textarea
          id={`${id}-body`}
          ref={bodyBox}
          class="dh-message"
          rows={rowsToShow(body)}
          value={body}
          aria-describedby={isSetAside ? `${id}-set-aside` : undefined}
          onInput={(event) => onEdit('body', event.currentTarget.value)}
        />
      </div>
      {isSetAside && (
        <p id={`${id}-set-aside`} class="dh-notice">
          The details changed after you edited this, so it was written again.{' '}
          <button
            type="button"
            class="dh-clear"
            onClick={() => {
              onBringBack(setAside);
              // The button goes with the note: the box it brought back holds the focus.
              bodyBox.current?.focus();
            }}
          >
            Bring back my edit<span class="dh-visually-hidden"> {of}</span>
          </button>
        </p>
      )}
      {message.notes && message.notes.length > 0 && (
        <ul class="dh-hint">
          {message.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div class="dh-actions">
        <span class="bo-action-pair">
          <button type="button" class="bo-button" onClick={() => onCopy(`${id}-copy`, body, message.title.toLowerCase())}>
            Copy {word}
            {ofText}
          </button>
          {pressed(`${id}-copy`)}
        </span>
        {subject !== undefined && (
          <span class="bo-action-pair">
            <button type="button" class="bo-button bo-secondary" onClick={() => onCopy(`${id}-subject`, subject, 'subject line')}>
              Copy subject
              {ofText}
            </button>
            {pressed(`${id}-subject`)}
          </span>
        )}
        {message.channel === 'email' && (
          <a class="bo-button bo-secondary" href={mailtoHref({ subject: subject ?? '', body })}>
            Open in mail app{ofText}
          </a>
        )}
        {children}
      </div>
    </>
  );
}
