// The writing rules of issue #15, read message by message: what a recruiter would notice.
import { describe, expect, test } from 'vitest';
import { compose } from '../../src/lib/messages/index';
import { sentencesOf } from '../../src/lib/messages/text-length';
import { CANDIDATE_MESSAGE_KINDS, EMPLOYER_MESSAGE_KINDS } from '../../src/lib/types';
import { APOLOGY, FULL } from './fixtures/messages';

const employer = { ...FULL, reason: 'role-on-hold' as const };

describe('no thanks for what did not happen', () => {
  test.each(CANDIDATE_MESSAGE_KINDS)('%s says nothing about enjoying a meeting before one took place', (kind) => {
    for (const stage of [undefined, 'invited', 'scheduled'] as const) {
      for (const wish of ['cancel', 'decline', 'withdraw', 'reschedule'] as const) {
        expect(compose(kind, { ...FULL, stage, wish }).body).not.toMatch(/enjoy|valued meeting/iu);
      }
    }
  });

  test('after a meeting between rounds, the door line may say so', () => {
    expect(compose('withdraw', { ...FULL, stage: 'between-rounds' }).body).toContain("I've enjoyed meeting the team");
  });

  test('never after a missed interview, even between rounds', () => {
    const missed = { notice: 'missed', after: 'nothing', set: ['missed-apology'] } as const;
    expect(compose('missed-apology', { ...FULL, stage: 'between-rounds', wish: 'withdraw' }).body).not.toMatch(/enjoy/iu);
    expect(compose('stay-in-touch', { ...FULL, stage: 'between-rounds' }, { step: missed }).body).not.toMatch(/enjoy/iu);
  });

  test('the employer phone script thanks nobody for patience they did not show', () => {
    for (const reason of ['role-filled', 'role-on-hold', 'role-changed', undefined]) {
      expect(compose('employer-phone-script', { ...FULL, reason, wish: 'cancel-interview' }).body).not.toMatch(/patience/iu);
    }
  });
});

describe('no claim the person did not make', () => {
  test.each(['cancel', 'decline', 'withdraw', 'text', 'voicemail', 'phone-script', 'pushback-reply'] as const)('%s: "unsure" adds no reason at all', (kind) => {
    const fields = { ...FULL, wish: 'cancel' as const };
    expect(compose(kind, { ...fields, reason: 'unsure' }).body).toBe(compose(kind, { ...fields, reason: undefined }).body);
  });

  test('a long reason of their own ends at a word, with an ellipsis and no stray full stop', () => {
    const line = 'I have had to rethink my plans for the year after a change at home, and I would rather tell you now than at short notice later on, because that would be unfair to you and to the other candidates, who deserve the time';
    const body = compose('cancel', { ...FULL, reasonLine: line }).body;
    const quoted = /(I have had to rethink[^\n]*?…)/u.exec(body)?.[1] ?? '';
    expect(quoted).not.toBe('');
    expect(line.startsWith(quoted.slice(0, -1))).toBe(true);
    expect(line.charAt(quoted.length - 1)).toBe(' ');
    expect(body).not.toMatch(/\.…|…\./u);
  });
});

describe('one statement of each idea', () => {
  test('the decline says it has decided once', () => {
    for (const reason of ['not-a-fit', 'other-offer', undefined] as const) {
      const body = compose('decline', { ...FULL, reason }).body;
      expect(body.match(/decid|thought it over|thinking it over/giu)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  test.each([...CANDIDATE_MESSAGE_KINDS, ...EMPLOYER_MESSAGE_KINDS])('%s names the job title at most once in its body', (kind) => {
    const body = compose(kind, { ...employer, position: 'Warehouse Supervisor', reason: kind.startsWith('employer') ? 'role-on-hold' : 'illness' }).body;
    expect(body.split('Warehouse Supervisor').length).toBeLessThanOrEqual(2);
  });

  test('the employer withdrawal never says "role" in more than two sentences running', () => {
    const body = compose('employer-withdraw-invitation', employer).body;
    let run = 0;
    let longest = 0;
    for (const sentence of sentencesOf(body)) {
      run = /\brole\b/iu.test(sentence) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeLessThanOrEqual(2);
  });
});

describe('a missed interview, then withdrawing: apology, decision, thanks', () => {
  test.each(['other-offer', 'not-a-fit', undefined] as const)('in that order, with %s', (reason) => {
    const body = compose('missed-apology', { ...FULL, reason, wish: 'withdraw' }).body;
    const apology = body.indexOf("I'm sorry I missed our interview");
    const decision = body.indexOf("I've decided to withdraw my application.");
    const thanks = body.indexOf('Thank you for the time you set aside for me.');
    expect(apology).toBeGreaterThan(-1);
    expect(apology).toBeLessThan(decision);
    expect(decision).toBeLessThan(thanks);
    expect(body).not.toContain('also decided');
  });
});

describe('what an employer’s withdrawal or cancellation carries', () => {
  const kinds = ['employer-withdraw-invitation', 'employer-cancel-interview'] as const;
  test.each(kinds)('%s: the reason in a line, one apology, a next step, an offer to answer questions', (kind) => {
    for (const reason of ['role-on-hold', 'role-filled', 'role-changed', 'interviewer-unavailable'] as const) {
      const body = compose(kind, { ...FULL, reason, wish: kind === 'employer-cancel-interview' ? 'cancel-interview' : 'withdraw-invitation' }).body;
      expect(body, reason).toMatch(/has been put on hold|filled the role|role has changed|interviewer is no longer available/u);
      expect(body.match(APOLOGY)).toHaveLength(1);
      expect(body).toMatch(/let you know|don't expect the role to reopen|don't need to do anything/u);
      // Alone, with no script ticked beside it, the email is how they hear: it offers to talk.
      expect(body).toContain('If you have any questions, or would like to talk it over, call me or reply to this email.');
    }
  });

  test.each(kinds)('%s: travel already booked is covered, with how to claim; unbooked travel is not mentioned', (kind) => {
    expect(compose(kind, { ...employer, travelBooked: true }).body).toContain("We'll cover costs already incurred under our expenses policy; to claim, reply with your receipts.");
    expect(compose(kind, { ...employer, travelBooked: false }).body).not.toMatch(/expenses|receipts/u);
  });

  test('the subject of a cancellation is not blunt', () => {
    const subject = compose('employer-cancel-interview', { ...employer, wish: 'cancel-interview' }).subject ?? '';
    expect(subject).toMatch(/^Change to your interview/u);
    expect(subject).not.toMatch(/is cancelled/u);
  });

  test('asked "I’ve already set off", the phone script covers the costs instead of "I’ll make sure the team knows"', () => {
    const body = compose('employer-phone-script', employer).body;
    expect(body).toContain("If they have already set off or booked travel:\n\"Thank you for telling me. We'll cover costs already incurred under our expenses policy, and I'll tell you how to claim.\"");
    expect(body).not.toMatch(/make sure the team knows/u);
  });

  test('no invitation to ask questions is missing when there is no phone number', () => {
    expect(compose('employer-withdraw-invitation', { ...employer, yourPhone: undefined }).body).toContain(
      'If you have any questions, or would like to talk it over, reply to this email and we can find a time to talk.',
    );
    expect(compose('employer-withdraw-invitation', { ...employer, yourPhone: undefined }, { alongside: ['employer-withdraw-invitation', 'employer-phone-script'] }).body).toContain(
      'If you have any questions, just reply to this email.',
    );
  });
});

describe('an employer’s email offers to talk it over when the plan is email first with enough notice', () => {
  const kinds = ['employer-withdraw-invitation', 'employer-cancel-interview'] as const;
  const TALK = /would like to talk it over/u;
  // The plan for a week's notice with a phone number: the email, then a call only if no one replies.
  const emailFirst = { notice: 'enough', after: 'nothing', set: ['employer-cancel-interview', 'employer-phone-script'], writtenBy: 'email' } as const;
  test.each(kinds)('%s: email first, enough notice: the offer is made', (kind) => {
    for (const yourPhone of ['+44 7700 900123', undefined]) {
      expect(compose(kind, { ...employer, yourPhone }, { step: { ...emailFirst, set: [kind, 'employer-phone-script'] } }).body).toMatch(TALK);
    }
  });

  test.each(kinds)('%s: short notice with a call first, or after a call that got through: no offer, the call was the talk', (kind) => {
    const callFirst = { notice: 'short', after: 'call-or-voicemail', set: ['employer-phone-script', kind], writtenBy: 'email' } as const;
    expect(compose(kind, employer, { step: callFirst }).body).not.toMatch(TALK);
    expect(compose(kind, employer, { step: { ...callFirst, after: 'nothing' } }).body).not.toMatch(TALK);
    expect(compose(kind, employer, { step: { ...emailFirst, after: 'call' } }).body).not.toMatch(TALK);
  });

  test.each(kinds)('%s: short notice with no number to call: the email is all there is, so it offers', (kind) => {
    expect(compose(kind, { ...employer, yourPhone: undefined }, { step: { notice: 'short', after: 'nothing', set: [kind], writtenBy: 'email' } }).body).toMatch(TALK);
  });
});

// The policy: tell the agency recruiter first and ask them to tell the employer. Every candidate
// message that carries news to them makes that one short ask; nothing else changes.
describe('to an agency recruiter', () => {
  const agency = { ...FULL, throughAgency: true };
  const ASKS = /Could you (?:please )?let (?:Northwind|the employer) know\b/gu;
  const asks = (body: string): number => body.match(ASKS)?.length ?? 0;
  // A LinkedIn note about the future carries no news to pass on.
  const CARRY_NEWS = CANDIDATE_MESSAGE_KINDS.filter((kind) => kind !== 'stay-in-touch');

  test.each(CARRY_NEWS)('%s asks them, once, to let the employer know', (kind) => {
    for (const wish of [undefined, 'cancel', 'reschedule', 'decline', 'withdraw'] as const) {
      for (const tone of ['warm', 'formal'] as const) {
        const body = compose(kind, { ...agency, wish, tone }).body;
        expect(asks(body), body).toBe(1);
        expect(asks(compose(kind, { ...FULL, wish, tone }).body)).toBe(0);
      }
    }
  });

  test('the email to cancel says it after the news; with no company named, "the employer"', () => {
    expect(compose('cancel', { ...agency, reason: 'other-offer' }).body).toContain("I've accepted another offer. Could you let Northwind know?");
    expect(compose('cancel', { ...agency, company: undefined }).body).toContain('Could you let the employer know?');
  });

  test('after a missed interview with no route chosen, one question asks them to tell the employer and ask', () => {
    for (const kind of ['missed-apology', 'follow-up', 'phone-script', 'voicemail', 'text', 'no-reply-follow-up'] as const) {
      const body = compose(kind, { ...agency, stage: 'missed', proposedTimes: [] }).body;
      expect(body, body).toContain('Could you let Northwind know, and ask whether another time might still be possible?');
      expect(asks(body), body).toBe(1);
    }
  });

  test('a withdrawal asks once: the agency tells the employer, so the hiring manager line goes', () => {
    const body = compose('withdraw', agency).body;
    expect(asks(body)).toBe(1);
    expect(body).not.toContain('Dana Reyes');
  });

  test('a withdrawal says what it means for the interview before the ask, so the ask covers both', () => {
    for (const tone of ['warm', 'formal'] as const) {
      const body = compose('withdraw', { ...agency, tone }).body;
      const interview = body.search(/won't be at the interview|not attend the interview/u);
      const ask = body.search(ASKS);
      expect(interview, body).toBeGreaterThan(-1);
      expect(ask, body).toBeGreaterThan(interview);
    }
  });

  // The employer holds the calendar, not the recruiter: a time is asked of the employer, through them.
  const ASKING_KINDS = ['reschedule', 'follow-up', 'missed-apology', 'no-reply-follow-up', 'second-reschedule', 'reply-to-employer-change', 'text', 'phone-script'] as const;
  const READERS_CALENDAR = /work for you\b|suits? you\b|your calendar|your availability|works for you|be convenient\?/u;
  const TIMES = { none: [], one: FULL.proposedTimes.slice(0, 1), several: FULL.proposedTimes } as const;

  test.each(ASKING_KINDS)('%s asks whether the times suit the employer, never the recruiter', (kind) => {
    for (const tone of ['warm', 'formal'] as const) {
      for (const [count, proposedTimes] of Object.entries(TIMES)) {
        const fields = { ...FULL, wish: 'reschedule' as const, tone, proposedTimes: [...proposedTimes] };
        const direct = compose(kind, fields).body;
        const through = compose(kind, { ...fields, throughAgency: true }).body;
        expect(through, `${tone}, ${count} times:\n${through}`).not.toMatch(READERS_CALENDAR);
        // Written to the employer themselves, the same message asks the reader: the check above can fail.
        if ((kind !== 'phone-script' && kind !== 'text') || count === 'none') expect(direct, `${tone}, ${count} times:\n${direct}`).toMatch(READERS_CALENDAR);
      }
    }
  });

  test('a text that puts the times to the employer closes their zone with a comma', () => {
    const body = compose('text', { ...agency, wish: 'reschedule' as const }).body;
    expect(body, body).toMatch(/Would .+, New York time, work for Northwind\?/u);
  });

  test('the times on offer are put to the employer by name, or as "the employer"', () => {
    const several = { ...agency, wish: 'reschedule' as const };
    expect(compose('reschedule', several).body).toContain('Could you check whether one of these times (New York time) works for Northwind?');
    expect(compose('reschedule', { ...several, proposedTimes: FULL.proposedTimes.slice(0, 1) }).body).toMatch(/Would .+ work for Northwind\?/u);
    expect(compose('reschedule', { ...several, proposedTimes: [], company: undefined }).body).toContain('Could you ask the employer for a few times that suit them?');
  });

  test('a stay-in-touch note and the employer’s messages make no such ask', () => {
    for (const kind of ['stay-in-touch', ...EMPLOYER_MESSAGE_KINDS] as const) expect(asks(compose(kind, { ...agency, wish: undefined }).body)).toBe(0);
  });
});
