// What the builder loads once its messages are wanted: the message writer with every template, the
// plan's steps, and the cards that show, keep, copy and send them. Most of the builder's script; a
// person reading the page, or a form not yet touched, never waits for it (./use-message-writer.ts).
import { messageStepsFor } from '../../lib/builder-steps';
import { messageLocale, toMessageFields, type BuilderForm } from '../../lib/builder-state';
import { parseFields, type FieldNotice } from '../../lib/fields';
import { composeParsed } from '../../lib/messages/index';
import type { MessageStep } from '../../lib/advice/plan';
import type { Message, MessageKind } from '../../lib/types';

export { BuilderMessages } from './BuilderMessages';
// The form's check of an offered time: it needs the rulebook's working hours, which the plan brings.
export { offeredTimeWarning } from '../../lib/offered-times';
// A time already gone is often a slip of the date: said by the date, because the messages then speak of a missed interview.
export const PASSED_HINT = 'This time has passed, so the messages say sorry for missing the interview. If the date is wrong, change it.';
// The email fields' check, wanted only once a person has typed in one.
export { emailProblem } from '../../lib/email-address';

export interface Written {
  /** What the fields' reader said about what was typed, shown under each field. */
  notices: FieldNotice[];
  messages: Message[];
  /** Each message's step of the plan; undefined before the clock is read, or with no plan yet. */
  steps: Partial<Record<MessageKind, MessageStep>> | undefined;
}

/** Every ticked message from the form, each for its step of the plan this situation calls for. */
export function writeMessages(form: BuilderForm, now: number | null, browserLanguage: string | undefined): Written {
  // The fields are read once, for the notices and every message.
  const parsed = parseFields(toMessageFields(form));
  const locale = messageLocale(form.locale, browserLanguage);
  const steps = now === null ? undefined : messageStepsFor(form, now);
  return {
    notices: parsed.notices,
    steps,
    messages: form.kinds.map((kind) => {
      const step = steps?.[kind];
      // With no plan yet, each message still knows the others ticked (a script follows its email).
      return composeParsed(kind, parsed.fields, step ? { locale, step } : { locale, alongside: form.kinds });
    }),
  };
}
