// The builder's messages as cards, each to edit, copy, open in a mail app or add to a calendar, with
// the person's edits kept (./use-kept-edits.ts). Loaded with the writer (./message-writer.ts), once
// the messages are wanted; the form above them never waits for it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageStep } from '../../lib/advice/plan';
import { hasProposedTimesCalendar, offersCalendar } from '../../lib/builder-output';
import { formToSituation, type BuilderForm } from '../../lib/builder-state';
import { purposeOf, writtenFrom } from '../../lib/flow/kept-edit';
import type { checkDraft } from '../../lib/tone';
import type { Message, MessageKind } from '../../lib/types';
import { downloadFile } from '../shared/download';
import { MessageCard, type Done } from './MessageCard';
import { useKeptEdits } from './use-kept-edits';

interface Props {
  id: string;
  form: BuilderForm;
  messages: readonly Message[];
  steps: Partial<Record<MessageKind, MessageStep>> | undefined;
  /** Null until the island runs in a browser. */
  now: number | null;
  /** The builder's polite status region. */
  announce: (update: string | ((before: string) => string)) => void;
  onSaveNotice: (notice: string) => void;
}

export function BuilderMessages({ id, form, messages, steps, now, announce, onSaveNotice }: Props) {
  const [done, setDone] = useState<Done | null>(null);
  // The draft checker's rules load on the first edit of a message (below): most people copy the text
  // as written, and the rules are a sixth of the builder's script.
  const [check, setCheck] = useState<typeof checkDraft | null>(null);
  const loadCheck = () => {
    if (check) return;
    import('../../lib/tone').then((tone) => setCheck(() => tone.checkDraft)).catch(() => {
      // Without the chunk (offline after an update) an edit simply gets no suggestions.
    });
  };
  // Edits are saved, and new details carry them into the new text or set them aside with a note, never drop them.
  const purpose = useMemo(() => purposeOf(formToSituation(form)), [form]);
  // What the messages are written from: the details, and the steps the clock gave them (a note then tells the two apart).
  const from = useMemo(() => (now === null ? undefined : writtenFrom(form, steps ?? null)), [form, steps, now]);
  const kept = useKeptEdits({ messages, purpose, from, announce, onSaveNotice });
  // The checker loads with the first edit, typed here or saved from before.
  useEffect(() => (Object.keys(kept.edits).length > 0 ? loadCheck() : undefined), [kept.edits]);

  const copy = async (title: string, text: string, what: string, button: Done['button']) => {
    try {
      await navigator.clipboard.writeText(text);
      announce(`Copied: ${what}`);
      setDone({ title, button });
    } catch {
      setDone(null);
      announce(`Your browser blocked copying. Select the text of the ${what} and copy it yourself.`);
    }
  };

  const hasCalendar = hasProposedTimesCalendar(form);
  const calendar = (kind: MessageKind, title: string) => {
    if (!hasCalendar || !offersCalendar(kind)) return null;
    // The .ics writer loads when the file is asked for: most people never add the times to a calendar.
    return () => {
      import('../../lib/builder-calendar')
        .then(({ CALENDAR_FILE_NAME, proposedTimesCalendar }) => {
          const ics = proposedTimesCalendar(form, Date.now());
          if (!ics) return;
          downloadFile(ics, CALENDAR_FILE_NAME, 'text/calendar;charset=utf-8');
          setDone({ title, button: 'calendar' });
          announce(`Downloaded ${CALENDAR_FILE_NAME}. Open it to add the proposed times to your calendar.`);
        })
        .catch(() => {
          // Without the chunk (offline after an update) the button does nothing; the times are in the message.
        });
    };
  };

  return (
    <>
      {messages.map((message) => (
        <MessageCard
          key={message.kind}
          id={id}
          message={message}
          edit={kept.edits[message.kind]}
          merge={kept.merge}
          recipientEmail={form.recipientEmail}
          done={done}
          onCalendar={calendar(message.kind, message.title)}
          check={check}
          onEdit={(part, text) => kept.onEdit(message, part, text)}
          onSetAsideDone={(parts) => kept.onSetAsideDone(message, parts)}
          onUndo={() => kept.onUndo(message)}
          onCopy={(text, what, button) => copy(message.title, text, what, button)}
        />
      ))}
    </>
  );
}
