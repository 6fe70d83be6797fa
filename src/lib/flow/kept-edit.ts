// A message the person edited, held against the message as it is written now. When the details it
// was written from change, their changes are carried into the new text line by line (./merge-lines.ts,
// loaded only then, with carriedForward); when a line they changed changed too, the message is written again and their
// edit kept aside, to bring back with one click. Never a stale fact kept silently, never an edit
// dropped silently. Pure: no storage, no DOM.

// Longer is never a message, only a pasted accident.
const EDIT_LIMIT = 20_000;
const PARTS = ['subject', 'body'] as const;
const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** The three-way merge of ./merge-lines.ts: null when both sides changed the same place. */
export type Merge = (base: string, ours: string, theirs: string) => string | null;

/** One edited part (subject or body): the text as written when the person edited it, and theirs. */
export interface EditedText {
  base: string;
  text: string;
}

export type EditPart = 'subject' | 'body';

/** A message's edits, per part. */
export type MessageEdit = Partial<Record<EditPart, EditedText>>;

/** Edits by message kind, as saved with the flow's details. */
export type Edits = Record<string, MessageEdit>;

/** A message as written now, as far as edits care. */
export interface Written {
  kind: string;
  subject?: string;
  body: string;
}

export interface KeptText {
  /** What the box shows. */
  shown: string;
  /** The person's edit, when it could not be carried into the new text and was set aside. */
  replaced?: string;
}

/**
 * What one part shows: the text as written, the person's edit (carried into it), or the text as
 * written with the edit set aside. Until the merge has loaded, the text as written, facts first.
 */
export function keptText(edit: EditedText | undefined, written: string, merge: Merge | undefined): KeptText {
  if (!edit) return { shown: written };
  if (edit.base === written) return { shown: edit.text };
  if (!merge) return { shown: written };
  const merged = merge(edit.base, edit.text, written);
  return merged === null ? { shown: written, replaced: edit.text } : { shown: merged };
}

/** Saved edits, read forgivingly: anything but the right shape is left out. */
export function readEdits(data: unknown): Edits {
  const edits: Edits = {};
  // By kind, each part in one order: however a tab came to hold them, the same edits read the same.
  const entries = Object.entries(asRecord(data)).sort(([one], [other]) => (one < other ? -1 : 1));
  for (const [kind, value] of entries.slice(0, 50)) {
    const edit: MessageEdit = {};
    for (const part of PARTS) {
      const { base, text } = asRecord(asRecord(value)[part]);
      if (typeof base === 'string' && typeof text === 'string') edit[part] = { base: base.slice(0, EDIT_LIMIT), text: text.slice(0, EDIT_LIMIT) };
    }
    if (edit.subject || edit.body) edits[kind] = edit;
  }
  return edits;
}
