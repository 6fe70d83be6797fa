// What the flow keeps in this browser under the details' key: the details typed beside the messages
// and the person's edits of them, read forgivingly, and written in one canonical form.
import { readEdits, type Edits } from './kept-edit';
import { readDetails, type FlowDetails } from './plan-messages';

export interface SavedFlow {
  details: FlowDetails;
  edits: Edits;
}

/** Saved details and edits, read forgivingly: anything but the right shape is left out. */
export function readSavedFlow(data: unknown): SavedFlow {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  return { details: readDetails(data), edits: readEdits(record['edits']) };
}

/**
 * The form saved: read back as a reading reads it (keys in one order, texts cut to their limits), so
 * another tab that reads it and saves what it read writes the very same text, which no tab hears of.
 */
export const savedFlow = ({ details, edits }: SavedFlow): Record<string, unknown> => ({ ...readDetails(details), edits: readEdits(edits) });
