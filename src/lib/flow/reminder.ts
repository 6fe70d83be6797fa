// The calendar reminder for a step the plan sets for later ("call at 09:00"): at that instant, on the
// person's own clock, with what to do, who at, and the words for it as the person has them, so the
// alarm that rings in the morning holds the script and not only a title.
import type { PlannedStep } from '../advice/decide';
import type { StepTiming } from '../advice/plan';
import { cityName } from '../zones';

/** Timings the plan sets for later: those steps can go into a calendar. */
export type WaitingTiming = Extract<StepTiming, { at: number }>;

export const isWaiting = (timing: StepTiming): timing is WaitingTiming =>
  timing.kind === 'at-opening' || timing.kind === 'call-again' || timing.kind === 'if-no-reply';

export interface Reminder {
  /** When the step is due: the calendar's alarm rings then. */
  at: number;
  title: string;
  description: string;
}

/** The reminder a waiting step gets, or none for a step that happens now. `company` as the messages use it. */
export function reminderOf(step: PlannedStep, heading: string, zone: string, company?: string): Reminder | undefined {
  if (!isWaiting(step.timing)) return undefined;
  return {
    at: step.timing.at,
    title: `${step.label}${company ? ` at ${company}` : ''} (Bow Out reminder)`,
    description: `${heading.replace(/^\d+ · /u, '')}. ${step.when} Times are on your clock (${cityName(zone)} time).`,
  };
}

/** The reminder with the step's message under it, as the person last had it: its subject, if any, then its words. */
export function withWords(reminder: Reminder, message: { subject?: string | undefined; body: string } | undefined): Reminder {
  const body = message?.body.trim();
  if (!body) return reminder;
  const subject = message?.subject?.trim();
  return { ...reminder, description: `${reminder.description}\n\nWhat to say:\n${subject ? `Subject: ${subject}\n\n` : ''}${body}` };
}
