// Words for the choices in the islands' menus. Advice wording lives in src/lib; these are labels only.
import type { People } from '../lib/situation';
import type { Reason, Who } from '../lib/types';

export const REASON_LABELS: Record<Reason, string> = {
  'other-offer': 'I have accepted another job',
  'not-a-fit': 'The role is not right for me',
  emergency: 'An emergency',
  illness: 'I am unwell',
  'schedule-conflict': 'A clash I cannot move',
  unsure: 'I have doubts about the role',
  nerves: 'I am nervous about it',
  'role-on-hold': 'The role is on hold',
  'role-filled': 'The role has been filled',
  'role-changed': 'The role has changed',
  'interviewer-unavailable': 'The interviewer cannot make it',
};

// Who else is involved: the helper asks all of these, the message builder the agency (its messages ask them to tell the employer).
export const PEOPLE_LABELS: Record<Who, [keyof People, string][]> = {
  candidate: [
    ['agency', 'An agency recruiter set it up'],
    ['recruiter', 'The company’s recruiter is involved'],
    ['hiringManager', 'I have the hiring manager’s contact'],
    ['panel', 'I wrote to others on the panel'],
  ],
  employer: [
    ['agency', 'An agency put the candidate forward'],
    ['hiringManager', 'A hiring manager needs to know'],
    ['panel', 'A panel was booked'],
  ],
};

/** The label the helper gives one of the people involved, for a field of its own elsewhere. */
export const personLabel = (who: Who, person: keyof People): string => PEOPLE_LABELS[who].find(([key]) => key === person)?.[1] ?? '';
