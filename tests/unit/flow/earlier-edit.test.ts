import { describe, expect, test } from 'vitest';
import { EMPTY_DETAILS, flowItems } from '../../../src/lib/flow/plan-messages';
import { earlierEditFor } from '../../../src/lib/flow/earlier-edit';
import { mergeLines } from '../../../src/lib/flow/merge-lines';
import { advise, at, situation } from '../advice/fixtures';

const DETAILS = { ...EMPTY_DETAILS, yourName: 'Sam Lee', recipientName: 'Marta Ruiz', company: 'Acme', position: 'Data Analyst' };

// Short notice in working hours: call, voicemail, email, then the call once more, with its own script.
const NOW = at('2026-12-02', '10:00', 'Europe/London');
const items = flowItems(advise(situation({ interview: { date: '2026-12-02', time: '16:00', zone: 'Europe/London' } }), NOW), DETAILS, NOW);
const firstCall = items[0]?.message;
const callAgain = items.find((item) => item.step.timing.kind === 'call-again')?.message;
if (!firstCall || !callAgain) throw new Error('the plan has no call again to test');

/** The first call's script with one of its lines rewritten as a person would. */
function rewritten(find: RegExp, replace: string) {
  const base = firstCall?.body ?? '';
  const text = base.replace(find, replace);
  expect(text).not.toBe(base);
  return { body: { base, text } };
}

describe('earlierEditFor (a later step offered the changes made to the first)', () => {
  test('a line the two calls share is carried into the call again as the person changed it, and nothing else moves', () => {
    const why = /"It's a personal decision\."/u;
    expect(callAgain.body).toMatch(why);
    const edit = rewritten(why, '"I\'ve accepted another job."');
    const offer = earlierEditFor(edit, callAgain, undefined, mergeLines);
    expect(offer).toEqual({ fits: true, parts: { body: callAgain.body.replace(why, '"I\'ve accepted another job."') } });
    // The call again still says what only it says.
    expect(offer?.fits && offer.parts.body).toContain('I left you a voicemail earlier.');
  });

  test('a change to a line the call again says another way does not fit, and nothing is carried', () => {
    const edit = rewritten(/I'll send you a short email today\./u, "I'll email you the details in a minute.");
    expect(earlierEditFor(edit, callAgain, undefined, mergeLines)).toEqual({ fits: false });
  });

  test('nothing is offered when the first is as written, or the later step has edits of its own', () => {
    const edit = rewritten(/^.*$/mu, 'Hello there.');
    expect(earlierEditFor(undefined, callAgain, undefined, mergeLines)).toBeUndefined();
    expect(earlierEditFor({ body: { base: firstCall.body, text: firstCall.body } }, callAgain, undefined, mergeLines)).toBeUndefined();
    expect(earlierEditFor(edit, callAgain, { body: { base: callAgain.body, text: `${callAgain.body}\nThanks.` } }, mergeLines)).toBeUndefined();
    expect(earlierEditFor(edit, callAgain, { aside: { why: 'details', body: { base: 'a', text: 'b' } } }, mergeLines)).toBeUndefined();
  });
});
