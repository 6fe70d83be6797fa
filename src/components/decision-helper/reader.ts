// What the helper reads through the situation's schema (zod, about half the form's script): details
// saved in this browser (or by another tab), a link's fields and a choice kept in this page's
// history. Loaded only when there is something to read (./reader-chunk.ts).
import { changedInWords, linkNote } from '../../lib/link-changes';
import { prefillSituation } from '../../lib/link-prefill';
import { parseSituation, situationSchema, type Situation } from '../../lib/situation';
import type { Choice } from './chosen-here';

export { changedInWords, linkNote, prefillSituation };

/** What the helper saves: the situation, and whether the interview's zone was chosen or only assumed. */
export interface SavedHelper {
  situation: Situation;
  isInterviewZoneChosen: boolean;
}

export function readSavedHelper(data: unknown): SavedHelper | null {
  const { situation, problems } = parseSituation(data);
  if (problems.length > 0) return null;
  const flag = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['isInterviewZoneChosen'] : undefined;
  // Saved before the flag was: a zone saved then was taken as given, so it still is.
  return { situation, isInterviewZoneChosen: situation.interview.zone !== '' && flag !== false };
}

/** What a person chose on a page, read forgivingly: null unless who and stage read. */
export function readChoice(data: unknown): Choice | null {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const who = situationSchema.shape.who.safeParse(record['who']);
  const stage = situationSchema.shape.stage.safeParse(record['stage']);
  const wish = situationSchema.shape.wish.safeParse(record['wish']);
  if (!who.success || !stage.success) return null;
  return { who: who.data, stage: stage.data, ...(wish.success && wish.data ? { wish: wish.data } : {}) };
}
