// A later step's own version of a message (a call again after the voicemail) is written for its
// moment, apart from the first one, and keeps its own edits. What the person changed in the first
// is not slipped into it unasked, since the later one says other things; it is offered, carried in
// line by line (./merge-lines.ts), and the note says so when it cannot be.
import { EDIT_PARTS, editedParts, type Merge, type MessageEdit, type PartTexts, type Written } from './kept-edit';

/** The person's changes to the first version, carried into a later one as written now; or that they do not fit it. */
export type EarlierEdit = { fits: true; parts: PartTexts } | { fits: false };

/**
 * What to offer a later version from the edit of the first. Undefined when there is nothing to
 * offer: the first version is as written, or the later one has edits (or an edit set aside) of its
 * own. `fits: false` when a line the person changed reads another way in the later version, or none
 * of their changes reaches it.
 */
export function earlierEditFor(first: MessageEdit | undefined, later: Written, laterEdit: MessageEdit | undefined, merge: Merge): EarlierEdit | undefined {
  const changed = editedParts(first ?? {});
  const parts = EDIT_PARTS.filter((part) => changed[part] !== undefined && later[part] !== undefined);
  if (parts.length === 0 || laterEdit?.aside || Object.keys(editedParts(laterEdit ?? {})).length > 0) return undefined;
  const merged: PartTexts = {};
  for (const part of parts) {
    const edit = changed[part];
    const text = later[part];
    const carried = edit && text !== undefined ? merge(edit.base, edit.text, text) : null;
    if (carried === null) return { fits: false };
    merged[part] = carried;
  }
  return parts.every((part) => merged[part] === later[part]) ? { fits: false } : { fits: true, parts: merged };
}
