// Words for the decision helper's questions and choices. Advice wording lives in src/lib; these are labels only.
import type { Contacts } from '../../lib/situation';
import type { Spoke, Stage, Who, Wish } from '../../lib/types';

export const WHO_LABELS: Record<Who, string> = { candidate: 'The candidate', employer: 'The employer' };

export const STAGE_LABELS: Record<Stage, string> = {
  invited: 'Invited, but no time is agreed yet',
  scheduled: 'The interview is booked',
  'between-rounds': 'Between interview rounds',
  missed: 'The interview has already been missed',
};

// An employer's "missed" is their own miss (the messages apologise for it); a candidate who did not
// come is another case, with its own guide page.
const EMPLOYER_MISSED = 'We missed the interview on our side';

export const stageLabel = (stage: Stage, who: Who): string => (stage === 'missed' && who === 'employer' ? EMPLOYER_MISSED : STAGE_LABELS[stage]);

export const WISH_LABELS: Record<Wish, string> = {
  cancel: 'Cancel the interview',
  reschedule: 'Move it to another time',
  decline: 'Say no to the invitation',
  withdraw: 'Leave the whole hiring process',
  'withdraw-invitation': 'Take back the invitation',
  'cancel-interview': 'Call off the interview',
  'move-interview': 'Move the interview to another time',
};

const REACH: [keyof Contacts, string][] = [
  ['phone', 'I have their phone number'],
  ['email', 'I have their email address'],
];

// Texting as the way they talk is the rulebook's case for a text alone; the policy gives it to candidates only.
// A text needs their number, and the plan calls only when the phone box is ticked: said beside the texting box.
export const TEXTING_WITHOUT_PHONE = `If you can call that number too, tick “${REACH.find(([key]) => key === 'phone')?.[1]}”.`;

export const CONTACT_LABELS: Record<Who, [keyof Contacts, string][]> = {
  candidate: [...REACH, ['text', 'They have been texting me about this interview']],
  employer: REACH,
};

export const SPOKE_LABELS: Record<Spoke, string> = {
  no: 'Not yet',
  call: 'Yes, we spoke on the phone',
  voicemail: 'I left a voicemail',
};
