// The message builder's form as a person fills it: every value exactly as typed (so nothing is
// lost on reload, even text over a cap), read from storage and prefill links through one schema.
// What needs no parsing (a fresh form, each side's messages) is ./builder-defaults.ts.
import { z } from './zod';
import { WRITING_LOCALES } from './messages/locales';
import { MAX_PROPOSED_TIMES } from './field-caps';
import { MESSAGE_KINDS, REASONS, SPOKE, STAGES, TONES, WHO, WISHES, type MessageKind } from './types';
import { situationInputFromQuery, situationToQuery } from './links';
import { parseSituation, type Situation } from './situation';
import { BUILDER_TEXT_LIMIT, keepFirst } from './saved-text';
import { emptyForm, kindsFor, type FreshField } from './builder-defaults';

export { DEFAULT_KINDS, defaultKinds, emptyForm, formForSaving, kindsFor, restoreForm } from './builder-defaults';

// Whatever a person pastes, a saved form stays small enough for any browser's storage: the island
// cuts at this limit as they type (with a notice), and reading a saved form cuts the same way.
const text = z.pipe(
  z.catch(z.string(), ''),
  z.transform((value: string) => keepFirst(value, BUILDER_TEXT_LIMIT).text),
);

export const builderFormSchema = z.object({
  who: z.catch(z.enum(WHO), 'candidate'),
  kinds: z.pipe(
    z.catch(z.array(z.string()), []),
    z.transform((kinds: string[]) => kinds.filter((kind): kind is MessageKind => (MESSAGE_KINDS as readonly string[]).includes(kind))),
  ),
  yourName: text,
  yourPhone: text,
  yourEmail: text,
  recipientName: text,
  recipientRole: text,
  recipientEmail: text,
  hiringManagerName: text,
  company: text,
  position: text,
  date: text,
  time: text,
  zone: text,
  yourZone: text,
  reason: z.catch(z.enum(['', ...REASONS]), ''),
  reasonLine: text,
  wish: z.catch(z.enum(['', ...WISHES]), ''),
  proposedTimes: z.pipe(
    z.catch(z.array(z.catch(z.object({ date: text, time: text }), { date: '', time: '' })), []),
    z.transform((times: { date: string; time: string }[]) => times.slice(0, MAX_PROPOSED_TIMES)),
  ),
  referralName: text,
  firstRescheduleDate: text,
  keepDoorOpen: z.catch(z.boolean(), true),
  tone: z.catch(z.enum(TONES), 'warm'),
  mayReopen: z.catch(z.enum(['', 'yes', 'no']), ''),
  /** The rest of the situation, as the decision helper or a link gave it, so messages follow its plan. */
  stage: z.catch(z.enum(['', ...STAGES]), ''),
  /** The situation's contacts and people, in the link vocabulary ("phone,email,agency"). */
  channels: z.catch(z.string(), 'phone,email'),
  spoke: z.catch(z.enum(SPOKE), 'no'),
  /** How dates and times are written: empty follows the browser's language. */
  locale: z.catch(z.enum(['', ...WRITING_LOCALES]), ''),
});

export type BuilderForm = z.infer<typeof builderFormSchema>;

// A fresh form is written out in ./builder-defaults.ts, so the island starts before the schema
// loads; this fails to compile when the two name different fields (its test compares the values).
type SchemaField = keyof typeof builderFormSchema.shape;
const FIELDS_MATCH: [SchemaField] extends [FreshField] ? ([FreshField] extends [SchemaField] ? true : never) : never = true;
void FIELDS_MATCH;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A saved or linked form, repaired field by field: a bad value falls back, the rest is kept.
 * Messages of the other side go: a candidate's form never holds an employer's messages.
 */
export function parseBuilderForm(input: unknown): BuilderForm {
  const result = builderFormSchema.safeParse(isRecord(input) ? input : {});
  const form = result.success ? result.data : emptyForm();
  const allowed = kindsFor(form.who);
  return { ...form, kinds: form.kinds.filter((kind) => allowed.includes(kind)) };
}

/**
 * A form read back from storage, or null when there is nothing of it to keep (not an object, or
 * not one field as it was saved), so the island says the details could not be read.
 */
export function readSavedBuilderForm(data: unknown): BuilderForm | null {
  if (!isRecord(data)) return null;
  const form = parseBuilderForm(data);
  const kept = Object.keys(builderFormSchema.shape).some(
    (key) => key in data && JSON.stringify(data[key]) === JSON.stringify(form[key as keyof BuilderForm]),
  );
  return kept ? form : null;
}

/** The situation the form describes, read through the one situation schema. */
export function formToSituation(form: BuilderForm): Situation {
  const input = situationInputFromQuery(new URLSearchParams({ channels: form.channels })) ?? {};
  return parseSituation({
    ...input,
    who: form.who,
    stage: form.stage || 'scheduled',
    ...(form.wish ? { wish: form.wish } : {}),
    ...(form.reason ? { reason: form.reason } : {}),
    interview: { date: form.date, time: form.time, zone: form.zone },
    personZone: form.yourZone,
    spoke: form.spoke,
  }).situation;
}

/** The form with a situation laid over it: what the helper announced or a link carried. */
export function applySituation(form: BuilderForm, situation: Situation): BuilderForm {
  const channels = new URLSearchParams(situationToQuery(situation)).get('channels') ?? '';
  const next = parseBuilderForm({
    ...form,
    who: situation.who,
    stage: situation.stage,
    wish: situation.wish ?? '',
    reason: situation.reason ?? '',
    date: situation.interview.date,
    time: situation.interview.time,
    zone: situation.interview.zone || form.zone,
    yourZone: situation.personZone || form.yourZone,
    channels,
    spoke: situation.spoke,
  });
  // A change of side never keeps the other side's messages.
  next.kinds = next.kinds.filter((kind) => kindsFor(next.who).includes(kind));
  return next;
}

/** The generator's input: blanks left out, so the templates word around what is missing. */
export function toMessageFields(form: BuilderForm): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    keepDoorOpen: form.keepDoorOpen,
    tone: form.tone,
  };
  const copy = [
    'yourName', 'yourPhone', 'yourEmail', 'recipientName', 'recipientRole', 'recipientEmail',
    'hiringManagerName', 'company', 'position', 'yourZone', 'reasonLine', 'referralName', 'firstRescheduleDate',
  ] as const;
  for (const key of copy) if (form[key].trim()) fields[key] = form[key];
  if (form.date || form.time) fields['interview'] = { date: form.date, time: form.time, zone: form.zone };
  if (form.reason) fields['reason'] = form.reason;
  if (form.wish) fields['wish'] = form.wish;
  // Where things stand decides what a message may say happened (no "enjoyed meeting you" before a meeting).
  if (form.stage) fields['stage'] = form.stage;
  const times = form.proposedTimes.filter((time) => time.date && time.time);
  if (times.length) fields['proposedTimes'] = times;
  if (form.mayReopen) fields['mayReopen'] = form.mayReopen === 'yes';
  // An agency the helper or a link named: a candidate's messages then ask them to tell the employer.
  if (form.who === 'candidate' && formToSituation(form).people.agency) fields['throughAgency'] = true;
  return fields;
}

/** The locale the messages are written in: the person's choice, else their browser's language. */
export function messageLocale(choice: BuilderForm['locale'], browserLanguage: string | undefined): string {
  return choice || browserLanguage || 'en-GB';
}
