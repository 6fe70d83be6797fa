// What a person types into the message builder, declared once: the builder, prefill links and
// localStorage all read it through parseFields, so a value is cleaned and capped the same way everywhere.
import { z } from './zod';
import { REASONS, STAGES, TONES, WISHES } from './types';

/** How an interview is held, for a request to switch from one to the other. */
export const INTERVIEW_FORMATS = ['video', 'on-site'] as const;
import { characterCount } from './messages/text-length';
import { cleanField } from './clean-field';
import { isPlaceholder } from './placeholders';
import { FIELD_CAPS, MAX_PROPOSED_TIMES } from './field-caps';

export type TextField = Exclude<keyof typeof FIELD_CAPS, 'date' | 'time' | 'zone'>;

const TEXT_FIELDS = Object.keys(FIELD_CAPS).filter(
  (key): key is TextField => key !== 'date' && key !== 'time' && key !== 'zone',
);

/** Names the notices use, so a message points at the field a person can see. */
export const FIELD_LABELS: Record<keyof typeof FIELD_CAPS | 'proposedTimes' | 'reason' | 'wish' | 'tone' | 'keepDoorOpen' | 'mayReopen' | 'stage' | 'preferredFormat' | 'travelBooked' | 'throughAgency' | 'interview', string> = {
  yourName: 'Your name',
  yourPhone: 'Your phone number',
  yourEmail: 'Your email address',
  recipientName: 'Their name',
  recipientRole: 'Their role',
  recipientEmail: 'Their email address',
  hiringManagerName: "The hiring manager's name",
  company: 'The company name',
  position: 'The job title',
  reasonLine: 'Your reason',
  referralName: "The name of the person you're recommending",
  yourZone: 'Your time zone',
  firstRescheduleDate: 'The date you first moved it to',
  sentOn: 'The date you sent your message',
  date: 'The interview date',
  time: 'The interview time',
  zone: "The interview's time zone",
  proposedTimes: 'The times you suggest',
  reason: 'The reason',
  wish: 'What you want to do',
  tone: 'The tone',
  keepDoorOpen: 'Keeping the door open',
  mayReopen: 'Whether the role may reopen',
  stage: 'Where you are in the process',
  preferredFormat: 'The format you would like',
  travelBooked: 'Travel already booked',
  throughAgency: 'An agency recruiter set it up',
  interview: 'The interview date and time',
};

export { characterCount, cleanField, FIELD_CAPS, MAX_PROPOSED_TIMES };

/** An optional line of text of at most `cap` characters, counted as a person counts them. */
const capped = (cap: number) =>
  z.optional(z.string().check(z.refine((text) => text.length <= cap || characterCount(text) <= cap, { error: `At most ${cap} characters.` })));

/** A wall-clock time as typed: fields may be empty strings while a person is still typing. */
export const interviewSchema = z.object({ date: z.string(), time: z.string(), zone: z.string() });

/** A time the person suggests, read in the interview's zone. */
export const proposedTimeSchema = z.object({ date: z.string(), time: z.string() });

/** A field left out reads as `fallback` (z._default's meaning, from the pipe and transform the situation's
 * schema ships already, so the helper's pages do not carry zod's default type for the builder alone). */
const orIfLeftOut = (fallback: unknown) => z.transform((value: unknown) => (value === undefined ? fallback : value));

export const messageFieldsSchema = z.object({
  yourName: capped(FIELD_CAPS.yourName),
  yourPhone: capped(FIELD_CAPS.yourPhone),
  yourEmail: capped(FIELD_CAPS.yourEmail),
  recipientName: capped(FIELD_CAPS.recipientName),
  recipientRole: capped(FIELD_CAPS.recipientRole),
  recipientEmail: capped(FIELD_CAPS.recipientEmail),
  hiringManagerName: capped(FIELD_CAPS.hiringManagerName),
  company: capped(FIELD_CAPS.company),
  position: capped(FIELD_CAPS.position),
  interview: z.optional(interviewSchema),
  /** The writer's own zone; when it differs from the interview's, dates are given in both. */
  yourZone: capped(FIELD_CAPS.yourZone),
  reason: z.optional(z.enum(REASONS)),
  /** The person's own short reason, used instead of the stock sentence for `reason`. */
  reasonLine: capped(FIELD_CAPS.reasonLine),
  /** What the message is about, for kinds that serve several (phone script, voicemail, text…). */
  wish: z.optional(z.enum(WISHES)),
  proposedTimes: z.optional(z.array(proposedTimeSchema).check(z.maxLength(MAX_PROPOSED_TIMES))),
  referralName: capped(FIELD_CAPS.referralName),
  keepDoorOpen: z.pipe(orIfLeftOut(true), z.boolean()),
  tone: z.pipe(orIfLeftOut('warm'), z.enum(TONES)),
  /** YYYY-MM-DD the interview was first moved to, for a second reschedule. */
  firstRescheduleDate: capped(FIELD_CAPS.firstRescheduleDate),
  /** YYYY-MM-DD the unanswered message was sent, for a follow-up when there is no reply. */
  sentOn: capped(FIELD_CAPS.sentOn),
  /** Employer: whether the role may open again. Unset means "we don't know yet". */
  mayReopen: z.optional(z.boolean()),
  /** Where the person is in the process: a message thanks someone for a meeting only once one happened. */
  stage: z.optional(z.enum(STAGES)),
  /** The format a candidate asks to switch to. */
  preferredFormat: z.optional(z.enum(INTERVIEW_FORMATS)),
  /** Employer: the candidate has travel booked, so the message says the costs are covered and how to claim. */
  travelBooked: z.optional(z.boolean()),
  /** Candidate: an agency recruiter set it up, so the message goes to them and asks them to tell the employer. */
  throughAgency: z.optional(z.boolean()),
});

export type MessageFields = z.infer<typeof messageFieldsSchema>;
export type MessageFieldsInput = z.input<typeof messageFieldsSchema>;
export type ProposedTime = z.infer<typeof proposedTimeSchema>;

export interface FieldNotice {
  field: string;
  message: string;
}

function cappedNotice(field: keyof typeof FIELD_CAPS, cap: number, noticeField: string): FieldNotice {
  return { field: noticeField, message: `${FIELD_LABELS[field]} is limited to ${cap} characters; we kept the first ${cap}.` };
}

function placeholderNotice(field: TextField): FieldNotice {
  return {
    field,
    message: `${FIELD_LABELS[field]} looks like a template placeholder, so the messages leave it out. Type the real one, or clear the field.`,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Query strings and old saved forms hold booleans as text. */
function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  return undefined;
}

function pick<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' ? list.find((item) => item === value.trim()) : undefined;
}

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * Reads anything (a saved form, a parsed URL, garbage) into MessageFields. Never throws: a value
 * that cannot be read is left out, and anything shortened or dropped is reported in `notices`.
 */
export function parseFields(input: unknown): { fields: MessageFields; notices: FieldNotice[] } {
  const notices: FieldNotice[] = [];
  const fields: MessageFields = { keepDoorOpen: true, tone: 'warm' };
  const unreadable = (field: keyof typeof FIELD_LABELS): void => {
    notices.push({ field, message: `We couldn't read ${FIELD_LABELS[field].toLowerCase()}, so it was left out.` });
  };
  const clean = (field: keyof typeof FIELD_CAPS, value: unknown, noticeField: string = field): string | undefined => {
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      if (!isBlank(value)) notices.push({ field: noticeField, message: `We couldn't read ${FIELD_LABELS[field].toLowerCase()}, so it was left out.` });
      return undefined;
    }
    const cap = FIELD_CAPS[field];
    const result = cleanField(value, cap);
    if (result.capped) notices.push(cappedNotice(field, cap, noticeField));
    return result.value;
  };

  try {
    if (!isRecord(input)) return { fields, notices };

    for (const key of TEXT_FIELDS) {
      const value = clean(key, input[key]);
      // A copied template's "[Your name]" would go out as it is: leave it out and say why.
      if (value && isPlaceholder(value)) notices.push(placeholderNotice(key));
      else if (value) fields[key] = value;
    }

    // Prefill links carry the interview as flat date, time and zone.
    const interview = isRecord(input['interview'])
      ? input['interview']
      : input['interview'] === undefined && ['date', 'time', 'zone'].some((key) => !isBlank(input[key]))
        ? input
        : undefined;
    if (interview) {
      fields.interview = {
        date: clean('date', interview['date']) ?? '',
        time: clean('time', interview['time']) ?? '',
        zone: clean('zone', interview['zone']) ?? '',
      };
    } else if (!isBlank(input['interview'])) unreadable('interview');

    readChoices(input, fields, notices, unreadable);
    readProposedTimes(input['proposedTimes'], fields, notices, clean);
  } catch {
    // A hostile object (a throwing getter, a Proxy) must not break the page.
    notices.push({ field: 'fields', message: "We couldn't read those details, so the form has been reset." });
    return { fields: { keepDoorOpen: true, tone: 'warm' }, notices };
  }

  // The hand-written reading above must agree with the declared schema.
  const checked = messageFieldsSchema.safeParse(fields);
  return { fields: checked.success ? checked.data : { keepDoorOpen: true, tone: 'warm' }, notices };
}

function readChoices(
  input: Record<string, unknown>,
  fields: MessageFields,
  notices: FieldNotice[],
  unreadable: (field: keyof typeof FIELD_LABELS) => void,
): void {
  const reason = input['reason'];
  if (!isBlank(reason)) {
    const known = pick(REASONS, reason);
    if (known) fields.reason = known;
    else notices.push({ field: 'reason', message: "We didn't recognise that reason, so the message leaves it out." });
  }
  const wish = pick(WISHES, input['wish']);
  if (wish) fields.wish = wish;
  else if (!isBlank(input['wish'])) unreadable('wish');

  const format = pick(INTERVIEW_FORMATS, input['preferredFormat']);
  if (format) fields.preferredFormat = format;
  else if (!isBlank(input['preferredFormat'])) unreadable('preferredFormat');

  const stage = pick(STAGES, input['stage']);
  if (stage) fields.stage = stage;
  else if (!isBlank(input['stage'])) unreadable('stage');

  const tone = pick(TONES, input['tone']);
  if (tone) fields.tone = tone;
  else if (!isBlank(input['tone'])) unreadable('tone');

  for (const key of ['keepDoorOpen', 'mayReopen', 'travelBooked', 'throughAgency'] as const) {
    if (isBlank(input[key])) continue;
    const value = asBoolean(input[key]);
    if (value === undefined) unreadable(key);
    else fields[key] = value;
  }
}

function readProposedTimes(
  value: unknown,
  fields: MessageFields,
  notices: FieldNotice[],
  clean: (field: 'date' | 'time', value: unknown, noticeField: string) => string | undefined,
): void {
  if (isBlank(value)) return;
  if (!Array.isArray(value)) {
    notices.push({ field: 'proposedTimes', message: "We couldn't read the times you suggested, so they were left out." });
    return;
  }
  const times: ProposedTime[] = [];
  let skipped = false;
  for (const [index, entry] of value.slice(0, 50).entries()) {
    if (!isRecord(entry)) {
      if (!isBlank(entry)) skipped = true;
      continue;
    }
    const time = {
      date: clean('date', entry['date'], `proposedTimes.${index}.date`) ?? '',
      time: clean('time', entry['time'], `proposedTimes.${index}.time`) ?? '',
    };
    // A blank row in the form holds nothing worth keeping.
    if (time.date !== '' || time.time !== '') times.push(time);
  }
  if (skipped || value.length > 50) {
    notices.push({ field: 'proposedTimes', message: "We couldn't read some of the times you suggested, so they were left out." });
  }
  if (times.length > MAX_PROPOSED_TIMES) {
    notices.push({
      field: 'proposedTimes',
      message: `You can suggest up to ${MAX_PROPOSED_TIMES} times; we kept the first ${MAX_PROPOSED_TIMES}.`,
    });
  }
  if (times.length > 0) fields.proposedTimes = times.slice(0, MAX_PROPOSED_TIMES);
}
