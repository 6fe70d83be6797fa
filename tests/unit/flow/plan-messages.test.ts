import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseFields } from '../../../src/lib/fields';
import {
  momentWords,
  detailsAsked,
  EMPTY_DETAILS,
  flowFields,
  flowItems,
  isDoorOpenAsked,
  isWaiting,
  pageMessages,
  readDetails,
  stepHeading,
  timeRows,
  withTimePart,
  type FlowDetails,
} from '../../../src/lib/flow/plan-messages';
import { decide, type Advice } from '../../../src/lib/advice/decide';
import { decodeMailto, mailtoHref } from '../../../src/lib/mailto';
import { characterCount, TEXT_CHARACTER_LIMIT, VOICEMAIL_WORD_LIMIT } from '../../../src/lib/messages/text-length';
import { CANDIDATE_REASONS, STAGES } from '../../../src/lib/types';
import { advise, at, situation } from '../advice/fixtures';

const DETAILS = { ...EMPTY_DETAILS, yourName: 'Sam Lee', recipientName: 'Marta Ruiz', company: 'Acme', position: 'Data Analyst' };

// A candidate in London at 21:30 with an interview tomorrow at 10:00, who accepted another offer.
const NIGHT_BEFORE = at('2026-12-01', '21:30', 'Europe/London');
const phoneCase = () =>
  advise(situation({ interview: { date: '2026-12-02', time: '10:00', zone: 'Europe/London' }, reason: 'other-offer' }), NIGHT_BEFORE);

describe('flowItems', () => {
  test('the 21:30 case: email now, call at 09:00, voicemail if no answer, in the plan’s order', () => {
    const items = flowItems(phoneCase(), DETAILS, NIGHT_BEFORE);
    expect(items.map((item) => item.heading)).toEqual(['1 · Now: email', '2 · At 09:00: call — script', '3 · If no answer: voicemail']);
    expect(items.map((item) => item.message?.kind)).toEqual(['cancel', 'phone-script', 'voicemail']);
  });

  test('the messages carry the details typed beside them', () => {
    const [email] = flowItems(phoneCase(), DETAILS, NIGHT_BEFORE);
    expect(email?.message?.body).toContain('Marta');
    expect(email?.message?.body).toContain('Sam Lee');
    expect(`${email?.message?.subject} ${email?.message?.body}`).toContain('Data Analyst');
  });

  test('only the step that waits gets a reminder, at the opening instant', () => {
    const items = flowItems(phoneCase(), EMPTY_DETAILS, NIGHT_BEFORE);
    expect(items.map((item) => item.reminder?.at)).toEqual([undefined, at('2026-12-02', '09:00', 'Europe/London'), undefined]);
    expect(items[1]?.reminder?.title).toMatch(/^Call /u);
  });

  test('a call again after the voicemail and the email has its own script: the email has gone, so it promises none', () => {
    // Short notice in working hours: call, voicemail, email, then the call once more.
    const now = at('2026-12-02', '10:00', 'Europe/London');
    const advice = advise(situation({ interview: { date: '2026-12-02', time: '16:00', zone: 'Europe/London' } }), now);
    const items = flowItems(advice, DETAILS, now);
    const first = items[0]?.message;
    const again = items.find((item) => item.step.timing.kind === 'call-again');
    expect(first?.body).toContain("I'll send you a short email today.");
    expect(again?.sameAs).toBeUndefined();
    expect(again?.message?.kind).toBe('phone-script');
    expect(again?.message?.body).toContain('I left you a voicemail earlier.');
    expect(again?.message?.body).toContain("It's in the email I sent you earlier.");
    expect(again?.message?.body).not.toMatch(/I'll send|I will send/u);
    expect(again?.message?.notes ?? []).toEqual([]);
    // Its edits are kept apart from the first call's.
    expect(items[0]?.editKey).toBe('phone-script');
    expect(again?.editKey).not.toBe('phone-script');
    expect(again?.reminder).toBeDefined();
  });

  test('a later step whose message reads the same word for word points back to the first', () => {
    // An employer's one script covers the call and the voicemail.
    const now = at('2026-12-02', '10:00', 'Europe/London');
    const advice = advise(situation({ who: 'employer', wish: 'cancel-interview', interview: { date: '2026-12-02', time: '16:00', zone: 'Europe/London' } }), now);
    const items = flowItems(advice, DETAILS, now);
    expect(items.map((item) => item.step.channel)).toEqual(['call', 'voicemail', 'email', 'call']);
    expect(items[1]?.message).toBeUndefined();
    expect(items[1]?.sameAs).toBe(0);
    // The call again comes after the email: its script says so, and promises no other.
    expect(items[3]?.message?.body).toContain('The details are in the email I sent you earlier.');
    expect(items[3]?.message?.body).not.toMatch(/I'll confirm|I'm emailing/u);
  });

  test('in an American browser the plan, its headings and its messages write the day and the clock alike', () => {
    // 21:30 in New York the night before: email now, call when their day starts.
    const now = at('2026-12-01', '21:30', 'America/New_York');
    const given = situation({ personZone: 'America/New_York', interview: { date: '2026-12-02', time: '14:00', zone: 'America/New_York' } });
    const american = decide(given, now, 'en-US');
    const british = decide(given, now, 'en-GB');
    if (!american.ok || !british.ok) throw new Error('expected advice');
    expect(american.interview?.words).toBe('Wednesday, December 2, 2026 at 2:00 PM (New York time)');
    expect(british.interview?.words).toBe('Wednesday 2 December 2026 at 14:00 (New York time)');
    const items = flowItems(american, DETAILS, now);
    expect(items[1]?.heading).toBe('2 · At 9:00 AM: call — script');
    expect(items[0]?.message?.body).toContain('Wednesday, December 2 at 2:00 PM');
    expect(american.channelPlan[1]?.when).toContain('Wednesday, December 2, 2026 at 9:00 AM');
    // Without a locale, British English, as before.
    expect(flowItems(british, DETAILS, now)[1]?.heading).toBe('2 · At 09:00: call — script');
  });

  test('a chase with days to go names the weekday on the person’s clock', () => {
    const now = at('2026-12-01', '10:00', 'Europe/London');
    const advice = advise(situation({ interview: { date: '2026-12-08', time: '10:00', zone: 'America/New_York' } }), now);
    const chase = flowItems(advice, EMPTY_DETAILS, now).find((item) => item.step.timing.kind === 'if-no-reply');
    expect(chase?.heading).toMatch(/^2 · If no reply by (Monday|Tuesday|Wednesday|Thursday|Friday) at \d\d:\d\d: call — script$/u);
  });
});

// What the builder's reader made of the same details and situation, before the flow read them itself.
function asParseFieldsReadIt(advice: Advice, details: FlowDetails) {
  const { situation: read } = advice;
  const { interview } = read;
  const { proposedTimes, mayReopen, keepDoorOpen, ...names } = details;
  const times = proposedTimes.filter((time) => time.date !== '' && time.time !== '');
  return parseFields({
    ...Object.fromEntries(Object.entries(names).filter(([, value]) => value.trim() !== '')),
    ...(interview.date || interview.time ? { interview } : {}),
    ...(read.personZone ? { yourZone: read.personZone } : {}),
    ...(read.reason ? { reason: read.reason } : {}),
    ...(advice.wish ? { wish: advice.wish } : {}),
    ...(times.length > 0 ? { proposedTimes: times } : {}),
    ...(mayReopen ? { mayReopen: mayReopen === 'yes' } : {}),
    ...(read.who === 'candidate' && read.people.agency ? { throughAgency: true } : {}),
    keepDoorOpen,
    stage: read.stage,
  }).fields;
}

describe('flowFields', () => {
  const typed = fc.oneof(
    fc.string({ maxLength: 140 }),
    fc.string({ unit: 'grapheme', maxLength: 140 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('', ' ', 'Sam Patel', 'O’Brien', 'שרה', '\u202Eevil', '[Your name]', '{company}', 'Job Title', 'Sam\u200B', 'x'.repeat(150), '👩‍💻'.repeat(120)),
  );
  const row = fc.record({ date: fc.constantFrom('', '2026-12-10', '2027-01-04'), time: fc.constantFrom('', '09:30', '15:00') });
  const details = fc.record({
    yourName: typed,
    recipientName: typed,
    company: typed,
    position: typed,
    yourPhone: fc.oneof(typed, fc.constantFrom('07700 900123', '+44 (0)7700 900 123', ' 07700  900123 ')),
    proposedTimes: fc.array(row, { maxLength: 3 }),
    mayReopen: fc.constantFrom('' as const, 'yes' as const, 'no' as const),
    keepDoorOpen: fc.boolean(),
  });
  const now = at('2026-12-01', '10:00', 'Europe/London');
  const situations = fc.record({
    stage: fc.constantFrom(...STAGES),
    reason: fc.option(fc.constantFrom(...CANDIDATE_REASONS), { nil: undefined }),
    wish: fc.option(fc.constantFrom('cancel', 'reschedule', 'decline', 'withdraw'), { nil: undefined }),
    dated: fc.boolean(),
    personZone: fc.constantFrom('', 'Europe/London', 'America/New_York', 'Asia/Kolkata'),
    agency: fc.boolean(),
  });

  test('reads the details and the situation as the builder’s parseFields would', () => {
    fc.assert(
      fc.property(details, situations, (typedDetails, { stage, reason, wish, dated, personZone, agency }) => {
        const given = situation({
          stage,
          people: { recruiter: !agency, agency, hiringManager: false, panel: false },
          ...(reason ? { reason } : {}),
          interview: dated ? { date: '2026-12-08', time: '10:00', zone: 'America/New_York' } : { date: '', time: '', zone: '' },
          personZone,
        });
        if (wish) given.wish = wish;
        else delete given.wish;
        const advice = decide(given, now);
        // Without a date only an invitation has advice; the rest ask for the date first.
        fc.pre(advice.ok);
        expect(flowFields(advice.situation, advice.wish, typedDetails)).toEqual(asParseFieldsReadIt(advice, typedDetails));
      }),
      { numRuns: 300 },
    );
  });
});

describe('stepHeading and momentWords', () => {
  test.each([
    [{ kind: 'now' } as const, '1 · Now: email'],
    [{ kind: 'if-no-answer' } as const, '1 · If no answer: email'],
    [{ kind: 'straight-after' } as const, '1 · Straight after: email'],
  ])('%o reads %s', (timing, heading) => {
    expect(stepHeading({ channel: 'email', timing }, 0, 'Europe/London', 0)).toBe(heading);
  });

  test('a time within a day is the clock alone; later, the weekday too, said as a person says it', () => {
    const now = at('2026-12-01', '21:30', 'Europe/London');
    expect(momentWords('at', at('2026-12-02', '09:00', 'Europe/London'), 'Europe/London', now)).toBe('at 09:00');
    expect(momentWords('at', at('2026-12-03', '12:00', 'Europe/London'), 'Europe/London', now)).toBe('on Thursday at 12:00');
    expect(momentWords('by', at('2026-12-03', '12:00', 'Europe/London'), 'Europe/London', now)).toBe('by Thursday at 12:00');
    // On the person's clock: 09:00 in New York is 14:00 in London.
    expect(momentWords('by', at('2026-12-02', '09:00', 'America/New_York'), 'Europe/London', now)).toBe('by 14:00');
  });

  test('a step a weekend away reads "On Monday at 09:00", never "At Monday 09:00"', () => {
    const friday = at('2026-12-04', '18:00', 'Europe/London');
    const monday = at('2026-12-07', '09:00', 'Europe/London');
    expect(stepHeading({ channel: 'call', timing: { kind: 'at-opening', at: monday } }, 1, 'Europe/London', friday)).toBe('2 · On Monday at 09:00: call — script');
    expect(stepHeading({ channel: 'call', timing: { kind: 'call-again', at: monday } }, 2, 'Europe/London', friday)).toBe('3 · If no call back, on Monday at 09:00: call — script');
    expect(stepHeading({ channel: 'email', timing: { kind: 'if-no-reply', at: monday } }, 3, 'Europe/London', friday)).toBe('4 · If no reply by Monday at 09:00: email');
    expect(stepHeading({ channel: 'call', timing: { kind: 'at-opening', at: at('2026-12-05', '09:00', 'Europe/London') } }, 1, 'Europe/London', friday)).toBe('2 · At 09:00: call — script');
  });

  test('only later steps wait', () => {
    expect(isWaiting({ kind: 'at-opening', at: 1 })).toBe(true);
    expect(isWaiting({ kind: 'call-again', at: 1 })).toBe(true);
    expect(isWaiting({ kind: 'if-no-reply', at: 1 })).toBe(true);
    expect(isWaiting({ kind: 'now' })).toBe(false);
    expect(isWaiting({ kind: 'if-no-answer' })).toBe(false);
  });
});

describe('readDetails', () => {
  test('keeps text, drops anything else', () => {
    expect(readDetails({ yourName: 'Sam', company: 42, position: null })).toEqual({ ...EMPTY_DETAILS, yourName: 'Sam' });
    expect(readDetails('garbage')).toEqual(EMPTY_DETAILS);
  });
});

describe('readDetails, times and the reopening choice', () => {
  test('keeps real dates and times to offer, blanks the rest, and keeps at most three', () => {
    const read = readDetails({
      proposedTimes: [{ date: '2026-12-08', time: '15:00' }, { date: '8 Dec', time: '3pm' }, 'junk', { date: '2026-12-09', time: '10:00' }],
      mayReopen: 'yes',
    });
    expect(read.proposedTimes).toEqual([{ date: '2026-12-08', time: '15:00' }, { date: '', time: '' }, { date: '', time: '' }]);
    expect(read.mayReopen).toBe('yes');
    expect(readDetails({ mayReopen: 'maybe' }).mayReopen).toBe('');
  });
});

describe('times to offer, row by row', () => {
  test('one empty row to start; a new row appears once the last has something; never more than three', () => {
    expect(timeRows([])).toEqual([{ date: '', time: '' }]);
    const one = withTimePart([], 0, 'date', '2026-12-08');
    expect(timeRows(one)).toHaveLength(2);
    const three = withTimePart(withTimePart(one, 1, 'date', '2026-12-09'), 2, 'date', '2026-12-10');
    expect(timeRows(three)).toHaveLength(3);
    // Emptying the last row drops it again.
    expect(withTimePart(one, 0, 'date', '')).toEqual([]);
  });
});

describe('the page’s own messages', () => {
  const reschedulePage = ['reschedule', 'second-reschedule', 'phone-script', 'voicemail', 'follow-up'] as const;

  test('before there is a plan, every message of the page, written from what the form holds', () => {
    const before = situation({ wish: 'reschedule', interview: { date: '', time: '', zone: 'Europe/London' } });
    const messages = pageMessages(reschedulePage, before, null, EMPTY_DETAILS);
    expect(messages.map((message) => message.kind)).toEqual([...reschedulePage]);
    expect(messages[0]?.body).toMatch(/move|another time|reschedul/iu);
    for (const message of messages) expect(message.body).not.toMatch(/undefined|\[|\{/u);
  });

  test('with a plan, only those the plan does not send', () => {
    const advice = phoneCase();
    const sent = new Set<string>(advice.channelPlan.map((step) => step.message));
    const rest = pageMessages(['cancel', 'phone-script', 'voicemail', 'follow-up'], advice.situation, advice, EMPTY_DETAILS);
    expect(rest.length).toBeGreaterThan(0);
    for (const message of rest) expect(sent.has(message.kind)).toBe(false);
  });

  test('when the plan writes first, the page’s own voicemail never promises the email that has already gone', () => {
    // A London candidate moving a New York interview, at night: email now, call later if no reply.
    const now = at('2026-12-01', '21:30', 'Europe/London');
    const advice = advise(situation({ wish: 'reschedule', personZone: 'Europe/London', interview: { date: '2026-12-09', time: '10:00', zone: 'America/New_York' } }), now);
    expect(advice.channelPlan[0]?.channel).toBe('email');
    expect(advice.channelPlan.map((step) => step.message)).not.toContain('voicemail');
    const [voicemail] = pageMessages(['voicemail'], advice.situation, advice, DETAILS);
    expect(voicemail?.body).toContain('move');
    expect(voicemail?.body).not.toMatch(/follow up by email|I'll email|I will email|send you an email/iu);
  });

  test('the missed-interview page with the interview still ahead offers no apology for missing it', () => {
    const { wish: _unchosen, ...missed } = situation({ stage: 'missed', interview: { date: '2026-12-02', time: '10:00', zone: 'Europe/London' } });
    const advice = advise(missed, NIGHT_BEFORE);
    const kinds = pageMessages(['missed-apology', 'phone-script', 'voicemail', 'follow-up'], missed, advice, EMPTY_DETAILS).map((message) => message.kind);
    expect(kinds).not.toContain('missed-apology');
    const items = flowItems(advice, EMPTY_DETAILS, NIGHT_BEFORE);
    expect(items.map((item) => item.message?.body ?? '').join('\n')).not.toMatch(/missed/iu);
  });

  test('times offered beside the messages reach the request to move, read in the interview’s zone', () => {
    const before = situation({ wish: 'reschedule', interview: { date: '2026-12-08', time: '15:00', zone: 'America/New_York' }, personZone: 'Europe/London' });
    const details = { ...EMPTY_DETAILS, proposedTimes: [{ date: '2026-12-10', time: '11:00' }, { date: '2026-12-11', time: '' }] };
    const [request] = pageMessages(['reschedule'], before, null, details, 'en-GB');
    expect(request?.body).toMatch(/Thursday 10 December at 11am/u);
    // A half-filled row is not offered.
    expect(request?.body).not.toMatch(/11 December/u);
  });

  test('an employer who says the role will not reopen: the withdrawal says so', () => {
    const employer = situation({ who: 'employer', wish: 'withdraw-invitation', interview: { date: '2026-12-09', time: '10:00', zone: 'Europe/London' } });
    const [withdrawal] = pageMessages(['employer-withdraw-invitation'], employer, null, { ...EMPTY_DETAILS, mayReopen: 'no' });
    expect(withdrawal?.body).toMatch(/not expect the role to reopen|don't expect the role to reopen/u);
  });
});

describe('the page’s own messages follow the notice band the engine computes', () => {
  const NOW = at('2026-12-01', '10:00', 'Europe/London');
  const extra = ['second-reschedule', 'stay-in-touch'] as const;
  const notes = (advice: Advice) => pageMessages(extra, advice.situation, advice, DETAILS).map((message) => message.body);

  test('ten days’ notice and illness: no timing apology, since the notice is not short', () => {
    const advice = advise(situation({ wish: 'reschedule', reason: 'illness', interview: { date: '2026-12-11', time: '10:00', zone: 'Europe/London' } }), NOW);
    expect(advice.notice).toBe('enough');
    const [second, stay] = notes(advice);
    expect(second).toContain("I'm sorry to ask again.");
    expect(second).not.toMatch(/short notice/u);
    expect(stay).not.toMatch(/sorry|short notice/u);
  });

  test('short notice and a clash: the second request apologises for the short notice, as every plan message does', () => {
    const advice = advise(situation({ wish: 'reschedule', reason: 'schedule-conflict', interview: { date: '2026-12-01', time: '16:00', zone: 'Europe/London' } }), NOW);
    expect(advice.notice).toBe('short');
    const [second, stay] = notes(advice);
    expect(second).toContain("I'm sorry to ask again, and at short notice.");
    expect(stay).toContain("I'm sorry for the short notice.");
  });

  test('with no plan yet the notice is not known, so no reason brings a timing apology', () => {
    const before = situation({ wish: 'reschedule', reason: 'illness' });
    for (const body of pageMessages(extra, before, null, DETAILS).map((message) => message.body)) expect(body).not.toMatch(/short notice/u);
  });
});

describe('a phone-only plan writes its record by text, and says so', () => {
  // An employer moving an interview tomorrow, with the candidate's number but no email address.
  const NOW = at('2026-12-01', '10:00', 'Europe/London');
  const phoneOnly = (email: boolean) =>
    advise(situation({ who: 'employer', wish: 'move-interview', reason: 'interviewer-unavailable', contacts: { phone: true, email, text: false }, interview: { date: '2026-12-02', time: '10:00', zone: 'Europe/London' } }), NOW);

  test('the script promises a text, the note names the text, and the record is a text that says "this text"', () => {
    const items = flowItems(phoneOnly(false), { ...DETAILS, company: 'Acme' }, NOW);
    expect(items.map((item) => item.step.channel).slice(0, 3)).toEqual(['call', 'voicemail', 'text']);
    const script = items[0]?.message;
    expect(script?.body).toContain("I'll confirm it all by text today.");
    expect(script?.body).toContain("I'm texting you the details now.");
    expect(script?.notes?.join(' ')).toContain('Send the confirming text straight after the call');
    expect(`${script?.body} ${script?.notes?.join(' ')}`).not.toMatch(/\bemail/iu);
    const record = items[2]?.message;
    expect(record?.channel).toBe('text');
    expect(record?.subject).toBeUndefined();
    expect(record?.body).toContain('reply to this text');
    expect(record?.body).not.toMatch(/\bemail/iu);
  });

  test('with an email address the same plan confirms by email', () => {
    const items = flowItems(phoneOnly(true), DETAILS, NOW);
    const script = items[0]?.message;
    expect(script?.body).toContain("I'll confirm it all by email today.");
    expect(script?.notes?.join(' ')).toContain('Send the confirming email straight after the call');
    const record = items.find((item) => item.step.channel === 'email')?.message;
    expect(record?.channel).toBe('email');
    expect(record?.body).toContain('reply to this email');
  });
});

describe('detailsAsked', () => {
  test.each([
    [['reschedule'], 'candidate', 'reschedule', { times: true, mayReopen: false, phone: false }],
    [['phone-script'], 'candidate', 'reschedule', { times: true, mayReopen: false, phone: true }],
    [['cancel', 'phone-script'], 'candidate', 'cancel', { times: false, mayReopen: false, phone: true }],
    [['cancel', 'voicemail'], 'candidate', 'cancel', { times: false, mayReopen: false, phone: true }],
    [['employer-withdraw-invitation'], 'employer', 'withdraw-invitation', { times: false, mayReopen: true, phone: false }],
    [['employer-phone-script'], 'employer', 'move-interview', { times: true, mayReopen: false, phone: true }],
  ] as const)('%o for the %s who wants to %s: %o', (kinds, who, wish, asked) => {
    expect(detailsAsked(kinds, who, wish)).toEqual(asked);
  });
});

describe('the Do list’s offer to talk is made in the email itself', () => {
  const OFFER = 'In your email, offer to talk it over if they would like to.';
  const employer = (overrides: Parameters<typeof situation>[0]) =>
    situation({ who: 'employer', wish: 'cancel-interview', reason: 'interviewer-unavailable', interview: { date: '2026-12-16', time: '14:00', zone: 'Europe/London' }, ...overrides });
  const weekBefore = at('2026-12-08', '10:00', 'Europe/London');

  test.each([
    ['a week’s notice, phone and email', {}],
    ['a week’s notice, email only', { contacts: { phone: false, email: true, text: false } }],
    ['a voicemail left already', { spoke: 'voicemail' as const }],
  ])('%s: the Do list says it, and the email does it', (_, overrides) => {
    const advice = advise(employer(overrides), weekBefore);
    expect(advice.dos.map((line) => line.text)).toContain(OFFER);
    const email = flowItems(advice, EMPTY_DETAILS, weekBefore).find((item) => item.message?.channel === 'email')?.message;
    expect(email?.body).toContain('or would like to talk it over');
  });

  test('after a call that got through, neither asks: they have talked already', () => {
    const advice = advise(employer({ spoke: 'call' }), weekBefore);
    expect(advice.dos.map((line) => line.text)).not.toContain(OFFER);
    const email = flowItems(advice, EMPTY_DETAILS, weekBefore).find((item) => item.message?.channel === 'email')?.message;
    expect(email?.body).not.toContain('talk it over');
  });
});

describe('your phone number, beside a call or voicemail', () => {
  // The 21:30 case: email now, then a call and a voicemail at 09:00.
  const withPhone = { ...DETAILS, yourPhone: '07700 900123' };

  test('the voicemail gives the number as typed, grouping kept, and the note says to say it slowly', () => {
    const voicemail = flowItems(phoneCase(), withPhone, NIGHT_BEFORE).find((item) => item.message?.kind === 'voicemail')?.message;
    expect(voicemail?.body).toContain('You can reach me on 07700 900123.');
    expect(voicemail?.notes).toContain('Say your number slowly, in small groups of digits.');
  });

  test('without a number the voicemail promises none, and the note says where to add it', () => {
    const voicemail = flowItems(phoneCase(), DETAILS, NIGHT_BEFORE).find((item) => item.message?.kind === 'voicemail')?.message;
    expect(voicemail?.body).not.toMatch(/reach me on|my number|, on /u);
    expect(voicemail?.notes).toContain('Add your phone number above, and the voicemail gives it, so they can call you back.');
    expect(voicemail?.notes).not.toContain('Say your number slowly, in small groups of digits.');
  });

  test('cleaned and capped as every field is, and saved with the other details', () => {
    const fields = flowFields(phoneCase().situation, 'cancel', { ...DETAILS, yourPhone: '\u202E07700\n900123' });
    expect(fields.yourPhone).toBe('07700 900123');
    expect(flowFields(phoneCase().situation, 'cancel', { ...DETAILS, yourPhone: '1'.repeat(60) }).yourPhone).toHaveLength(40);
    expect(readDetails({ ...withPhone }).yourPhone).toBe('07700 900123');
    expect(readDetails({ yourPhone: 7700 }).yourPhone).toBe('');
  });
});

// Short notice and no phone: the plan's step says to start the subject with "Urgent:", and the email
// the person sends (copied, or opened in their mail app) does.
describe('the urgent subject', () => {
  const DAY_BEFORE = at('2026-12-15', '15:00', 'Europe/London');
  const noPhone = { contacts: { phone: false, email: true, text: false } };
  const emailOf = (items: ReturnType<typeof flowItems>) => items.find((item) => item.step.channel === 'email')?.message;

  test.each([
    ['candidate', situation({ ...noPhone }), 'Urgent: Cancelling my interview, Data Analyst, Wednesday 16 December – Sam Lee'],
    ['employer', situation({ ...noPhone, who: 'employer', wish: 'cancel-interview', reason: 'interviewer-unavailable' }), 'Urgent: Change to your interview, Data Analyst, Wednesday 16 December – Acme'],
  ] as const)('%s: the email starts "Urgent:", in the mail app too', (_who, given, subject) => {
    const advice = advise(given, DAY_BEFORE);
    expect(advice.channelPlan[0]?.urgentSubject).toBe(true);
    const email = emailOf(flowItems(advice, DETAILS, DAY_BEFORE));
    expect(email?.subject).toBe(subject);
    expect(decodeMailto(mailtoHref({ subject: email?.subject ?? '', body: email?.body ?? '' }))?.subject).toBe(subject);
  });

  test('a candidate who missed it with no phone: the apology’s subject is urgent too', () => {
    const after = at('2026-12-16', '15:00', 'Europe/London');
    const email = emailOf(flowItems(advise(situation({ ...noPhone, stage: 'missed', wish: 'reschedule' }), after), DETAILS, after));
    expect(email?.subject).toBe('Urgent: About our missed interview, Data Analyst, Wednesday 16 December – Sam Lee');
  });

  test('with enough notice, or a phone to call first, the subject is not urgent', () => {
    const WEEK_BEFORE = at('2026-12-09', '12:00', 'Europe/London');
    for (const [given, now] of [[situation(noPhone), WEEK_BEFORE], [situation(), DAY_BEFORE]] as const) {
      const advice = advise(given, now);
      for (const item of flowItems(advice, DETAILS, now)) expect(item.message?.subject ?? '').not.toMatch(/Urgent/u);
    }
  });
});

// An agency recruiter set it up: the Tell list says to ask them to tell the employer, and every
// message of the plan asks, in a text and a voicemail within their limits.
describe('a candidate whose interview an agency set up', () => {
  const viaAgency = { people: { recruiter: false, agency: true, hiringManager: false, panel: false } };
  const ASK = 'Could you let Acme know?';
  const DAY_BEFORE = at('2026-12-15', '15:00', 'Europe/London');
  const messagesOf = (given: Parameters<typeof situation>[0]) => {
    const advice = advise(situation({ ...viaAgency, ...given }), DAY_BEFORE);
    return { advice, messages: flowItems(advice, { ...DETAILS, yourPhone: '+44 7700 900123' }, DAY_BEFORE).flatMap((item) => (item.message ? [item.message] : [])) };
  };

  test.each([
    // The last is the call again, written for after the voicemail and the written message.
    ['phone and email', { contacts: { phone: true, email: true, text: false } }, ['phone-script', 'voicemail', 'follow-up', 'phone-script']],
    ['phone only', { contacts: { phone: true, email: false, text: false } }, ['phone-script', 'voicemail', 'text', 'phone-script']],
  ] as const)('with %s, the script, the voicemail and the written message each ask once', (_label, given, kinds) => {
    const { advice, messages } = messagesOf(given);
    expect(advice.tell[0]?.why).toContain('Ask them to tell the employer.');
    expect(messages.map((message) => message.kind)).toEqual(kinds);
    for (const message of messages) expect(message.body.split(ASK), message.body).toHaveLength(2);
    const text = messages.find((message) => message.kind === 'text');
    if (text) expect(characterCount(text.body)).toBeLessThanOrEqual(TEXT_CHARACTER_LIMIT);
    const voicemail = messages.find((message) => message.kind === 'voicemail');
    expect(voicemail?.wordCount).toBeLessThanOrEqual(VOICEMAIL_WORD_LIMIT);
  });

  test('without an agency, and on the employer’s side, no message asks', () => {
    const advice = advise(situation(), DAY_BEFORE);
    for (const item of flowItems(advice, DETAILS, DAY_BEFORE)) expect(item.message?.body ?? '').not.toContain(ASK);
    const employer = advise(situation({ ...viaAgency, who: 'employer', wish: 'cancel-interview' }), DAY_BEFORE);
    for (const item of flowItems(employer, DETAILS, DAY_BEFORE)) expect(item.message?.body ?? '').not.toMatch(/let Acme know/u);
  });
});

// No phone, email or text: the plan says to reply the way they reached the person (a booking link, a
// job site) and ask who to contact. The message does, has no subject, and is not an email to open.
describe('with no contact details at all', () => {
  const none = { contacts: { phone: false, email: false, text: false } };
  const WEEK_BEFORE = at('2026-12-09', '12:00', 'Europe/London');
  const AFTER = at('2026-12-16', '15:00', 'Europe/London');
  const only = (given: Parameters<typeof situation>[0], now = WEEK_BEFORE) => {
    const advice = advise(situation({ ...none, ...given }), now);
    const items = flowItems(advice, DETAILS, now);
    expect(items.map((item) => item.heading)).toEqual(['1 · Now: message']);
    return { advice, message: items[0]?.message };
  };

  test.each([
    ['cancel', {}],
    ['reschedule', { wish: 'reschedule' as const }],
    ['decline', { wish: 'decline' as const, stage: 'invited' as const }],
    ['withdraw', { wish: 'withdraw' as const }],
    ['missed', { stage: 'missed' as const, wish: 'reschedule' as const }],
  ] as const)('a candidate (%s) asks who to contact, with no subject line, as a message', (label, given) => {
    const { advice, message } = only(given, label === 'missed' ? AFTER : WEEK_BEFORE);
    expect(advice.messages.list[0]?.step.noContact).toBe(true);
    expect(message?.subject).toBeUndefined();
    expect(message?.channel).toBe('message');
    expect(message?.body).toContain('Could you tell me who I should contact about this, or pass this message on to them?');
  });

  test.each([
    ['cancel-interview', {}],
    ['move-interview', {}],
    ['withdraw-invitation', { stage: 'invited' as const }],
  ] as const)('an employer (%s) asks how to reach the candidate, with no subject line', (wish, given) => {
    const { message } = only({ who: 'employer', wish, reason: 'interviewer-unavailable', ...given });
    expect(message?.subject).toBeUndefined();
    expect(message?.channel).toBe('message');
    expect(message?.body).toContain('Could you reply with a phone number or email address where I can reach you?');
  });

  test('an agency set up or not, one question: who to contact', () => {
    const { message } = only({ people: { recruiter: false, agency: true, hiringManager: false, panel: false } });
    expect(message?.body).not.toContain('Could you let Acme know?');
    expect(message?.body).toContain('who I should contact');
  });

  test('with a way to reach them, no message asks who to contact, and emails keep their subject', () => {
    for (const contacts of [{ phone: true, email: true, text: false }, { phone: false, email: true, text: false }, { phone: true, email: false, text: false }]) {
      const advice = advise(situation({ contacts }), WEEK_BEFORE);
      for (const item of flowItems(advice, DETAILS, WEEK_BEFORE)) {
        expect(item.message?.body ?? '').not.toMatch(/who I should contact|where I can reach you/u);
        if (item.message?.channel === 'email') expect(item.message.subject).toBeDefined();
      }
    }
  });
});

// The policy: a reply is not required of them, but confirmation is your job.
describe('a text that chases an unanswered text', () => {
  test('asks them to say it arrived; the first text does not', () => {
    const now = at('2026-12-02', '10:00', 'Europe/London');
    const texting = situation({ contacts: { phone: false, email: true, text: true } });
    const items = flowItems(advise(texting, now), DETAILS, now);
    const texts = items.filter((item) => item.message?.channel === 'text');
    expect(texts.length, items.map((item) => item.heading).join('\n')).toBe(2);
    expect(texts[0]?.message?.body).not.toContain('Could you let me know you got this?');
    expect(texts[1]?.message?.body).toContain('Could you let me know you got this?');
  });
});

describe('the offer to stay in touch', () => {
  test('ticked, the cancellation offers it; unticked, no message offers it', () => {
    const advice = phoneCase();
    const [email] = flowItems(advice, DETAILS, NIGHT_BEFORE);
    expect(email?.message?.body).toContain('stay in touch');
    const unticked = flowItems(advice, { ...DETAILS, keepDoorOpen: false }, NIGHT_BEFORE);
    for (const item of unticked) expect(item.message?.body ?? '').not.toMatch(/stay in touch|future (roles|openings)/u);
    const shown = (details: typeof DETAILS) => flowItems(advice, details, NIGHT_BEFORE).flatMap((item) => (item.message ? [item.message] : []));
    expect(isDoorOpenAsked(shown(DETAILS), [], advice.situation, advice, DETAILS, NIGHT_BEFORE)).toBe(true);
    // Unticked, it is still asked: ticking it again would change the email.
    const off = { ...DETAILS, keepDoorOpen: false };
    expect(isDoorOpenAsked(shown(off), [], advice.situation, advice, off, NIGHT_BEFORE)).toBe(true);
  });

  test('asked only where it changes a message: a request to move the interview offers nothing of the kind', () => {
    const now = at('2026-12-01', '10:00', 'Europe/London');
    const advice = advise(situation({ wish: 'reschedule', interview: { date: '2026-12-08', time: '10:00', zone: 'Europe/London' } }), now);
    const shown = [...flowItems(advice, DETAILS, now).flatMap((item) => (item.message ? [item.message] : [])), ...pageMessages(['reschedule'], advice.situation, advice, DETAILS)];
    expect(isDoorOpenAsked(shown, ['reschedule'], advice.situation, advice, DETAILS, now)).toBe(false);
  });

  test('details saved before the box was keep offering it', () => {
    expect(readDetails({ yourName: 'Sam' }).keepDoorOpen).toBe(true);
    expect(readDetails({ keepDoorOpen: false }).keepDoorOpen).toBe(false);
    expect(readDetails({ keepDoorOpen: 'no' }).keepDoorOpen).toBe(true);
  });
});
