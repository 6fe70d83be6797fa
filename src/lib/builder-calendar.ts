// The calendar file of the times a person offers, for the message builder's download button.
import type { BuilderForm } from './builder-state';
import { proposedInstants } from './builder-output';
import { icsForProposedTimes } from './ics';

/** A company name in a calendar title stops here: a title is read at a glance. */
const CALENDAR_COMPANY_LIMIT = 100;
/** Each time offered is held for an hour, long enough for most first interviews. */
const PROPOSED_MINUTES = 60;

export const CALENDAR_FILE_NAME = 'proposed-interview-times.ics';

/** The .ics file of the times offered; `now` stamps it. Null when no time is complete and real. */
export function proposedTimesCalendar(form: Pick<BuilderForm, 'proposedTimes' | 'zone' | 'company'>, now: number): string | null {
  const instants = proposedInstants(form);
  if (instants.length === 0) return null;
  const company = form.company.trim();
  const title = company ? `Interview with ${company.slice(0, CALENDAR_COMPANY_LIMIT)} (proposed)` : 'Interview (proposed time)';
  const ics = icsForProposedTimes(
    instants.map((start) => ({
      start,
      durationMinutes: PROPOSED_MINUTES,
      title,
      description: 'A time offered for the interview. Delete the ones that are not confirmed.',
    })),
    now,
  );
  // Times a calendar cannot hold (before 1970, after 9999) leave nothing to add.
  return ics || null;
}
