// A message that has to ask the other side for times, because none were typed, says where to add
// ours, and the fields it points to are shown wherever that message is.
import { describe, expect, test } from 'vitest';
import { EMPTY_DETAILS, flowItems } from '../../../src/lib/flow/plan-messages';
import { asksForTimes, detailsAsked, TIMES_PROMPT } from '../../../src/lib/messages/details-asked';
import { compose } from '../../../src/lib/messages/index';
import type { MessageKind } from '../../../src/lib/types';
import { advise, at, situation } from '../advice/fixtures';
import { FULL } from '../fixtures/messages';

const NO_TIMES = { ...FULL, proposedTimes: [] };

describe('the prompt beside a message that asks for their times', () => {
  test.each([
    ['reschedule', {}],
    ['follow-up', { wish: 'reschedule' }],
    ['text', { wish: 'reschedule' }],
    ['phone-script', { wish: 'reschedule' }],
    ['missed-apology', { stage: 'missed', wish: 'reschedule' }],
    ['second-reschedule', {}],
    ['employer-cancel-interview', { wish: 'move-interview' }],
    ['employer-phone-script', { wish: 'move-interview' }],
  ] as const)('%s %j: with no times typed, the note says to add them; with times, no note', (kind, fields) => {
    const without = compose(kind as MessageKind, { ...NO_TIMES, ...fields });
    expect(without.notes).toContain(TIMES_PROMPT);
    // The sent text stays honest: it asks, and holds no placeholder.
    expect(without.body).not.toMatch(/\[|\]|TBC|XX/u);
    expect(compose(kind as MessageKind, { ...FULL, ...fields }).notes ?? []).not.toContain(TIMES_PROMPT);
  });

  test('a message that asks for nothing has no prompt: a cancellation, or a missed interview with no route chosen', () => {
    expect(compose('cancel', NO_TIMES).notes ?? []).not.toContain(TIMES_PROMPT);
    expect(compose('missed-apology', { ...NO_TIMES, stage: 'missed' }).notes ?? []).not.toContain(TIMES_PROMPT);
  });

  test('the prompt shows once, however often the text is refitted to its length', () => {
    const notes = compose('text', { ...NO_TIMES, wish: 'reschedule' }).notes ?? [];
    expect(notes.filter((note) => note === TIMES_PROMPT)).toHaveLength(1);
  });
});

describe('detailsAsked: the times are asked wherever a shown message prompts for them', () => {
  test('a text asking for their times, with no kind or wish that offers times, still brings the fields', () => {
    const text = compose('text', { ...NO_TIMES, reason: 'illness' });
    expect(asksForTimes(text)).toBe(true);
    expect(detailsAsked(['text'], 'candidate', undefined).times).toBe(false);
    expect(detailsAsked(['text'], 'candidate', undefined, [text]).times).toBe(true);
  });

  test('once a time is typed the text stops asking, but the fields stay where the person is typing', () => {
    const typed = [{ date: '2026-12-18', time: '10:00' }];
    const text = compose('text', { ...NO_TIMES, reason: 'illness', proposedTimes: typed });
    expect(asksForTimes(text)).toBe(false);
    expect(detailsAsked(['text'], 'candidate', undefined, [text], typed).times).toBe(true);
    // Half typed counts too: a date with no time yet.
    expect(detailsAsked(['text'], 'candidate', undefined, [text], [{ date: '2026-12-18', time: '' }]).times).toBe(true);
    expect(detailsAsked(['text'], 'candidate', undefined, [text], [{ date: ' ', time: '' }]).times).toBe(false);
  });

  test('in the flow, a request to move with no times: the email has the prompt and the fields are asked', () => {
    const now = at('2026-12-08', '10:00', 'Europe/London');
    const advice = advise(situation({ wish: 'reschedule', reason: 'schedule-conflict' }), now);
    const messages = flowItems(advice, EMPTY_DETAILS, now).flatMap((item) => (item.message ? [item.message] : []));
    const email = messages.find((message) => message.kind === 'reschedule');
    expect(email?.notes).toContain(TIMES_PROMPT);
    expect(detailsAsked(messages.map((message) => message.kind), 'candidate', advice.wish, messages).times).toBe(true);
  });
});
