// A prefill link laid over a form (saved details, or a fresh one): what it changed, and every value
// it carried that could not be used, dropped (the base's stays) and named, so the person is told.
// Apart from ./links.ts (the vocabulary, which the advice loads to link to the builder) because only
// the islands' readers need it: it loads with them, when there is a link or saved details to read.
import { asParams, SITUATION_KEYS, situationInputFromQuery, situationToQuery } from './links';
import { CHANNEL_FLAGS, listedChannels } from './link-channels';
import { parseSituation, type Situation, type SituationProblem } from './situation';
import { WHO, type Problem } from './types';
import { toInstant } from './zones';

type Input = Record<string, unknown>;

/** Which fields of `after` differ from `before`, by query name: what a link changed. */
export function changedKeys(before: Situation, after: Situation): string[] {
  const a = new URLSearchParams(situationToQuery(before));
  const b = new URLSearchParams(situationToQuery(after));
  return SITUATION_KEYS.filter((key) => (a.get(key) ?? '') !== (b.get(key) ?? ''));
}

/** What a link did to a form: the situation after it, and what it changed and left out, by query name. */
export interface Prefill {
  situation: Situation;
  problems: Problem<SituationProblem>[];
  applied: boolean;
  changed: string[];
  /** The fields the link carried a value for that could not be used, so it was dropped. */
  leftOut: string[];
}

/**
 * `base` (a saved or fresh form) with whatever the link carries laid over it: the link wins field
 * by field. When the link changes who is asking, the base's wish and reason no longer fit, so they go.
 * Every value it cannot use is dropped (the base's stays) and named in `leftOut`, so the person is told.
 */
export function prefillSituation(base: Situation, query: string | URLSearchParams): Prefill {
  const params = asParams(query);
  const input = situationInputFromQuery(params);
  if (input === null) return { situation: base, problems: [], applied: false, changed: [], leftOut: [] };
  const unusable = dropUnusable(input, params);
  const { situation, problems } = laidOver(base, input);
  // Only what the link carried: a wish that goes with a side the link left out is not the link's.
  const wrong = problems.map(({ field }) => QUERY_KEY_OF[field ?? '']).filter((key) => key !== undefined && params.has(key));
  const dropped = new Set([...unusable, ...wrong]);
  return { situation, problems, applied: true, changed: changedKeys(base, situation), leftOut: SITUATION_KEYS.filter((key) => dropped.has(key)) };
}

// A problem's field as the query key that carried it; the interview as a whole came as its date.
const QUERY_KEY_OF: Record<string, string> = {
  ...Object.fromEntries(SITUATION_KEYS.map((key) => [key, key])),
  contacts: 'channels',
  people: 'channels',
  interview: 'date',
};

/**
 * What the schema would take but no one can use, taken out of `input` so the base's stays: a date
 * or time no date or time field can hold (30 February, 25:99, "soon"), and a clock-change answer
 * that is neither. Returns their keys, and `channels` when it names a way or person we do not know.
 */
function dropUnusable(input: Input, params: URLSearchParams): string[] {
  const dropped: string[] = [];
  const interview = input['interview'] as Input | undefined;
  for (const key of ['date', 'time'] as const) {
    const value = interview?.[key];
    if (interview === undefined || typeof value !== 'string' || value.trim() === '') continue;
    // Each checked alone, beside a date, time and zone that are surely right.
    const read = toInstant({ date: '2000-01-01', time: '12:00', zone: 'UTC', [key]: value });
    if (!read.ok && read.field === key) {
      delete interview[key];
      dropped.push(key);
    }
  }
  if (interview !== undefined && Object.keys(interview).length === 0) delete input['interview'];
  const fold = typeof input['fold'] === 'string' ? input['fold'].trim() : '';
  if (fold !== '' && fold !== 'earlier' && fold !== 'later') {
    delete input['fold'];
    dropped.push('fold');
  }
  const channels = params.get('channels');
  const known = new Set<string>(CHANNEL_FLAGS.map(([, , name]) => name));
  if (channels !== null && [...listedChannels(channels)].some((name) => name !== '' && !known.has(name))) dropped.push('channels');
  return dropped;
}

/**
 * `base` with raw fields laid over it, field by field (inside the interview, contacts and people
 * too): a link's, or what a person chose in the form before the island started. A new `who` drops
 * the base's wish and reason, which no longer fit; a new date or time drops the clock-change answer.
 */
export function laidOver(base: Situation, input: Input): { situation: Situation; problems: Problem<SituationProblem>[] } {
  const merged: Input = { ...base, interview: { ...base.interview }, contacts: { ...base.contacts }, people: { ...base.people } };
  const who = typeof input['who'] === 'string' ? input['who'].trim() : input['who'];
  if ((WHO as readonly unknown[]).includes(who) && who !== base.who) {
    delete merged['wish'];
    delete merged['reason'];
  }
  // A clock change is about one particular date and time; a new one needs its own answer.
  if (input['interview'] !== undefined) delete merged['fold'];
  for (const [key, value] of Object.entries(input)) {
    merged[key] = NESTED.has(key) && typeof value === 'object' && value !== null ? { ...(merged[key] as Input), ...(value as Input) } : value;
  }
  // A value that is wrong leaves the base's in place rather than a default.
  const { situation: read, problems } = parseSituation(merged);
  return { situation: problems.length === 0 ? read : keepBaseWhereWrong(base, read, problems), problems };
}

const NESTED = new Set(['interview', 'contacts', 'people']);

function keepBaseWhereWrong(base: Situation, read: Situation, problems: readonly Problem<SituationProblem>[]): Situation {
  const wrong = new Set(problems.map(({ field }) => field));
  const kept: Situation = { ...read, interview: { ...read.interview } };
  for (const field of ['date', 'time', 'zone'] as const) if (wrong.has(field)) kept.interview[field] = base.interview[field];
  // A clock-change answer belongs to a new time; with the link's time left out, the base's stays.
  const { date, time, zone } = kept.interview;
  if (kept.fold === undefined && base.fold && date === base.interview.date && time === base.interview.time && zone === base.interview.zone) kept.fold = base.fold;
  if (wrong.has('who')) kept.who = base.who;
  if (wrong.has('stage')) kept.stage = base.stage;
  if (wrong.has('spoke')) kept.spoke = base.spoke;
  if (wrong.has('personZone')) kept.personZone = base.personZone;
  if (wrong.has('contacts')) kept.contacts = base.contacts;
  if (wrong.has('people')) kept.people = base.people;
  // The base's wish and reason still fit while the side is the same; a new side starts without them.
  const isSameSide = kept.who === base.who;
  if (wrong.has('wish')) {
    if (isSameSide && base.wish) kept.wish = base.wish;
    else delete kept.wish;
  }
  if (wrong.has('reason')) {
    if (isSameSide && base.reason) kept.reason = base.reason;
    else delete kept.reason;
  }
  return kept;
}
