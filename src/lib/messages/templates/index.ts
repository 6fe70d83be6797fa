// Every message kind and the template that writes it: one file per kind, listed once here.
import type { MessageKind } from '../../types';
import type { Template } from '../context';
import { cancel } from './cancel';
import { decline } from './decline';
import { declineOffer } from './decline-offer';
import { employerCancelInterview } from './employer-cancel-interview';
import { employerNoShow } from './employer-no-show';
import { employerNotChosen } from './employer-not-chosen';
import { employerPhoneScript } from './employer-phone-script';
import { employerReplyToCancel } from './employer-reply-to-cancel';
import { employerWithdrawInvitation } from './employer-withdraw-invitation';
import { followUp } from './follow-up';
import { missedApology } from './missed-apology';
import { noReplyFollowUp } from './no-reply-follow-up';
import { phoneScript } from './phone-script';
import { pushbackReply } from './pushback-reply';
import { renegeOffer } from './renege-offer';
import { reschedule } from './reschedule';
import { secondReschedule } from './second-reschedule';
import { stayInTouch } from './stay-in-touch';
import { switchFormat } from './switch-format';
import { text } from './text';
import { voicemail } from './voicemail';
import { withdraw } from './withdraw';

export const TEMPLATES: Record<MessageKind, Template> = {
  cancel,
  reschedule,
  decline,
  withdraw,
  'missed-apology': missedApology,
  'follow-up': followUp,
  'phone-script': phoneScript,
  voicemail,
  text,
  'stay-in-touch': stayInTouch,
  'pushback-reply': pushbackReply,
  'second-reschedule': secondReschedule,
  'decline-offer': declineOffer,
  'renege-offer': renegeOffer,
  'switch-format': switchFormat,
  'no-reply-follow-up': noReplyFollowUp,
  'employer-withdraw-invitation': employerWithdrawInvitation,
  'employer-cancel-interview': employerCancelInterview,
  'employer-phone-script': employerPhoneScript,
  'employer-reply-to-cancel': employerReplyToCancel,
  'employer-no-show': employerNoShow,
  'employer-not-chosen': employerNotChosen,
};
