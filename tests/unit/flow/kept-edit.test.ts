import { describe, expect, test } from 'vitest';
import { keptText as keptWith, readEdits, type EditedText } from '../../../src/lib/flow/kept-edit';
import { carriedForward, mergeLines } from '../../../src/lib/flow/merge-lines';
import { EMPTY_DETAILS, flowItems, type FlowDetails } from '../../../src/lib/flow/plan-messages';
import type { Reason } from '../../../src/lib/types';
import { advise, at, situation } from '../advice/fixtures';

// The audit's case: London at 21:30, cancelling tomorrow's interview; the email is edited, then
// the interview time, the reason or a name changes.
const NIGHT_BEFORE = at('2026-12-01', '21:30', 'Europe/London');
function emailFor(time: string, reason: Reason = 'other-offer', details: FlowDetails = EMPTY_DETAILS): string {
  const advice = advise(situation({ interview: { date: '2026-12-02', time, zone: 'Europe/London' }, wish: 'cancel', reason }), NIGHT_BEFORE);
  return flowItems(advice, details, NIGHT_BEFORE)[0]?.message?.body ?? '';
}
const ADDED = 'I can start a call any time.';
const keptText = (edit: EditedText | undefined, written: string) => keptWith(edit, written, mergeLines);

describe('mergeLines (merge-lines.ts)', () => {
  test.each([
    ['nobody changed anything', 'a\nb', 'a\nb', 'a\nb', 'a\nb'],
    ['only the person changed a line', 'a\nb\nc', 'a\nB\nc', 'a\nb\nc', 'a\nB\nc'],
    ['only the writing changed a line', 'a\nb\nc', 'a\nb\nc', 'a\nb2\nc', 'a\nb2\nc'],
    ['each changed a different line', 'a\nb\nc', 'a\nb\nC', 'a2\nb\nc', 'a2\nb\nC'],
    ['the person added a line at the end, the writing changed the first', 'a\nb', 'a\nb\nmine', 'a2\nb', 'a2\nb\nmine'],
    ['both made the same change', 'a\nb', 'a\nB', 'a\nB', 'a\nB'],
  ])('%s: merged', (_case, base, ours, theirs, merged) => {
    expect(mergeLines(base, ours, theirs)).toBe(merged);
  });

  test.each([
    ['both changed the same line', 'a\nb\nc', 'a\nmine\nc', 'a\ntheirs\nc'],
    ['both added at the same place', 'a\nb', 'a\nb\nmine', 'a\nb\ntheirs'],
    ['each changed a line next to the other’s', 'a\nb\nc', 'a\nB\nc', 'a2\nb\nc'],
  ])('%s: no merge', (_case, base, ours, theirs) => {
    expect(mergeLines(base, ours, theirs)).toBeNull();
  });
});

describe('keptText', () => {
  test('with no edit, the message as written', () => {
    expect(keptText(undefined, 'written')).toEqual({ shown: 'written' });
  });

  test('before the merge has loaded, an edit from other details shows the fresh text; one from these details, the edit', () => {
    const edit = { base: 'old', text: 'old, edited' };
    expect(keptWith(edit, 'new', undefined)).toEqual({ shown: 'new' });
    expect(keptWith(edit, 'old', undefined)).toEqual({ shown: 'old, edited' });
  });

  test('an edit of a message whose details did not change is shown as it is', () => {
    const written = emailFor('10:00');
    expect(keptText({ base: written, text: `${written}\n${ADDED}` }, written)).toEqual({ shown: `${written}\n${ADDED}` });
  });

  test('a new interview time reaches an edited email, and the line the person added stays', () => {
    const before = emailFor('10:00');
    const after = emailFor('14:30');
    expect(after).not.toBe(before);
    const kept = keptText({ base: before, text: `${before}\n${ADDED}` }, after);
    expect(kept.replaced).toBeUndefined();
    expect(kept.shown).toContain(ADDED);
    expect(kept.shown).toContain('2:30pm');
    expect(kept.shown).not.toContain('10am');
  });

  test('a new reason reaches an edited email, and the line the person added stays', () => {
    const before = emailFor('10:00');
    const after = emailFor('10:00', 'illness');
    expect(after).not.toBe(before);
    const kept = keptText({ base: before, text: `${before}\n${ADDED}` }, after);
    expect(kept).toEqual({ shown: mergeLines(before, `${before}\n${ADDED}`, after) });
    expect(kept.shown).toContain(ADDED);
  });

  test('when the line the person changed changed too, the email is written again and their edit set aside', () => {
    const before = emailFor('10:00');
    const after = emailFor('14:30');
    const timeLine = before.split('\n').find((line) => line.includes('10am')) ?? '';
    const mine = before.replace(timeLine, `${timeLine} Sorry again.`);
    expect(keptText({ base: before, text: mine }, after)).toEqual({ shown: after, replaced: mine });
  });

  test('a name typed after the edit: signed with it, the edit carried in or set aside, never lost', () => {
    const before = emailFor('10:00');
    const after = emailFor('10:00', 'other-offer', { ...EMPTY_DETAILS, yourName: 'Sam Lee' });
    const kept = keptText({ base: before, text: `${before}\n${ADDED}` }, after);
    if (kept.replaced === undefined) expect(kept.shown).toContain(ADDED);
    else expect(kept).toEqual({ shown: after, replaced: `${before}\n${ADDED}` });
    expect(kept.shown).toContain('Sam Lee');
  });
});

describe('carriedForward (merge-lines.ts)', () => {
  test('the audit’s walk: edited at 10:00, moved to 14:30, then signed; what is set aside is the 2:30pm edit', () => {
    const at10 = emailFor('10:00');
    const at1430 = emailFor('14:30');
    const signed = emailFor('14:30', 'other-offer', { ...EMPTY_DETAILS, yourName: 'Sam Lee' });
    const edits = { cancel: { body: { base: at10, text: `${at10}\n${ADDED}` } } };
    const moved = carriedForward(edits, [{ kind: 'cancel', body: at1430 }]);
    expect(moved.cancel?.body).toEqual({ base: at1430, text: `${at1430}\n${ADDED}` });
    // Nothing to move the second time: the same object, so a component settles.
    expect(carriedForward(moved, [{ kind: 'cancel', body: at1430 }])).toBe(moved);
    // Signing touches the end the person added to: set aside, and the edit kept as it last was.
    expect(carriedForward(moved, [{ kind: 'cancel', body: signed }])).toBe(moved);
    expect(keptText(moved.cancel?.body, signed)).toEqual({ shown: signed, replaced: `${at1430}\n${ADDED}` });
  });

  test('leaves edits of messages not shown alone', () => {
    const edits = { voicemail: { body: { base: 'a', text: 'b' } } };
    expect(carriedForward(edits, [{ kind: 'cancel', body: 'x' }])).toBe(edits);
  });
});

describe('readEdits', () => {
  test('keeps well-formed edits and leaves out the rest', () => {
    expect(
      readEdits({ cancel: { body: { base: 'a', text: 'b' }, subject: { base: 1, text: 'x' } }, voicemail: 'nonsense', follow: { body: {} } }),
    ).toEqual({ cancel: { body: { base: 'a', text: 'b' } } });
    expect(readEdits(null)).toEqual({});
  });
});
