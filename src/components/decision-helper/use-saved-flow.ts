// The flow's details and the person's edits of its messages, as this browser keeps them: loaded
// once, saved on each change, and followed when another tab of the site saves or clears them.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Edits } from '../../lib/flow/kept-edit';
import { EMPTY_DETAILS, type FlowDetails } from '../../lib/flow/plan-messages';
import { readSavedFlow, savedFlow, type SavedFlow } from '../../lib/flow/saved-flow';
import { loadSaved, saveDetails, watchSaved } from '../storage';
import { DETAILS_KEY, DETAILS_VERSION } from './flow-details';

export function useSavedFlow() {
  const [details, setDetails] = useState<FlowDetails>(EMPTY_DETAILS);
  const [loaded, setLoaded] = useState(false);
  const [edits, setEdits] = useState<Edits>({});
  // What this tab took from another is not written back: by the time it renders, that tab may have
  // saved again (an edited subject after an edited body), and writing the older state would undo it.
  // What this tab derives from them (edits carried into its messages) is that tab's to save too: it
  // derives the same. Effects run after paint, so a newer save can arrive before they do.
  const followed = useRef({ details: new WeakSet<FlowDetails>(), edits: new WeakSet<Edits>() });
  // What this tab read on arrival is what storage held: written back, it is at best the same, and at
  // worst older than what another tab saved since (a hidden tab's effects can wait a second or more).
  const asLoaded = useRef<SavedFlow | null>(null);

  useEffect(() => {
    const saved = loadSaved(DETAILS_KEY, DETAILS_VERSION, readSavedFlow);
    asLoaded.current = saved.value ?? { details, edits };
    if (saved.value) {
      setDetails(saved.value.details);
      setEdits(saved.value.edits);
    }
    setLoaded(true);
    // Another tab typed a detail or edited a message: follow it, so neither tab overwrites the other.
    return watchSaved(DETAILS_KEY, DETAILS_VERSION, readSavedFlow, (change) => {
      const next = { details: change.value?.details ?? EMPTY_DETAILS, edits: change.value?.edits ?? {} };
      followed.current.details.add(next.details);
      followed.current.edits.add(next.edits);
      setDetails(next.details);
      setEdits(next.edits);
    });
  }, []);
  // A layout effect saves in the task of the keystroke's render, so a reload straight after typing
  // still finds the last character saved (a plain effect waits for a paint).
  useLayoutEffect(() => {
    const isFollowed = followed.current.details.has(details) && followed.current.edits.has(edits);
    const isAsLoaded = asLoaded.current?.details === details && asLoaded.current.edits === edits;
    if (loaded && !isFollowed && !isAsLoaded) saveDetails(DETAILS_KEY, DETAILS_VERSION, savedFlow({ details, edits }));
  }, [details, edits, loaded]);

  /**
   * The edits `from` carried into the messages as now written (`carried`), called from an effect:
   * derived from edits another tab saved, they are that tab's to save, not written back; and they are
   * set only onto the edits they came from, so a newer state (another tab's save) is not undone.
   */
  const carryForward = (from: Edits, carried: Edits): void => {
    if (followed.current.edits.has(from)) followed.current.edits.add(carried);
    setEdits((current) => (current === from ? carried : current));
  };

  return { details, setDetails, edits, setEdits, carryForward };
}
