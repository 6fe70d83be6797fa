// Who hears the news, and in what order: the rulebook's "who hears first" applied to the people
// the person said are involved.
import { isEmployer, type AdviceContext } from './context';
import { whoHearsFirst } from './rules';

export type PersonToTell = 'agency' | 'recruiter' | 'hiring-manager' | 'organiser' | 'candidate' | 'interview-panel';

export interface PersonAdvice {
  person: PersonToTell;
  label: string;
  why: string;
}

/** The one the plan's steps go to. */
export function recipient(context: AdviceContext): string {
  if (isEmployer(context)) return 'The candidate';
  const { agency, recruiter, hiringManager } = context.situation.people;
  if (agency) return 'The agency recruiter';
  if (recruiter) return 'The recruiter';
  if (hiringManager) return 'The hiring manager';
  return 'The person who set up the interview';
}

export function peopleToTell(context: AdviceContext): PersonAdvice[] {
  const { agency, recruiter, hiringManager, panel } = context.situation.people;
  const people: PersonAdvice[] = [];
  if (isEmployer(context)) {
    const missed = context.notice === 'missed';
    people.push({
      person: 'candidate',
      label: 'The candidate',
      why: missed ? 'They waited for an interview that did not happen, so the apology comes to them first.' : 'They are getting ready for this and should hear it first, from you.',
    });
    if (agency) {
      people.push({ person: 'agency', label: 'The candidate’s agency recruiter', why: 'They put the candidate forward, so tell them at the same time.' });
    }
    if (hiringManager) people.push({ person: 'hiring-manager', label: 'The hiring manager', why: 'They need to know the plan has changed.' });
    // Someone was due to interview them; "the panel" only when the person said a panel was booked.
    // Once it is missed, their time is already gone: what they need is what happens next.
    const panelWhy = missed ? 'They should know what went wrong, and keep time free if you offer a new slot.' : 'Their time is freed up, and nobody sits waiting for a candidate who is not coming.';
    if (panel) {
      people.push({ person: 'interview-panel', label: 'Everyone on the interview panel', why: panelWhy });
    } else if (!hiringManager) {
      people.push({ person: 'interview-panel', label: 'Whoever was due to interview them', why: panelWhy });
    }
    return people;
  }
  const first = whoHearsFirst({ agency, hiringManager, notice: context.notice });
  if (first.includes('agency')) {
    people.push({ person: 'agency', label: 'The agency recruiter, first', why: 'They set it up, so they hear first. Ask them to tell the employer.' });
    if (first.includes('hiringManager')) {
      people.push({ person: 'hiring-manager', label: 'The hiring manager, directly', why: 'With so little time, the news must reach the employer now, not later.' });
    }
  }
  if (recruiter) {
    people.push({ person: 'recruiter', label: agency ? 'The company’s recruiter' : 'The recruiter', why: agency ? 'Copy them in, so the company hears it from you too.' : 'They arranged the interview, so they hear it from you.' });
  }
  if (hiringManager && !first.includes('hiringManager')) {
    people.push({
      person: 'hiring-manager',
      label: 'The hiring manager',
      why: agency || recruiter ? 'Name or copy them, since you dealt with them.' : 'They set it up, so they hear it from you.',
    });
  }
  if (panel) people.push({ person: 'interview-panel', label: 'Anyone else on the panel you wrote to', why: 'Copy them in, so no one waits for you.' });
  if (people.length === 0) {
    people.push({ person: 'organiser', label: 'The person who set up the interview', why: 'They are the one expecting you, so they hear it from you first.' });
  }
  return people;
}
