// The helper form's state rules: where a problem belongs, how saved details, links and the page's
// topic combine. No advice here: that is src/lib.
import type { Situation } from '../../lib/situation';
import { reasonsFor, SITUATION_FIELDS, wishesFor } from '../../lib/situation-defaults';
import { CANDIDATE_MESSAGE_KINDS, EMPLOYER_MESSAGE_KINDS, FLOW_KINDS, SPOKE, STAGES, WHO, type FlowKind, type Problem, type Stage, type Who, type Wish } from '../../lib/types';

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


/** A control the person changed in the form, by its name (a radio group) or id (any other), with its value now. */
export type ChangedControls = ReadonlyMap<string, string | boolean>;

/**
 * `base` with what the person changed in the server-rendered form before the island started, as
 * the form's own handlers would have applied it had the island been running: a new side drops
 * the wish and reason, which belong to the other; a new date or time drops the clock-change answer.
 * The ids are the ones the form renders (`dh-${field}`, a box `dh-${group}-${key}`); a value the
 * form does not offer is left out. The zone menus hold no zones until the island runs, so nobody
 * can have changed them. `adopted`: how many of the person's changes it took.
 */
export function withControls(base: Situation, changed: ChangedControls): { situation: Situation; adopted: number } {
  let adopted = 0;
  const text = (id: string): string | undefined => {
    const value = changed.get(id);
    return typeof value === 'string' ? value : undefined;
  };
  const offered = <T extends string>(id: string, list: readonly T[]): T | undefined => {
    const found = list.find((item) => item === text(id));
    if (found !== undefined) adopted += 1;
    return found;
  };
  let next: Situation = { ...base, interview: { ...base.interview }, contacts: { ...base.contacts }, people: { ...base.people } };
  const who = offered('dh-who', WHO);
  if (who && who !== base.who) {
    next = { ...next, who };
    delete next.wish;
    delete next.reason;
  }
  const stage = offered('dh-stage', STAGES);
  if (stage) next.stage = stage;
  const wish = offered('dh-wish', wishesFor(next.who));
  if (wish) next.wish = wish;
  // "Rather not say" is the empty choice.
  const reason = offered('dh-reason', ['', ...reasonsFor(next.who)] as const);
  if (reason === '') delete next.reason;
  else if (reason) next.reason = reason;
  const spoke = offered('dh-spoke', SPOKE);
  if (spoke) next.spoke = spoke;
  for (const key of ['date', 'time'] as const) {
    const value = text(`dh-${key}`);
    if (value === undefined) continue;
    adopted += 1;
    next.interview[key] = value;
    // A clock change is about one particular date and time; a new one needs its own answer.
    delete next.fold;
  }
  const tick = <K extends string>(part: Record<K, boolean>, idPrefix: string): void => {
    for (const key of Object.keys(part) as K[]) {
      const value = changed.get(`${idPrefix}-${key}`);
      if (typeof value !== 'boolean') continue;
      adopted += 1;
      part[key] = value;
    }
  };
  tick(next.contacts, 'dh-contact');
  tick(next.people, 'dh-people');
  return { situation: next, adopted };
}
