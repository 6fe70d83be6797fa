// The builder island's form state around src/lib/builder-defaults: where it is saved, where a form
// with nothing saved or linked starts, and what another tab's save means. None of it needs the
// schema: a saved form or a link is read through it in ./reader.ts, loaded only when there is one.
import { defaultKinds, emptyForm, formForSaving, restoreForm } from '../../lib/builder-defaults';
import type { BuilderForm } from '../../lib/builder-state';
import { CHANNEL_FLAGS, listedChannels } from '../../lib/link-channels';
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
  /** What a link left out and, with nothing saved, what it filled in (../../lib/link-changes.ts, linkNote). */
  said: string | null;
}

/** Where the form starts with nothing saved or linked: the page's side and messages, in the browser's zone. */
export function freshArrival(browserZone: string, who: Who, kinds: string | undefined): Arrival {
  const start = restoreForm(initialForm(who, kinds), browserZone, kinds);
  return { form: start.form, isYourZoneChosen: start.yourZone.isChosen, beforeLink: null, said: null };
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
  return listedChannels(form.channels).has('agency');
}

/** The form with the agency ticked or not, written in the links' one vocabulary as the helper's answers are. */
export function withAgency(form: BuilderForm, agency: boolean): BuilderForm {
  const listed = listedChannels(form.channels);
  // The others as they were, unknown names dropped, in a link's order: as the situation's schema writes them.
  const channels = CHANNEL_FLAGS.filter(([, , name]) => (name === 'agency' ? agency : listed.has(name))).map(([, , name]) => name);
  return { ...form, channels: channels.join(',') };
}
