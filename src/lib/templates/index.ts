// The message builder's one entry point: any fields in, a finished plain-text message out.
// Nothing here throws, so the island can call it on every keystroke.
import type { MessageStep } from '../advice/plan';
import { parseFields, type MessageFields } from '../fields';
import { MESSAGE_KINDS, type Message, type MessageKind } from '../types';
import { countWords, readContext, type Draft, type Template } from '../wording';
import { cancel } from './cancel';
import { decline } from './decline';
import { employerCancelInterview } from './employer-cancel-interview';
import { employerPhoneScript } from './employer-phone-script';
import { employerReplyToCancel } from './employer-reply-to-cancel';
import { employerWithdrawInvitation } from './employer-withdraw-invitation';
import { followUp } from './follow-up';
import { missedApology } from './missed-apology';
import { phoneScript } from './phone-script';
import { pushbackReply } from './pushback-reply';
import { reschedule } from './reschedule';
import { secondReschedule } from './second-reschedule';
import { stayInTouch } from './stay-in-touch';
import { text } from './text';
import { voicemail } from './voicemail';
import { withdraw } from './withdraw';

const TEMPLATES: Record<MessageKind, Template> = {
  cancel,
  reschedule,
  decline,
  withdraw,
  'missed-apology': missedApology,
  'follow-up': followUp,
  'phone-script': phoneScript,
  voicemail,
  text,
  'stay-in-touch': stayInTouch,
  'pushback-reply': pushbackReply,
  'second-reschedule': secondReschedule,
  'employer-withdraw-invitation': employerWithdrawInvitation,
  'employer-cancel-interview': employerCancelInterview,
  'employer-phone-script': employerPhoneScript,
  'employer-reply-to-cancel': employerReplyToCancel,
};

/** Each kind's human label, for tabs and headings. */
export const MESSAGE_TITLES = Object.fromEntries(
  MESSAGE_KINDS.map((kind) => [kind, TEMPLATES[kind].title]),
) as Record<MessageKind, string>;

export interface ComposeOptions {
  /** BCP 47 locale for dates in words; unknown locales fall back to en-GB. */
  locale?: string;
  /** The plan step the message belongs to (its notice, what came before, the whole set). */
  step?: MessageStep;
}

function isMessageKind(kind: unknown): kind is MessageKind {
  return typeof kind === 'string' && (MESSAGE_KINDS as readonly string[]).includes(kind);
}

const EMPTY_FIELDS: MessageFields = { keepDoorOpen: true, tone: 'warm' };

/** One message from fields parseFields has already read (so a caller that needs its notices reads once). */
export function composeParsed(kind: unknown, fields: MessageFields, options: ComposeOptions = {}): Message {
  const known = isMessageKind(kind) ? kind : 'cancel';
  const template = TEMPLATES[known];
  let context = readContext(fields, options.locale);
  let draft: Draft;
  try {
    draft = template.write(context);
  } catch {
    // A bug in one template must not blank the page: write it again from no details at all.
    context = readContext({ ...EMPTY_FIELDS, tone: fields.tone }, options.locale);
    draft = template.write(context);
    context.notes.push('Something went wrong with some of the details, so this message leaves them out.');
  }
  const notes = [...(known === kind ? [] : ["We didn't recognise that message type, so here is a cancellation email."]), ...context.notes, ...(draft.notes ?? [])];
  return {
    kind: known,
    title: template.title,
    channel: template.channel,
    ...(draft.subject ? { subject: draft.subject } : {}),
    body: draft.body,
    wordCount: countWords(draft.body),
    ...(notes.length > 0 ? { notes } : {}),
  };
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
