// Writes one message with its template in hand. The builder hands it one of all the templates
// (index.ts); the helper's flow one it loaded for its plan (templates/load.ts), so a page downloads
// only the templates it uses. Nothing here throws.
import type { MessageFields } from '../fields';
import type { Message, MessageKind } from '../types';
import { readContext, type ComposeOptions, type Draft, type Template } from './context';
import { countWords } from './text-length';
import { MESSAGE_TITLES } from './titles';

const EMPTY_FIELDS: MessageFields = { keepDoorOpen: true, tone: 'warm' };

/** The message `template` writes for `kind` from fields parseFields has read. */
export function writeMessage(kind: MessageKind, template: Template, fields: MessageFields, options: ComposeOptions = {}): Message {
  let context = readContext(fields, options);
  let draft: Draft;
  try {
    draft = template.write(context);
  } catch {
    // A bug in one template must not blank the page: write it again from no details at all.
    context = readContext({ ...EMPTY_FIELDS, tone: fields.tone }, { ...(options.locale ? { locale: options.locale } : {}) });
    draft = template.write(context);
    context.notes.push('Something went wrong with some of the details, so this message leaves them out.');
  }
  const notes = [...context.notes, ...(draft.notes ?? [])];
  return {
    kind,
    title: MESSAGE_TITLES[kind],
    channel: template.channel,
    ...(draft.subject ? { subject: draft.subject } : {}),
    body: draft.body,
    wordCount: countWords(draft.body),
    ...(notes.length > 0 ? { notes } : {}),
  };
}
