// A message the person edited, held against the message as it is written now. When the details it
// was written from change, their changes are carried into the new text line by line (./merge-lines.ts,
// carriedForward); when a line they changed changed too, or the message is now for another wish or
// side, it is written again and their edit set aside, saved with it, until they bring it back or
// forget it; so is an edit of a message the new reason wrote again. Never a stale fact kept silently,
// never an edit dropped silently, never a line written for one purpose or reason slipped unseen into
// a message for another. Pure: no storage, no DOM.
import { situationSchema, wishOrDefault, type Situation } from '../situation';
import { REASONS } from '../types';
import { z } from '../zod';

// Longer is never a message, only a pasted accident.
const EDIT_LIMIT = 20_000;
// A fingerprint is at most 7 characters (32 bits in base 36).
const FINGERPRINT_LIMIT = 16;
export const EDIT_PARTS = ['subject', 'body'] as const;
const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** The three-way merge of ./merge-lines.ts: null when both sides changed the same place. */
export type Merge = (base: string, ours: string, theirs: string) => string | null;

/** One edited part (subject or body): the text as written when the person edited it, and theirs. */
export interface EditedText {
  base: string;
  text: string;
}

export type EditPart = (typeof EDIT_PARTS)[number];

/** Text for each part of a message: what the person typed, or what a button puts back. */
export type PartTexts = Partial<Record<EditPart, string>>;

/**
 * Whose message it was and what for, when the person last typed in it: the situation's who and wish
 * (chosen, or assumed from where things stand: then `isWishAssumed`), and the reason given ('' for
 * none). Edits saved before they named a reason left it out: any reason is theirs.
 */
const editedForSchema = z.object({
  who: situationSchema.shape.who,
  wish: situationSchema.shape.wish,
  isWishAssumed: z.optional(z.literal(true)),
  reason: z.optional(z.enum(['', ...REASONS])),
});
export type EditedFor = z.infer<typeof editedForSchema>;

/** What a situation's messages are written for, as an edit records it: time passing, or a date typed, never changes it. */
export function purposeOf(situation: Situation): EditedFor {
  const wish = wishOrDefault(situation);
  return { who: situation.who, ...(wish ? { wish } : {}), ...(situation.wish === undefined ? { isWishAssumed: true as const } : {}), reason: situation.reason ?? '' };
}

/**
 * Why an edit was set aside: new details clashed with a line the person changed; the message is now
 * for another wish or side they chose; the wish the helper assumed moved with where things stand; or
 * the reason they give changed and wrote the message again.
 */
export type AsideWhy = 'details' | 'time' | 'purpose' | 'stage' | 'reason';
const ASIDE_WHYS: readonly AsideWhy[] = ['details', 'time', 'purpose', 'stage', 'reason'];
const FOR_ANOTHER: readonly AsideWhy[] = ['purpose', 'stage', 'reason'];
/** Set aside because the message is now for something else: kept with what it was for, to return with it. */
export const isForAnother = (why: AsideWhy): boolean => FOR_ANOTHER.includes(why);

/** What was set aside, per part as it was edited, and why; set aside for another purpose, what it was written for. */
export interface SetAside extends Partial<Record<EditPart, EditedText>> {
  why: AsideWhy;
  for?: EditedFor;
}

/** An edit as written for another wish or side than the message's now, kept unseen until that purpose is back. */
export interface KeptFor extends Partial<Record<EditPart, EditedText>> {
  for: EditedFor;
}

/**
 * What a tool's messages were written from when an edit was last carried: the details the person gave,
 * and what the clock decided for the messages (the notice, each step of the plan), each kept as a short
 * fingerprint, so the note can say which of the two changed under the edit.
 */
export interface WrittenFrom {
  details: string;
  clock: string;
}

// FNV-1a, 32 bits: only ever compared with itself, never read back into details.
function fingerprint(value: unknown): string {
  // Keys in one order: the same details read back from storage give the same fingerprint.
  const text = JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([one], [other]) => (one < other ? -1 : 1))) : inner,
  ) ?? '';
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** What a tool's messages are written from: `details`, all the person gave; `clock`, all the messages take from the time now. */
export const writtenFrom = (details: unknown, clock: unknown): WrittenFrom => ({ details: fingerprint(details), clock: fingerprint(clock) });

/**
 * Why a message written again for the same purpose set an edit aside: the time left, when only what
 * the clock decided moved under it (an edit made days ahead, reopened on the day, meets an apology);
 * else the details. Unknown either side (an edit saved before edits kept it), the details.
 */
export const rewrittenBecause = (was: WrittenFrom | undefined, now: WrittenFrom | undefined): 'details' | 'time' =>
  was && now && was.details === now.details && was.clock !== now.clock ? 'time' : 'details';

/**
 * A message's edits, per part; what they were written for, and from; what was set aside from them; and
 * the edit the person had for another purpose when they brought it into this one, to return with it.
 */
export interface MessageEdit extends Partial<Record<EditPart, EditedText>> {
  for?: EditedFor;
  from?: WrittenFrom;
  aside?: SetAside;
  elsewhere?: KeptFor;
}

/** Edits by message kind, as saved with the flow's details. */
export type Edits = Record<string, MessageEdit>;

/** A message as written now, as far as edits care. */
export interface Written {
  kind: string;
  subject?: string;
  body: string;
}

/** The note beside a message whose edit was set aside, by why. */
export const ASIDE_NOTES: Record<AsideWhy, string> = {
  details: 'The details changed after you edited this, so it was written again. Your edit is set aside.',
  time: 'Time has moved on since you edited this, so the message was written again for the time left. Your edit is set aside.',
  purpose: 'What you want to do changed after you edited this, so it was written again for that. Your edit is set aside, not carried into it.',
  stage: 'Where things stand changed after you edited this, so it was written again for that. Your edit is set aside, not carried into it.',
  reason: 'The reason changed after you edited this, so it was written again. Your edit is set aside, in case your own words do not fit the new reason.',
};

/** What the messages' status region says, once, as edits are set aside: which messages ("Step 1"), and the note. */
export const asideAnnouncement = (labels: readonly string[], why: AsideWhy): string => `${labels.join(' and ')}: ${ASIDE_NOTES[why]}`;

/** A message shown, by the key its edits are kept under, with the name the status region gives it. */
export interface Labelled {
  kind: string;
  label: string;
}

/**
 * What the status region says as `edits` become `carried`: the messages whose edit is newly set aside
 * and why (not one set aside already, as on a reload, nor on a keystroke); '' when an edit set aside
 * is home again on the wish it was written for, so nothing says it is set aside; undefined for no news.
 */
export function asideNews(edits: Edits, carried: Edits, messages: readonly Labelled[]): string | undefined {
  const setAside = messages.filter(({ kind }) => carried[kind]?.aside && carried[kind]?.aside !== edits[kind]?.aside);
  const first = setAside[0] && carried[setAside[0].kind]?.aside;
  if (first) return asideAnnouncement(setAside.map((message) => message.label), first.why);
  return messages.some(({ kind }) => edits[kind]?.aside && !carried[kind]?.aside) ? '' : undefined;
}

/**
 * What one part shows: the person's edit when it was made on the text as written now (new details
 * are carried into it, or it is set aside, by carriedForward), else the text as written, facts first.
 */
export const shownText = (edit: EditedText | undefined, written: string): string => (edit && edit.base === written ? edit.text : written);

/**
 * The edits once the person typed `parts` into a message written for `purpose`, and `from` what
 * (kept at once: a reload straight after still knows what the text was written from). What was set
 * aside stays, through any typing, until they bring it back or forget it (`isAsideDone`). Brought
 * back from another purpose, it is also kept as it was, to return when that purpose does.
 */
export function withTyped(edits: Edits, message: Written, parts: PartTexts, purpose: EditedFor, isAsideDone = false, from?: WrittenFrom): Edits {
  const { aside, ...edit }: MessageEdit = { ...edits[message.kind], for: purpose, ...(from ? { from } : {}) };
  for (const part of EDIT_PARTS) {
    const text = parts[part];
    const base = message[part];
    if (text !== undefined && base !== undefined) edit[part] = { base, text };
  }
  const isBroughtBack = isAsideDone && EDIT_PARTS.some((part) => parts[part] !== undefined);
  if (isBroughtBack && aside?.for && isForAnother(aside.why)) edit.elsewhere = { for: aside.for, ...editedParts(aside) };
  return { ...edits, [message.kind]: aside && !isAsideDone ? { ...edit, aside } : edit };
}

/** The edits with a message's typed parts undone: it shows as written; what was set aside or kept for another wish stays. */
export function withoutTyped(edits: Edits, kind: string): Edits {
  const others = { ...edits };
  delete others[kind];
  const rest: MessageEdit = { ...edits[kind] };
  delete rest.subject;
  delete rest.body;
  return rest.aside || rest.elsewhere ? { ...others, [kind]: rest } : others;
}

/** The parts of an edit the person changed from the text as written. */
export function editedParts(edit: Partial<Record<EditPart, EditedText>>): Partial<Record<EditPart, EditedText>> {
  const parts: Partial<Record<EditPart, EditedText>> = {};
  for (const part of EDIT_PARTS) {
    const edited = edit[part];
    if (edited && edited.text !== edited.base) parts[part] = edited;
  }
  return parts;
}

/** What Bring back puts in each part set aside: the edit carried into the text as written now where it goes in cleanly, else as it was. */
export function broughtBack(aside: SetAside, message: Written, merge: Merge): PartTexts {
  const parts: PartTexts = {};
  for (const part of EDIT_PARTS) {
    const kept = aside[part];
    const written = message[part];
    if (kept && written !== undefined) parts[part] = merge(kept.base, kept.text, written) ?? kept.text;
  }
  return parts;
}

/** The boxes a set-aside note is about, for their aria-describedby: the parts set aside that the message still has, else its body. */
export function partsAside(aside: SetAside, message: Written): EditPart[] {
  const parts = EDIT_PARTS.filter((part) => aside[part] !== undefined && message[part] !== undefined);
  return parts.length > 0 ? parts : ['body'];
}

/** The box that holds the focus when the note goes: the one brought back (or forgotten), the body of the two. */
export const partToFocus = (parts: readonly EditPart[]): EditPart => (parts.includes('body') ? 'body' : (parts[0] ?? 'body'));

/** Each part's edit, read forgivingly into `into`. */
function readParts(data: unknown, into: Partial<Record<EditPart, EditedText>>): void {
  for (const part of EDIT_PARTS) {
    const { base, text } = asRecord(asRecord(data)[part]);
    if (typeof base === 'string' && typeof text === 'string') into[part] = { base: base.slice(0, EDIT_LIMIT), text: text.slice(0, EDIT_LIMIT) };
  }
}

/** Saved edits, read forgivingly: anything but the right shape is left out. */
export function readEdits(data: unknown): Edits {
  const edits: Edits = {};
  // By kind, each part in one order: however a tab came to hold them, the same edits read the same.
  const entries = Object.entries(asRecord(data)).sort(([one], [other]) => (one < other ? -1 : 1));
  for (const [kind, value] of entries.slice(0, 50)) {
    const record = asRecord(value);
    const edit: MessageEdit = {};
    readParts(record, edit);
    const purpose = editedForSchema.safeParse(record['for']);
    if (purpose.success) edit.for = purpose.data;
    const { details, clock } = asRecord(record['from']);
    if (typeof details === 'string' && typeof clock === 'string') edit.from = { details: details.slice(0, FINGERPRINT_LIMIT), clock: clock.slice(0, FINGERPRINT_LIMIT) };
    const asideRecord = asRecord(record['aside']);
    const why = ASIDE_WHYS.find((named) => named === asideRecord['why']) ?? 'details';
    const aside: SetAside = { why };
    const asideFor = editedForSchema.safeParse(asideRecord['for']);
    if (isForAnother(why) && asideFor.success) aside.for = asideFor.data;
    readParts(asideRecord, aside);
    if (aside.subject || aside.body) edit.aside = aside;
    const elsewhereFor = editedForSchema.safeParse(asRecord(record['elsewhere'])['for']);
    if (elsewhereFor.success) {
      const elsewhere: KeptFor = { for: elsewhereFor.data };
      readParts(record['elsewhere'], elsewhere);
      if (elsewhere.subject || elsewhere.body) edit.elsewhere = elsewhere;
    }
    if (edit.subject || edit.body || edit.aside || edit.elsewhere) edits[kind] = edit;
  }
  return edits;
}
