// The one query vocabulary for a situation, both ways: the helper's link to the builder, prefill
// links and the builder reading them. Every value read here still goes through `parseSituation`.
// Laying a link over a form, and what it then leaves out, is ./link-prefill.ts: only the readers need it.
import { SITUATION_FIELDS, type Situation } from './situation';
import { MESSAGE_KINDS, type MessageKind } from './types';
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

/** A query as its parameters; a string that cannot be read is an empty query. */
export function asParams(query: string | URLSearchParams): URLSearchParams {
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
