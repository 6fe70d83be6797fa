import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compose } from '../../src/lib/messages/index';
import { FINDING_IDS, LENGTH_LIMITS, checkDraft, type DraftChannel, type FindingId } from '../../src/lib/tone';
import { MESSAGE_KINDS, REASONS } from '../../src/lib/types';

const filler = (sentences: number): string =>
  Array.from({ length: sentences }, () => 'The people I met were welcoming and the work sounds interesting.').join(' ');

// [what the draft is, the draft, the channel, the findings expected]
const drafts: [string, string, DraftChannel, FindingId[]][] = [
  ['a clean cancellation', "Hi Priya,\n\nThank you for inviting me to interview for the Marketing Lead role. I'm writing to cancel my interview on Thursday at 2pm, as I've accepted another offer.\n\nI'd be glad to stay in touch.\n\nBest wishes,\nTom", 'email', []],
  ['a clean reschedule request', 'Dear Mr Okafor,\n\nThank you for arranging the interview. I have a clash on Tuesday morning. Could we reschedule to Wednesday or Thursday afternoon?\n\nKind regards,\nAmina Yusuf', 'email', []],
  ['a maybe instead of a decision', 'Hi Sarah,\n\nI might not be able to make it to the interview tomorrow. Thanks for understanding.\n\nBest,\nLeo', 'email', ['hedging', 'no-decision']],
  ['"probably" before the decision', "Hi Dan, I'll probably have to cancel Friday's interview. Thanks, Mia", 'email', ['hedging']],
  ['"hopefully" in a reschedule', 'Hello,\n\nI need to reschedule our call. Hopefully we can find another slot next week.\n\nThank you,\nGrace', 'email', ['hedging']],
  ['criticism of the process and the recruiter', "Hi Mark,\n\nThanks for the invite. I'm cancelling my interview because your process has been really disorganised and the recruiter was rude.\n\nRegards,\nJo", 'email', ['criticism']],
  ['a comparison about money', "Hi Ana,\n\nThank you for your time. I'm withdrawing my application because another company offered me more money.\n\nBest wishes,\nRavi", 'email', ['criticism']],
  ['two apologies', "Hi Jen,\n\nI'm sorry, but I need to cancel tomorrow's interview. I apologise for the inconvenience and thank you for understanding.\n\nBest,\nKim", 'email', ['over-apologising']],
  ['"so so sorry"', "Hi Jen,\n\nI'm so so sorry but I have to cancel our interview. Thank you.\n\nKim", 'email', ['over-apologising']],
  ['"terribly sorry"', 'Dear Ms Webb,\n\nI am terribly sorry to let you know that I must cancel my interview on Monday. Thank you for your understanding.\n\nKind regards,\nPaul', 'email', ['over-apologising']],
  ['symptoms in detail', "Hi Tom,\n\nI need to cancel today's interview. I've had food poisoning since last night and have been vomiting all morning. Thanks for understanding.\n\nBest,\nAisha", 'email', ['oversharing']],
  ['family detail', 'Hello Claire,\n\nI have to cancel my interview on Monday because my mum fell and is in hospital. Thank you for your patience.\n\nKind regards,\nOwen', 'email', ['oversharing']],
  ['a brief family emergency', 'Hello Claire,\n\nA family emergency means I need to cancel my interview on Monday. Thank you for understanding.\n\nKind regards,\nOwen', 'email', []],
  ['a brief "unwell" text', "Hi Sam, I'm unwell today, so I need to reschedule our 3pm interview. Could we find another time this week? Thank you, Li", 'text', []],
  ['[Name] left in', "Dear [Name],\n\nThank you for the invitation. I'm writing to decline the interview.\n\nKind regards,\nSara", 'email', ['placeholder']],
  ['{company} left in', "Hi Joe,\n\nThanks for thinking of me for the role at {company}. I've decided to withdraw my application.\n\nBest,\nNed", 'email', ['placeholder']],
  ['XX for a date', 'Hi Joe,\n\nThank you. I need to cancel my interview on XX March.\n\nBest,\nNed', 'email', ['placeholder']],
  ['<Company> left in', 'Hi Joe,\n\nThank you for the offer to interview with <Company>. I must decline.\n\nBest,\nNed', 'email', ['placeholder']],
  ['"Company Name" left in', "Hi Joe, thank you for considering me at Company Name. I'm cancelling my interview. Best, Ned", 'email', ['placeholder']],
  ['"(insert date)" left in', 'Hi Lucy,\n\nThank you. I need to cancel my interview on (insert date).\n\nBest,\nMo', 'email', ['placeholder']],
  ['DD/MM and HH:MM left in', "Hi Jo,\n\nThank you. I'd like to reschedule to DD/MM at HH:MM.\n\nBest,\nSam", 'email', ['placeholder']],
  ['no thanks anywhere', "Hi Rosa,\n\nI'm cancelling my interview on Friday as I've accepted another role.\n\nBest,\nIan", 'email', ['no-thanks']],
  ['a sign-off with no name', "Hi Rosa,\n\nThank you for the invitation. I'm cancelling my interview on Friday.\n\nBest wishes,", 'email', ['no-name']],
  ['a sign-off followed only by contact details', "Hi Rosa,\n\nThank you for the invitation. I'm cancelling my interview on Friday.\n\nKind regards,\n+44 7700 900123\nme@example.com", 'email', ['no-name']],
  ['an email ending on "Thanks!"', 'Hi Jo,\n\nI need to cancel my interview tomorrow at 10.\n\nThanks!', 'email', ['no-name']],
  ['a text that says who it is from', 'Hi Jo, this is Sam Patel. I need to cancel my interview tomorrow at 10. Sorry for the short notice.\nThanks!', 'text', []],
  ['an email that runs long', `Hi Rosa,\n\nThank you for the invitation. I'm writing to cancel my interview on Friday. ${filler(25)}\n\nBest wishes,\nTom`, 'email', ['too-long']],
  ['a text that runs long', `Hi Jo, this is Sam. I need to cancel my interview on Friday, as I've accepted another offer. Thank you for your time. ${filler(4)}`, 'text', ['too-long']],
  ['a voicemail that runs long', `Hello Jo, this is Sam Patel. I'm calling to cancel my interview on Friday. Thank you for the invitation. ${filler(7)} My number is 07700 900123.`, 'voicemail', ['too-long']],
  ['a LinkedIn note that runs long', `Hi Jo, thank you again for your time. Although I withdrew from the process, I'd like to stay in touch. ${filler(3)} Best, Sam`, 'linkedin', ['too-long']],
  ['a long phone script, which has no limit', `When they answer: "Hello Jo, this is Sam. I need to cancel my interview on Friday. Thank you for your time." ${filler(30)}`, 'phone', []],
  ['an unsure, thankless note', "Hey, I'm not sure if I'll make it tomorrow. Maybe we could move it?", 'text', ['hedging', 'no-thanks']],
  ['no decision at all', 'Hi Pat,\n\nThank you for the invitation. Something has come up this week and things are a bit hectic.\n\nBest,\nKai', 'email', ['no-decision']],
  ['"won\'t be able to attend" is a decision', "Hi Pat,\n\nThank you for the invitation. I won't be able to attend the interview on Thursday.\n\nBest,\nKai", 'email', []],
  ['a clean employer withdrawal', "Dear Ms Chen,\n\nThank you for your interest in the Analyst role. I'm sorry to tell you that we are withdrawing our invitation to interview, as the role has been put on hold.\n\nKind regards,\nMaria Lopez\nAcme", 'email', []],
  ['a clean employer move by text', 'Hi Sam, we need to move your interview on Tuesday because the interviewer is unavailable. Would Thursday at 10:00 work instead? Thanks, Maria', 'text', []],
  ['heavy apology and therapy detail', "Hi Jo,\n\nI'm terribly sorry, I have to cancel. My therapist says I need rest after my panic attacks. Thank you.\n\nBest,\nAl", 'email', ['over-apologising', 'oversharing']],
  ['curly apostrophes', 'Hi Jo,\n\nThank you for the invite. I won’t be able to attend on Friday, as I’ve accepted another offer.\n\nBest,\nAl', 'email', []],
  ['"I think I might have to cancel"', 'Hi Jo,\n\nThanks for arranging this. I think I might have to cancel our interview.\n\nBest,\nAl', 'email', ['hedging']],
  ['company reviews as the reason', "Hi Jo, thank you for the invitation. After reading your Glassdoor reviews I'm withdrawing my application. Al", 'email', ['criticism']],
  ['a salary complaint', "Hi Jo,\n\nThanks for the call. The salary was too low, so I'm declining the interview.\n\nBest,\nAl", 'email', ['criticism']],
  ['a good missed-interview apology', "Dear Ms Reed,\n\nI missed our interview yesterday, and I'm sorry. I was unwell and couldn't get in touch in time. I'm still very interested and would be grateful for the chance to reschedule.\n\nThank you for considering it.\n\nKind regards,\nNoor", 'email', []],
  ['a missed-interview apology that grovels', 'Dear Ms Reed,\n\nI am so sorry I missed our interview. I apologise again, I feel terrible. Please could we reschedule? Thank you.\n\nNoor', 'email', ['over-apologising']],
  ['a decline with a referral', "Hi Lucy,\n\nThank you for inviting me to interview for the Designer role. I've decided to decline, as the timing isn't right for me. My former colleague Ben Ortiz would be a great fit, and I'd be happy to introduce you.\n\nAll the best,\nMo", 'email', []],
  ['"possibly" about another day', 'Hi Jo,\n\nThank you for the invite. I could possibly come next week instead, but I need to reschedule Monday.\n\nBest,\nSam', 'email', ['hedging']],
  ['"not sure I can make it"', "Hi Jo, thanks for this. I'm not sure I can make it on Monday. Sam", 'text', ['hedging', 'no-decision']],
  ['money worries', "Hi Jo,\n\nThank you for the invite. I need to cancel as I can't afford the train to London this week.\n\nBest,\nSam", 'email', ['oversharing']],
  ['a clean withdrawal between rounds', 'Dear Ms Novak,\n\nThank you for your help through the process for the Analyst role. I have decided to withdraw my application, as I have accepted another offer. Could you please let the hiring manager know as well?\n\nKind regards,\nIvan Petrov', 'email', []],
  ['backing out of an accepted offer is a decision', "Hi Jo,\n\nI'm sorry to tell you that I can no longer take up the Analyst role. Thank you for the offer.\n\nBest,\nSam", 'email', []],
  ['an employer not offering the job is a decision', "Hi Sam,\n\nThank you for interviewing with us. I'm sorry to tell you that we won't be offering you the job.\n\nBest,\nJo", 'email', []],
  ['a clean pushback reply', "Hi Jo,\n\nThank you for getting back to me. I've thought it over, and my decision stands: I'm withdrawing from the process.\n\nBest wishes,\nSam", 'email', []],
  ['an angry ghosting excuse', "Hi, I'm pulling out. Honestly the whole thing was a waste of my time and your team seemed disorganised.", 'email', ['criticism', 'no-thanks']],
  ['a placeholder signature', "Hi Jo,\n\nThank you for the invitation. I'm cancelling my interview on Friday.\n\nBest wishes,\n[Your Name]", 'email', ['placeholder']],
];

describe('checkDraft', () => {
  test('has at least forty drafts in its table', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(40);
  });

  test.each(drafts)('%s', (_name, draft, channel, expected) => {
    const findings = checkDraft(draft, { channel });
    expect([...new Set(findings.map((finding) => finding.id))].sort()).toEqual([...expected].sort());
  });

  test.each(drafts)('quotes the exact words for %s', (_name, draft, channel) => {
    for (const finding of checkDraft(draft, { channel })) {
      expect(FINDING_IDS).toContain(finding.id);
      expect(finding.label).not.toBe('');
      expect(finding.fix).not.toBe('');
      if (finding.trigger !== '') expect(draft).toContain(finding.trigger);
    }
  });

  test('names the words that sound unsure', () => {
    expect(checkDraft("Hi Dan, I'll probably have to cancel Friday's interview. Thanks, Mia").map((f) => f.trigger)).toEqual(['probably']);
  });

  test('quotes the second apology when there are two', () => {
    const [finding] = checkDraft("Hi Jen,\n\nI'm sorry, but I need to cancel. I apologise for the trouble, and thank you.\n\nKim");
    expect(finding).toMatchObject({ id: 'over-apologising', trigger: 'apologise' });
  });

  test('quotes the sign-off that has no name under it', () => {
    const findings = checkDraft("Hi Rosa,\n\nThank you. I'm cancelling my interview.\n\nKind regards,");
    expect(findings).toEqual([expect.objectContaining({ id: 'no-name', trigger: 'Kind regards,' })]);
  });

  test('gives nothing for an empty draft', () => {
    expect(checkDraft('')).toEqual([]);
    expect(checkDraft('   \n ')).toEqual([]);
  });

  test('reads an unknown channel as email', () => {
    expect(checkDraft(`Thank you. I need to cancel. ${filler(30)}`, { channel: 'fax' as DraftChannel }).map((f) => f.id)).toEqual(['too-long']);
  });
});

describe('checkDraft: length limits', () => {
  const base = "Thank you. I need to cancel my interview. I'm Sam.";
  const wordsLong = (count: number): string => `${base} ${Array.from({ length: count - 10 }, () => 'okay').join(' ')}`;
  const charactersLong = (count: number): string => `${base} ${'a'.repeat(count - base.length - 1)}`;

  test.each([
    ['email', wordsLong, 150],
    ['voicemail', wordsLong, 80],
    ['text', charactersLong, 320],
    ['linkedin', charactersLong, 300],
  ] as const)('%s: %s at the limit is fine, one more is too long', (channel, make, limit) => {
    expect(LENGTH_LIMITS[channel].max).toBe(limit);
    expect(checkDraft(make(limit), { channel }).map((f) => f.id)).toEqual([]);
    const over = checkDraft(make(limit + 1), { channel });
    expect(over.map((f) => f.id)).toEqual(['too-long']);
    expect(over[0]?.fix).toContain(String(limit));
  });

  test('quotes where the draft goes past the limit', () => {
    const [finding] = checkDraft(`${wordsLong(150)} past the end`, { channel: 'email' });
    expect(finding?.trigger).toBe('past the end');
  });

  test('counts an emoji as one character in a text', () => {
    expect(checkDraft(`${base} ${'🙂'.repeat(320 - base.length - 1)}`, { channel: 'text' })).toEqual([]);
  });
});

describe('every built message checks clean', () => {
  const full = {
    yourName: 'Sam Patel',
    yourPhone: '+44 7700 900123',
    yourEmail: 'sam.patel@example.com',
    recipientName: 'Jordan Lee',
    recipientRole: 'Recruiter',
    hiringManagerName: 'Dana Reyes',
    company: 'Acme',
    position: 'Data Analyst',
    interview: { date: '2026-12-14', time: '10:00', zone: 'America/New_York' },
    yourZone: 'Europe/London',
    proposedTimes: [
      { date: '2026-12-15', time: '14:00' },
      { date: '2026-12-16', time: '09:30' },
      { date: '2026-12-17', time: '16:00' },
    ],
    referralName: 'Alex Kim',
    firstRescheduleDate: '2026-12-03',
  };
  const wishesFor = (kind: string) =>
    kind.startsWith('employer-') ? [undefined, 'withdraw-invitation', 'cancel-interview', 'move-interview'] : [undefined, 'cancel', 'reschedule', 'decline', 'withdraw'];

  test.each(MESSAGE_KINDS)('%s, in every tone, reason and wish', (kind) => {
    for (const tone of ['warm', 'formal']) {
      for (const reason of [undefined, ...REASONS]) {
        for (const wish of wishesFor(kind)) {
          for (const keepDoorOpen of [true, false]) {
            for (const mayReopen of kind.startsWith('employer-') ? [undefined, true, false] : [undefined]) {
              const message = compose(kind, { ...full, tone, reason, wish, keepDoorOpen, mayReopen });
              const findings = checkDraft(message.body, { channel: message.channel });
              expect(findings, `${kind} ${tone} ${reason} ${wish} ${keepDoorOpen}\n${message.body}`).toEqual([]);
            }
          }
        }
      }
    }
  }, 60_000);
});

describe('checkDraft with random text', () => {
  test('never throws, and every trigger is quoted from the draft', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom<DraftChannel>('email', 'text', 'voicemail', 'linkedin', 'phone'), (draft, channel) => {
        for (const finding of checkDraft(draft, { channel })) {
          if (finding.trigger !== '') expect(draft).toContain(finding.trigger);
        }
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
