// Names shared by the decision engine, the message builder, the islands and the URL/storage
// schemas. Each list is declared once as a const tuple so zod enums and TypeScript unions
// both come from it.

export const WHO = ['candidate', 'employer'] as const;
export type Who = (typeof WHO)[number];

/** Where the person is in the hiring process. */
export const STAGES = ['invited', 'scheduled', 'between-rounds', 'missed'] as const;
export type Stage = (typeof STAGES)[number];

/** What the person wants to do. The first four are a candidate's, the last three an employer's. */
export const CANDIDATE_WISHES = ['cancel', 'reschedule', 'decline', 'withdraw'] as const;
export const EMPLOYER_WISHES = ['withdraw-invitation', 'cancel-interview', 'move-interview'] as const;
export const WISHES = [...CANDIDATE_WISHES, ...EMPLOYER_WISHES] as const;
export type Wish = (typeof WISHES)[number];

export const CANDIDATE_REASONS = [
  'other-offer',
  'not-a-fit',
  'emergency',
  'illness',
  'schedule-conflict',
  'unsure',
  'nerves',
] as const;
export const EMPLOYER_REASONS = ['role-on-hold', 'role-filled', 'role-changed', 'interviewer-unavailable'] as const;
export const REASONS = [...CANDIDATE_REASONS, ...EMPLOYER_REASONS] as const;
export type Reason = (typeof REASONS)[number];

/** Ways the person can reach the other side. Neither means a booking link or a job site only. */
export const CONTACTS = ['phone', 'email'] as const;
export type Contact = (typeof CONTACTS)[number];

/** Who else is involved, besides the person the message goes to. */
export const PEOPLE = ['recruiter', 'agency', 'hiringManager', 'panel'] as const;
export type Person = (typeof PEOPLE)[number];

/** What the person has already done to tell them: nothing yet, a call that got through, or a voicemail. */
export const SPOKE = ['no', 'call', 'voicemail'] as const;
export type Spoke = (typeof SPOKE)[number];

/** Every message the builder can write. Ids are stable: they appear in URLs and saved forms. */
export const CANDIDATE_MESSAGE_KINDS = [
  'cancel',
  'reschedule',
  'decline',
  'withdraw',
  'missed-apology',
  'follow-up',
  'phone-script',
  'voicemail',
  'text',
  'stay-in-touch',
  'pushback-reply',
  'second-reschedule',
  'decline-offer',
  'renege-offer',
  'switch-format',
  'no-reply-follow-up',
  'reply-to-employer-change',
] as const;
export const EMPLOYER_MESSAGE_KINDS = [
  'employer-withdraw-invitation',
  'employer-cancel-interview',
  'employer-phone-script',
  'employer-reply-to-cancel',
  'employer-no-show',
  'employer-not-chosen',
] as const;
export const MESSAGE_KINDS = [...CANDIDATE_MESSAGE_KINDS, ...EMPLOYER_MESSAGE_KINDS] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The kinds a channel plan can use (advice/plan.ts): the helper's flow carries these templates alone. */
export const PLAN_KINDS = [
  'cancel',
  'reschedule',
  'decline',
  'withdraw',
  'missed-apology',
  'follow-up',
  'phone-script',
  'voicemail',
  'text',
  'employer-withdraw-invitation',
  'employer-cancel-interview',
  'employer-phone-script',
] as const satisfies readonly MessageKind[];
export type PlanKind = (typeof PLAN_KINDS)[number];

/** What the flow on a guide page can write: the plan's kinds and the page's own that no plan sends. */
export const FLOW_KINDS = [...PLAN_KINDS, 'second-reschedule', 'stay-in-touch'] as const satisfies readonly MessageKind[];
export type FlowKind = (typeof FLOW_KINDS)[number];

/** A wall-clock time in a named IANA zone, as a person types it. */
export interface WallTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
  /** IANA zone, e.g. "Europe/London" */
  zone: string;
}

/** Errors are values in src/lib: the island turns `problem` into a sentence tied to `field`. */
export type Problem<Code extends string = string> = {
  ok: false;
  problem: Code;
  field?: string;
  message: string;
};

/** How a builder message reads: warm uses first names and contractions, formal does not. */
export const TONES = ['warm', 'formal'] as const;
export type Tone = (typeof TONES)[number];

/** Where a built message is meant to go. 'message': the way they reached the person (a booking link, a job site). */
export const MESSAGE_CHANNELS = ['email', 'phone', 'voicemail', 'text', 'linkedin', 'message'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** A message from the builder. Body and subject are plain text: the island renders them as text nodes. */
export interface Message {
  kind: MessageKind;
  /** A human label, e.g. "Cancellation email". */
  title: string;
  channel: MessageChannel;
  subject?: string;
  body: string;
  wordCount: number;
  /** Advice about this draft, e.g. a field that would make it better. */
  notes?: string[];
}
