import { describe, expect, test } from 'vitest';
import {
  ASIDE_NOTES,
  asideAnnouncement,
  asideNews,
  broughtBack,
  partsAside,
  partToFocus,
  purposeOf,
  readEdits,
  rewrittenBecause,
  shownText,
  withoutTyped,
  withTyped,
  writtenFrom,
  type EditedFor,
  type EditedText,
  type Edits,
} from '../../../src/lib/flow/kept-edit';
import { carriedForward, mergeLines } from '../../../src/lib/flow/merge-lines';
import { EMPTY_DETAILS, flowItems, messagesClock, type FlowDetails } from '../../../src/lib/flow/plan-messages';
import type { Reason } from '../../../src/lib/types';
import { applySituation, emptyForm } from '../../../src/lib/builder-state';
import { messageStepsFor } from '../../../src/lib/builder-steps';
import { advise, at, situation } from '../advice/fixtures';

// The audit's case: London at 21:30, cancelling tomorrow's interview; the email is edited, then
// the interview time, the reason or a name changes.
const NIGHT_BEFORE = at('2026-12-01', '21:30', 'Europe/London');
function emailFor(time: string, reason: Reason = 'other-offer', details: FlowDetails = EMPTY_DETAILS): string {
  const advice = advise(situation({ interview: { date: '2026-12-02', time, zone: 'Europe/London' }, wish: 'cancel', reason }), NIGHT_BEFORE);
  return flowItems(advice, details, NIGHT_BEFORE)[0]?.message?.body ?? '';
}
const ADDED = 'I can start a call any time.';
const CANCELLING: EditedFor = { who: 'candidate', wish: 'cancel' };

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

/** What the box of the step 1 email shows, and what is set aside, once the edit meets the email as written now. */
function kept(edit: EditedText, written: string): { shown: string; aside?: EditedText } {
  const carried = carriedForward({ cancel: { body: edit } }, [{ kind: 'cancel', body: written }], CANCELLING).cancel;
  return { shown: shownText(carried?.body, written), ...(carried?.aside?.body ? { aside: carried.aside.body } : {}) };
}

describe('shownText', () => {
  test('with no edit, the message as written', () => {
    expect(shownText(undefined, 'written')).toBe('written');
  });

  test('an edit from other details (before the merge has loaded) shows the fresh text; one from these details, the edit', () => {
    const edit = { base: 'old', text: 'old, edited' };
    expect(shownText(edit, 'new')).toBe('new');
    expect(shownText(edit, 'old')).toBe('old, edited');
  });
});

describe('carriedForward (merge-lines.ts)', () => {
  test('an edit of a message whose details did not change is shown as it is, and nothing moves', () => {
    const written = emailFor('10:00');
    const edits = { cancel: { body: { base: written, text: `${written}\n${ADDED}` } } };
    expect(carriedForward(edits, [{ kind: 'cancel', body: written }], CANCELLING)).toBe(edits);
    expect(kept(edits.cancel.body, written)).toEqual({ shown: `${written}\n${ADDED}` });
  });

  test('a new interview time reaches an edited email, and the line the person added stays', () => {
    const before = emailFor('10:00');
    const after = emailFor('14:30');
    expect(after).not.toBe(before);
    const result = kept({ base: before, text: `${before}\n${ADDED}` }, after);
    expect(result.aside).toBeUndefined();
    expect(result.shown).toContain(ADDED);
    expect(result.shown).toContain('2:30pm');
    expect(result.shown).not.toContain('10am');
  });

  describe('a new reason', () => {
    const TAKEN_JOB: EditedFor = { ...CANCELLING, reason: 'other-offer' };
    const UNWELL: EditedFor = { ...CANCELLING, reason: 'illness' };
    const OWN = 'Good luck with the search, and thank you.';

    test('that writes the email again sets the person’s lines aside with their own note, though the merge would carry them in; back on the old reason they return', () => {
      const before = emailFor('10:00');
      const after = emailFor('10:00', 'illness');
      expect(after).not.toBe(before);
      const mine = { base: before, text: `${before}\n${OWN}` };
      // The merge alone would slip the line written beside the new job into the email that says they are unwell.
      expect(mergeLines(mine.base, mine.text, after)).toContain(OWN);
      const carried = carriedForward({ cancel: { for: TAKEN_JOB, body: mine } }, [{ kind: 'cancel', body: after }], UNWELL);
      expect(carried.cancel).toEqual({ for: UNWELL, aside: { why: 'reason', for: TAKEN_JOB, body: mine } });
      expect(shownText(carried.cancel?.body, after)).toBe(after);
      expect(ASIDE_NOTES.reason).toMatch(/^The reason changed after you edited this/u);
      expect(carriedForward(carried, [{ kind: 'cancel', body: after }], UNWELL)).toBe(carried);
      // Bring back carries the line into the email as written for the new reason.
      expect(broughtBack(carried.cancel?.aside ?? { why: 'reason' }, { kind: 'cancel', body: after }, mergeLines).body).toBe(mergeLines(mine.base, mine.text, after));
      // The old reason again: the edit comes home with no note.
      expect(carriedForward(carried, [{ kind: 'cancel', body: before }], TAKEN_JOB).cancel).toEqual({ for: TAKEN_JOB, body: mine });
    });

    test('that leaves a message as it was keeps the edit as it is, now for that reason', () => {
      const edits = { voicemail: { for: TAKEN_JOB, body: { base: 'a\nb', text: 'a\nb\nmine' } } };
      expect(carriedForward(edits, [{ kind: 'voicemail', body: 'a\nb' }], UNWELL)).toEqual({ voicemail: { ...edits.voicemail, for: UNWELL } });
    });

    test('is no change for an edit saved before edits named their reason', () => {
      const edits = { cancel: { for: CANCELLING, body: { base: 'a\nb', text: 'a\nb\nmine' } } };
      expect(carriedForward(edits, [{ kind: 'cancel', body: 'a2\nb' }], UNWELL).cancel?.body).toEqual({ base: 'a2\nb', text: 'a2\nb\nmine' });
    });
  });

  describe('the wish the helper assumed from where things stand', () => {
    const DECLINING: EditedFor = { who: 'candidate', wish: 'decline', isWishAssumed: true };
    const mine = { base: 'declining\nhello', text: 'declining\nhello\nmine' };

    test('moved by a new stage: set aside with a note that names the stage, never one that says the wish changed', () => {
      const carried = carriedForward({ decline: { for: DECLINING, body: mine } }, [{ kind: 'decline', body: 'cancelling\nhello' }], { ...CANCELLING, isWishAssumed: true });
      expect(carried.decline?.aside).toEqual({ why: 'stage', for: DECLINING, body: mine });
      expect(ASIDE_NOTES.stage).toMatch(/^Where things stand changed after you edited this/u);
      expect(ASIDE_NOTES.stage).not.toMatch(/want to do/u);
    });

    test('then chosen by the person: the same wish changes nothing; another gets the wish note', () => {
      const edits = { decline: { for: DECLINING, body: mine } };
      expect(carriedForward(edits, [{ kind: 'decline', body: mine.base }], { who: 'candidate', wish: 'decline' })).toBe(edits);
      expect(carriedForward(edits, [{ kind: 'decline', body: 'moving\nhello' }], { who: 'candidate', wish: 'reschedule' }).decline?.aside?.why).toBe('purpose');
    });
  });

  test('when the line the person changed changed too, the email is written again and their edit set aside, as it was', () => {
    const before = emailFor('10:00');
    const after = emailFor('14:30');
    const timeLine = before.split('\n').find((line) => line.includes('10am')) ?? '';
    const mine = before.replace(timeLine, `${timeLine} Sorry again.`);
    expect(kept({ base: before, text: mine }, after)).toEqual({ shown: after, aside: { base: before, text: mine } });
  });

  test('a name typed after the edit: signed with it, the edit carried in or set aside, never lost', () => {
    const before = emailFor('10:00');
    const after = emailFor('10:00', 'other-offer', { ...EMPTY_DETAILS, yourName: 'Sam Lee' });
    const result = kept({ base: before, text: `${before}\n${ADDED}` }, after);
    if (result.aside === undefined) expect(result.shown).toContain(ADDED);
    else expect(result).toEqual({ shown: after, aside: { base: before, text: `${before}\n${ADDED}` } });
    expect(result.shown).toContain('Sam Lee');
  });

  test('the audit’s walk: edited at 10:00, moved to 14:30, then signed; what is set aside is the 2:30pm edit', () => {
    const at10 = emailFor('10:00');
    const at1430 = emailFor('14:30');
    const signed = emailFor('14:30', 'other-offer', { ...EMPTY_DETAILS, yourName: 'Sam Lee' });
    const edits = { cancel: { body: { base: at10, text: `${at10}\n${ADDED}` } } };
    const moved = carriedForward(edits, [{ kind: 'cancel', body: at1430 }], CANCELLING);
    expect(moved.cancel?.body).toEqual({ base: at1430, text: `${at1430}\n${ADDED}` });
    // Nothing to move the second time: the same object, so a component settles.
    expect(carriedForward(moved, [{ kind: 'cancel', body: at1430 }], CANCELLING)).toBe(moved);
    // Signing touches the end the person added to: set aside, the edit kept as it last was.
    const signedEdits = carriedForward(moved, [{ kind: 'cancel', body: signed }], CANCELLING);
    expect(signedEdits.cancel).toEqual({ aside: { why: 'details', body: { base: at1430, text: `${at1430}\n${ADDED}` } } });
    expect(carriedForward(signedEdits, [{ kind: 'cancel', body: signed }], CANCELLING)).toBe(signedEdits);
  });

  test('what was set aside stays when the details change again, and a part set aside later replaces only that part', () => {
    const aside = { why: 'details', subject: { base: 's', text: 's, mine' }, body: { base: 'b', text: 'b, mine' } } as const;
    const edits = { cancel: { aside } };
    expect(carriedForward(edits, [{ kind: 'cancel', subject: 'other s', body: 'other b' }], CANCELLING)).toBe(edits);
    const later = carriedForward({ cancel: { aside, body: { base: 'x', text: 'y' } } }, [{ kind: 'cancel', subject: 's', body: 'z' }], CANCELLING);
    expect(later.cancel).toEqual({ aside: { why: 'details', subject: aside.subject, body: { base: 'x', text: 'y' } } });
  });

  test('a line added to the call script while moving the interview is set aside, not carried, once the person cancels; Bring back carries it in', () => {
    const scriptFor = (wish: 'cancel' | 'reschedule') => {
      const advice = advise(situation({ interview: { date: '2026-12-02', time: '10:00', zone: 'Europe/London' }, wish }), NIGHT_BEFORE);
      return flowItems(advice, EMPTY_DETAILS, NIGHT_BEFORE).find((item) => item.message?.kind === 'phone-script')?.message?.body ?? '';
    };
    const moving = scriptFor('reschedule');
    const cancelling = scriptFor('cancel');
    const mine = `Ask for Jo Smith, who booked it.\n${moving}`;
    // The merge alone would carry the line into the cancellation unseen.
    expect(mergeLines(moving, mine, cancelling)).toContain('Ask for Jo Smith');
    const edits = { 'phone-script': { for: { who: 'candidate', wish: 'reschedule' }, body: { base: moving, text: mine } } } as const;
    const carried = carriedForward(edits, [{ kind: 'phone-script', body: cancelling }], CANCELLING);
    expect(carried['phone-script']).toEqual({ for: CANCELLING, aside: { why: 'purpose', for: { who: 'candidate', wish: 'reschedule' }, body: { base: moving, text: mine } } });
    expect(shownText(carried['phone-script']?.body, cancelling)).toBe(cancelling);
    expect(carriedForward(carried, [{ kind: 'phone-script', body: cancelling }], CANCELLING)).toBe(carried);
    const back = broughtBack(carried['phone-script']?.aside ?? { why: 'purpose' }, { kind: 'phone-script', body: cancelling }, mergeLines);
    expect(back.body).toBe(`Ask for Jo Smith, who booked it.\n${cancelling}`);
  });

  test('the same kind of message for the other side: the person’s changes are set aside too', () => {
    const edits = { 'stay-in-touch': { for: CANCELLING, subject: { base: 'Hello', text: 'Hello again' }, body: { base: 'a\nb', text: 'a\nb\nmine' } } };
    const carried = carriedForward(edits, [{ kind: 'stay-in-touch', subject: 'Hello', body: 'a\nb' }], { who: 'employer', wish: 'cancel-interview' });
    expect(carried['stay-in-touch']?.aside).toEqual({ why: 'purpose', for: CANCELLING, subject: edits['stay-in-touch'].subject, body: edits['stay-in-touch'].body });
  });

  describe('back on the wish an edit was written for', () => {
    const MOVING: EditedFor = { who: 'candidate', wish: 'reschedule' };
    const mine = { base: 'moving\nhello\nbye', text: 'moving\nhello\nmine\nbye' };
    const set = { for: MOVING, body: mine };

    test('set aside for another wish, the edit returns with its wish, with no note', () => {
      const cancelled = carriedForward({ request: set }, [{ kind: 'request', body: 'cancelling\nhello\nbye' }], CANCELLING);
      expect(cancelled.request?.aside?.for).toEqual(MOVING);
      expect(carriedForward(cancelled, [{ kind: 'request', body: 'moving\nhello\nbye' }], MOVING)).toEqual({ request: set });
    });

    test('brought back into another wish, it returns as it was with its wish; what it became there waits for that wish', () => {
      const cancelled = carriedForward({ request: set }, [{ kind: 'request', body: 'cancelling\nhello\nbye' }], CANCELLING);
      const written = { kind: 'request', body: 'cancelling\nhello\nbye' };
      const aside = cancelled.request?.aside ?? { why: 'purpose' };
      const brought = withTyped(cancelled, written, broughtBack(aside, written, mergeLines), CANCELLING, true);
      const there = { base: 'cancelling\nhello\nbye', text: 'cancelling\nhello\nmine\nbye' };
      expect(brought.request).toEqual({ for: CANCELLING, body: there, elsewhere: set });
      const moved = carriedForward(brought, [{ kind: 'request', body: 'moving\nhello\nbye' }], MOVING);
      expect(moved.request).toEqual({ for: MOVING, body: mine, elsewhere: { for: CANCELLING, body: there } });
      expect(carriedForward(moved, [written], CANCELLING).request).toEqual({ for: CANCELLING, body: there, elsewhere: set });
    });

    test('new details meanwhile are carried into it as they come back, or it is set aside for them', () => {
      const cancelled = carriedForward({ request: set }, [{ kind: 'request', body: 'cancelling\nhello\nbye' }], CANCELLING);
      expect(carriedForward(cancelled, [{ kind: 'request', body: 'moving\nhello\nbye\nSam' }], MOVING).request).toEqual({
        for: MOVING,
        body: { base: 'moving\nhello\nbye\nSam', text: 'moving\nhello\nmine\nbye\nSam' },
      });
      expect(carriedForward(cancelled, [{ kind: 'request', body: 'moving\nhello, Sam\nbye' }], MOVING).request).toEqual({ for: MOVING, aside: { why: 'details', body: mine } });
    });

    test('forgotten in the other wish, nothing comes back', () => {
      const cancelled = carriedForward({ request: set }, [{ kind: 'request', body: 'cancelling\nhello\nbye' }], CANCELLING);
      const forgotten = withTyped(cancelled, { kind: 'request', body: 'cancelling\nhello\nbye' }, {}, CANCELLING, true);
      expect(carriedForward(forgotten, [{ kind: 'request', body: 'moving\nhello\nbye' }], MOVING)).toEqual({ request: { for: MOVING } });
    });
  });

  test('for another wish, a part the person left as written is simply written again: nothing to set aside', () => {
    const edits = { voicemail: { for: { who: 'candidate', wish: 'reschedule' }, body: { base: 'moving', text: 'moving' } } } as const;
    expect(carriedForward(edits, [{ kind: 'voicemail', body: 'cancelling' }], CANCELLING)).toEqual({ voicemail: { for: CANCELLING } });
  });

  test('an edit saved before edits named their purpose is carried as one for this purpose', () => {
    const edits = { cancel: { body: { base: 'a\nb', text: 'a\nb\nmine' } } };
    expect(carriedForward(edits, [{ kind: 'cancel', body: 'a2\nb' }], CANCELLING)).toEqual({ cancel: { body: { base: 'a2\nb', text: 'a2\nb\nmine' } } });
  });

  test('leaves edits of messages not shown alone', () => {
    const edits = { voicemail: { body: { base: 'a', text: 'b' } } };
    expect(carriedForward(edits, [{ kind: 'cancel', body: 'x' }], CANCELLING)).toBe(edits);
  });
});

describe('withTyped', () => {
  const message = { kind: 'cancel', subject: 'Subject now', body: 'Body now' };
  const aside = { why: 'details', body: { base: 'Body then', text: 'Body then, mine' } } as const;

  test('what the person types is held against the message as written now', () => {
    expect(withTyped({}, message, { body: 'Body now, edited' }, CANCELLING)).toEqual({ cancel: { for: CANCELLING, body: { base: 'Body now', text: 'Body now, edited' } } });
  });

  test('keystroke after keystroke in the rewritten box, what was set aside stays', () => {
    let edits: Edits = { cancel: { aside } };
    for (const text of ['B', 'Bo', 'Body now!']) edits = withTyped(edits, message, { body: text }, CANCELLING);
    expect(edits.cancel).toEqual({ for: CANCELLING, body: { base: 'Body now', text: 'Body now!' }, aside });
  });

  test('keeps what the text was written from, with each keystroke, and leaves it as it was when not told', () => {
    const monday = writtenFrom({ name: '' }, { notice: 'enough' });
    const later = writtenFrom({ name: 'Sam' }, { notice: 'enough' });
    const typed = withTyped({}, message, { body: 'Body now!' }, CANCELLING, false, monday);
    expect(typed.cancel?.from).toEqual(monday);
    expect(withTyped(typed, message, { body: 'Body now!!' }, CANCELLING, false, later).cancel?.from).toEqual(later);
    expect(withTyped(typed, message, { body: 'Body now!!' }, CANCELLING).cancel?.from).toEqual(monday);
  });

  test('brought back or forgotten, it goes', () => {
    expect(withTyped({ cancel: { aside } }, message, { body: 'Body then, mine' }, CANCELLING, true)).toEqual({
      cancel: { for: CANCELLING, body: { base: 'Body now', text: 'Body then, mine' } },
    });
    expect(withTyped({ cancel: { aside, subject: { base: 'Subject now', text: 'Mine' } } }, message, {}, CANCELLING, true)).toEqual({
      cancel: { for: CANCELLING, subject: { base: 'Subject now', text: 'Mine' } },
    });
  });
});

describe('broughtBack', () => {
  test('an edit that now goes in cleanly comes back carried into the text as written; one that does not, as it was', () => {
    const aside = { why: 'details', subject: { base: 'a\nb', text: 'a\nb\nmine' }, body: { base: 'x\ny', text: 'x\nY' } } as const;
    const message = { kind: 'cancel', subject: 'a2\nb', body: 'x\ny2' };
    expect(broughtBack(aside, message, mergeLines)).toEqual({ subject: 'a2\nb\nmine', body: 'x\nY' });
  });
});

describe('the note for an edit the clock wrote again (rewrittenBecause)', () => {
  // The flow's email for Saturday's interview, as the island writes it: edited on Monday, reopened on Friday night.
  const SATURDAY = situation({ interview: { date: '2026-12-05', time: '10:00', zone: 'Europe/London' }, wish: 'cancel', reason: 'other-offer' });
  const MONDAY = at('2026-11-30', '10:00', 'Europe/London');
  const FRIDAY_NIGHT = at('2026-12-04', '21:30', 'Europe/London');
  const SAM = { ...EMPTY_DETAILS, recipientName: 'Sam' };
  function written(now: number, details: FlowDetails = EMPTY_DETAILS) {
    const advice = advise(SATURDAY, now);
    const body = flowItems(advice, details, now)[0]?.message?.body ?? '';
    return { body, from: writtenFrom({ situation: SATURDAY, details }, messagesClock(advice)) };
  }
  const MINE = 'Hello,\nI am sorry, I have to cancel. My own words.';
  const editedOnMonday = () => {
    const monday = written(MONDAY);
    // Typed, as the islands keep it: reloaded at once, before the merge ever loaded, it still knows what it was written from.
    return { monday, edits: withTyped({}, { kind: 'cancel', body: monday.body }, { body: MINE }, CANCELLING, false, monday.from) };
  };

  test('an edit made days ahead, reopened under 24 hours with the same details, is set aside for the time left, not for details they never changed', () => {
    const { monday, edits } = editedOnMonday();
    const friday = written(FRIDAY_NIGHT);
    // The clock wrote the email again (short notice now), with nothing the person gave changed.
    expect(friday.body).not.toBe(monday.body);
    expect(friday.from.details).toBe(monday.from.details);
    const carried = carriedForward(edits, [{ kind: 'cancel', body: friday.body }], CANCELLING, friday.from);
    expect(carried.cancel?.aside).toEqual({ why: 'time', body: { base: monday.body, text: MINE } });
    expect(asideAnnouncement(['Step 1'], 'time')).toBe(`Step 1: ${ASIDE_NOTES.time}`);
    expect(ASIDE_NOTES.time).toMatch(/^Time has moved on since you edited this/u);
    expect(ASIDE_NOTES.time).not.toMatch(/details/u);
  });

  test('a new name the same night is news of the details, though the clock moved too', () => {
    const { edits } = editedOnMonday();
    const friday = written(FRIDAY_NIGHT, SAM);
    expect(carriedForward(edits, [{ kind: 'cancel', body: friday.body }], CANCELLING, friday.from).cancel?.aside?.why).toBe('details');
  });

  test('a detail the email does not use, given after the edit, is kept with it: the clock moving later is still the time left', () => {
    const { monday, edits } = editedOnMonday();
    const withTimes = { ...EMPTY_DETAILS, proposedTimes: [{ date: '2026-12-10', time: '10:00' }] };
    const mondayAgain = written(MONDAY, withTimes);
    expect(mondayAgain.body).toBe(monday.body);
    const typed = carriedForward(edits, [{ kind: 'cancel', body: mondayAgain.body }], CANCELLING, mondayAgain.from);
    expect(typed.cancel?.from).toEqual(mondayAgain.from);
    expect(typed.cancel?.body).toBe(edits.cancel?.body);
    const friday = written(FRIDAY_NIGHT, withTimes);
    expect(carriedForward(typed, [{ kind: 'cancel', body: friday.body }], CANCELLING, friday.from).cancel?.aside?.why).toBe('time');
  });

  test('the same details at the same moment change nothing: the same object, nothing saved again', () => {
    const { monday, edits } = editedOnMonday();
    expect(edits.cancel?.from).toEqual(monday.from);
    expect(carriedForward(edits, [{ kind: 'cancel', body: monday.body }], CANCELLING, written(MONDAY).from)).toBe(edits);
    // A minute later the plan is the same, so what the email takes from the clock is too.
    expect(written(MONDAY + 60_000).from).toEqual(monday.from);
  });

  test('the builder: its form unchanged, its steps moved by the clock, the note is the time left', () => {
    const form = applySituation({ ...emptyForm('UTC'), kinds: ['cancel'] }, { ...SATURDAY, contacts: { phone: false, email: true, text: false }, spoke: 'no' });
    const stepsAt = (now: number) => messageStepsFor(form, now) ?? null;
    expect(stepsAt(FRIDAY_NIGHT)?.cancel?.notice).toBe('short');
    expect(rewrittenBecause(writtenFrom(form, stepsAt(MONDAY)), writtenFrom(form, stepsAt(FRIDAY_NIGHT)))).toBe('time');
    expect(rewrittenBecause(writtenFrom(form, stepsAt(MONDAY)), writtenFrom({ ...form, company: 'Acme' }, stepsAt(FRIDAY_NIGHT)))).toBe('details');
  });

  test.each([
    ['only the clock moved', { details: 'a', clock: 'x' }, { details: 'a', clock: 'y' }, 'time'],
    ['the details changed, the clock too', { details: 'a', clock: 'x' }, { details: 'b', clock: 'y' }, 'details'],
    ['the details changed alone', { details: 'a', clock: 'x' }, { details: 'b', clock: 'x' }, 'details'],
    // Nothing moved that the tool knows of (our own wording changed): never a claim that time did.
    ['nothing moved', { details: 'a', clock: 'x' }, { details: 'a', clock: 'x' }, 'details'],
    ['an edit saved before edits kept what they were written from', undefined, { details: 'a', clock: 'y' }, 'details'],
    ['the clock not read yet', { details: 'a', clock: 'x' }, undefined, 'details'],
  ] as const)('%s: %s', (_case, was, now, why) => {
    expect(rewrittenBecause(was, now)).toBe(why);
  });
});

describe('the boxes a set-aside note is about (partsAside, partToFocus)', () => {
  const email = { kind: 'cancel', subject: 'Cancelling', body: 'Hello' };
  const mine = { base: 'then', text: 'then, mine' };

  test.each([
    ['the subject alone', { why: 'details', subject: mine } as const, email, ['subject'], 'subject'],
    ['the body alone', { why: 'details', body: mine } as const, email, ['body'], 'body'],
    ['both', { why: 'time', subject: mine, body: mine } as const, email, ['subject', 'body'], 'body'],
    // A subject set aside from an email now written as a text: the body is the box there is.
    ['a subject the message no longer has', { why: 'purpose', subject: mine } as const, { kind: 'cancel', body: 'Hello' }, ['body'], 'body'],
  ])('%s', (_case, aside, message, parts, focus) => {
    expect(partsAside(aside, message)).toEqual(parts);
    expect(partToFocus(partsAside(aside, message))).toBe(focus);
  });
});

describe('asideAnnouncement', () => {
  test('names the messages set aside, then says what their note says', () => {
    expect(asideAnnouncement(['Step 1'], 'details')).toBe(`Step 1: ${ASIDE_NOTES.details}`);
    expect(asideAnnouncement(['Step 2', 'Step 3'], 'purpose')).toMatch(/^Step 2 and Step 3: What you want to do changed/u);
  });
});

describe('asideNews', () => {
  const mine = { base: 'a\nb', text: 'a\nb\nmine' };
  const messages = [
    { kind: 'cancel', label: 'Cancellation email' },
    { kind: 'voicemail', label: 'Voicemail' },
  ];

  test('names each message whose edit is newly set aside, in order, with the note', () => {
    const edits: Edits = { cancel: { body: mine }, voicemail: { body: mine } };
    const carried = carriedForward(edits, [{ kind: 'cancel', body: 'a\nb\nSam' }, { kind: 'voicemail', body: 'a\nb\nSam' }], CANCELLING);
    expect(asideNews(edits, carried, messages)).toBe(`Cancellation email and Voicemail: ${ASIDE_NOTES.details}`);
  });

  test('says nothing of an edit set aside already (a reload, a keystroke in the new text), nor of one carried in cleanly', () => {
    const aside = { why: 'details', body: mine } as const;
    const setAside: Edits = { cancel: { aside } };
    const typed = withTyped(setAside, { kind: 'cancel', body: 'x' }, { body: 'x!' }, CANCELLING);
    expect(asideNews(setAside, typed, messages)).toBeUndefined();
    const edits: Edits = { cancel: { body: mine } };
    const carried = carriedForward(edits, [{ kind: 'cancel', body: 'a2\nb' }], CANCELLING);
    expect(carried).not.toBe(edits);
    expect(asideNews(edits, carried, messages)).toBeUndefined();
  });

  test('stops saying it ("") once an edit set aside for another wish is home again', () => {
    const moving: EditedFor = { who: 'candidate', wish: 'reschedule' };
    const edits: Edits = { cancel: { for: CANCELLING, aside: { why: 'purpose', for: moving, body: mine } } };
    const home = carriedForward(edits, [{ kind: 'cancel', body: mine.base }], moving);
    expect(home.cancel?.aside).toBeUndefined();
    expect(asideNews(edits, home, messages)).toBe('');
  });
});

describe('withoutTyped (Undo my edits)', () => {
  const body = { base: 'b', text: 'b, mine' };
  const aside = { why: 'details', body: { base: 'then', text: 'then, mine' } } as const;

  test('puts the message back as written and drops an edit with nothing else in it; other messages keep theirs', () => {
    const edits: Edits = { cancel: { for: CANCELLING, subject: { base: 's', text: 's, mine' }, body }, voicemail: { body } };
    expect(withoutTyped(edits, 'cancel')).toEqual({ voicemail: { body } });
  });

  test('keeps what was set aside, to bring back or forget', () => {
    expect(withoutTyped({ cancel: { for: CANCELLING, body, aside } }, 'cancel')).toEqual({ cancel: { for: CANCELLING, aside } });
  });
});

describe('purposeOf', () => {
  test('the wish and reason chosen; with no wish, the one assumed from where things stand, said so', () => {
    expect(purposeOf(situation({ wish: 'reschedule', reason: 'illness' }))).toEqual({ who: 'candidate', wish: 'reschedule', reason: 'illness' });
    expect(purposeOf(situation({ wish: undefined, stage: 'invited' }))).toEqual({ who: 'candidate', wish: 'decline', isWishAssumed: true, reason: '' });
  });

  test('time passing and a new interview time change nothing it records', () => {
    const before = situation({ wish: 'cancel', interview: { date: '2026-12-02', time: '10:00', zone: 'Europe/London' } });
    expect(purposeOf({ ...before, interview: { ...before.interview, time: '14:30' } })).toEqual(purposeOf(before));
  });
});

describe('readEdits', () => {
  test('keeps well-formed edits and leaves out the rest', () => {
    expect(
      readEdits({ cancel: { body: { base: 'a', text: 'b' }, subject: { base: 1, text: 'x' } }, voicemail: 'nonsense', follow: { body: {} } }),
    ).toEqual({ cancel: { body: { base: 'a', text: 'b' } } });
    expect(readEdits(null)).toEqual({});
  });

  test('keeps what was set aside, alone or beside a newer edit, as saved for a reload', () => {
    const aside = { why: 'purpose', body: { base: 'then', text: 'then, mine' } };
    expect(readEdits({ cancel: { aside }, voicemail: { aside: { body: 'nonsense' } } })).toEqual({ cancel: { aside } });
    // What an edit was for is read as the situation's who and wish are: a value that is not one is left out.
    expect(readEdits({ cancel: { for: { who: ' employer ', wish: 'cancel-interview' }, aside } }).cancel?.for).toEqual({ who: 'employer', wish: 'cancel-interview' });
    expect(readEdits({ cancel: { for: { who: 'recruiter' }, aside } }).cancel).toEqual({ aside });
    // Set aside for no reason it names: for new details, the note that claims least.
    expect(readEdits({ cancel: { aside: { ...aside, why: 'whim' } } })).toEqual({ cancel: { aside: { ...aside, why: 'details' } } });
    expect(readEdits({ cancel: { body: { base: 'now', text: 'now!' }, aside } })).toEqual({ cancel: { body: { base: 'now', text: 'now!' }, aside } });
  });

  test('keeps an edit set aside for the time left, and what the edit was written from, for a reload to say the same note', () => {
    const body = { base: 'then', text: 'then, mine' };
    const from = writtenFrom({ name: 'Sam' }, { notice: 'short' });
    expect(readEdits({ cancel: { from, body, aside: { why: 'time', body } } })).toEqual({ cancel: { from, body, aside: { why: 'time', body } } });
    // Set aside for the time left, it was for the same purpose: nothing to return with.
    expect(readEdits({ cancel: { aside: { why: 'time', for: CANCELLING, body } } })).toEqual({ cancel: { aside: { why: 'time', body } } });
    // Not two strings, or alone: left out.
    expect(readEdits({ cancel: { from: { details: 1, clock: 'x' }, body }, voicemail: { from } })).toEqual({ cancel: { body } });
  });

  test('keeps what an edit set aside for another wish was written for, and an edit kept for another wish', () => {
    const moving = { who: 'candidate', wish: 'reschedule' };
    const body = { base: 'then', text: 'then, mine' };
    expect(readEdits({ cancel: { aside: { why: 'purpose', for: moving, body } } })).toEqual({ cancel: { aside: { why: 'purpose', for: moving, body } } });
    expect(readEdits({ cancel: { elsewhere: { for: moving, body } } })).toEqual({ cancel: { elsewhere: { for: moving, body } } });
    // Set aside for where things stand or for a reason, with the reason it was written for.
    const job = { who: 'candidate', wish: 'cancel', reason: 'other-offer' };
    expect(readEdits({ cancel: { aside: { why: 'reason', for: job, body } } })).toEqual({ cancel: { aside: { why: 'reason', for: job, body } } });
    const assumed = { who: 'candidate', wish: 'decline', isWishAssumed: true, reason: '' };
    expect(readEdits({ cancel: { for: assumed, aside: { why: 'stage', for: assumed, body } } })).toEqual({ cancel: { for: assumed, aside: { why: 'stage', for: assumed, body } } });
    // Kept for no purpose it names, or with nothing in it, it is left out.
    expect(readEdits({ cancel: { elsewhere: { body } }, voicemail: { elsewhere: { for: moving } } })).toEqual({});
  });
});
