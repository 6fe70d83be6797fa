// The builder island's form state around src/lib/builder-state: where it is saved, how a saved
// form, a prefill link and the browser's zone combine on arrival, and what another tab's save means.
import { defaultKinds, emptyForm, formForSaving, formToSituation, prefillForm, restoreForm, type BuilderForm } from '../../lib/builder-state';
import { situationToQuery } from '../../lib/links';
import { changedInWords } from '../../lib/link-changes';
import { BUILDER_TEXT_LIMIT, keepFirst } from '../../lib/saved-text';
import type { FIELD_CAPS } from '../../lib/fields';
import type { Who } from '../../lib/types';

/** The form's one-line text fields, each with its cap in the messages. */
export type TextKey = keyof typeof FIELD_CAPS & keyof BuilderForm;

export const STORAGE_KEY = 'bowout:message-builder';
// Version 2: the form holds the whole situation (stage, contacts, people, spoke) as well.
export const STORAGE_VERSION = 2;
// The person's edits of the messages, beside the form: cleared with it, followed across tabs on their own.
export const EDITS_KEY = 'bowout:message-builder:edits';
export const EDITS_VERSION = 1;

/** Whether this browser keeps edits of the messages: shown again at once, their messages are wanted on arrival. */
export function hasSavedEdits(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(EDITS_KEY) !== null;
  } catch {
    return false; // storage refused (private modes, blocked cookies): nothing was saved
  }
}

/** The form before the browser is read: the page's side and messages, nothing typed. */
export function initialForm(who: Who, kinds: string | undefined): BuilderForm {
  return { ...emptyForm(), who, kinds: defaultKinds(who, kinds) };
}

/** The saved details a link changed, kept so the person can have them back. */
export interface BeforeLink {
  form: BuilderForm;
  isYourZoneChosen: boolean;
  /** What the link changed, in words: "the date and the time". */
  changed: string;
}

export interface Arrival {
  form: BuilderForm;
  isYourZoneChosen: boolean;
  beforeLink: BeforeLink | null;
}

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
  };
}

/** Whether this tab's form is what another tab saved: then its save tells this one nothing new. */
export function isSavedForm(form: BuilderForm, isYourZoneChosen: boolean, saved: BuilderForm): boolean {
  return JSON.stringify(formForSaving(form, isYourZoneChosen)) === JSON.stringify(saved);
}

/** A typed value kept within what storage brings back, and whether the rest was left out. */
export function keepTyped(value: string): { text: string; isCapped: boolean } {
  return keepFirst(value, BUILDER_TEXT_LIMIT);
}

/** Whether an agency recruiter set it up, as the form's situation says (the helper's box, or a link). */
export function isThroughAgency(form: BuilderForm): boolean {
  return formToSituation(form).people.agency;
}

/** The form with the agency ticked or not, written in the links' one vocabulary as the helper's answers are. */
export function withAgency(form: BuilderForm, agency: boolean): BuilderForm {
  const situation = formToSituation(form);
  const channels = new URLSearchParams(situationToQuery({ ...situation, people: { ...situation.people, agency } })).get('channels') ?? '';
  return { ...form, channels };
}
