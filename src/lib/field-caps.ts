// How much each field of a message may hold, declared once: the builder's reader (fields.ts) and
// the helper's flow, which needs the caps without the builder's whole form, both read them here.

/** Longest value each one-line field keeps, counted in characters as a person sees them. */
export const FIELD_CAPS = {
  yourName: 100,
  yourPhone: 40,
  yourEmail: 254,
  recipientName: 100,
  recipientRole: 100,
  recipientEmail: 254,
  hiringManagerName: 100,
  company: 100,
  position: 100,
  reasonLine: 500,
  referralName: 100,
  yourZone: 64,
  firstRescheduleDate: 32,
  sentOn: 32,
  date: 32,
  time: 16,
  zone: 64,
} as const;

/** How many new times a message may offer. */
export const MAX_PROPOSED_TIMES = 3;
