// The one query vocabulary for a situation, both ways: the helper's link to the builder, prefill
// links and the builder reading them. Every value read here still goes through `parseSituation`.
import { parseSituation, SITUATION_FIELDS, type Situation, type SituationProblem } from './situation';
import { MESSAGE_KINDS, type MessageKind, type Problem } from './types';
import { CHANNEL_FLAGS, listedChannels } from './link-channels';

export const MESSAGE_BUILDER_PATH = '/tools/message-builder/';

// The query keys are the situation's own field names; contacts and people travel as one list.
const INTERVIEW_KEYS = ['date', 'time', 'zone'] as const;
const PLAIN_KEYS = SITUATION_FIELDS.filter(
  (key): key is Exclude<(typeof SITUATION_FIELDS)[number], 'date' | 'time' | 'zone' | 'contacts' | 'people'> =>
    !(INTERVIEW_KEYS as readonly string[]).includes(key) && key !== 'contacts' && key !== 'people',
);

/** Every query key a situation link may carry. */
export const SITUATION_KEYS: readonly string[] = [...PLAIN_KEYS, ...INTERVIEW_KEYS, 'channels'];

type Input = Record<string, unknown>;

function asParams(query: string | URLSearchParams): URLSearchParams {
  if (typeof query !== 'string') return query;
  try {
    return new URLSearchParams(query);
  } catch {
    return new URLSearchParams();
  }
}

/** The situation fields a link carries, as raw input for `parseSituation`; null when it carries none. */
export function situationInputFromQuery(query: string | URLSearchParams): Input | null {
  const params = asParams(query);
  const input: Input = {};
  for (const key of PLAIN_KEYS) {
    const value = params.get(key);
    if (value !== null) input[key] = value;
  }
  const interview: Input = {};
  for (const key of INTERVIEW_KEYS) {
    const value = params.get(key);
    if (value !== null) interview[key] = value;
  }
  if (Object.keys(interview).length > 0) input['interview'] = interview;
  const channels = params.get('channels');
  if (channels !== null) {
    const listed = listedChannels(channels);
    const contacts: Input = {};
    const people: Input = {};
    for (const [group, field, name] of CHANNEL_FLAGS) (group === 'contacts' ? contacts : people)[field] = listed.has(name);
    input['contacts'] = contacts;
    input['people'] = people;
  }
  return Object.keys(input).length > 0 ? input : null;
}

/** Which fields of `after` differ from `before`, by query name: what a link changed. */
export function changedKeys(before: Situation, after: Situation): string[] {
  const a = new URLSearchParams(situationToQuery(before));
  const b = new URLSearchParams(situationToQuery(after));
  return SITUATION_KEYS.filter((key) => (a.get(key) ?? '') !== (b.get(key) ?? ''));
}

/**
 * `base` (a saved or fresh form) with whatever the link carries laid over it: the link wins field
 * by field. When the link changes who is asking, the base's wish and reason no longer fit, so they go.
 */
export function prefillSituation(
  base: Situation,
  query: string | URLSearchParams,
): { situation: Situation; problems: Problem<SituationProblem>[]; applied: boolean; changed: string[] } {
  const input = situationInputFromQuery(query);
  if (input === null) return { situation: base, problems: [], applied: false, changed: [] };
  const { situation, problems } = laidOver(base, input);
  return { situation, problems, applied: true, changed: changedKeys(base, situation) };
}

/**
 * `base` with raw fields laid over it, field by field (inside the interview, contacts and people
 * too): a link's, or what a person chose in the form before the island started. A new `who` drops
 * the base's wish and reason, which no longer fit; a new date or time drops the clock-change answer.
 */
export function laidOver(base: Situation, input: Input): { situation: Situation; problems: Problem<SituationProblem>[] } {
  const merged: Input = { ...base, interview: { ...base.interview }, contacts: { ...base.contacts }, people: { ...base.people } };
  if (input['who'] !== undefined && input['who'] !== base.who) {
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
  const kept: Situation = { ...read, interview: { ...read.interview } };
  for (const { field } of problems) {
    if (field === 'date' || field === 'time' || field === 'zone') kept.interview[field] = base.interview[field];
    else if (field === 'personZone') kept.personZone = base.personZone;
    else if (field === 'contacts') kept.contacts = base.contacts;
    else if (field === 'people') kept.people = base.people;
  }
  return kept;
}

/** The query string (without "?") for a situation; empty fields are left out rather than sent blank. */
export function situationToQuery(situation: Situation): string {
  const pairs: [string, string][] = [
    ['who', situation.who],
    ['stage', situation.stage],
    ['wish', situation.wish ?? ''],
    ['reason', situation.reason ?? ''],
    ['date', situation.interview.date],
    ['time', situation.interview.time],
    ['zone', situation.interview.zone],
    ['personZone', situation.personZone],
    ['fold', situation.fold ?? ''],
    ['spoke', situation.spoke === 'no' ? '' : situation.spoke],
  ];
  const params = new URLSearchParams(pairs.filter(([, value]) => value.trim() !== ''));
  params.set(
    'channels',
    CHANNEL_FLAGS.filter(([group, field]) => (group === 'contacts' ? situation.contacts[field as 'phone'] : situation.people[field as 'panel']))
      .map(([, , name]) => name)
      .join(','),
  );
  return params.toString();
}

/** The message kinds a link asks for, known kinds only, in order, once each. */
export function kindsFromQuery(query: string | URLSearchParams): MessageKind[] {
  const listed = asParams(query).get('kinds');
  if (listed === null) return [];
  const known = listed.split(',').map((kind) => kind.trim()).filter((kind): kind is MessageKind => (MESSAGE_KINDS as readonly string[]).includes(kind));
  return [...new Set(known)];
}

/** A link to the message builder carrying the whole situation and the messages to write. */
export function builderLink(situation: Situation, kinds: readonly MessageKind[]): string {
  const kindsPart = `kinds=${kinds.map((kind) => encodeURIComponent(kind)).join(',')}`;
  return `${MESSAGE_BUILDER_PATH}?${kindsPart}&${situationToQuery(situation)}`;
}
