// How each kind writes the interview's date, time and zone.
import { describe, expect, test } from 'vitest';
import { compose } from '../../src/lib/messages/index';
import { MESSAGE_KINDS, type MessageKind } from '../../src/lib/types';
import { ACME as full } from './fixtures/messages';

// Kinds that name no interview time: a note after the fact, a reply, and the offer and outcome messages.
const UNDATED: readonly MessageKind[] = ['stay-in-touch', 'pushback-reply', 'decline-offer', 'renege-offer', 'employer-not-chosen'];
const DATED_KINDS = MESSAGE_KINDS.filter((kind) => !UNDATED.includes(kind));

describe('dates and zones', () => {
  test.each(DATED_KINDS)('%s names the interview’s zone by its city when the two people are in different zones', (kind) => {
    const body = compose(kind, full).body;
    expect(body).toContain('New York time');
    expect(body).not.toMatch(/\b(?:EST|EDT|GMT|BST|UTC)\b/u);
  });

  test.each(DATED_KINDS)('%s names no zone when both people are in the same one', (kind) => {
    const body = compose(kind, { ...full, yourZone: 'America/New_York' }).body;
    expect(body).not.toMatch(/New York time|London time/u);
  });

  test('writes the interview as a person would, with the writer’s own clock in brackets', () => {
    expect(compose('cancel', full).body).toContain('on Monday 14 December at 10am New York time (3pm London time).');
  });

  test('follows the locale for dates and times', () => {
    expect(compose('cancel', full, { locale: 'en-US' }).body).toContain('on Monday, December 14 at 10:00 AM New York time (3:00 PM London time).');
    expect(compose('cancel', full, { locale: 'not a locale' }).body).toContain('Monday 14 December at 10am');
  });

  test('lists the proposed times under one question that names the zone once', () => {
    const body = compose('reschedule', full).body;
    expect(body).toContain('Would one of these times (New York time) work for you?\n\n- Tuesday 15 December at 2pm\n- Wednesday 16 December at 9:30am\n- Thursday 17 December at 4pm');
    expect(body.match(/New York time/gu)).toHaveLength(2);
  });

  test('offers a single proposed time as a question of its own, not "one of these"', () => {
    const body = compose('second-reschedule', { ...full, proposedTimes: [{ date: '2026-12-15', time: '14:00' }] }).body;
    expect(body).toContain('Would Tuesday 15 December at 2pm New York time work for you?');
    expect(body).not.toMatch(/these times/u);
  });

  test('with no zone at all, gives the time without inventing one and asks for the zone', () => {
    const message = compose('cancel', { interview: { date: '2026-12-14', time: '10:00', zone: '' } });
    expect(message.body).toContain('on Monday 14 December at 10am.');
    expect(message.body).not.toContain('UTC');
    expect(message.notes?.join(' ')).toMatch(/time zone/u);
  });

  test('with only a date, gives the day', () => {
    expect(compose('cancel', { interview: { date: '2026-12-14', time: '', zone: '' } }).body).toContain('on Monday 14 December.');
  });

  test('a time the clocks skip gives the day and a note, never a wrong time', () => {
    const message = compose('cancel', { interview: { date: '2026-03-08', time: '02:30', zone: 'America/New_York' } });
    expect(message.body).toContain('on Sunday 8 March.');
    expect(message.notes?.join(' ')).toMatch(/clocks go forward/u);
  });

  test('an impossible date is left out with a note', () => {
    const message = compose('cancel', { interview: { date: '2026-02-30', time: '10:00', zone: 'Europe/London' } });
    expect(message.body).toContain('cancel my interview for the role.');
    expect(message.notes?.join(' ')).toMatch(/February 2026 has 28 days/u);
  });
});
