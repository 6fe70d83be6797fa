// The message builder's form as a person fills it: every value exactly as typed (so nothing is
// lost on reload, even text over a cap), read from storage and prefill links through one schema.
import { z } from './zod';
import { MAX_PROPOSED_TIMES } from './fields';
import { CANDIDATE_MESSAGE_KINDS, EMPLOYER_MESSAGE_KINDS, MESSAGE_KINDS, REASONS, TONES, WHO, WISHES, type MessageKind } from './types';

// Whatever a person pastes, a saved form stays small enough for any browser's storage.
const STORED_TEXT_LIMIT = 20_000;
const text = z.pipe(
  z.catch(z.string(), ''),
  z.transform((value: string) => value.slice(0, STORED_TEXT_LIMIT)),
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
});

export type BuilderForm = z.infer<typeof builderFormSchema>;

export const DEFAULT_KINDS: Record<(typeof WHO)[number], MessageKind[]> = {
  candidate: ['cancel', 'phone-script', 'voicemail', 'follow-up'],
  employer: ['employer-withdraw-invitation', 'employer-phone-script'],
};

export function emptyForm(zone = ''): BuilderForm {
  return builderFormSchema.parse({ zone, yourZone: zone, proposedTimes: [] });
}

/** A saved or linked form, repaired field by field: a bad value falls back, the rest is kept. */
export function parseBuilderForm(input: unknown): BuilderForm {
  const result = builderFormSchema.safeParse(typeof input === 'object' && input !== null ? input : {});
  return result.success ? result.data : emptyForm();
}

export function kindsFor(who: BuilderForm['who']): readonly MessageKind[] {
  return who === 'employer' ? EMPLOYER_MESSAGE_KINDS : CANDIDATE_MESSAGE_KINDS;
}

/** Applies a prefill link (`?kinds=cancel,voicemail&date=…&time=…&zone=…&who=…&reason=…`). */
export function applyQuery(form: BuilderForm, search: string): BuilderForm {
  const params = new URLSearchParams(search);
  if (![...params.keys()].some((key) => ['kinds', 'date', 'time', 'zone', 'who', 'reason', 'wish'].includes(key))) return form;
  const next: Record<string, unknown> = { ...form };
  for (const key of ['date', 'time', 'zone', 'who', 'reason', 'wish'] as const) {
    const value = params.get(key);
    if (value !== null) next[key] = value;
  }
  const kinds = params.get('kinds');
  if (kinds !== null) next['kinds'] = kinds.split(',').map((kind) => kind.trim());
  const parsed = parseBuilderForm(next);
  // A link for one side never shows the other side's messages.
  parsed.kinds = parsed.kinds.filter((kind) => kindsFor(parsed.who).includes(kind));
  return parsed;
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
  const times = form.proposedTimes.filter((time) => time.date && time.time);
  if (times.length) fields['proposedTimes'] = times;
  if (form.mayReopen) fields['mayReopen'] = form.mayReopen === 'yes';
  return fields;
}
