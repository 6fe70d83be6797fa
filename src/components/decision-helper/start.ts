// Where the helper starts when its island runs: the details saved in this browser under the page's
// topic, then a link's fields, then whatever the person already chose or typed in the form the
// server rendered (client:touch starts the island on that first touch; ./changed-controls.ts).
// Saved details and a link are read through the schema's reader, which the island waits for when
// there are any (./reader-chunk.ts); with none, the helper starts without it.
import { restoreZone } from '../../lib/saved-zone';
import type { Situation } from '../../lib/situation';
import { defaultSituation } from '../../lib/situation-defaults';
import { loadSaved, STORAGE_NOTICES, storageAvailable } from '../storage';
import { changedControls } from './changed-controls';
import { withControls, withTopic, withZones, type Topic } from './form-state';
import type { Reader } from './reader-chunk';
import { SITUATION_KEY, SITUATION_VERSION } from './storage-keys';

/** What the person had saved before a link changed it, so they can go back to it. */
export interface BeforeLink {
  situation: Situation;
  isPersonZoneChosen: boolean;
  isInterviewZoneChosen: boolean;
  changed: string;
}

export interface Start {
  situation: Situation;
  isPersonZoneChosen: boolean;
  /** The interview's zone came from saved details or a link, not from the browser's zone. */
  isInterviewZoneChosen: boolean;
  beforeLink: BeforeLink | null;
  notice: string | null;
  /** The person changed the form before the island ran: to be saved, as any change is. */
  isTouched: boolean;
}

/** With no reader there was nothing saved to read, but a browser that refuses storage is still said. */
const nothingSaved = () => ({ value: null, notice: storageAvailable() ? null : STORAGE_NOTICES.unavailable });

const SHOWN_AS_SAVED = 'We filled in the date and details you saved in this browser. Use “Clear my details” to start again.';

/** `reader`, when there was something to read; without it, the page's topic over a fresh form. */
export function startingPoint(topic: Topic, browserZone: string, form: HTMLFormElement | null, reader: Reader | undefined): Start {
  const loaded = reader ? loadSaved(SITUATION_KEY, SITUATION_VERSION, reader.readSavedHelper) : nothingSaved();
  const saved = { value: loaded.value?.situation ?? null, notice: loaded.notice };
  const isSavedZoneChosen = restoreZone(saved.value?.personZone ?? '', browserZone).isChosen;
  const isSavedInterviewZoneChosen = loaded.value?.isInterviewZoneChosen ?? false;
  const base = withZones(withTopic(saved.value ?? defaultSituation(), topic), browserZone);
  const prefill = reader ? reader.prefillSituation(base, window.location.search) : { situation: base, changed: [] as string[], leftOut: [] as string[] };
  const linkNote = reader?.linkNote(prefill, saved.value !== null) ?? null;
  const early = withControls(prefill.situation, form ? changedControls(form) : new Map());
  const isTouched = early.adopted > 0;
  const touched = early.situation;
  return {
    situation: withZones(touched, browserZone),
    // A zone a link gives was chosen by whoever made the link.
    isPersonZoneChosen: isSavedZoneChosen || prefill.changed.includes('personZone'),
    isInterviewZoneChosen: isSavedInterviewZoneChosen || prefill.changed.includes('zone'),
    beforeLink:
      reader && saved.value && prefill.changed.length > 0
        ? {
            situation: withZones(saved.value, browserZone),
            isPersonZoneChosen: isSavedZoneChosen,
            isInterviewZoneChosen: isSavedInterviewZoneChosen,
            changed: reader.changedInWords(prefill.changed),
          }
        : null,
    // Storage's word first, then the link's; details shown again as saved are said when no link spoke.
    notice: [saved.notice, linkNote ?? (saved.value && prefill.changed.length === 0 ? SHOWN_AS_SAVED : null)].filter((said) => said !== null).join(' ') || null,
    isTouched,
  };
}
