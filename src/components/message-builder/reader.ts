// What the builder reads through its form's schema (zod, and the situation's schema a link is read
// with): a form saved in this browser or by another tab, and a prefill link laid over it. Loaded
// only when there is something to read (./reader-chunk.ts); the writer brings the same schema.
import { changedInWords, linkNote } from '../../lib/link-changes';
import { defaultKinds, restoreForm } from '../../lib/builder-defaults';
import { prefillForm } from '../../lib/builder-prefill';
import { readSavedBuilderForm, type BuilderForm } from '../../lib/builder-state';
import type { Who } from '../../lib/types';
import { initialForm, type Arrival } from './form-state';

export { readSavedBuilderForm };

/** Saved details first, then a prefill link on top: the link is what the person just clicked. */
export function arrive(saved: BuilderForm | null, search: string, browserZone: string, who: Who, kinds: string | undefined): Arrival {
  const start = restoreForm(saved ?? initialForm(who, kinds), browserZone, kinds);
  const linked = prefillForm(start.form, search);
  const form = linked.form.kinds.length > 0 ? linked.form : { ...linked.form, kinds: defaultKinds(linked.form.who, kinds) };
  return {
    form,
    // A zone a link gives was chosen by whoever made the link.
    isYourZoneChosen: start.yourZone.isChosen || linked.changed.includes('personZone'),
    beforeLink:
      saved && linked.changed.length > 0
        ? { form: start.form, isYourZoneChosen: start.yourZone.isChosen, changed: changedInWords(linked.changed) }
        : null,
    said: linkNote(linked, saved !== null),
  };
}
