// The message generator with every template at hand (the builder, the example pages): any kind
// and any fields in, a finished plain-text message out. Nothing here throws, so the island can call
// it on every keystroke.
import { parseFields, type MessageFields } from '../fields';
import { MESSAGE_KINDS, type Message, type MessageKind } from '../types';
import type { ComposeOptions } from './context';
import { TEMPLATES } from './templates/index';
import { writeMessage } from './write';

export type { ComposeOptions, PlanStep } from './context';
export { MESSAGE_TITLES } from './titles';

function isMessageKind(kind: unknown): kind is MessageKind {
  return typeof kind === 'string' && (MESSAGE_KINDS as readonly string[]).includes(kind);
}

/** One message from fields parseFields has already read (so a caller that needs its notices reads once). */
export function composeParsed(kind: unknown, fields: MessageFields, options: ComposeOptions = {}): Message {
  if (isMessageKind(kind)) return writeMessage(kind, TEMPLATES[kind], fields, options);
  const message = writeMessage('cancel', TEMPLATES.cancel, fields, options);
  return { ...message, notes: ["We didn't recognise that message type, so here is a cancellation email.", ...(message.notes ?? [])] };
}

/** One message of `kind` from whatever fields are given (cleaned and capped by parseFields). */
export function compose(kind: MessageKind, fields: unknown, options: ComposeOptions = {}): Message {
  return composeParsed(kind, parseFields(fields).fields, options);
}

/** Several messages from the same fields, read once. Unknown kinds are skipped. */
export function composeAll(kinds: readonly MessageKind[], fields: unknown, options: ComposeOptions = {}): Message[] {
  const parsed = parseFields(fields).fields;
  const list = Array.isArray(kinds) ? kinds.filter(isMessageKind) : [];
  return list.map((kind) => composeParsed(kind, parsed, options));
}
