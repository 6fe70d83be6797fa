// Each kind's human label, for the builder's boxes to tick, the cards' headings and the flow's
// steps. Apart from the templates, so a form that lists the kinds never loads the writer.
import type { MessageKind } from '../types';

export const MESSAGE_TITLES: Record<MessageKind, string> = {
  cancel: 'Cancellation email',
  reschedule: 'Reschedule request',
  decline: 'Declining the invitation',
  withdraw: 'Withdrawal from the process',
  'missed-apology': 'Apology for a missed interview',
  'follow-up': 'Follow-up email after your call',
  'phone-script': 'Phone script',
  voicemail: 'Voicemail',
  text: 'Text message',
  'stay-in-touch': 'Stay-in-touch note',
  'pushback-reply': 'Reply if the recruiter pushes back',
  'second-reschedule': 'Second reschedule request',
  'decline-offer': 'Declining a job offer',
  'renege-offer': 'Backing out of an accepted offer',
  'switch-format': 'Asking to switch the interview format',
  'no-reply-follow-up': 'Follow-up when there is no reply',
  'reply-to-employer-change': 'Reply when the employer cancels or moves it',
  'employer-withdraw-invitation': 'Withdrawing an interview invitation',
  'employer-cancel-interview': 'Cancelling or moving an interview',
  'employer-phone-script': 'Phone script for the candidate',
  'employer-reply-to-cancel': 'Reply to a candidate who cancelled',
  'employer-no-show': 'Note to a candidate who did not attend',
  'employer-not-chosen': 'Letting a candidate know they were not chosen',
};
