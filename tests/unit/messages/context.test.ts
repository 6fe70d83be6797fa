import { describe, expect, test } from 'vitest';
import { parseFields } from '../../../src/lib/fields';
import { readContext, readStep } from '../../../src/lib/messages/context';

describe('readStep: a plan step is kept only when every part is known', () => {
  test('a whole step is kept, with unknown kinds dropped from the set', () => {
    expect(readStep({ notice: 'short', after: 'call', set: ['follow-up', 'nonsense', 3] })).toEqual({ notice: 'short', after: 'call', set: ['follow-up'] });
  });

  test.each([
    [undefined],
    [null],
    ['short'],
    [{ notice: 'soon', after: 'call', set: [] }],
    [{ notice: 'short', after: 'letter', set: [] }],
  ])('%j is no step at all', (step) => {
    expect(readStep(step)).toBeUndefined();
  });

  test('the plan’s "Urgent:" is kept only as a plain true', () => {
    expect(readStep({ notice: 'short', after: 'nothing', set: [], urgent: true })).toEqual({ notice: 'short', after: 'nothing', set: [], urgent: true });
    for (const urgent of ['true', 1, false, null]) expect(readStep({ notice: 'short', after: 'nothing', set: [], urgent })).not.toHaveProperty('urgent');
  });

  test('"no contact details" is kept only as a plain true', () => {
    expect(readStep({ notice: 'enough', after: 'nothing', set: [], noContact: true })).toEqual({ notice: 'enough', after: 'nothing', set: [], noContact: true });
    for (const noContact of ['yes', 1, false]) expect(readStep({ notice: 'enough', after: 'nothing', set: [], noContact })).not.toHaveProperty('noContact');
  });

  test('what was already sent is kept only as one of the written channels', () => {
    expect(readStep({ notice: 'short', after: 'voicemail', set: [], sent: 'email' })).toEqual({ notice: 'short', after: 'voicemail', set: [], sent: 'email' });
    for (const sent of ['letter', true, 1]) expect(readStep({ notice: 'short', after: 'voicemail', set: [], sent })).not.toHaveProperty('sent');
  });

  test('a step without a set points to nothing', () => {
    expect(readStep({ notice: 'enough', after: 'nothing' })).toEqual({ notice: 'enough', after: 'nothing', set: [] });
  });
});

describe('readContext', () => {
  const read = (fields: Record<string, unknown>, locale?: string) => readContext(parseFields(fields).fields, locale ? { locale } : {});

  test('reads the recipient’s name into its parts once', () => {
    expect(read({ recipientName: 'Ms Marta Ruiz' }).recipient).toMatchObject({ title: 'Ms', given: 'Marta', surname: 'Ruiz' });
  });

  test('the locale picks British or American English', () => {
    expect(read({}, 'en-US').locale).toBe('en-US');
    expect(read({}, 'de-DE').locale).toBe('en-GB');
  });

  test('an unknown interview zone falls back to the writer’s, with a note, and names no zone', () => {
    const context = read({ interview: { date: '2027-03-09', time: '10:00', zone: 'Mars/Base' }, yourZone: 'Europe/London' });
    expect(context.interview?.full).toBe('Tuesday 9 March at 10am');
    expect(context.notes.join(' ')).toMatch(/couldn't recognise the interview's time zone/u);
  });
});
