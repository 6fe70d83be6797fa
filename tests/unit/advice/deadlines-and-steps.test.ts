// The deadline, the chase and the steps at the edges a person meets: the evening's last minutes, the
// last moment that keeps the notice enough, a weekend between the email and the interview.
import { describe, expect, test } from 'vitest';
import { bandOf } from '../../../src/lib/advice/rules';
import { RULES } from '../../../src/lib/advice/statements';
import { compose } from '../../../src/lib/messages';
import { advise, allText, at, HOUR, INTERVIEW_AT, situation } from './fixtures';

const LONDON = 'Europe/London';
const interviewAt = (date: string, time: string, zone = LONDON) => ({ interview: { date, time, zone } });

describe('the act-by deadline', () => {
  test('at 21:58 with a day and a half to go: first thing tomorrow, not "within 2 minutes"', () => {
    const advice = advise(situation(), at('2026-12-14', '21:58', LONDON));
    expect(advice.deadline.kind).toBe('first-thing');
    expect(advice.deadline.instant).toBe(at('2026-12-15', '09:00', LONDON));
    // It is not night yet at 21:58, and the reason says so.
    expect(advice.deadline.why).toBe('It is late in your evening, and your message will still be waiting when their day starts.');
  });

  test('with the interview about to start: right now, before it starts "on" its day, as a person says it', () => {
    const advice = advise(situation(interviewAt('2026-12-14', '10:30')), at('2026-12-14', '10:00', LONDON));
    expect(advice.deadline.kind).toBe('now');
    expect(advice.deadline.words).toMatch(/^Right now, before the interview starts on Monday 14 December 2026 at 10:30/u);
  });

  test('at 20:30 there is still the evening: today, by 22:00', () => {
    const advice = advise(situation(), at('2026-12-14', '20:30', LONDON));
    expect(advice.deadline).toMatchObject({ kind: 'today', instant: at('2026-12-14', '22:00', LONDON) });
  });

  test('an employer exactly two working days ahead: act right now to keep the notice, never "before the interview starts at" now', () => {
    const now = at('2026-12-14', '11:00', LONDON);
    const advice = advise(situation({ who: 'employer', wish: 'withdraw-invitation', stage: 'scheduled', reason: 'role-filled', ...interviewAt('2026-12-16', '11:00') }), now);
    expect(advice.notice).toBe('enough');
    expect(advice.deadline).toMatchObject({ kind: 'keep-notice', instant: now });
    expect(advice.deadline.words).toMatch(/^Right now, while they still get enough notice\. After that the notice is short, so call first$/);
    expect(advice.deadline.why).not.toMatch(/about to start/);
  });

  test('a candidate 24 hours 30 minutes ahead: by the last moment that keeps 24 hours, and what happens after it', () => {
    const advice = advise(situation(), at('2026-12-15', '13:30', LONDON));
    expect(advice.deadline).toMatchObject({ kind: 'keep-notice', instant: at('2026-12-15', '14:00', LONDON) });
    expect(advice.deadline.words).toMatch(/^By .*14:00.*, while they still get enough notice\. After that the notice is short, so call first$/);
  });

  test('with no phone number, the words after the edge do not say to call', () => {
    const advice = advise(situation({ contacts: { phone: false, email: true, text: false } }), at('2026-12-15', '13:30', LONDON));
    expect(advice.deadline.words).toMatch(/After that the notice is short$/);
  });
});

describe('the steps', () => {
  test('Saturday 10:00 for Monday 14:00: email now, and call when their day starts, since the interview is then under 24 hours away', () => {
    const advice = advise(situation(interviewAt('2026-12-21', '14:00')), at('2026-12-19', '10:00', LONDON));
    expect(advice.notice).toBe('enough');
    expect(advice.channelPlan.map((step) => step.channel)).toEqual(['email', 'call', 'voicemail']);
    expect(advice.channelPlan[1]?.timing).toEqual({ kind: 'at-opening', at: at('2026-12-21', '09:00', LONDON) });
    expect(advice.messages.list.find((message) => message.kind === 'phone-script')?.step.after).toBe('email');
  });

  test('Saturday 10:00 for Monday 09:00: the email is enough (their day starts with the interview)', () => {
    const advice = advise(situation(interviewAt('2026-12-21', '09:00')), at('2026-12-19', '10:00', LONDON));
    expect(advice.channelPlan.map((step) => step.channel)).not.toContain('call');
  });

  test('a chase is never before the deadline for sending, however late in it the email goes', () => {
    const tokyo = 'Asia/Tokyo';
    const advice = advise(
      situation({ wish: 'reschedule', reason: 'schedule-conflict', personZone: tokyo, ...interviewAt('2025-03-10', '10:00', 'America/Los_Angeles') }),
      at('2025-03-08', '09:00', tokyo),
    );
    const chase = advice.channelPlan.find((step) => step.timing.kind === 'if-no-reply');
    expect(chase).toBeDefined();
    if (chase?.timing.kind === 'if-no-reply') expect(chase.timing.at).toBeGreaterThan(advice.deadline.instant);
  });

  test('Sunday 10:00 for Monday 09:30: the note says why the call is now, and does not claim the interview comes before their day', () => {
    const advice = advise(situation(interviewAt('2026-12-21', '09:30')), at('2026-12-20', '10:00', LONDON));
    expect(advice.afterHours.note).toBe('It is outside their working hours, but their day starts less than an hour before the interview, so call now and leave a voicemail.');
  });
});

describe('what the advice says', () => {
  test('a better route is said first, and the plan’s first step is tied to what the person asked for', () => {
    const advice = advise(situation({ reason: 'nerves' }), at('2026-12-14', '10:00', LONDON));
    expect(advice.betterAction).toBeDefined();
    expect(advice.headline).toMatch(new RegExp(`A better route: ${advice.betterAction?.label}\\. If you still want to cancel the interview, first: email`));
  });

  test('the notice bands name their edge without "00 minutes"', () => {
    for (const notice of ['short', 'enough'] as const) expect(bandOf('candidate', notice).thresholds).not.toMatch(/00 minutes/);
  });

  test('cancelling after accepting another offer: the rulebook’s caution about the offer’s conditions is a Do', () => {
    const advice = advise(situation({ reason: 'other-offer' }), at('2026-12-14', '10:00', LONDON));
    expect(advice.dos.map((item) => item.text)).toContain(RULES['other-interviews-after-offer'].statement);
  });

  test('an employer’s email-only plan offers to talk, and does not tell them to call and confirm', () => {
    const advice = advise(situation({ who: 'employer', wish: 'withdraw-invitation', stage: 'invited', reason: 'role-filled' }), at('2026-12-07', '10:00', LONDON));
    expect(advice.channelPlan[0]?.channel).toBe('email');
    const dos = advice.dos.map((item) => item.text);
    expect(dos).not.toContain('Call, then confirm the call by email the same day.');
    expect(dos).toContain('In your email, offer to talk it over if they would like to.');
  });

  test('an employer whose plan emails tonight and calls at 09:00 is told to call as well, in that order, never "call, then confirm"', () => {
    // Tuesday 21:30 for a Thursday 14:00 interview: within two working days, out of hours.
    const advice = advise(situation({ who: 'employer', wish: 'withdraw-invitation', stage: 'scheduled', reason: 'role-filled', ...interviewAt('2026-12-17', '14:00') }), at('2026-12-15', '21:30', LONDON));
    expect(advice.channelPlan.map((step) => step.channel).slice(0, 2)).toEqual(['email', 'call']);
    const dos = advice.dos.map((item) => item.text);
    expect(dos).not.toContain('Call, then confirm the call by email the same day.');
    expect(dos).toContain('Call as well, when their working day starts. The email you sent first is the record.');
    // In their working day the call comes first, and the line says so.
    const daytime = advise(situation({ who: 'employer', wish: 'withdraw-invitation', stage: 'scheduled', reason: 'role-filled', ...interviewAt('2026-12-17', '14:00') }), at('2026-12-16', '10:00', LONDON));
    expect(daytime.channelPlan[0]?.channel).toBe('call');
    expect(daytime.dos.map((item) => item.text)).toContain('Call, then confirm the call by email the same day.');
  });

  test('an employer who did not say a panel was booked is not told about "the interview panel"', () => {
    const advice = advise(situation({ who: 'employer', wish: 'cancel-interview', reason: 'role-filled' }), at('2026-12-07', '10:00', LONDON));
    expect(allText(advice)).not.toMatch(/interview panel/);
    expect(advice.tell.map((person) => person.label)).toContain('Whoever was due to interview them');
  });
});

describe('the second call and the night across zones (review of the fifth session)', () => {
  test('after a voicemail the record goes now, and the second call knows it has gone', () => {
    const advice = advise(situation({ spoke: 'voicemail' }), INTERVIEW_AT - 5 * HOUR);
    expect(advice.channelPlan.map((step) => [step.channel, step.after])).toEqual([
      ['email', 'voicemail'],
      ['call', 'email'],
    ]);
    const script = advice.messages.list.find((message) => message.kind === 'phone-script');
    const written = compose('phone-script', {}, { step: script!.step });
    expect(written.body).toContain("It's in the email I sent you earlier.");
    expect(written.body).not.toMatch(/I'll send you a short email/);
  });

  test('Tokyo at 21:30 for Los Angeles: the reason for "first thing" is true of their clock', () => {
    const tokyo = 'Asia/Tokyo';
    const la = 'America/Los_Angeles';
    const advice = advise(
      situation({ interview: { date: '2026-12-18', time: '10:00', zone: la }, personZone: tokyo }),
      at('2026-12-16', '21:30', tokyo),
    );
    expect(advice.deadline.kind).toBe('first-thing');
    // 07:00 in Tokyo is 14:00 in Los Angeles, after their day started: never "waiting when their day starts".
    expect(advice.deadline.why).not.toMatch(/waiting when their day starts/);
    expect(advice.deadline.why).toMatch(/Their working day starts while it is night where you are/);
  });
});

describe('an employer who missed the interview', () => {
  const employerMissed = (wish?: 'move-interview' | 'cancel-interview') => {
    const { wish: _candidateWish, ...rest } = situation({
      who: 'employer',
      stage: 'missed',
      people: { recruiter: false, agency: false, hiringManager: false, panel: true },
    });
    return wish ? { ...rest, wish } : rest;
  };
  const missedAt = INTERVIEW_AT + 2 * HOUR;

  test('the Tell list and the Do list speak of the miss, not of a change still to come', () => {
    const advice = advise(employerMissed(), missedAt);
    expect(advice.notice).toBe('missed');
    const text = allText(advice);
    expect(text).not.toMatch(/time is freed up|no one waits in a room/);
    expect(text).not.toMatch(/as soon as the decision is made/);
    expect(advice.tell.find((person) => person.person === 'candidate')?.why).toMatch(/waited for an interview that did not happen/);
    expect(text).toContain('Say sorry once for missing it, first thing.');
  });

  test('with no route chosen, new times are offered, as the messages offer them', () => {
    expect(advise(employerMissed(), missedAt).dos.map((item) => item.text)).toContainEqual(expect.stringMatching(/^Offer two or three new times/));
    expect(advise(employerMissed('cancel-interview'), missedAt).dos.map((item) => item.text)).not.toContainEqual(expect.stringMatching(/^Offer two or three new times/));
  });
});

describe('words of the steps (walk of the sixth session)', () => {
  test('with no phone or email, the step says how to send it, not only "Now."', () => {
    const advice = advise(situation({ contacts: { phone: false, email: false, text: false } }), INTERVIEW_AT - 5 * 24 * HOUR);
    expect(advice.channelPlan.map((step) => step.channel)).toEqual(['message']);
    expect(advice.channelPlan[0]?.when).toBe('Now, the way they reached you, such as the booking link or the job site.');
  });

  test('a second call is "on Wednesday, …", never "at Wednesday"', () => {
    const advice = advise(situation(), at('2026-12-15', '21:30', 'Europe/London'));
    const again = advice.channelPlan.find((step) => step.timing.kind === 'call-again');
    expect(again?.when).toMatch(/^If no one called you back, try once more on Wednesday 16 December 2026 at 10:00/);
  });
});
