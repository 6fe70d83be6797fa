// The three-way merge behind an edited message (./kept-edit.ts): the person's changes (base → ours)
// and the new writing's (base → theirs) in one text, line by line, as version control merges. It
// loads with the messages it merges into (../../components/shared/use-carried-edits.ts).
import { EDIT_PARTS, editedParts, isForAnother, rewrittenBecause, type AsideWhy, type EditedFor, type EditedText, type EditPart, type Edits, type MessageEdit, type SetAside, type Written, type WrittenFrom } from './kept-edit';

// Longer texts are not merged: the line table grows with the square of their length.
const MERGE_LINE_LIMIT = 400;

/** For each line of `a`, the line of `b` it matches in a longest common subsequence, or -1. */
function matchLines(a: readonly string[], b: readonly string[]): number[] {
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const row = lengths[i] as number[];
    const below = lengths[i + 1] as number[];
    for (let j = b.length - 1; j >= 0; j -= 1) {
      row[j] = a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const matched = new Array<number>(a.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      matched[i] = j;
      i += 1;
      j += 1;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return matched;
}

const sameLines = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((line, index) => line === b[index]);

/** Both sides' changes in one text, or null when both changed the same lines or touched the same place. */
export function mergeLines(base: string, ours: string, theirs: string): string | null {
  const baseLines = base.split('\n');
  const ourLines = ours.split('\n');
  const theirLines = theirs.split('\n');
  if (Math.max(baseLines.length, ourLines.length, theirLines.length) > MERGE_LINE_LIMIT) return null;
  const toOurs = matchLines(baseLines, ourLines);
  const toTheirs = matchLines(baseLines, theirLines);
  const merged: string[] = [];
  let from = { base: 0, ours: 0, theirs: 0 };
  for (let index = 0; index <= baseLines.length; index += 1) {
    const isEnd = index === baseLines.length;
    // A base line both sides kept is an anchor; between anchors, at most one side may differ.
    if (!isEnd && ((toOurs[index] ?? -1) < 0 || (toTheirs[index] ?? -1) < 0)) continue;
    const to = isEnd ? { ours: ourLines.length, theirs: theirLines.length } : { ours: toOurs[index] as number, theirs: toTheirs[index] as number };
    const was = baseLines.slice(from.base, index);
    const mine = ourLines.slice(from.ours, to.ours);
    const written = theirLines.slice(from.theirs, to.theirs);
    if (sameLines(mine, was)) merged.push(...written);
    else if (sameLines(written, was) || sameLines(written, mine)) merged.push(...mine);
    else return null;
    if (!isEnd) merged.push(baseLines[index] as string);
    from = { base: index + 1, ours: to.ours + 1, theirs: to.theirs + 1 };
  }
  return merged.join('\n');
}

// An edit saved before edits named their reason fits any reason.
const isSameReason = (one: EditedFor, other: EditedFor): boolean => one.reason === undefined || other.reason === undefined || one.reason === other.reason;
const isSameFor = (one: EditedFor, other: EditedFor): boolean => one.who === other.who && one.wish === other.wish && isSameReason(one, other);

/**
 * What changed since the person edited a message, as its note names it: the side or a wish they
 * chose; the wish assumed from where things stand, when they chose none then or now; the reason.
 * Nothing for an edit saved before edits said what they were for: it is taken as written for this.
 */
function changeSince(was: EditedFor | undefined, now: EditedFor): AsideWhy | undefined {
  if (!was) return undefined;
  if (was.who !== now.who) return 'purpose';
  if (was.wish !== now.wish) return was.isWishAssumed && now.isWishAssumed ? 'stage' : 'purpose';
  return isSameReason(was, now) ? undefined : 'reason';
}

type Parts = Partial<Record<EditPart, EditedText>>;

/** What the person wrote for `purpose` and is kept while the message is for another: set aside, or kept when brought back. */
function keptFor(edit: MessageEdit, purpose: EditedFor): Parts | undefined {
  if (edit.aside?.for && isForAnother(edit.aside.why) && isSameFor(edit.aside.for, purpose)) return edit.aside;
  if (edit.elsewhere && isSameFor(edit.elsewhere.for, purpose)) return edit.elsewhere;
  return undefined;
}

/**
 * The message back on the purpose an edit was written for: that edit returns, carried into the text
 * as written now (or set aside, if new details clash with it), and what the person had for the
 * purpose they leave is kept unseen, to return with it in turn.
 */
function backHome(edit: MessageEdit, home: Parts, message: Written, purpose: EditedFor, from: WrittenFrom | undefined): MessageEdit {
  const back: MessageEdit = { for: purpose, ...(from ? { from } : {}) };
  const aside: SetAside = { why: 'details' };
  for (const part of EDIT_PARTS) {
    const kept = home[part];
    const written = message[part];
    if (!kept || written === undefined) continue;
    const merged = kept.base === written ? kept.text : mergeLines(kept.base, kept.text, written);
    if (merged !== null) back[part] = { base: written, text: merged };
    else aside[part] = kept;
  }
  if (aside.subject || aside.body) back.aside = aside;
  else if (edit.aside && edit.aside !== home) back.aside = edit.aside;
  const left = editedParts(edit);
  if (edit.for && (left.subject || left.body)) back.elsewhere = { for: edit.for, ...left };
  return back;
}

/**
 * The edits rebased on the messages as written now, wherever the person's changes carried in
 * cleanly, so an edit set aside later is the latest one, not the first. A part that cannot carry
 * its changes in is set aside, saved with the edits until the person brings it back or forgets it;
 * the message then shows as written. So is every change the person made to a message written for
 * another wish or side than `purpose` (or the wish assumed for another stage): a line asking for a
 * new time has no place, unseen, in a cancellation. So is a part the person changed that a new reason
 * wrote again: "good luck with the new job" has no place, unseen, beside "I am unwell"; a part the
 * reason left as it was keeps their edit as it is. Each edit of a message shown keeps what the
 * messages are written `from` now, so a part set aside later is said to be set aside for the time
 * left when only the clock moved (./kept-edit.ts, rewrittenBecause). The same object when nothing moved.
 */
export function carriedForward(edits: Edits, messages: readonly Written[], purpose: EditedFor, from?: WrittenFrom): Edits {
  let next = edits;
  for (const message of messages) {
    const edit = edits[message.kind];
    if (!edit) continue;
    const change = changeSince(edit.for, purpose);
    const home = change ? keptFor(edit, purpose) : undefined;
    if (home) {
      next = { ...next, [message.kind]: backHome(edit, home, message, purpose, from) };
      continue;
    }
    const isOtherPurpose = change === 'purpose' || change === 'stage';
    const moved: MessageEdit = change ? { ...edit, for: purpose } : { ...edit };
    const aside: SetAside = change && edit.for ? { why: change, for: edit.for } : { why: rewrittenBecause(edit.from, from) };
    const isNewFrom = from !== undefined && (edit.from?.details !== from.details || edit.from.clock !== from.clock);
    if (from && isNewFrom) moved.from = from;
    let isMoved = change !== undefined || isNewFrom;
    for (const part of EDIT_PARTS) {
      const written = message[part];
      const partEdit = edit[part];
      if (written === undefined || !partEdit || (partEdit.base === written && !isOtherPurpose)) continue;
      isMoved = true;
      const merged = change ? null : mergeLines(partEdit.base, partEdit.text, written);
      if (merged !== null) moved[part] = { base: written, text: merged };
      else {
        delete moved[part];
        if (partEdit.text !== partEdit.base) aside[part] = partEdit;
      }
    }
    // A part set aside again replaces what that part had set aside: the latest edit is the one to bring back.
    if (aside.subject || aside.body) moved.aside = { ...edit.aside, ...aside };
    if (isMoved) next = { ...next, [message.kind]: moved };
  }
  return next;
}
