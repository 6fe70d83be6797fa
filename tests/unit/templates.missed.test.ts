// After a missed interview every message apologises once for missing it, first thing, and follows
// the route the person chose; with none chosen yet it only asks whether another time is possible.
import { describe, expect, test } from 'vitest';
import { EMPTY_DETAILS, flowItems, pageMessages } from '../../src/lib/flow/plan-messages';
import { compose } from '../../src/lib/messages/index';
import { sentencesOf } from '../../src/lib/messages/text-length';
import type { MessageKind } from '../../src/lib/types';
import { advise, at, situation } from './advice/fixtures';
import { APOLOGY, FULL } from './fixtures/messages';

const apologies = (text: string): number => text.match(APOLOGY)?.length ?? 0;
/** The first sentence a person says or writes, after the greeting or the spoken introduction. */
const firstNews = (body: string): string | undefined =>
  sentencesOf(body.replace(/^When they answer:\s*"/u, '').replace(/^(Hi|Dear|Hello)[^\n]*,\n+/u, '')).find((line) => !/this is Sam Patel/u.test(line));

const WITHOUT_TIMES = { ...FULL, proposedTimes: [] };
const KINDS: readonly MessageKind[] = ['missed-apology', 'follow-up', 'phone-script', 'voicemail', 'text', 'cancel', 'decline', 'withdraw', 'reschedule'];
// The person's own choice of route, and words that would say a route they did not choose.
const PROMISES_TO_STAY = /keen|chance to reschedule|send me a few times/u;
const BEFORE_THE_DAY = /need to cancel|declining the invitation|can't make that time|short notice/u;

describe('a missed interview with no plan yet (the builder before a date, say)', () => {
  test.each(KINDS)('%s apologises once for missing it, first thing, and never cancels or declines what has passed', (kind) => {
    for (const wish of [undefined, 'reschedule', 'withdraw', 'decline'] as const) {
      const body = compose(kind, { ...WITHOUT_TIMES, stage: 'missed', wish }).body;
      expect(apologies(body), body).toBe(1);
      expect(firstNews(body), body).toMatch(/^I'm sorry I missed our interview/u);
      expect(body, body).not.toMatch(BEFORE_THE_DAY);
    }
  });

  test('with no route chosen, the news kinds ask whether another time is possible and promise nothing', () => {
    for (const kind of ['missed-apology', 'follow-up', 'phone-script', 'voicemail', 'text'] as const) {
      const body = compose(kind, { ...WITHOUT_TIMES, stage: 'missed' }).body;
      expect(body, body).toContain('another time might still be possible');
      expect(body, body).not.toMatch(PROMISES_TO_STAY);
      expect(body, body).not.toContain('withdraw');
    }
  });

  test('a kind that takes a route takes it: a declining email withdraws, a reschedule request asks for another chance', () => {
    expect(compose('decline', { ...WITHOUT_TIMES, stage: 'missed' }).body).toContain('withdraw my application');
    expect(compose('reschedule', { ...WITHOUT_TIMES, stage: 'missed' }).body).toContain('chance to reschedule');
  });

  test('a cancellation email for a time that has passed decides nothing the person did not choose: the builder\'s set agrees', () => {
    // The builder's own first set, with a date that has passed (often a slip of the date).
    const set: MessageKind[] = ['cancel', 'phone-script', 'voicemail', 'follow-up'];
    for (const kind of set) {
      const message = compose(kind, { ...WITHOUT_TIMES, stage: 'missed' });
      expect(message.body, message.body).not.toContain('withdraw');
      expect(message.body, message.body).toContain('another time might still be possible');
      expect(message.subject ?? '', kind).not.toMatch(/Cancel/u);
    }
    // Chosen, the route is taken: the email withdraws, under the subject for a missed interview.
    const chosen = compose('cancel', { ...WITHOUT_TIMES, stage: 'missed', wish: 'withdraw' });
    expect(chosen.body).toContain('withdraw my application');
    expect(chosen.subject).toMatch(/^About our missed interview/u);
  });

  test('the script answers "what happened?" for a time that has passed, never "I can\'t make that time"', () => {
    const body = compose('phone-script', { ...WITHOUT_TIMES, stage: 'missed', wish: 'reschedule' }).body;
    expect(body).toContain('If they ask what happened:');
    expect(body).not.toContain("can't make that time");
  });
});

describe('the flow after a missed interview, before a route is chosen', () => {
  // An hour after the 14:00 start: a "missed" time still ahead is treated as not missed yet.
  const now = at('2026-12-16', '15:00', 'Europe/London');
  const advice = advise(situation({ stage: 'missed', wish: undefined }), now);
  const details = { ...EMPTY_DETAILS, yourName: 'Sam Patel' };

  test('every plan message and page message apologises first, once, and only asks', () => {
    const plan = flowItems(advice, details, now).flatMap((item) => (item.message ? [item.message] : []));
    const extra = pageMessages(['follow-up', 'decline'], advice.situation, advice, details);
    expect(plan.length).toBeGreaterThan(0);
    for (const message of [...plan, ...extra]) {
      expect(apologies(message.body), message.body).toBe(1);
      expect(firstNews(message.body), message.body).toMatch(/^I'm sorry I missed our interview/u);
      expect(message.body, message.body).not.toMatch(BEFORE_THE_DAY);
      if (message.kind !== 'decline') expect(message.body, message.body).not.toMatch(PROMISES_TO_STAY);
    }
  });

  test('the apology email says it promises nothing yet, and how to change that', () => {
    const email = flowItems(advice, details, now).find((item) => item.message?.kind === 'missed-apology')?.message;
    expect(email?.notes?.join(' ')).toContain('promises nothing yet');
  });
});

// The employer missed it: the time has passed, so nothing is moved "on" that day and the one apology
// is for missing it, first thing; then new times, unless the employer chose not to offer any.
describe('the flow after the employer missed the interview', () => {
  const now = at('2026-12-16', '15:00', 'Europe/London');
  const details = { ...EMPTY_DETAILS, yourName: 'Sam Patel', company: 'Acme' };
  const planFor = (wish: 'move-interview' | 'cancel-interview' | 'withdraw-invitation' | undefined) =>
    flowItems(advise(situation({ who: 'employer', stage: 'missed', wish }), now), details, now).flatMap((item) => (item.message ? [item.message] : []));
  const CHANGE_OF_PLAN = /need to (?:move|cancel)|change of plan|short notice|set off|withdrawing our invitation/u;

  test.each([undefined, 'move-interview', 'cancel-interview', 'withdraw-invitation'] as const)('wish %s: the script and the email say sorry once, for missing it, first thing', (wish) => {
    const messages = planFor(wish);
    expect(messages.map((message) => message.kind)).toContain('employer-phone-script');
    for (const message of messages) {
      expect(apologies(message.body), message.body).toBe(1);
      expect(firstNews(message.body.replace(/^Hello, this is Sam Patel from Acme\. /u, '')), message.body).toMatch(/^I'm sorry we missed your interview for the role/u);
      expect(message.body, message.body).not.toMatch(CHANGE_OF_PLAN);
    }
  });

  test.each([undefined, 'move-interview'] as const)('wish %s: offers another time, and the subject leaves out the date that passed', (wish) => {
    const messages = planFor(wish);
    const script = messages.find((message) => message.kind === 'employer-phone-script');
    const email = messages.find((message) => message.kind === 'employer-cancel-interview');
    expect(script?.body).toContain('Could we find another time? What would suit you?');
    expect(email?.body).toContain("We'd still like to meet you.");
    expect(email?.body).toContain('Could you send me two or three times that suit you?');
    expect(email?.subject).toBe('A new time for your interview – Acme');
  });

  test('having chosen to call it off, they say plainly that it will not be rearranged', () => {
    const messages = planFor('cancel-interview');
    for (const message of messages) expect(message.body, message.body).toContain("We won't be able to rearrange it.");
    expect(messages.find((message) => message.kind === 'employer-cancel-interview')?.subject).toBe('About your interview, Wednesday 16 December – Acme');
  });

  test('the script owns the miss when asked whether it was something the candidate did', () => {
    expect(planFor('move-interview')[0]?.body).toContain('"No, not at all. The mistake was ours."');
  });

  test('the Do list says sorry once for missing it, first thing, and never for a change', () => {
    for (const wish of [undefined, 'move-interview', 'cancel-interview'] as const) {
      const dos = advise(situation({ who: 'employer', stage: 'missed', wish }), now).dos.map((item) => item.text);
      expect(dos).toContain('Say sorry once for missing it, first thing.');
      expect(dos.join('\n')).not.toMatch(/for the change/u);
    }
  });
});

describe('an employer’s messages alone, after they missed the interview (the builder)', () => {
  test.each(['employer-cancel-interview', 'employer-phone-script', 'employer-withdraw-invitation'] as const)('%s apologises once for missing it, first thing, with the interviewer’s reason in the past', (kind) => {
    for (const tone of ['warm', 'formal'] as const) {
      const body = compose(kind, { ...FULL, tone, stage: 'missed', reason: 'interviewer-unavailable', wish: kind === 'employer-withdraw-invitation' ? 'withdraw-invitation' : 'move-interview' }).body;
      expect(apologies(body), body).toBe(1);
      expect(body, body).toMatch(/(?:I'm sorry we missed|I apologise that we missed) your interview/u);
      expect(body, body).not.toMatch(/need to (?:move|reschedule|cancel)|change of plan|can no longer make that time|no longer available/u);
    }
  });
});
