// The parts of a situation that need no parsing: a fresh form, the fields a person fills, and
// which wishes and reasons belong to each side. Apart from the schema (./situation.ts) so a form
// can start, and answer its first questions, before the schema has loaded; the schema builds on these.
import type { Situation } from './situation';
import { CANDIDATE_REASONS, CANDIDATE_WISHES, EMPLOYER_REASONS, EMPLOYER_WISHES, type Reason, type Who, type Wish } from './types';

export type Contacts = Situation['contacts'];
export type People = Situation['people'];

/** Every field a person fills, with the interview's parts in place of the interview (the schema checks it names them all). */
export const SITUATION_FIELDS = ['who', 'stage', 'wish', 'reason', 'date', 'time', 'zone', 'personZone', 'contacts', 'people', 'spoke', 'fold'] as const;

export const DEFAULT_CONTACTS: Contacts = { phone: true, email: true, text: false };
export const NO_PEOPLE: People = { recruiter: false, agency: false, hiringManager: false, panel: false };

/** A fresh form: a candidate with a booked interview, nothing chosen or typed yet. */
export function defaultSituation(): Situation {
  return {
    who: 'candidate',
    stage: 'scheduled',
    interview: { date: '', time: '', zone: '' },
    personZone: '',
    contacts: { ...DEFAULT_CONTACTS },
    people: { ...NO_PEOPLE },
    spoke: 'no',
  };
}

export function wishesFor(who: Who): readonly Wish[] {
  return who === 'employer' ? EMPLOYER_WISHES : CANDIDATE_WISHES;
}

export function reasonsFor(who: Who): readonly Reason[] {
  return who === 'employer' ? EMPLOYER_REASONS : CANDIDATE_REASONS;
}

/** The wish the advice follows: the one chosen, else what the stage most often calls for. */
export function wishOrDefault(situation: Situation): Wish | undefined {
  if (situation.wish) return situation.wish;
  if (situation.stage === 'missed') return undefined;
  if (situation.who === 'employer') return situation.stage === 'invited' ? 'withdraw-invitation' : 'cancel-interview';
  return situation.stage === 'invited' ? 'decline' : situation.stage === 'between-rounds' ? 'withdraw' : 'cancel';
}
