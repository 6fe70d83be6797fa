// The kinds issue #12 asked for: an offer declined or backed out of, a switch of format, a follow-up
// when there is no reply, and the employer's notes after a no-show and to a candidate not chosen.
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/lib/advice/statements';
import { compose } from '../../src/lib/messages/index';
import { APOLOGY, FULL } from './fixtures/messages';

const apologies = (text: string): number => text.match(APOLOGY)?.length ?? 0;

describe('decline-offer', () => {
  test('thanks them for the offer and says no once, with the reason the person chose', () => {
    const body = compose('decline-offer', { ...FULL, reason: 'other-offer' }).body;
    expect(body).toContain("Thank you for offering me the Data Analyst role at Northwind. I've decided not to accept it. I've accepted another offer.");
    expect(apologies(body)).toBe(0);
  });

  test('a reason that does not explain turning down an offer is left unsaid', () => {
    expect(compose('decline-offer', { ...FULL, reason: 'schedule-conflict' }).body).toBe(compose('decline-offer', { ...FULL, reason: undefined }).body);
  });

  test.each(['short', 'enough'] as const)('no timing apology in a plan with %s notice: an offer is not an interview', (notice) => {
    for (const reason of [undefined, 'illness', 'emergency', 'other-offer'] as const) {
      const body = compose('decline-offer', { ...FULL, reason }, { step: { notice, after: 'nothing', set: ['decline-offer'] } }).body;
      expect(body, body).not.toMatch(/short notice/u);
      expect(apologies(body)).toBe(0);
    }
  });

  test('keeps the door open only when asked', () => {
    expect(compose('decline-offer', FULL).body).toContain('stay in touch');
    expect(compose('decline-offer', { ...FULL, keepDoorOpen: false }).body).not.toContain('stay in touch');
  });
});

describe('renege-offer', () => {
  test('says plainly that they cannot take up the role they accepted, with one apology', () => {
    const body = compose('renege-offer', FULL).body;
    expect(body).toContain("I'm sorry to tell you that I can no longer take up the Data Analyst role at Northwind.");
    expect(body).toContain('I know I accepted it');
    expect(apologies(body)).toBe(1);
  });

  test('offers to sort out what the acceptance set in motion', () => {
    expect(compose('renege-offer', FULL).body).toContain("If there's anything I need to return or sign, please let me know.");
  });

  // The plan's band is the interview's notice; an offer comes after it, so no band covers it.
  test.each(['short', 'enough'] as const)('in a plan with %s notice the one apology is for backing out, never for timing', (notice) => {
    const body = compose('renege-offer', FULL, { step: { notice, after: 'nothing', set: ['renege-offer'] } }).body;
    expect(body).toContain("I'm sorry to tell you that I can no longer take up");
    expect(body).not.toMatch(/short notice/u);
    expect(apologies(body)).toBe(1);
  });
});

describe('switch-format', () => {
  test('asks for video by default, keeps the time, and offers another time if it must be in person', () => {
    const body = compose('switch-format', { ...FULL, reason: 'illness' }).body;
    expect(body).toContain('could be by video instead of in person.');
    expect(body).toContain("I'm unwell, so I'd rather not travel.");
    expect(body).toContain("It's booked for Tuesday 9 March at 10am New York time (3pm London time), and that time still suits me.");
    expect(body).toContain("If it has to be in person, I'm happy to find another time instead.");
    expect(body).not.toMatch(/cancel/u);
  });

  test('asks the other way round when they would like to come in', () => {
    const body = compose('switch-format', { ...FULL, preferredFormat: 'on-site', reason: 'illness' }).body;
    expect(body).toContain('could be in person instead of by video.');
    // Illness explains a wish not to travel, not a wish to come in: it is left unsaid.
    expect(body).not.toMatch(/unwell/u);
    expect(compose('switch-format', { ...FULL, preferredFormat: 'on-site' }).subject).toMatch(/^Could my interview be in person\?/u);
  });
});

describe('no-reply-follow-up', () => {
  test('names the day the first email went, restates the news in a line and asks for an acknowledgement', () => {
    const body = compose('no-reply-follow-up', { ...FULL, wish: 'cancel', sentOn: '2027-03-05' }).body;
    expect(body).toContain("I'm following up on my email of Friday 5 March, in case it didn't reach you.");
    expect(body).toContain('I need to cancel it.');
    expect(body).toContain('Could you reply to let me know you have seen this?');
  });

  test('a request to move it offers the times again', () => {
    const body = compose('no-reply-follow-up', { ...FULL, wish: 'reschedule' }).body;
    expect(body).toContain("I'd still like to move it.");
    expect(body.match(/^- /gmu)).toHaveLength(3);
  });

  // The rulebook's words, not the template's: you are done when someone says they got it.
  test('alone, the note gives the rulebook’s chase time and says you are done only when they say they got it', () => {
    const notes = compose('no-reply-follow-up', FULL).notes ?? [];
    expect(notes).toEqual([RULES.chase.statement, RULES['confirmation-is-your-job'].statement]);
    expect(notes.join(' ')).not.toMatch(/your record that you told them|call them once/u);
  });

  test.each([
    ['enough', [RULES.chase.statement, RULES['confirmation-is-your-job'].statement]],
    ['short', [RULES['short-notice-chase'].statement, RULES['confirmation-is-your-job'].statement]],
    ['missed', [RULES['confirmation-is-your-job'].statement]],
  ] as const)('in a plan with %s notice the note follows the rulebook’s chase for that band', (notice, expected) => {
    expect(compose('no-reply-follow-up', FULL, { step: { notice, after: 'email', set: ['no-reply-follow-up'] } }).notes).toEqual(expected);
  });
});

describe('employer-no-show', () => {
  test('assumes nothing about why, and offers another time when there are times to offer', () => {
    const body = compose('employer-no-show', { ...FULL, reason: undefined }).body;
    expect(body).toContain('I hope everything is all right.');
    expect(body).not.toMatch(/fail|no-show|didn't show|did not show|disappoint|sorry/iu);
    expect(body).toMatch(/Would one of these times \(New York time\) work for you\?/u);
  });

  test('without times, the door open asks them to reply; closed, it says the application will close', () => {
    const open = compose('employer-no-show', { ...FULL, proposedTimes: [] }).body;
    expect(open).toContain("If you'd still like to interview, reply and we'll see what we can arrange.");
    const closed = compose('employer-no-show', { ...FULL, proposedTimes: [], keepDoorOpen: false }).body;
    expect(closed).toContain("If we don't hear from you, we'll close your application.");
  });
});

describe('employer-not-chosen', () => {
  test('thanks them for the interview, gives the news once, with one apology', () => {
    const body = compose('employer-not-chosen', { ...FULL, reason: 'role-filled' }).body;
    expect(body).toContain('Thank you for interviewing for the Data Analyst role at Northwind on Tuesday 9 March, and for the time you gave us.');
    expect(body).toContain("I'm sorry to tell you that we won't be offering you the job. We've offered it to another candidate.");
    expect(apologies(body)).toBe(1);
  });

  test('offers feedback only when the door is left open', () => {
    expect(compose('employer-not-chosen', FULL).body).toContain('feedback');
    expect(compose('employer-not-chosen', { ...FULL, keepDoorOpen: false }).body).not.toContain('feedback');
  });

  test('a reason that says nothing about this candidate is left out', () => {
    expect(compose('employer-not-chosen', { ...FULL, reason: 'interviewer-unavailable' }).body).toBe(compose('employer-not-chosen', { ...FULL, reason: undefined }).body);
  });
});

// The employer cancelled or moved it: the candidate thanks them, is still keen, and asks for or offers
// a new time. The change was theirs: no apology from the candidate, no lecture, nothing cancelled by them.
describe('reply-to-employer-change', () => {
  const NOT_THEIRS = /need to cancel|I cancelled|I called|following up|short notice|more notice|next time|inconvenien/iu;

  test('thanks them, says the candidate is still keen and offers the times typed', () => {
    const body = compose('reply-to-employer-change', FULL).body;
    expect(body).toContain('Thanks for letting me know about the change to my interview for the Data Analyst role at Northwind on Tuesday 9 March at 10am New York time.');
    expect(body).toContain("I'm still very keen on the role");
    expect(body).toMatch(/Would one of these times \(New York time\) work for you\?/u);
    expect(body.match(/^- /gmu)).toHaveLength(3);
  });

  test('with no times typed it asks for theirs, and the note says where to add ours', () => {
    const message = compose('reply-to-employer-change', { ...FULL, proposedTimes: [] });
    expect(message.body).toContain('Could you send me a few times that suit you?');
    expect(message.notes?.join(' ')).toContain('Add two or three times you can do');
  });

  test.each([undefined, 'short', 'enough', 'missed'] as const)('never apologises, lectures or claims the candidate cancelled (plan notice: %s)', (notice) => {
    for (const tone of ['warm', 'formal'] as const) {
      const options = notice ? { step: { notice, after: 'nothing' as const, set: ['reply-to-employer-change' as const] } } : {};
      const body = compose('reply-to-employer-change', { ...FULL, tone }, options).body;
      expect(apologies(body), body).toBe(0);
      expect(body, body).not.toMatch(NOT_THEIRS);
    }
  });

  test('someone who has accepted another job, or chose to step away, withdraws instead of claiming to be keen', () => {
    for (const given of [{ reason: 'other-offer' as const }, { wish: 'withdraw' as const }]) {
      const message = compose('reply-to-employer-change', { ...FULL, ...given });
      expect(message.body).toContain("I've decided to withdraw my application");
      expect(message.body).not.toMatch(/keen|new time that|Would one of these times|on hold/u);
      expect(apologies(message.body)).toBe(0);
    }
  });

  test('asks once, plainly, whether the role is on hold rather than moved', () => {
    expect(compose('reply-to-employer-change', FULL).body).toContain('If the role is on hold rather than moved, could you let me know when it might restart?');
  });

  test('is a reply in their thread: no subject line of its own', () => {
    const message = compose('reply-to-employer-change', FULL);
    expect(message.subject).toBeUndefined();
    expect(message.notes?.join(' ')).toContain('same email thread');
  });
});

describe('stay-in-touch says what the person did only when they said it', () => {
  test('with no wish chosen (the employer may have cancelled) it claims no cancellation, only that it is not going ahead', () => {
    const body = compose('stay-in-touch', { ...FULL, wish: undefined }).body;
    expect(body).not.toMatch(/cancelled|declined|withdrew|couldn't go ahead/u);
    expect(body).toContain("Although the interview isn't going ahead this time, I'd like to stay in touch");
  });

  test('with no wish chosen after a round they went to (turned down, or the next round called off), it never says the interview is not going ahead', () => {
    const body = compose('stay-in-touch', { ...FULL, wish: undefined, stage: 'between-rounds' }).body;
    expect(body).toContain('I enjoyed meeting the team.');
    expect(body).toContain("Although it didn't work out this time, I'd like to stay in touch");
    expect(body).not.toMatch(/isn't going ahead|cancelled|declined|withdrew/u);
  });

  test.each([
    ['cancel', 'Although I cancelled our interview'],
    ['decline', 'Although I declined the interview'],
    ['withdraw', 'Although I withdrew from the process'],
    ['reschedule', "Although I couldn't go ahead this time"],
  ] as const)('a wish of %s is said plainly once', (wish, words) => {
    expect(compose('stay-in-touch', { ...FULL, wish }).body).toContain(words);
  });
});
