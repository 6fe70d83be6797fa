// The helper form's state rules: where a problem belongs, how saved details, links and the page's
// topic combine. No advice here: that is src/lib.
import { DEFAULT_CONTACTS, NO_PEOPLE, parseSituation, SITUATION_FIELDS, wishesFor, type Situation } from '../../lib/situation';
import { CANDIDATE_MESSAGE_KINDS, EMPLOYER_MESSAGE_KINDS, FLOW_KINDS, type FlowKind, type Problem, type Stage, type Who, type Wish } from '../../lib/types';

export type FieldName = Exclude<(typeof SITUATION_FIELDS)[number], 'fold'>;

const FIELD_NAMES: readonly string[] = SITUATION_FIELDS.filter((field) => field !== 'fold');

/** Where an engine problem belongs in the form. */
export function fieldOf(problem: Problem): FieldName | null {
  return problem.field && FIELD_NAMES.includes(problem.field) ? (problem.field as FieldName) : null;
}

/** Gaps the person simply has not filled yet: a prompt, not an error. */
export const isStillToFill = (problem: Problem): boolean =>
  problem.problem === 'missing-date' || problem.problem === 'missing-time';

/** Restored or prefilled zones that are empty take the browser's. */
export function withZones(situation: Situation, browserZone: string): Situation {
  return {
    ...situation,
    interview: { ...situation.interview, zone: situation.interview.zone || browserZone },
    personZone: situation.personZone || browserZone,
  };
}

/** The situation without one optional field (exact optional types forbid setting it to undefined). */
export function without(situation: Situation, key: 'fold' | 'reason' | 'wish'): Situation {
  const copy = { ...situation };
  delete copy[key];
  return copy;
}

export function readSaved(data: unknown): Situation | null {
  const { situation, problems } = parseSituation(data);
  return problems.length === 0 ? situation : null;
}

/** What the helper saves: the situation, and whether the interview's zone was chosen or only assumed. */
export interface SavedHelper {
  situation: Situation;
  isInterviewZoneChosen: boolean;
}

export function readSavedHelper(data: unknown): SavedHelper | null {
  const situation = readSaved(data);
  if (!situation) return null;
  const flag = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['isInterviewZoneChosen'] : undefined;
  // Saved before the flag was: a zone saved then was taken as given, so it still is.
  return { situation, isInterviewZoneChosen: situation.interview.zone !== '' && flag !== false };
}

export interface Topic {
  /** The page's topic: what the page is about wins over saved details for who and what. */
  who?: Who;
  wish?: Wish;
  stage?: Stage;
  /** The page's own messages, comma-separated as in the MDX ("cancel,follow-up"). */
  kinds?: string;
}

/** The page's message kinds that belong to this side and the flow can write, in the page's order. */
export function pageKinds(kinds: string | undefined, who: Who): FlowKind[] {
  const side: readonly string[] = who === 'employer' ? EMPLOYER_MESSAGE_KINDS : CANDIDATE_MESSAGE_KINDS;
  const flow: readonly string[] = FLOW_KINDS;
  const list = (kinds ?? '').split(',').map((kind) => kind.trim());
  return list.filter((kind, index): kind is FlowKind => side.includes(kind) && flow.includes(kind) && list.indexOf(kind) === index);
}

/** The page's topic laid over a saved or fresh situation. */
export function withTopic(situation: Situation, topic: Topic): Situation {
  if (!topic.who && !topic.wish && !topic.stage) return situation;
  const who = topic.who ?? situation.who;
  let next: Situation = who === situation.who ? situation : without(without({ ...situation, who }, 'wish'), 'reason');
  if (topic.wish && wishesFor(who).includes(topic.wish)) next = { ...next, wish: topic.wish };
  if (topic.stage) next = { ...next, stage: topic.stage };
  return next;
}

// The words for what a link changed are shared with the message builder.
export { changedInWords } from '../../lib/link-changes';

/** A control the person changed in the form, by its name (a radio group) or id (any other), with its value now. */
export type ChangedControls = ReadonlyMap<string, string | boolean>;

const CHOICE_FIELDS = ['who', 'stage', 'wish', 'reason', 'spoke'] as const;

/**
 * What the person changed in the server-rendered form before the island started, as raw input
 * for `laidOver`; the ids are the ones the form renders (`dh-${field}`, a box `dh-${group}-${key}`).
 * The zone menus hold no zones until the island runs, so nobody can have changed them.
 */
export function inputFromControls(changed: ChangedControls): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of CHOICE_FIELDS) {
    const value = changed.get(`dh-${field}`);
    if (value !== undefined) input[field] = value;
  }
  /** The keys of one part of the situation whose control changed, with their values; undefined when none did. */
  const part = (idPrefix: string, keys: readonly string[]): Record<string, unknown> | undefined => {
    const found = keys.filter((key) => changed.has(`${idPrefix}-${key}`));
    return found.length > 0 ? Object.fromEntries(found.map((key) => [key, changed.get(`${idPrefix}-${key}`)])) : undefined;
  };
  const parts = {
    interview: part('dh', ['date', 'time']),
    contacts: part('dh-contact', Object.keys(DEFAULT_CONTACTS)),
    people: part('dh-people', Object.keys(NO_PEOPLE)),
  };
  for (const [key, value] of Object.entries(parts)) if (value !== undefined) input[key] = value;
  return input;
}
