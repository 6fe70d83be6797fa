// The shape of a person's situation, declared once: the engine, the island, prefill links and
// localStorage all read it through this schema, so they cannot drift apart.
import { z } from './zod';
import {
  CANDIDATE_REASONS,
  CANDIDATE_WISHES,
  EMPLOYER_REASONS,
  EMPLOYER_WISHES,
  REASONS,
  STAGES,
  WHO,
  WISHES,
  type Problem,
  type Reason,
  type Who,
  type Wish,
} from './types';

/** A wall-clock time as typed: fields may be empty strings while a person is still typing. */
export const wallTimeSchema = z.object({
  date: z.string(),
  time: z.string(),
  zone: z.string(),
});

/** Ways the person can reach the other side, and who else is involved. */
export const channelsSchema = z.object({
  phone: z.boolean(),
  email: z.boolean(),
  recruiter: z.boolean(),
  hiringManager: z.boolean(),
});

export const situationSchema = z.object({
  who: z.enum(WHO),
  stage: z.enum(STAGES),
  wish: z.enum(WISHES),
  reason: z.optional(z.enum(REASONS)),
  /** When the interview is, in the zone it was arranged in (the interviewer's, for a candidate). */
  interview: wallTimeSchema,
  /** The zone of the person using the tool; empty means "same as the interview". */
  personZone: z.string(),
  channels: channelsSchema,
  /** Which of the two times is meant when clocks go back and the interview time happens twice. */
  fold: z.optional(z.enum(['earlier', 'later'])),
});

export type Situation = z.infer<typeof situationSchema>;
export type Channels = z.infer<typeof channelsSchema>;

export type SituationProblem =
  | 'not-an-object'
  | 'bad-who'
  | 'bad-stage'
  | 'bad-wish'
  | 'wish-does-not-fit-who'
  | 'bad-reason'
  | 'reason-does-not-fit-who'
  | 'bad-interview'
  | 'bad-person-zone'
  | 'bad-channels';

export const DEFAULT_CHANNELS: Channels = { phone: true, email: true, recruiter: false, hiringManager: false };

/** A fresh form: a candidate with a scheduled interview they want to cancel, nothing typed yet. */
export function defaultSituation(): Situation {
  return {
    who: 'candidate',
    stage: 'scheduled',
    wish: 'cancel',
    interview: { date: '', time: '', zone: '' },
    personZone: '',
    channels: { ...DEFAULT_CHANNELS },
  };
}

export function wishesFor(who: Who): readonly Wish[] {
  return who === 'employer' ? EMPLOYER_WISHES : CANDIDATE_WISHES;
}

export function reasonsFor(who: Who): readonly Reason[] {
  return who === 'employer' ? EMPLOYER_REASONS : CANDIDATE_REASONS;
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
  if (['false', '0', 'no', 'off', ''].includes(text)) return false;
  return undefined;
}

/** Text that could have come from a form field; numbers are allowed because URLs lose types. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.slice(0, 200);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function pick<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' ? list.find((item) => item === value.trim()) : undefined;
}

type Found = Problem<SituationProblem>;

/**
 * Reads anything (a saved form, a parsed URL, garbage) into a whole Situation. Never throws:
 * each field that is missing or wrong takes its default and, when it was wrong, adds a problem.
 */
export function parseSituation(input: unknown): { situation: Situation; problems: Found[] } {
  const situation = defaultSituation();
  const problems: Found[] = [];
  const note = (problem: SituationProblem, field: string, message: string): void => {
    problems.push({ ok: false, problem, field, message });
  };

  try {
    if (!isRecord(input)) {
      note('not-an-object', 'situation', 'We could not read those details, so the form has been reset.');
      return { situation, problems };
    }

    if (input['who'] !== undefined) {
      const who = pick(WHO, input['who']);
      if (who) situation.who = who;
      else note('bad-who', 'who', 'Please choose whether you are the candidate or the employer.');
    }

    if (input['stage'] !== undefined) {
      const stage = pick(STAGES, input['stage']);
      if (stage) situation.stage = stage;
      else note('bad-stage', 'stage', 'Please choose where you are in the hiring process.');
    }

    const fitting = wishesFor(situation.who);
    situation.wish = fitting[0] ?? situation.wish;
    if (input['wish'] !== undefined) {
      const wish = pick(WISHES, input['wish']);
      if (!wish) note('bad-wish', 'wish', 'Please choose what you want to do.');
      else if (!fitting.includes(wish)) {
        note('wish-does-not-fit-who', 'wish', `Please choose what you want to do as the ${situation.who}.`);
      } else situation.wish = wish;
    }

    if (input['reason'] !== undefined && input['reason'] !== '' && input['reason'] !== null) {
      const reason = pick(REASONS, input['reason']);
      if (!reason) note('bad-reason', 'reason', 'Please choose a reason from the list, or leave it empty.');
      else if (!reasonsFor(situation.who).includes(reason)) {
        note('reason-does-not-fit-who', 'reason', `Please choose a reason that fits the ${situation.who}.`);
      } else situation.reason = reason;
    }

    const interview = input['interview'];
    if (interview !== undefined) {
      if (!isRecord(interview)) {
        note('bad-interview', 'date', 'We could not read the interview date and time.');
      } else {
        for (const key of ['date', 'time', 'zone'] as const) {
          const value = interview[key];
          if (value === undefined || value === null) continue;
          const text = asText(value);
          if (text === undefined) note('bad-interview', key, `We could not read the interview ${key}.`);
          else situation.interview[key] = text;
        }
      }
    }

    if (input['personZone'] !== undefined && input['personZone'] !== null) {
      const zone = asText(input['personZone']);
      if (zone === undefined) note('bad-person-zone', 'personZone', 'We could not read your time zone.');
      else situation.personZone = zone;
    }

    if (input['fold'] === 'earlier' || input['fold'] === 'later') situation.fold = input['fold'];

    const channels = input['channels'];
    if (channels !== undefined) {
      if (!isRecord(channels)) {
        note('bad-channels', 'channels', 'We could not read how you can reach them, so we assumed phone and email.');
      } else {
        for (const key of ['phone', 'email', 'recruiter', 'hiringManager'] as const) {
          if (channels[key] === undefined) continue;
          const value = asBoolean(channels[key]);
          if (value === undefined) note('bad-channels', key, 'We could not read how you can reach them.');
          else situation.channels[key] = value;
        }
      }
    }
  } catch {
    // A hostile object (a throwing getter, a Proxy) must not break the page.
    return {
      situation: defaultSituation(),
      problems: [
        ...problems,
        {
          ok: false,
          problem: 'not-an-object',
          field: 'situation',
          message: 'We could not read those details, so the form has been reset.',
        },
      ],
    };
  }

  // The hand-written checks above must agree with the declared schema.
  const checked = situationSchema.safeParse(situation);
  return { situation: checked.success ? checked.data : defaultSituation(), problems };
}
