// Every message kind and the template that writes it: one file per kind, listed once here or, for
// the kinds a plan can use, in plan.ts.
import type { MessageKind } from '../../types';
import type { Template } from '../context';
import { PLAN_TEMPLATES } from './plan';
import { declineOffer } from './decline-offer';
import { employerCallAnyKind } from './employer-call';
import { employerNoShow } from './employer-no-show';
import { employerNotChosen } from './employer-not-chosen';
import { employerReplyToCancel } from './employer-reply-to-cancel';
import { noReplyFollowUp } from './no-reply-follow-up';
import { pushbackReply } from './pushback-reply';
import { renegeOffer } from './renege-offer';
import { replyToEmployerChange } from './reply-to-employer-change';
import { secondReschedule } from './second-reschedule';
import { stayInTouch } from './stay-in-touch';
import { switchFormat } from './switch-format';

export const TEMPLATES: Record<MessageKind, Template> = {
  ...PLAN_TEMPLATES,
  'employer-phone-script': employerCallAnyKind,
  'stay-in-touch': stayInTouch,
  'pushback-reply': pushbackReply,
  'second-reschedule': secondReschedule,
  'decline-offer': declineOffer,
  'renege-offer': renegeOffer,
  'switch-format': switchFormat,
  'no-reply-follow-up': noReplyFollowUp,
  'reply-to-employer-change': replyToEmployerChange,
  'employer-reply-to-cancel': employerReplyToCancel,
  'employer-no-show': employerNoShow,
  'employer-not-chosen': employerNotChosen,
};
