// A situation in a link's query string, both ways. The names match `builderLink` in decide.ts
// (who, reason, date, time, zone) plus the fields only the decision helper asks for, and every
// value read here still goes through `parseSituation`, the one schema.
import { parseSituation, type Channels, type Situation, type SituationProblem } from './situation';
import type { Problem } from './types';

/** `channels=phone,email,recruiter,hiring-manager`: listed means yes, left out means no. */
const CHANNEL_NAMES: readonly (readonly [keyof Channels, string])[] = [
  ['phone', 'phone'],
  ['email', 'email'],
  ['recruiter', 'recruiter'],
  ['hiringManager', 'hiring-manager'],
];

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
  const interview: Input = {};
  for (const key of ['who', 'stage', 'wish', 'reason', 'personZone', 'fold'] as const) {
    const value = params.get(key);
    if (value !== null) input[key] = value.trim();
  }
  for (const key of ['date', 'time', 'zone'] as const) {
    const value = params.get(key);
    if (value !== null) interview[key] = value.trim();
  }
  if (Object.keys(interview).length > 0) input['interview'] = interview;
  const channels = params.get('channels');
  if (channels !== null) {
    const listed = new Set(
      channels
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter((name) => name !== ''),
    );
    input['channels'] = Object.fromEntries(CHANNEL_NAMES.map(([field, name]) => [field, listed.has(name)]));
  }
  return Object.keys(input).length > 0 ? input : null;
}

/**
 * `base` (a saved or fresh form) with whatever the link carries laid over it: the link wins field
 * by field. When the link changes who is asking, the base's wish and reason no longer fit, so they go.
 */
export function prefillSituation(
  base: Situation,
  query: string | URLSearchParams,
): { situation: Situation; problems: Problem<SituationProblem>[]; applied: boolean } {
  const input = situationInputFromQuery(query);
  if (input === null) return { situation: base, problems: [], applied: false };
  const merged: Input = { ...base, interview: { ...base.interview }, channels: { ...base.channels } };
  if (input['who'] !== undefined && input['who'] !== base.who) {
    delete merged['wish'];
    delete merged['reason'];
  }
  // A clock change is about one particular date and time; a new one needs its own answer.
  if (input['interview'] !== undefined) delete merged['fold'];
  for (const [key, value] of Object.entries(input)) {
    if (key === 'interview') merged['interview'] = { ...(merged['interview'] as Input), ...(value as Input) };
    else merged[key] = value;
  }
  const { situation, problems } = parseSituation(merged);
  return { situation, problems, applied: true };
}

/** The query string (without "?") for a situation; empty fields are left out rather than sent blank. */
export function situationToQuery(situation: Situation): string {
  const pairs: [string, string][] = [
    ['who', situation.who],
    ['stage', situation.stage],
    ['wish', situation.wish],
    ['reason', situation.reason ?? ''],
    ['date', situation.interview.date],
    ['time', situation.interview.time],
    ['zone', situation.interview.zone],
    ['personZone', situation.personZone],
    ['fold', situation.fold ?? ''],
  ];
  const params = new URLSearchParams(pairs.filter(([, value]) => value.trim() !== ''));
  params.set(
    'channels',
    CHANNEL_NAMES.filter(([field]) => situation.channels[field])
      .map(([, name]) => name)
      .join(','),
  );
  return params.toString();
}
