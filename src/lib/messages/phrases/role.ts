// The role and the day, named the same way in every message, and whether a meeting has happened.
import type { Context } from '../context';
import { say } from '../prose';
import { isMissed } from '../reasons';

/** "the Data Analyst role", or "the role" when no title was given. */
export function theRole(context: Context): string {
  const noun = say(context, 'role', 'position');
  return context.position ? `the ${context.position} ${noun}` : `the ${noun}`;
}

/** "the Data Analyst role at Acme", dropping whichever part is missing. */
export function theRoleAt(context: Context): string {
  return context.company ? `${theRole(context)} at ${context.company}` : theRole(context);
}

/** " on Tuesday 9 March at 10am", or nothing when the date is unknown. */
export function onWhen(when: string | undefined): string {
  return when ? ` on ${when}` : '';
}

/** Whether a meeting has already happened, so thanks for it are true. */
export function hasMet(context: Context): boolean {
  return context.fields.stage === 'between-rounds' && !isMissed(context);
}
