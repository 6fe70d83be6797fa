// Messages written for the plan (#17): the notice band, what the person did just before, and the
// set of messages decide which apology, which "as we discussed" and which closing note each carries.
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/lib/advice/statements';
import { compose, type PlanStep } from '../../src/lib/messages/index';
import { PLAN_BEFORE } from '../../src/lib/messages/context';
import { MENTIONS } from '../../src/lib/messages/phrases/plan';
import { sentencesOf } from '../../src/lib/messages/text-length';
import { CANDIDATE_MESSAGE_KINDS, EMPLOYER_MESSAGE_KINDS, type MessageKind } from '../../src/lib/types';
import { APOLOGY, FULL } from './fixtures/messages';

const step = (notice: PlanStep['notice'], after: PlanStep['after'], set: readonly MessageKind[] = CANDIDATE_MESSAGE_KINDS): PlanStep => ({ notice, after, set });
const apologies = (text: string): number => text.match(APOLOGY)?.length ?? 0;
// The employer's reply answers the candidate's own news: the short notice there was the candidate's.
// The no-show and not-chosen notes are not a change the employer makes to a booked interview either.
const EMPLOYER_CHANGES: readonly MessageKind[] = ['employer-withdraw-invitation', 'employer-cancel-interview', 'employer-phone-script'];
// The missed-interview apology is about a missed interview whatever band the plan is in.
const BEFORE_THE_INTERVIEW = CANDIDATE_MESSAGE_KINDS.filter((kind) => kind !== 'missed-apology');
// An offer comes after the interviews, so no plan for a missed interview holds one.
const ABOUT_AN_OFFER: readonly MessageKind[] = ['decline-offer', 'renege-offer'];
// Kinds whose one apology is their own news: asking to move it again, or backing out of an offer.
const OWN_APOLOGY: readonly MessageKind[] = ['second-reschedule', 'renege-offer'];
// The employer changed it: the candidate's reply owes no apology, for timing or for anything missed.
const THEIR_CHANGE: readonly MessageKind[] = ['reply-to-employer-change'];
// The plan's band is the interview's notice: an offer comes after it, so no timing apology is owed.
const TIMED_BY_THE_INTERVIEW = BEFORE_THE_INTERVIEW.filter((kind) => !ABOUT_AN_OFFER.includes(kind) && !THEIR_CHANGE.includes(kind));
const employer = { ...FULL, reason: 'interviewer-unavailable' as const };

describe('the apology the plan calls for', () => {
  test.each(TIMED_BY_THE_INTERVIEW)('%s in a short-notice plan apologises once, for the short notice', (kind) => {
    for (const after of PLAN_BEFORE) {
      for (const reason of [undefined, 'other-offer', 'illness'] as const) {
        const body = compose(kind, { ...FULL, reason }, { step: step('short', after) }).body;
        expect(apologies(body), `${after} ${reason}\n${body}`).toBe(1);
        expect(body).toMatch(/short notice/u);
      }
    }
  });

  test.each(ABOUT_AN_OFFER)('%s in any plan apologises for no timing: the offer came after the interview', (kind) => {
    for (const notice of ['short', 'enough'] as const) {
      const body = compose(kind, { ...FULL, reason: 'illness' }, { step: step(notice, 'nothing') }).body;
      expect(body, body).not.toMatch(/short notice/u);
      expect(apologies(body), body).toBe(OWN_APOLOGY.includes(kind) ? 1 : 0);
    }
  });

  test.each(BEFORE_THE_INTERVIEW)('%s in a plan with enough notice does not apologise for timing', (kind) => {
    for (const after of PLAN_BEFORE) {
      for (const reason of [undefined, 'emergency', 'illness'] as const) {
        const body = compose(kind, { ...FULL, reason }, { step: step('enough', after) }).body;
        expect(body).not.toMatch(/short notice/u);
        // A second request to move apologises for asking again, a backed-out offer for that, and nothing else.
        expect(apologies(body), body).toBe(OWN_APOLOGY.includes(kind) ? 1 : 0);
      }
    }
  });

  test.each(THEIR_CHANGE)('%s in any plan apologises for nothing: the change was the employer’s', (kind) => {
    for (const notice of ['short', 'enough', 'missed'] as const) {
      const body = compose(kind, { ...FULL, reason: 'illness' }, { step: step(notice, 'nothing') }).body;
      expect(apologies(body), body).toBe(0);
    }
  });

  test.each(CANDIDATE_MESSAGE_KINDS.filter((kind) => !ABOUT_AN_OFFER.includes(kind) && !THEIR_CHANGE.includes(kind)))('%s after a missed interview apologises once, for missing it, first thing', (kind) => {
    for (const wish of [undefined, 'reschedule', 'withdraw'] as const) {
      const body = compose(kind, { ...FULL, wish }, { step: step('missed', 'nothing') }).body;
      expect(apologies(body), body).toBe(1);
      // The first sentence after the greeting (or the spoken introduction) is the apology.
      const sentences = sentencesOf(body.replace(/^When they answer:\s*"/u, '').replace(/"/gu, '')).filter((line) => !/^(?:Hi|Dear|Hello)\b.*(?:,$|this is)/u.test(line) && !/^Hello\b/u.test(line));
      expect(sentences[0], body).toMatch(/^(?:I'm sorry I missed|I apologise for missing) our interview/u);
      expect(body).not.toMatch(/short notice/u);
    }
  });

  // The examples page writes its messages alone, with no real date: a sudden reason is not a band.
  test.each([...CANDIDATE_MESSAGE_KINDS, ...EMPLOYER_MESSAGE_KINDS])('%s alone, with illness or an emergency, claims no short notice', (kind) => {
    for (const reason of ['illness', 'emergency'] as const) {
      expect(compose(kind, { ...FULL, reason }).body).not.toMatch(/short notice/u);
    }
  });

  test('the examples page’s video request for an interview months away says no sorry for timing', () => {
    const body = compose('switch-format', { yourName: 'Ana Silva', recipientName: 'Jordan', company: 'Harbor Tech', position: 'Support Lead', reason: 'illness', preferredFormat: 'video', interview: { date: '2027-03-09', time: '15:00', zone: 'America/Los_Angeles' }, yourZone: 'America/Los_Angeles' }).body;
    expect(body).not.toMatch(/sorry|apologi|short notice/iu);
  });

  test('the missed-interview apology apologises once, for missing it, in any band', () => {
    for (const notice of ['short', 'enough', 'missed'] as const) {
      const body = compose('missed-apology', FULL, { step: step(notice, 'nothing') }).body;
      expect(apologies(body)).toBe(1);
      expect(body).not.toMatch(/short notice/u);
    }
  });

  test.each(EMPLOYER_CHANGES)('%s apologises once for the change, naming the short notice only when it is short', (kind) => {
    for (const after of PLAN_BEFORE) {
      const short = compose(kind, employer, { step: step('short', after, EMPLOYER_MESSAGE_KINDS) }).body;
      const enough = compose(kind, employer, { step: step('enough', after, EMPLOYER_MESSAGE_KINDS) }).body;
      expect(apologies(short), short).toBe(1);
      expect(short).toMatch(/short notice/u);
      expect(apologies(enough), enough).toBe(1);
      expect(enough).not.toMatch(/short notice/u);
    }
  });
});

describe('what the person did just before', () => {
  test('a follow-up after a call that happened says "as we discussed"', () => {
    const body = compose('follow-up', FULL, { step: step('short', 'call') }).body;
    expect(body).toContain('As we discussed on the phone, I');
    expect(body).not.toMatch(/voicemail|tried to reach/u);
  });

  test('a follow-up after a voicemail refers to the voicemail', () => {
    expect(compose('follow-up', FULL, { step: step('short', 'voicemail') }).body).toContain("I left you a voicemail earlier, and I'm following up in writing.");
  });

  test('a follow-up after a call that may have reached voicemail says only what is true either way', () => {
    const body = compose('follow-up', FULL, { step: step('short', 'call-or-voicemail') }).body;
    expect(body).toContain("I called earlier, and I'm following up in writing.");
    expect(body).not.toMatch(/voicemail|discussed|tried to reach/u);
  });

  test.each([
    ['call', /^Hello Marta, this is Sam Patel\. As we discussed on the phone, I/u],
    ['voicemail', /I left you a voicemail earlier/u],
    ['call-or-voicemail', /I called earlier/u],
  ] as const)('a text straight after a %s says so too', (after, expected) => {
    const body = compose('text', { ...FULL, wish: 'cancel' }, { step: step('short', after, ['phone-script', 'voicemail', 'text']) }).body;
    expect(body).toMatch(expected);
  });

  test('alone, the follow-up says "I called earlier", which is true whether or not anyone answered', () => {
    const message = compose('follow-up', FULL);
    expect(message.body).toContain('I called earlier');
    expect(message.body).not.toMatch(/voicemail|discussed/u);
  });

  test.each([...CANDIDATE_MESSAGE_KINDS, ...EMPLOYER_MESSAGE_KINDS])('%s never says "I tried to reach you by phone"', (kind) => {
    for (const after of [...PLAN_BEFORE, undefined]) {
      const options = after ? { step: step('short', after) } : {};
      expect(compose(kind, FULL, options).body).not.toMatch(/tried to reach you/iu);
    }
  });

  test.each(['phone-script', 'voicemail', 'employer-phone-script'] as const)('%s used after the email says "as I said in my email"', (kind) => {
    const body = compose(kind, kind.startsWith('employer') ? employer : FULL, { step: step('short', 'email') }).body;
    expect(body).toMatch(/As I said in my email, (?:I|we)\b/u);
  });

  test.each(['employer-cancel-interview', 'employer-withdraw-invitation'] as const)('%s after the employer’s call confirms it: "as we discussed on the phone"', (kind) => {
    const body = compose(kind, { ...employer, reason: 'role-on-hold' }, { step: step('short', 'call', EMPLOYER_MESSAGE_KINDS) }).body;
    expect(body).toMatch(/As we discussed on the phone, we/u);
  });
});

describe('a candidate who wants another time gets scripts that ask for one', () => {
  test.each(['phone-script', 'voicemail', 'text'] as const)('%s: ill, still interested, under 24 hours', (kind) => {
    for (const after of PLAN_BEFORE) {
      for (const wish of ['reschedule', undefined] as const) {
        const body = compose(kind, { ...FULL, reason: 'illness', wish }, { step: step('short', after) }).body;
        expect(body, body).toMatch(/move (?:my interview|it)|another time|other times/u);
        expect(body).not.toMatch(/need to cancel|made my decision|decision is final/u);
      }
    }
  });
});

describe('a closing note points only to a message in the plan', () => {
  const scriptSets: MessageKind[][] = [
    ['phone-script'],
    ['phone-script', 'voicemail'],
    ['phone-script', 'follow-up'],
    ['phone-script', 'voicemail', 'follow-up'],
    ['phone-script', 'cancel'],
    ['phone-script', 'text'],
  ];
  test.each(scriptSets)('the phone script with %j', (...set) => {
    const notes = (compose('phone-script', { ...FULL, wish: 'cancel' }, { step: step('short', 'nothing', set) }).notes ?? []).join(' ');
    for (const [kind, mention] of Object.entries(MENTIONS)) {
      if (!set.includes(kind as MessageKind)) expect(notes).not.toContain(mention);
    }
    if (set.includes('voicemail')) expect(notes).toContain('use the voicemail script');
  });

  test('the employer phone script points to the confirming email when the plan has one, and never otherwise', () => {
    const withEmail = compose('employer-phone-script', employer, { step: { ...step('short', 'nothing', ['employer-phone-script', 'employer-cancel-interview']), writtenBy: 'email' } });
    expect(withEmail.notes?.join(' ')).toContain('Send the confirming email straight after the call');
    const without = compose('employer-phone-script', employer, { step: step('short', 'nothing', ['employer-phone-script']) });
    expect(without.notes ?? []).toEqual([]);
  });

  test('in a phone-only plan the phone script’s record is the text, and it promises no email', () => {
    const message = compose('phone-script', { ...FULL, wish: 'cancel' }, { step: { ...step('short', 'nothing', ['phone-script', 'voicemail', 'text']), writtenBy: 'text' } });
    expect(message.notes).toEqual(['If the call goes to voicemail, use the voicemail script. Afterwards, send the text message, so it is in writing.']);
    expect(message.body).toContain("Of course. I'll text you today.");
    expect(message.body).not.toMatch(/\bemail/iu);
  });

  test('alone, the phone script points to the voicemail script and the follow-up email', () => {
    expect(compose('phone-script', { ...FULL, wish: 'cancel' }).notes?.join(' ')).toBe(
      'If the call goes to voicemail, use the voicemail script. Afterwards, send the follow-up email, so it is in writing.',
    );
  });
});

describe('a text offers the times itself and promises no email', () => {
  const steps = [undefined, ...PLAN_BEFORE.map((after) => step('short', after, ['phone-script', 'voicemail', 'text'])), step('missed', 'nothing', ['text'])];

  test('asking for another time, with or without times to offer, in any step', () => {
    for (const options of steps.map((given) => (given ? { step: given } : {}))) {
      for (const proposedTimes of [FULL.proposedTimes, [FULL.proposedTimes[0]], []]) {
        const body = compose('text', { ...FULL, wish: 'reschedule', proposedTimes }, options).body;
        // "As I said in my email" follows an email that was sent; nothing promises one.
        expect(body, body).not.toMatch(/I'll email|I will email|email you|by email/iu);
        expect(body, body).toMatch(/Could we meet instead on Wednesday 10 March at 2pm|Could you send me a few times that suit you\?/u);
      }
    }
  });

  test('with one time to offer, the text names it', () => {
    const body = compose('text', { ...FULL, wish: 'reschedule', proposedTimes: [FULL.proposedTimes[0]] }).body;
    expect(body).toContain('Could we meet instead on Wednesday 10 March at 2pm, New York time?');
  });

  test('its note is the rulebook’s: alone only when they have been texting you, else a heads-up then an email', () => {
    const notes = compose('text', { ...FULL, wish: 'cancel' }).notes;
    expect(notes).toEqual([RULES['text-alone'].statement]);
    expect(notes?.join(' ')).not.toMatch(/mobile number/u);
  });

  test.each(['call', 'voicemail', 'call-or-voicemail'] as const)('straight after a %s, the text is the record, so no note says it stands alone', (after) => {
    expect(compose('text', { ...FULL, wish: 'cancel' }, { step: step('short', after, ['phone-script', 'voicemail', 'text']) }).notes ?? []).toEqual([]);
  });
});

describe('the employer’s script names the channel the plan writes by', () => {
  const set: readonly MessageKind[] = ['employer-phone-script', 'employer-cancel-interview'];
  const byText = { ...step('short', 'nothing', set), writtenBy: 'text' as const };
  const byEmail = { ...step('short', 'nothing', set), writtenBy: 'email' as const };

  test('by text: the script, the voicemail and the note say text, never email', () => {
    const message = compose('employer-phone-script', employer, { step: byText });
    expect(message.body).toContain("I'll confirm it all by text today.");
    expect(message.body).toContain("I'm texting you the details now.");
    expect(message.notes).toEqual(['Send the confirming text straight after the call, with the new times in writing.']);
    expect(`${message.body} ${message.notes?.join(' ')}`).not.toMatch(/\bemail/iu);
  });

  test('by email: it says email', () => {
    const message = compose('employer-phone-script', employer, { step: byEmail });
    expect(message.body).toContain("I'll confirm it all by email today.");
    expect(message.body).toContain("I'm emailing you the details now.");
    expect(message.notes).toEqual(['Send the confirming email straight after the call, with the new times in writing.']);
  });

  test('alone, no plan says which: "in writing"', () => {
    const message = compose('employer-phone-script', employer);
    expect(message.body).toContain("I'll confirm it all in writing today.");
    expect(`${message.body} ${message.notes?.join(' ')}`).not.toMatch(/\bemail/iu);
    expect(message.notes).toEqual(['Straight after the call, put it in writing, with the new times.']);
  });

  test('taking back an invitation: the call says so as the email does, and its note names no new times', () => {
    const message = compose('employer-phone-script', { ...employer, wish: 'withdraw-invitation', proposedTimes: [] }, { step: byEmail });
    expect(message.body).toMatch(/we need to withdraw our invitation/u);
    expect(message.body).not.toMatch(/cancel it/u);
    expect(message.notes?.join(' ')).not.toMatch(/new times/u);
  });

  test.each(['employer-cancel-interview', 'employer-withdraw-invitation'] as const)('%s sent by text has no subject and asks for a reply to the text', (kind) => {
    for (const yourPhone of [FULL.yourPhone, undefined]) {
      const message = compose(kind, { ...employer, yourPhone }, { step: { ...step('short', 'call-or-voicemail', EMPLOYER_MESSAGE_KINDS), writtenBy: 'text' } });
      expect(message.subject).toBeUndefined();
      expect(message.body).toMatch(/reply to this text/u);
      expect(message.body).not.toMatch(/\bemail/iu);
    }
  });
});

describe('no promise or timing the person did not give', () => {
  test('a second request to move offers times but promises to keep none unseen', () => {
    for (const proposedTimes of [FULL.proposedTimes, []]) {
      expect(compose('second-reschedule', { ...FULL, proposedTimes }).body).not.toMatch(/keep whichever|whichever new time/u);
    }
  });

  test('backing out of an offer does not say when the person decided', () => {
    const body = compose('renege-offer', FULL).body;
    expect(body).toContain('I know I accepted it, and I wanted you to hear this from me.');
    expect(body).not.toMatch(/as soon as/u);
  });
});

describe('an employer who moves the interview writes a move, never a cancellation', () => {
  test.each(['employer-cancel-interview', 'employer-phone-script'] as const)('%s', (kind) => {
    for (const reason of [undefined, 'interviewer-unavailable', 'role-on-hold', 'role-filled'] as const) {
      for (const proposedTimes of [FULL.proposedTimes, []]) {
        const body = compose(kind, { ...FULL, reason, proposedTimes, wish: 'move-interview' }).body;
        expect(body, body).toMatch(/need to (?:move|reschedule)/u);
        expect(body).not.toMatch(/cancel your interview|need to cancel/u);
      }
    }
  });
});
