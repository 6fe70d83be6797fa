// The flow's details and the person's edits of its messages, as this browser keeps them, in one
// saved value (../shared/use-saved.ts): loaded once, saved on each change, followed across tabs.
import type { StateUpdater } from 'preact/hooks';
import type { Edits } from '../../lib/flow/kept-edit';
import { EMPTY_DETAILS } from '../../lib/flow/plan-messages';
import { readSavedFlow, savedFlow, type SavedFlow } from '../../lib/flow/saved-flow';
import { useSaved } from '../shared/use-saved';
import { DETAILS_KEY, DETAILS_VERSION } from './flow-details';

const EMPTY_FLOW: SavedFlow = { details: EMPTY_DETAILS, edits: {} };

/** `onFollowed`: another tab saved new details or edits, and this tab now shows them. */
export function useSavedFlow(onFollowed?: () => void) {
  const { value, setValue, derive } = useSaved({ key: DETAILS_KEY, version: DETAILS_VERSION, read: readSavedFlow, toSave: savedFlow, empty: EMPTY_FLOW, ...(onFollowed ? { onFollowed } : {}) });
  // A part set as it was leaves the whole as it was: a new whole would be saved, over another tab's newer save.
  const setPart =
    <K extends keyof SavedFlow>(part: K) =>
    (update: StateUpdater<SavedFlow[K]>): void =>
      setValue((before) => {
        const next = typeof update === 'function' ? update(before[part]) : update;
        return next === before[part] ? before : { ...before, [part]: next };
      });
  const setDetails = setPart('details');
  const setEdits = setPart('edits');

  /**
   * The edits `from` carried into the messages as now written (`carried`), called from an effect:
   * derived from edits another tab saved, they are that tab's to save, not written back; and they are
   * set only onto the edits they came from, so a newer state (another tab's save) is not undone.
   */
  const carryForward = (from: Edits, carried: Edits): void => derive((current) => (current.edits === from ? { ...current, edits: carried } : current));

  return { details: value.details, setDetails, edits: value.edits, setEdits, carryForward };
}
