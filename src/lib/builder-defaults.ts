// The parts of the builder's form that need no parsing: a fresh form, each side's messages, the rows
// the times offered are typed in, and how a form is made ready to show and to save. Apart from the
// schema (./builder-state.ts), so the builder's form can start, and the person can fill it, before
// zod has loaded. The schema builds on these and checks at compile time that a fresh form has its
// fields; its test holds them to the schema's fallbacks.
import type { BuilderForm } from './builder-state';
import { MAX_PROPOSED_TIMES } from './field-caps';
import { restoreZone, zoneToSave, type PersonZone } from './saved-zone';
import { CANDIDATE_MESSAGE_KINDS, EMPLOYER_MESSAGE_KINDS, type MessageKind, type Who } from './types';

/** Each field as the schema reads an empty object: what a person finds with nothing saved or linked. */
const FRESH = {
  who: 'candidate',
  kinds: [],
  yourName: '',
  yourPhone: '',
  yourEmail: '',
  recipientName: '',
  recipientRole: '',
  recipientEmail: '',
  hiringManagerName: '',
  company: '',
  position: '',
  date: '',
  time: '',
  zone: '',
  yourZone: '',
  reason: '',
  reasonLine: '',
  wish: '',
  proposedTimes: [],
  referralName: '',
  firstRescheduleDate: '',
  keepDoorOpen: true,
  tone: 'warm',
  mayReopen: '',
  stage: '',
  channels: 'phone,email',
  spoke: 'no',
  locale: '',
} satisfies BuilderForm;

/** The fields of a fresh form, for the schema to check it names every one of its own. */
export type FreshField = keyof typeof FRESH;

/** A fresh form, its lists new each time (a tick or a time added never reaches the next one). */
export function emptyForm(zone = ''): BuilderForm {
  return { ...FRESH, kinds: [], proposedTimes: [], zone, yourZone: zone };
}

/** The messages ticked when a person arrives with no choices saved or linked. */
export const DEFAULT_KINDS: Record<Who, MessageKind[]> = {
  candidate: ['cancel', 'phone-script', 'voicemail', 'follow-up'],
  employer: ['employer-withdraw-invitation', 'employer-phone-script'],
};

export function kindsFor(who: Who): readonly MessageKind[] {
  return who === 'employer' ? EMPLOYER_MESSAGE_KINDS : CANDIDATE_MESSAGE_KINDS;
}

/** The kinds a page asks for ("cancel,voicemail"), known kinds of this side only; else the side's defaults. */
export function defaultKinds(who: Who, asked: string | undefined): MessageKind[] {
  const allowed: readonly string[] = kindsFor(who);
  const listed = (asked ?? '')
    .split(',')
    .map((kind) => kind.trim())
    .filter((kind): kind is MessageKind => allowed.includes(kind));
  return listed.length ? [...new Set(listed)] : [...DEFAULT_KINDS[who]];
}

/**
 * A saved (or fresh) form made ready to show in this browser: an empty interview zone and an own
 * zone that was only detected take the browser's; no ticked messages takes the page's own.
 */
export function restoreForm(saved: BuilderForm, browserZone: string, pageKinds?: string): { form: BuilderForm; yourZone: PersonZone } {
  const yourZone = restoreZone(saved.yourZone, browserZone);
  const form = { ...saved, zone: saved.zone || browserZone, yourZone: yourZone.zone };
  if (form.kinds.length === 0) form.kinds = defaultKinds(form.who, pageKinds);
  return { form, yourZone };
}

/** The form as it is saved: the person's own zone only when they chose it, never as detected. */
export function formForSaving(form: BuilderForm, isYourZoneChosen: boolean): BuilderForm {
  return { ...form, yourZone: zoneToSave({ zone: form.yourZone, isChosen: isYourZoneChosen }) };
}

export interface TimeSlot {
  date: string;
  time: string;
}

/** Always MAX_PROPOSED_TIMES rows for the form, blank where nothing is typed yet. */
export function proposedSlots(times: readonly TimeSlot[]): TimeSlot[] {
  return Array.from({ length: MAX_PROPOSED_TIMES }, (_, index) => times[index] ?? { date: '', time: '' });
}

/** The rows with one part of one row changed. */
export function withSlot(times: readonly TimeSlot[], index: number, part: keyof TimeSlot, value: string): TimeSlot[] {
  const slots = proposedSlots(times);
  const slot = slots[index];
  if (slot) slots[index] = { ...slot, [part]: value };
  return slots;
}
