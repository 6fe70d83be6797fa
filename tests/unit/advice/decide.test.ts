import { describe, expect, test } from 'vitest';
import { decide } from '../../../src/lib/advice/decide';
import { situationInputFromQuery } from '../../../src/lib/links';
import { parseSituation } from '../../../src/lib/situation';
import { advise, allText, at, HOUR, INTERVIEW_AT, situation } from './fixtures';

const LONDON = 'Europe/London';
const linkSituation = (link: string) => parseSituation(situationInputFromQuery(link.split('?')[1] ?? '')).situation;

describe('the examples of issue 17, as sound advice', () => {
  test('no phone number, 20 hours to go: email now, marked urgent, say sorry for the short notice, and never "call"', () => {
    const advice = advise(situation({ contacts: { phone: false, email: true, text: false } }), INTERVIEW_AT - 20 * HOUR);
    expect(advice.notice).toBe('short');
    expect(advice.channelPlan.map((step) => step.channel)).toEqual(['email']);
    expect(advice.channelPlan[0]?.when).toMatch(/Urgent:/);
    expect(advice.dos.map((item) => item.text)).toContain('Say sorry once for the short notice.');
    const said = allText(advice);
    expect(said).not.toMatch(/\bcall\b|by phone|ring them/i);
  });

  test('missed, with no wish chosen: both routes are offered, each with its own messages', () => {
    const advice = advise(situation({ stage: 'missed', wish: undefined } as never), INTERVIEW_AT + 2 * HOUR);
    const { wish: _dropped, ...rest } = situation({ stage: 'missed' });
    const again = advise(rest, INTERVIEW_AT + 2 * HOUR);
    for (const result of [advice, again]) {
      expect(result.choices?.map((choice) => choice.wish)).toEqual(['reschedule', 'withdraw']);
      for (const choice of result.choices ?? []) expect(linkSituation(choice.link).wish).toBe(choice.wish);
    }
  });

  test('"missed" with the time still ahead (the missed-interview page, tomorrow at 10:00): read as booked, and said so', () => {
    const { wish: _unchosen, ...missed } = situation({ stage: 'missed' });
    const advice = advise(missed, INTERVIEW_AT - 13 * HOUR);
    expect(advice.notice).toBe('short');
    expect(advice.situation.stage).toBe('scheduled');
    expect(advice.stillAhead).toMatch(/^The interview time given, Wednesday.*16 December.*, is still ahead, so this advice treats it as not missed yet\./u);
    expect(advice.headline).toMatch(/^Not missed yet: the interview time given is still ahead\. Short notice/u);
    expect(advice.band.label).not.toMatch(/passed/u);
    expect(advice.messages.kinds).not.toContain('missed-apology');
    expect(allText(advice)).not.toMatch(/missed (our|the|my) interview|time has passed/iu);
    // Nobody said to cancel: going is said first, and the plan is tied to cancelling only "if you still want to".
    expect(advice.betterAction?.id).toBe('attend');
    expect(advice.headline).toMatch(/A better route: Keep the interview\. If you still want to cancel the interview, first:/u);
  });

  test('"missed" with the time behind: missed, saying only what the clock shows', () => {
    const advice = advise(situation({ stage: 'missed' }), INTERVIEW_AT + 2 * HOUR);
    expect(advice.notice).toBe('missed');
    expect(advice.stillAhead).toBeUndefined();
    expect(advice.band.thresholds).toBe('The start time given is behind you.');
    expect(advice.band.thresholds).not.toMatch(/told us/u);
  });

  test('invited, no time agreed, not interested: advice without any date', () => {
    const { wish: _w, ...rest } = situation({ stage: 'invited', interview: { date: '', time: '', zone: LONDON } });
    const advice = advise({ ...rest, wish: 'decline' }, at('2026-12-14', '11:00', LONDON));
    expect(advice.action.label).toBe('Decline the interview invitation');
    expect(advice.interview).toBeUndefined();
    expect(advice.channelPlan[0]?.channel).toBe('email');
    expect(advice.messages.kinds).toContain('decline');
  });

  test('an employer moving an interview: the link to the builder carries the wish and the stage', () => {
    const advice = advise(situation({ who: 'employer', wish: 'move-interview', stage: 'scheduled' }), INTERVIEW_AT - 5 * 24 * HOUR);
    const linked = linkSituation(advice.messages.link);
    expect(linked.wish).toBe('move-interview');
    expect(linked.stage).toBe('scheduled');
    expect(linked.who).toBe('employer');
  });

  test('ill and wanting another time, under 24 hours: every message of the plan is written for a reschedule', () => {
    const advice = advise(situation({ wish: 'reschedule', reason: 'illness' }), INTERVIEW_AT - 4 * HOUR);
    expect(linkSituation(advice.messages.link).wish).toBe('reschedule');
    expect(advice.messages.kinds).toEqual(['phone-script', 'voicemail', 'follow-up']);
    expect(advice.messages.list.every((message) => message.step.notice === 'short')).toBe(true);
  });

  test('a call that already happened: the email that follows is written after the call', () => {
    const advice = advise(situation({ spoke: 'call' }), INTERVIEW_AT - 6 * HOUR);
    expect(advice.channelPlan.map((step) => [step.channel, step.after])).toEqual([['email', 'call']]);
    expect(advice.messages.list[0]?.step.after).toBe('call');
  });

  test('after an unanswered call the follow-up is written for "call or voicemail", never assuming which', () => {
    const advice = advise(situation(), INTERVIEW_AT - 4 * HOUR);
    expect(advice.messages.list.find((message) => message.kind === 'follow-up')?.step.after).toBe('call-or-voicemail');
  });

  test('"Do not rely on email alone" is never said to someone with no email', () => {
    const advice = advise(situation({ contacts: { phone: true, email: false, text: false } }), INTERVIEW_AT - 4 * HOUR);
    expect(allText(advice)).not.toMatch(/email alone/i);
    expect(advice.channelPlan.map((step) => step.channel)).toEqual(['call', 'voicemail', 'text', 'call']);
  });

  test('decided at 03:00 with days to go: act first thing, not at 04:00', () => {
    const advice = advise(situation(), at('2026-12-14', '03:00', LONDON));
    expect(advice.deadline.kind).toBe('first-thing');
    expect(advice.deadline.instant).toBe(at('2026-12-14', '09:00', LONDON));
  });

  test('Friday at 23:30 for a Monday interview: never Saturday at midnight', () => {
    const monday = { date: '2026-12-14', time: '10:00', zone: LONDON };
    const advice = advise(situation({ interview: monday }), at('2026-12-11', '23:30', LONDON));
    const hour = new Date(advice.deadline.instant).getUTCHours();
    expect(hour >= 7 && hour < 22).toBe(true);
    expect(advice.deadline.instant).toBeLessThanOrEqual(at('2026-12-13', '10:00', LONDON));
  });

  test('employers: two working days decide the call, not the candidates’ 24 hours', () => {
    const employer = situation({ who: 'employer', wish: 'cancel-interview', people: { recruiter: false, agency: false, hiringManager: false, panel: false } });
    // Tuesday 10:00 London for Wednesday 14:00: 28 real hours, 12 working hours.
    const advice = advise(employer, at('2026-12-15', '10:00', LONDON));
    expect(advice.notice).toBe('short');
    expect(advice.channelPlan[0]?.channel).toBe('call');
    expect(advice.channelPlan.some((step) => step.channel === 'email')).toBe(true);
    const early = advise(employer, at('2026-12-10', '10:00', LONDON));
    expect(early.notice).toBe('enough');
    expect(early.channelPlan[0]?.channel).toBe('email');
  });

  test('nerves lead to going, not to a reschedule', () => {
    const advice = advise(situation({ reason: 'nerves' }), INTERVIEW_AT - 5 * 24 * HOUR);
    expect(advice.betterAction?.id).toBe('attend');
    expect(advice.betterAction?.kinds).toEqual([]);
  });

  test('an agency recruiter hears first; with short notice, the hiring manager too', () => {
    const people = { recruiter: false, agency: true, hiringManager: true, panel: false };
    const short = advise(situation({ people }), INTERVIEW_AT - 6 * HOUR);
    expect(short.tell.map((person) => person.person)).toEqual(['agency', 'hiring-manager']);
    expect(short.channelPlan[0]?.to).toBe('The agency recruiter');
    const early = advise(situation({ people }), INTERVIEW_AT - 5 * 24 * HOUR);
    expect(early.tell.map((person) => person.person)).toEqual(['agency', 'hiring-manager']);
    expect(early.tell[1]?.label).toBe('The hiring manager');
  });

  test('enough notice with a phone: email now, and a call only if no reply by the chase time', () => {
    const advice = advise(situation(), at('2026-12-14', '10:00', LONDON));
    expect(advice.channelPlan.map((step) => step.channel)).toEqual(['email', 'call']);
    // Halfway from now to the interview, which comes after today's deadline for sending (22:00).
    expect(advice.channelPlan[1]?.timing).toEqual({ kind: 'if-no-reply', at: at('2026-12-15', '12:00', LONDON) });
  });

  test('after hours under 24 hours: email now, call when their day starts (and once more an hour later), and the script follows the email', () => {
    const advice = advise(situation(), at('2026-12-15', '21:30', LONDON));
    expect(advice.channelPlan.map((step) => step.channel)).toEqual(['email', 'call', 'voicemail', 'call']);
    expect(advice.channelPlan[1]?.timing).toEqual({ kind: 'at-opening', at: at('2026-12-16', '09:00', LONDON) });
    expect(advice.channelPlan[3]?.timing).toEqual({ kind: 'call-again', at: at('2026-12-16', '10:00', LONDON) });
    expect(advice.messages.list.find((message) => message.kind === 'phone-script')?.step.after).toBe('email');
    expect(advice.headline).toMatch(/^Short notice: under 24 hours\. Cancel the interview\. First: email the recruiter, now/);
  });

  test('bad input is a problem with a sentence, never a throw', () => {
    expect(decide(null, INTERVIEW_AT)).toMatchObject({ ok: false, problem: 'not-an-object' });
    expect(decide(situation({ interview: { date: '2026-12-16', time: '14:00', zone: 'URGENT: call +44 and pay' } }), INTERVIEW_AT)).toMatchObject({ ok: false, field: 'zone' });
    expect(decide(situation(), Number.NaN)).toMatchObject({ ok: false, problem: 'bad-clock' });
  });
});

describe('the reason line for illness or an emergency speaks to the notice left, and to the route', () => {
  const REASONS = ['illness', 'emergency'] as const;
  const WISHES = ['reschedule', 'cancel', 'decline', 'withdraw'] as const;
  const STAGE_OF = { reschedule: 'scheduled', cancel: 'scheduled', decline: 'invited', withdraw: 'between-rounds' } as const;
  const NEW_SLOT = /new slot|new time|another time/iu;
  const both = REASONS.flatMap((reason) => WISHES.map((wish) => [reason, wish] as const));

  test.each(both)('%s, wanting to %s, four hours before: fair even at short notice', (reason, wish) => {
    const advice = advise(situation({ reason, wish, stage: STAGE_OF[wish] }), INTERVIEW_AT - 4 * HOUR);
    expect(advice.notice).toBe('short');
    expect(advice.action.why).toMatch(/is a fair reason to change plans, even at short notice\.$/u);
  });

  test.each(both)('%s, wanting to %s, five days before: no word of short notice', (reason, wish) => {
    const advice = advise(situation({ reason, wish, stage: STAGE_OF[wish] }), INTERVIEW_AT - 5 * 24 * HOUR);
    expect(advice.notice).toBe('enough');
    expect(advice.action.why).toMatch(/^(Being unwell|An emergency) is a fair reason to change plans\. Telling them now, while there is time, /u);
    expect(allText(advice)).not.toMatch(/short notice/iu);
  });

  // A new slot is the point when asking for one, or when cancelling and the route offers to ask instead.
  test.each(REASONS.flatMap((reason) => (['reschedule', 'cancel'] as const).map((wish) => [reason, wish] as const)))(
    '%s, wanting to %s, five days before: telling them now makes a new slot easy to find',
    (reason, wish) => {
      const advice = advise(situation({ reason, wish }), INTERVIEW_AT - 5 * 24 * HOUR);
      if (wish === 'cancel') expect(advice.betterAction?.wish).toBe('reschedule');
      expect(advice.action.why).toMatch(/Telling them now, while there is time, makes a new slot easy to find\.$/u);
    },
  );

  // Turning the interview down or leaving the process: no new slot is wanted, so the line never promises one.
  test.each(REASONS.flatMap((reason) => (['decline', 'withdraw'] as const).map((wish) => [reason, wish] as const)))(
    '%s, wanting to %s, five days before: no word of a new slot',
    (reason, wish) => {
      const advice = advise(situation({ reason, wish, stage: STAGE_OF[wish] }), INTERVIEW_AT - 5 * 24 * HOUR);
      expect(advice.action.wish).toBe(wish);
      expect(advice.action.why).not.toMatch(NEW_SLOT);
    },
  );

  test.each(REASONS)('%s, "missed" said of a time still ahead, no route chosen: the cancel fallback offers no new slot', (reason) => {
    const { wish: _unchosen, ...missed } = situation({ stage: 'missed', reason });
    const advice = advise(missed, INTERVIEW_AT - 5 * 24 * HOUR);
    expect(advice.betterAction?.id).toBe('attend');
    expect(advice.action.why).not.toMatch(NEW_SLOT);
  });
});
