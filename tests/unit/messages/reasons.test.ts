import { describe, expect, test } from 'vitest';
import { parseFields } from '../../../src/lib/fields';
import { readContext, type PlanStep } from '../../../src/lib/messages/context';
import { candidateAction, employerAction, missedAction, ownReason, reasonForLeaving } from '../../../src/lib/messages/reasons';

const context = (fields: Record<string, unknown>, step?: PlanStep) => readContext(parseFields(fields).fields, step ? { step } : {});
const times = [{ date: '2027-03-10', time: '14:00' }];

describe('candidateAction: the wish decides; without one, the reason does, and never a refusal for the ill', () => {
  test.each([
    [{ wish: 'decline', reason: 'illness' }, 'decline'],
    [{ wish: 'reschedule', reason: 'other-offer' }, 'reschedule'],
    [{ reason: 'other-offer', proposedTimes: times }, 'cancel'],
    [{ reason: 'not-a-fit' }, 'cancel'],
    [{ reason: 'unsure' }, 'cancel'],
    [{ reason: 'illness' }, 'reschedule'],
    [{ reason: 'emergency' }, 'reschedule'],
    [{ reason: 'schedule-conflict' }, 'reschedule'],
    [{ proposedTimes: times }, 'reschedule'],
    [{}, 'cancel'],
  ])('%j → %s', (fields, expected) => {
    expect(candidateAction(context(fields))).toBe(expected);
  });
});

describe('missedAction: after a missed interview, the route chosen, or only a question until one is', () => {
  test.each([
    [{ wish: 'reschedule' }, undefined, 'reschedule'],
    [{ wish: 'cancel' }, undefined, 'withdraw'],
    [{ wish: 'withdraw' }, 'reschedule', 'withdraw'],
    // No route chosen: a reason is not a choice, so the message only asks.
    [{ reason: 'other-offer' }, undefined, 'ask'],
    [{ reason: 'illness' }, undefined, 'ask'],
    [{}, undefined, 'ask'],
    // A kind that takes a route (a withdrawal email) takes it when the person has not chosen.
    [{}, 'decline', 'withdraw'],
    [{}, 'reschedule', 'reschedule'],
  ] as const)('%j, kind %s → %s', (fields, kind, expected) => {
    expect(missedAction(context(fields), kind)).toBe(expected);
  });
});

describe('employerAction', () => {
  test.each([
    [{ wish: 'move-interview', reason: 'role-filled' }, 'move-interview'],
    [{ wish: 'cancel-interview', proposedTimes: times }, 'cancel-interview'],
    [{ reason: 'role-on-hold', proposedTimes: times }, 'cancel-interview'],
    [{ reason: 'interviewer-unavailable', proposedTimes: times }, 'move-interview'],
    [{}, 'cancel-interview'],
  ])('%j → %s', (fields, expected) => {
    expect(employerAction(context(fields))).toBe(expected);
  });
});

describe('reasons in a line', () => {
  test('the person’s own line wins over the stock one', () => {
    expect(reasonForLeaving(context({ reason: 'other-offer', reasonLine: 'my plans have changed' }))).toBe('My plans have changed.');
  });

  test('"unsure" gives no reason at all', () => {
    expect(reasonForLeaving(context({ reason: 'unsure' }))).toBeUndefined();
  });

  test('an own line over 200 characters ends at a word with an ellipsis', () => {
    const line = `${'word '.repeat(60)}end`;
    const reason = ownReason(context({ reasonLine: line })) ?? '';
    expect(reason.endsWith('word…')).toBe(true);
    expect(reason.length).toBeLessThanOrEqual(200);
  });
});
