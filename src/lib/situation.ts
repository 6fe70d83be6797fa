// The one shape of a person's situation. The decision helper, the message builder, prefill links,
// localStorage and the event between islands all read it through `parseSituation`, which is this
// zod schema parsing: a strict pass names what was wrong, a forgiving pass keeps what was right.
// What needs no parsing (a fresh form, the field names, each side's wishes) is ./situation-defaults.ts.
import { z } from './zod';
import { REASONS, SPOKE, STAGES, WHO, WISHES, type Problem } from './types';
import { canonicalZone } from './zones';
import { defaultSituation, DEFAULT_CONTACTS, NO_PEOPLE, reasonsFor, SITUATION_FIELDS, wishesFor } from './situation-defaults';

export { defaultSituation, DEFAULT_CONTACTS, NO_PEOPLE, reasonsFor, SITUATION_FIELDS, wishesFor, wishOrDefault } from './situation-defaults';
export type { Contacts, People } from './situation-defaults';

/** Longest date, time or zone text kept: longer is never a real value, only a pasted accident. */
const WALL_TEXT_CAP = 64;

// Controls, bidi overrides and invisible characters can make a value read one way and mean another.
const HIDDEN = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/u;

/** Query strings and old saved forms hold booleans as text. */
function asBoolean(value: unknown): unknown {
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off', ''].includes(text)) return false;
  return value;
}

/** URLs lose types, so a number is read as the text it was typed as. */
const asText = (value: unknown): unknown =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : value;

const asChoice = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

const flag = (error: string) => z.pipe(z.transform(asBoolean), z.boolean({ error }));

const choice = <T extends readonly [string, ...string[]]>(list: T, error: string) =>
  z.pipe(z.transform(asChoice), z.enum(list, { error }));

/** An optional choice: absent, empty or null all mean "not chosen". */
const optionalChoice = <T extends readonly [string, ...string[]]>(list: T, error: string) =>
  z.optional(
    z.pipe(
      z.transform((value: unknown) => (value === '' || value === null ? undefined : asChoice(value))),
      z.optional(z.enum(list, { error })),
    ),
  );

const wallText = (error: string) =>
  z.pipe(
    z.transform(asText),
    z.string({ error }).check(
      z.maxLength(WALL_TEXT_CAP, { error }),
      z.refine((text) => !HIDDEN.test(text), { error }),
    ),
  );

/** A real IANA zone (aliases read as their canonical name), or empty while not chosen yet. */
const zoneText = (error: string) =>
  z.pipe(
    wallText(error),
    z.pipe(
      z.transform((text: string) => (text === '' ? '' : (canonicalZone(text) ?? text))),
      z.string().check(z.refine((text) => text === '' || canonicalZone(text) === text, { error })),
    ),
  );

const MESSAGES = {
  who: 'Please choose whether you are the candidate or the employer.',
  stage: 'Please choose where you are in the hiring process.',
  wish: 'Please choose what you want to do.',
  reason: 'Please choose a reason from the list, or leave it empty.',
  date: 'We could not read the interview date. Please type it again.',
  time: 'We could not read the interview time. Please type it again.',
  zone: 'That is not a time zone we know, so we left it out. Please choose one from the list.',
  personZone: 'That is not a time zone we know, so we left it out. Please choose your own from the list.',
  contacts: 'We could not read how you can reach them, so we assumed phone and email.',
  people: 'We could not read who else is involved, so we left those boxes as they were.',
  spoke: 'We could not read whether you have spoken to them yet.',
  interview: 'We could not read the interview date and time.',
  whole: 'We could not read those details, so the form has been reset.',
} as const;

const shape = {
  who: choice(WHO, MESSAGES.who),
  stage: choice(STAGES, MESSAGES.stage),
  /** Not chosen yet is a real answer: a missed interview then offers both routes. */
  wish: optionalChoice(WISHES, MESSAGES.wish),
  reason: optionalChoice(REASONS, MESSAGES.reason),
  /** When the interview is, in the zone it was arranged in (the other side's). */
  interview: z.object(
    {
      date: wallText(MESSAGES.date),
      time: wallText(MESSAGES.time),
      zone: zoneText(MESSAGES.zone),
    },
    { error: MESSAGES.interview },
  ),
  /** The zone of the person using the tool; empty means "same as the interview". */
  personZone: zoneText(MESSAGES.personZone),
  /**
   * Ways the person can reach the other side; neither means a booking link or job site only. `text`:
   * they have been texting the candidate about this interview, so a text may stand in for the email.
   */
  contacts: z.object({ phone: flag(MESSAGES.contacts), email: flag(MESSAGES.contacts), text: flag(MESSAGES.contacts) }, { error: MESSAGES.contacts }),
  /** Who else is involved: an in-house recruiter, an agency recruiter, the hiring manager, a panel. */
  people: z.object({
    recruiter: flag(MESSAGES.people),
    agency: flag(MESSAGES.people),
    hiringManager: flag(MESSAGES.people),
    panel: flag(MESSAGES.people),
  }, { error: MESSAGES.people }),
  /** Whether the person has already spoken to them, or left a voicemail. */
  spoke: choice(SPOKE, MESSAGES.spoke),
  /** Which of the two times is meant when clocks go back and the interview time happens twice. */
  fold: z.optional(z.catch(z.optional(z.enum(['earlier', 'later'])), undefined)),
};

/** The strict reading: every field must be right, and its issue says what was wrong. */
export const situationSchema = z.object(shape);

// The field names are written out in ./situation-defaults.ts, so a form can know them before the
// schema loads; this fails to compile when the two part ways.
type ShapeField = Exclude<keyof typeof shape, 'interview'> | keyof typeof shape.interview.shape;
type ListedField = (typeof SITUATION_FIELDS)[number];
const FIELDS_MATCH: [ShapeField] extends [ListedField] ? ([ListedField] extends [ShapeField] ? true : never) : never = true;
void FIELDS_MATCH;

export type Situation = z.infer<typeof situationSchema>;

export type SituationProblem =
  | 'not-an-object'
  | 'bad-who'
  | 'bad-stage'
  | 'bad-wish'
  | 'wish-does-not-fit-who'
  | 'bad-reason'
  | 'reason-does-not-fit-who'
  | 'bad-interview'
  | 'bad-zone'
  | 'bad-person-zone'
  | 'bad-contacts'
  | 'bad-people'
  | 'bad-spoke';

// The forgiving reading: each field that is missing or wrong takes its default. z.catch alone
// covers a missing field too (undefined fails the inner schema); objects come fresh from a function.
const fallback = defaultSituation();
const forgivingSchema = z.object({
  who: z.catch(shape.who, fallback.who),
  stage: z.catch(shape.stage, fallback.stage),
  wish: z.catch(shape.wish, undefined),
  reason: z.catch(shape.reason, undefined),
  interview: z.catch(
    z.object({
      date: z.catch(shape.interview.shape.date, ''),
      time: z.catch(shape.interview.shape.time, ''),
      zone: z.catch(shape.interview.shape.zone, ''),
    }),
    () => ({ date: '', time: '', zone: '' }),
  ),
  personZone: z.catch(shape.personZone, ''),
  contacts: z.catch(
    z.object({
      phone: z.catch(shape.contacts.shape.phone, true),
      email: z.catch(shape.contacts.shape.email, true),
      // Saved before texting was asked about: not known, so not assumed.
      text: z.catch(shape.contacts.shape.text, false),
    }),
    () => ({ ...DEFAULT_CONTACTS }),
  ),
  people: z.catch(
    z.object({
      recruiter: z.catch(shape.people.shape.recruiter, false),
      agency: z.catch(shape.people.shape.agency, false),
      hiringManager: z.catch(shape.people.shape.hiringManager, false),
      panel: z.catch(shape.people.shape.panel, false),
    }),
    () => ({ ...NO_PEOPLE }),
  ),
  spoke: z.catch(shape.spoke, fallback.spoke),
  fold: shape.fold,
});

const CODES: Record<string, SituationProblem> = {
  who: 'bad-who',
  stage: 'bad-stage',
  wish: 'bad-wish',
  reason: 'bad-reason',
  interview: 'bad-interview',
  zone: 'bad-zone',
  personZone: 'bad-person-zone',
  contacts: 'bad-contacts',
  people: 'bad-people',
  spoke: 'bad-spoke',
};

type Found = Problem<SituationProblem>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optionalEach = (fields: Record<string, z.ZodMiniType>): Record<string, z.ZodMiniType> =>
  Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, z.optional(field)]));

/** The strict reading with each field, and each of the interview's, contacts' and people's, optional. */
const givenFieldsSchema = z.object(
  optionalEach({
    ...shape,
    interview: z.object(optionalEach(shape.interview.shape), { error: MESSAGES.interview }),
    contacts: z.object(optionalEach(shape.contacts.shape), { error: MESSAGES.contacts }),
    people: z.object(optionalEach(shape.people.shape), { error: MESSAGES.people }),
  }),
);

/** Fields left out are simply not given: only a value that is there and wrong is a problem. */
function problemsIn(input: Record<string, unknown>): Found[] {
  const checked = givenFieldsSchema.safeParse(input);
  if (checked.success) return [];
  const found = new Map<string, Found>();
  for (const issue of checked.error.issues) {
    const [top, inner] = issue.path.map(String);
    if (top === undefined) continue;
    // The interview's own fields name themselves, so a notice sits by the right input.
    const field = top === 'interview' && inner ? inner : top;
    const problem = CODES[field === 'date' || field === 'time' ? 'interview' : field] ?? 'bad-interview';
    if (!found.has(field)) {
      const message = top === 'interview' && !inner ? 'We could not read the interview date and time.' : issue.message;
      found.set(field, { ok: false, problem, field, message });
    }
  }
  return [...found.values()];
}

/**
 * Reads anything (a saved form, a parsed link, an event, garbage) into a whole Situation. Never
 * throws: each field that is missing or wrong takes its default and, when it was wrong, adds a problem.
 */
export function parseSituation(input: unknown): { situation: Situation; problems: Found[] } {
  try {
    if (!isRecord(input)) {
      return { situation: defaultSituation(), problems: [{ ok: false, problem: 'not-an-object', field: 'situation', message: MESSAGES.whole }] };
    }
    const problems = problemsIn(input);
    const read = forgivingSchema.safeParse(input);
    const situation: Situation = read.success ? read.data : defaultSituation();
    return { situation: fitToWho(situation, problems), problems };
  } catch {
    // A hostile object (a throwing getter, a Proxy) must not break the page.
    return { situation: defaultSituation(), problems: [{ ok: false, problem: 'not-an-object', field: 'situation', message: MESSAGES.whole }] };
  }
}

/** A wish or reason for the other side cannot stand: it goes, with a problem saying why. */
function fitToWho(situation: Situation, problems: Found[]): Situation {
  const fitted = { ...situation };
  if (fitted.wish !== undefined && !wishesFor(fitted.who).includes(fitted.wish)) {
    delete fitted.wish;
    problems.push({ ok: false, problem: 'wish-does-not-fit-who', field: 'wish', message: `Please choose what you want to do as the ${fitted.who}.` });
  }
  if (fitted.reason !== undefined && !reasonsFor(fitted.who).includes(fitted.reason)) {
    delete fitted.reason;
    problems.push({ ok: false, problem: 'reason-does-not-fit-who', field: 'reason', message: `Please choose a reason that fits the ${fitted.who}.` });
  }
  return fitted;
}
