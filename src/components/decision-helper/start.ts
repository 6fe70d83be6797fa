// Where the helper starts when its island runs: the details saved in this browser under the page's
// topic, then a link's fields, then whatever the person already chose or typed in the form the
// server rendered (client:touch starts the island on that first touch; ./changed-controls.ts).
import { laidOver, prefillSituation } from '../../lib/links';
import { restoreZone } from '../../lib/saved-zone';
import { defaultSituation, type Situation } from '../../lib/situation';
import { loadSaved } from '../storage';
import { changedControls } from './changed-controls';
import { changedInWords, inputFromControls, readSavedHelper, withTopic, withZones, type Topic } from './form-state';
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

export function startingPoint(topic: Topic, browserZone: string, form: HTMLFormElement | null): Start {
  const loaded = loadSaved(SITUATION_KEY, SITUATION_VERSION, readSavedHelper);
  const saved = { value: loaded.value?.situation ?? null, notice: loaded.notice };
  const isSavedZoneChosen = restoreZone(saved.value?.personZone ?? '', browserZone).isChosen;
  const isSavedInterviewZoneChosen = loaded.value?.isInterviewZoneChosen ?? false;
  const base = withZones(withTopic(saved.value ?? defaultSituation(), topic), browserZone);
  const prefill = prefillSituation(base, window.location.search);
  const early = inputFromControls(form ? changedControls(form) : new Map());
  const isTouched = Object.keys(early).length > 0;
  const touched = isTouched ? laidOver(prefill.situation, early).situation : prefill.situation;
  return {
    situation: withZones(touched, browserZone),
    // A zone a link gives was chosen by whoever made the link.
    isPersonZoneChosen: isSavedZoneChosen || prefill.changed.includes('personZone'),
    isInterviewZoneChosen: isSavedInterviewZoneChosen || prefill.changed.includes('zone'),
    beforeLink:
      saved.value && prefill.changed.length > 0
        ? {
            situation: withZones(saved.value, browserZone),
            isPersonZoneChosen: isSavedZoneChosen,
            isInterviewZoneChosen: isSavedInterviewZoneChosen,
            changed: changedInWords(prefill.changed),
          }
        : null,
    notice:
      saved.notice ??
      (prefill.problems.length > 0
        ? 'Some details in the link you followed could not be used, so we left those fields as they were.'
        : saved.value && prefill.changed.length === 0
          ? 'We filled in the date and details you saved in this browser. Use “Clear my details” to start again.'
          : null),
    isTouched,
  };
}
