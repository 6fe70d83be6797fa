// One message of the flow, editable, with its buttons: copy it (text only), copy its subject, open
// it in the mail app, and whatever the step adds (a calendar reminder) as children. An edit the new
// details could not be carried into is set aside with a note beside the box, to bring back or forget.
import type { ComponentChildren, JSX } from 'preact';
import { useRef } from 'preact/hooks';
import type { EarlierEdit } from '../../lib/flow/earlier-edit';
import { shownText, type EditPart, type Merge, type MessageEdit, type PartTexts } from '../../lib/flow/kept-edit';
import { mailtoHref } from '../../lib/mailto';
import { rowsToShow } from '../../lib/messages/text-length';
import type { Message } from '../../lib/types';
import { asideDescribes, SetAsideNote } from '../shared/SetAsideNote';

// What the copy button names: the channel a person will use it on.
const COPY_WORDS: Record<string, string> = { email: 'email', phone: 'script', voicemail: 'voicemail', text: 'text', linkedin: 'message' };

/** For a later step's own version: the step whose message the person changed, and what that change would make of this one. */
export interface Earlier {
  step: number;
  edit: EarlierEdit;
}

interface Props {
  id: string;
  message: Message;
  /** Tells a screen reader which message a field or button belongs to ("for step 2"). */
  of: string;
  /** False under a heading that is the message's title: the box is then labelled "Message". */
  labelOf: boolean;
  edit: MessageEdit | undefined;
  /** Carries what was set aside into the text as written now, on Bring back. */
  merge: Merge;
  /** A later step's own version, when the person changed the first: offered their changes, or told they do not fit. */
  earlier?: Earlier | undefined;
  /** Use my changes: these parts' texts, the person's changes to step `step` carried in. */
  onUseEarlier: (step: number, parts: PartTexts) => void;
  /** The person typed in a part: their text, against the message as written now. */
  onEdit: (part: EditPart, value: string) => void;
  /** Done with what was set aside: brought back as these parts' texts, or forgotten (none). */
  onSetAsideDone: (parts: PartTexts) => void;
  onCopy: (id: string, text: string, what: string) => void;
  /** "Copied" beside the button with this id, if it was the one pressed last and the text is still what it copied. */
  pressed: (id: string, shown?: string) => JSX.Element | null;
  children?: ComponentChildren;
}

export function MessageBlock({ id, message, of, labelOf, edit, merge, earlier, onUseEarlier, onEdit, onSetAsideDone, onCopy, pressed, children }: Props) {
  const subject = message.subject === undefined ? undefined : shownText(edit?.subject, message.subject);
  const body = shownText(edit?.body, message.body);
  const aside = edit?.aside;
  const bodyBox = useRef<HTMLTextAreaElement>(null);
  const subjectBox = useRef<HTMLInputElement>(null);
  const word = COPY_WORDS[message.channel] ?? 'message';
  const ofText = <span class="dh-visually-hidden"> {of}</span>;
  return (
    <>
      {subject !== undefined && (
        <div class="dh-field">
          <label for={`${id}-subject`}>Subject{ofText}</label>
          <input
            id={`${id}-subject`}
            ref={subjectBox}
            type="text"
            value={subject}
            aria-describedby={asideDescribes(`${id}-set-aside`, aside, message, 'subject')}
            onInput={(event) => onEdit('subject', event.currentTarget.value)} />
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
          aria-describedby={[asideDescribes(`${id}-set-aside`, aside, message, 'body'), earlier && `${id}-earlier`].filter(Boolean).join(' ') || undefined}
          onInput={(event) => onEdit('body', event.currentTarget.value)}
        />
      </div>
      {aside && (
        <SetAsideNote id={`${id}-set-aside`} aside={aside} message={message} merge={merge}
          boxes={{ subject: subjectBox, body: bodyBox }}
          classes={{ note: 'dh-notice', button: 'dh-clear' }}
          onDone={onSetAsideDone}
        >
          {ofText}
        </SetAsideNote>
      )}
      {earlier && (
        <p id={`${id}-earlier`} class="dh-notice">
          {earlier.edit.fits
            ? `You changed the ${word} in step ${earlier.step}. Your changes are not in this one yet.`
            : `You changed the ${word} in step ${earlier.step}. Your changes are not in this one, as it says those lines another way. Check it before you use it.`}
          {earlier.edit.fits && (
            <>
              {' '}
              <button
                type="button"
                class="dh-clear"
                onClick={() => {
                  if (!earlier.edit.fits) return;
                  onUseEarlier(earlier.step, earlier.edit.parts);
                  // The button goes with the note: the message it changed holds the focus.
                  bodyBox.current?.focus();
                }}
              >
                Use my changes from step {earlier.step}
                {ofText}
              </button>
            </>
          )}
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
          {pressed(`${id}-copy`, body)}
        </span>
        {subject !== undefined && (
          <span class="bo-action-pair">
            <button type="button" class="bo-button bo-secondary" onClick={() => onCopy(`${id}-subject`, subject, 'subject line')}>
              Copy subject
              {ofText}
            </button>
            {pressed(`${id}-subject`, subject)}
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
