// The templates a channel plan can use (PLAN_KINDS), apart from the rest: the helper's flow writes
// its plan's messages with these alone, so its pages never download the builder's other kinds.
import type { FlowKind, PlanKind } from '../../types';
import type { Template } from '../context';
import { cancel } from './cancel';
import { decline } from './decline';
import { employerCancelInterview } from './employer-cancel-interview';
import { employerPhoneScript } from './employer-phone-script';
import { employerWithdrawInvitation } from './employer-withdraw-invitation';
import { followUp } from './follow-up';
import { missedApology } from './missed-apology';
import { phoneScript } from './phone-script';
import { reschedule } from './reschedule';
import { secondReschedule } from './second-reschedule';
import { stayInTouch } from './stay-in-touch';
import { text } from './text';
import { voicemail } from './voicemail';
import { withdraw } from './withdraw';

export const PLAN_TEMPLATES: Record<PlanKind, Template> = {
  cancel,
  reschedule,
  decline,
  withdraw,
  'missed-apology': missedApology,
  'follow-up': followUp,
  'phone-script': phoneScript,
  voicemail,
  text,
  'employer-withdraw-invitation': employerWithdrawInvitation,
  'employer-cancel-interview': employerCancelInterview,
  'employer-phone-script': employerPhoneScript,
};

/** The flow's templates: the plan's, and the two a guide offers that no plan sends. */
export const FLOW_TEMPLATES: Record<FlowKind, Template> = {
  ...PLAN_TEMPLATES,
  'second-reschedule': secondReschedule,
  'stay-in-touch': stayInTouch,
};
