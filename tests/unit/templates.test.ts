import { describe, expect, test } from 'vitest';
import { MESSAGE_TITLES, compose, composeAll } from '../../src/lib/messages/index';
import { MESSAGE_CHANNELS, MESSAGE_KINDS, type MessageKind } from '../../src/lib/types';
import { countWords } from '../../src/lib/messages/text-length';
import { ACME as full } from './fixtures/messages';

const everyTextField = (value: string) => ({
  yourName: value,
  yourPhone: value,
  yourEmail: value,
  recipientName: value,
  recipientRole: value,
  hiringManagerName: value,
  company: value,
  position: value,
  reasonLine: value,
  referralName: value,
  interview: { date: value, time: value, zone: value },
  yourZone: value,
  proposedTimes: [{ date: value, time: value }],
  firstRescheduleDate: value,
});

const MARKUP = '<img src=x onerror=alert(1)>';
const hostile: Record<string, Record<string, unknown>> = {
  markup: { ...full, ...everyTextField(MARKUP), interview: full.interview },
  'right-to-left text with an override': { ...full, yourName: 'שרה כהן', recipientName: '\u202Eرامي\u202C', company: 'شركة \u202Eأكمي', position: 'מנהל\u2067 מוצר\u2069' },
  'emoji and combining marks': { ...full, yourName: 'Zoë 👩🏽‍💻', recipientName: `Jo${'\u0301'.repeat(30)}rdan`, company: 'Acme 🚀', position: 'Da\u0308ta Analyst ✨' },
  '5,000 characters': { ...everyTextField('x'.repeat(5000)), reasonLine: 'word '.repeat(1000), interview: full.interview },
  'line breaks': { ...full, yourName: 'Sam\r\nBcc: evil@example.com', company: 'Acme\n\nLtd', reasonLine: 'Line one\nline two\r\n', position: '\nData\tAnalyst\n' },
};

const sets: Record<string, Record<string, unknown>> = {
  'all fields': full,
  'all fields, formal': { ...full, tone: 'formal' },
  'all fields, to an agency recruiter': { ...full, throughAgency: true },
  '5,000 characters, to an agency recruiter': { ...everyTextField('x'.repeat(5000)), reasonLine: 'word '.repeat(1000), interview: full.interview, throughAgency: true },
  'no fields': {},
  ...hostile,
};

/** Every string a person typed, as the message would show it once cleaned. */
function typedValues(fields: Record<string, unknown>): string[] {
  const values: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') values.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(fields);
  return values
    .flatMap((value) => [value, value.replace(/[\u202A-\u202E\u2066-\u2069\u200B]/gu, '').replace(/\s+/gu, ' ').trim()])
    .flatMap((value) => [value, value.slice(0, 100), value.slice(0, 500).trim(), value.split(' ')[0] ?? ''])
    .filter((value) => value.length > 2)
    .sort((a, b) => b.length - a.length);
}

/** The message with what the person typed taken out: what is left is our wording alone. */
function ourWording(text: string, fields: Record<string, unknown>): string {
  let rest = text;
  for (const value of typedValues(fields)) rest = rest.split(value).join('TYPED');
  return rest;
}

const cases = MESSAGE_KINDS.flatMap((kind) => Object.keys(sets).map((set) => [kind, set] as const));

describe('compose: nothing missing or broken shows', () => {
  test.each(cases)('%s with %s', (kind, set) => {
    const fields = sets[set] ?? {};
    const message = compose(kind, fields);
    for (const text of [message.body, message.subject ?? '']) {
      const ours = ourWording(text, fields);
      expect(ours).not.toMatch(/undefined|null|NaN|\[object/u);
      expect(ours).not.toMatch(/[[\]{}<>]/u);
      expect(ours).not.toMatch(/ {2}/u);
      expect(ours).not.toMatch(/ [,.;:!?]/u);
      expect(ours).not.toMatch(/^(?:Dear|Hi) *,/mu);
      expect(ours).not.toMatch(/\b(?:Dear|Hi|Hello) +,/u);
      expect(ours).not.toMatch(/\n{3,}/u);
      expect(ours).not.toMatch(/[ \t]$/mu);
      expect(ours).not.toMatch(/\.\./u);
    }
    expect(message.body.trim()).toBe(message.body);
    expect(message.subject ?? 'x').not.toMatch(/[\r\n]/u);
    expect(message.kind).toBe(kind);
    expect(message.title).toBe(MESSAGE_TITLES[kind]);
    expect(MESSAGE_CHANNELS).toContain(message.channel);
    expect(message.wordCount).toBe(countWords(message.body));
  });
});

describe('compose: what a person typed stays plain text', () => {
  test.each(MESSAGE_KINDS)('%s shows markup as typed, never escaped', (kind) => {
    const message = compose(kind, hostile['markup']);
    const text = `${message.subject ?? ''}\n${message.body}`;
    expect(text).not.toMatch(/&lt;|&gt;|&amp;|&quot;/u);
    if (kind !== 'voicemail' && kind !== 'text') expect(text).toContain(MARKUP);
  });

  test.each(MESSAGE_KINDS)('%s carries no bidi override or line break from a field', (kind) => {
    for (const set of ['right-to-left text with an override', 'line breaks']) {
      const message = compose(kind, hostile[set]);
      expect(message.body).not.toMatch(/[\u202A-\u202E\u2066-\u2069\r]/u);
      expect(message.body).not.toMatch(/^Bcc:/mu);
    }
  });

  test('keeps right-to-left names and emoji intact', () => {
    const message = compose('cancel', hostile['emoji and combining marks']);
    expect(message.body).toContain('Zoë 👩🏽‍💻');
    expect(message.body).toContain('Acme 🚀');
  });
});

describe('greetings and gaps', () => {
  test.each([
    ['warm, with a name', { recipientName: 'Jordan' }, 'Hi Jordan,'],
    ['warm, with a full name: the first name', { recipientName: 'Jordan Lee' }, 'Hi Jordan,'],
    ['formal, with a name and no title: the name as typed', { recipientName: 'Jordan Lee', tone: 'formal' }, 'Dear Jordan Lee,'],
    ['formal, with a title: title and surname', { recipientName: 'Ms Jordan Lee', tone: 'formal' }, 'Dear Ms Lee,'],
    ['warm, with a title: still the first name', { recipientName: 'Ms Jordan Lee' }, 'Hi Jordan,'],
    ['warm, no name', {}, 'Hello,'],
    ['formal, no name', { tone: 'formal' }, 'Hello,'],
    ['a name typed with a trailing comma', { recipientName: 'Jordan,' }, 'Hi Jordan,'],
  ])('%s → %s', (_name, fields, expected) => {
    expect(compose('cancel', fields).body.split('\n')[0]).toBe(expected);
  });

  test('no company and no title become "the role", and no date is left out', () => {
    const body = compose('cancel', {}).body;
    expect(body).toContain('I need to cancel my interview for the role.');
    expect(body).not.toMatch(/ at \.| on \./u);
  });

  test('signs off with the name, then the ways to reach them', () => {
    expect(compose('cancel', full).body.endsWith('Best wishes,\nSam Patel\n+44 7700 900123\nsam.patel@example.com')).toBe(true);
    expect(compose('cancel', { ...full, tone: 'formal' }).body).toContain('Kind regards,\nSam Patel');
  });

  test('with no name there is no dangling comma, and a note asks for one', () => {
    const message = compose('cancel', {});
    expect(message.body.endsWith('Best wishes')).toBe(true);
    expect(message.notes).toContain('Add your name so they know who the message is from.');
  });

  test('formal email wording uses no contractions', () => {
    const emails = MESSAGE_KINDS.filter((kind) => compose(kind, {}).channel === 'email');
    for (const reason of ['other-offer', 'illness', 'emergency', 'role-on-hold', 'interviewer-unavailable', undefined]) {
      for (const kind of emails) {
        const body = compose(kind, { ...full, reason, tone: 'formal' }).body;
        expect(body, `${kind} ${reason}`).not.toMatch(/\b(?:I'm|I've|I'd|I'll|we're|we've|we'd|we'll|isn't|can't|don't|won't|it's|there's)\b/iu);
      }
    }
  });
});

describe('what each kind says', () => {
  test('the voicemail says the name and number twice and stays within 80 words', () => {
    for (const wish of ['cancel', 'reschedule', 'decline', 'withdraw']) {
      const message = compose('voicemail', { ...full, wish });
      expect(message.body.split('Sam Patel')).toHaveLength(3);
      expect(message.body.split('+44 7700 900123')).toHaveLength(3);
      expect(message.wordCount).toBeLessThanOrEqual(80);
    }
  });

  test.each(Object.keys(sets))('the voicemail stays within 80 words with %s', (set) => {
    expect(compose('voicemail', sets[set]).wordCount).toBeLessThanOrEqual(80);
  });

  test('the voicemail drops the long reason first, not the name or number', () => {
    const message = compose('voicemail', { ...full, reasonLine: 'It is a long story. '.repeat(20) });
    expect(message.body).not.toContain('long story');
    expect(message.body.split('+44 7700 900123')).toHaveLength(3);
  });

  test.each(Object.keys(sets))('the text stays within 320 characters with %s', (set) => {
    expect(Array.from(compose('text', sets[set]).body).length).toBeLessThanOrEqual(320);
  });

  test('the stay-in-touch note fits a LinkedIn note', () => {
    expect(Array.from(compose('stay-in-touch', full).body).length).toBeLessThanOrEqual(300);
  });

  test('the cancellation uses the word cancel and thanks them', () => {
    const body = compose('cancel', full).body;
    expect(body).toMatch(/cancel my interview/u);
    expect(body).toMatch(/Thank you/u);
    expect(body).toContain("I've accepted another offer.");
  });

  // The notice band, not the reason, makes notice short: illness ten days out owes no timing apology.
  test('alone, with no notice band, no reason brings a timing apology', () => {
    for (const reason of [undefined, 'emergency', 'illness', 'schedule-conflict'] as const) {
      expect(compose('cancel', { ...full, reason }).body).not.toMatch(/sorry|apologi|short notice/iu);
    }
    expect(compose('cancel', full, { step: { notice: 'short', after: 'nothing', set: ['cancel'] } }).body).toContain("I'm sorry for the short notice.");
  });

  test('the missed-interview apology says sorry exactly once', () => {
    for (const reason of [undefined, 'illness', 'emergency', 'schedule-conflict', 'other-offer']) {
      expect(compose('missed-apology', { ...full, reason }).body.match(/sorry|apologi/giu)).toHaveLength(1);
    }
  });

  test('the missed-interview apology asks for another chance, or withdraws, as the person chose', () => {
    expect(compose('missed-apology', { ...full, reason: 'illness', wish: 'reschedule' }).body).toContain('chance to reschedule');
    expect(compose('missed-apology', { ...full, reason: 'other-offer', wish: 'withdraw' }).body).toContain('withdraw my application');
  });

  test('the door is left open only when asked', () => {
    expect(compose('cancel', full).body).toContain('stay in touch');
    expect(compose('cancel', { ...full, keepDoorOpen: false }).body).not.toContain('stay in touch');
    expect(compose('employer-withdraw-invitation', { ...full, keepDoorOpen: false }).body).not.toContain('keep your details');
  });

  test('a referral is offered when a name is given', () => {
    expect(compose('decline', full).body).toContain('introduce you to Alex Kim');
    expect(compose('decline', { ...full, referralName: '' }).body).not.toContain('introduce');
  });

  test('the withdrawal asks the recruiter to tell the named hiring manager', () => {
    expect(compose('withdraw', full).body).toContain('let Dana Reyes know');
    expect(compose('withdraw', { ...full, hiringManagerName: '' }).body).toContain('let the hiring manager know');
    expect(compose('withdraw', { ...full, recipientRole: 'Hiring manager' }).body).not.toContain('let Dana Reyes know');
  });

  test('a request to move it says the person is still keen, unless their reason says they may not be', () => {
    for (const reason of [undefined, 'illness', 'schedule-conflict']) expect(compose('reschedule', { ...full, reason }).body).toContain("I'm still very keen on the role.");
    for (const reason of ['other-offer', 'unsure', 'not-a-fit']) {
      for (const tone of ['warm', 'formal'] as const) expect(compose('reschedule', { ...full, reason, tone }).body).not.toMatch(/keen|interested in the position/u);
    }
    expect(compose('missed-apology', { ...full, reason: 'unsure', wish: 'reschedule' }).body).toContain('chance to reschedule');
    expect(compose('missed-apology', { ...full, reason: 'unsure', wish: 'reschedule' }).body).not.toContain('keen');
  });

  test('a call to move it offers the times aloud as a list, or one time as one', () => {
    const asking = { ...full, wish: 'reschedule', reason: undefined };
    expect(compose('phone-script', asking).body).toMatch(/Any of these would work for me: \w+day .+ or \w+day/u);
    const one = compose('phone-script', { ...asking, proposedTimes: [{ date: '2027-03-10', time: '14:00' }] }).body;
    expect(one).toContain('I could do Wednesday 10 March at 2pm');
    expect(one).not.toContain('Any of these');
    expect(compose('phone-script', { ...asking, tone: 'formal', proposedTimes: [{ date: '2027-03-10', time: '14:00' }] }).body).toContain('I would be available on Wednesday 10 March at 2pm');
  });

  test('the reschedule request asks for their times when none are given', () => {
    expect(compose('reschedule', { ...full, proposedTimes: [] }).body).toContain('Could you send me a few times that suit you?');
  });

  test('the second reschedule acknowledges the first', () => {
    const body = compose('second-reschedule', full).body;
    expect(body).toContain('already moved my interview');
    expect(body).toContain('Thursday 3 December');
    expect(body.match(/sorry|apologi/giu)).toHaveLength(1);
  });

  test('the phone script opens with what to say, then short answers', () => {
    const body = compose('phone-script', full).body;
    expect(body.startsWith('When they answer:\n\n"Hello Jordan, this is Sam Patel.')).toBe(true);
    expect(body).toContain('If they offer another time instead:');
  });

  test('the phone script asks "why?" only when the opening gave no reason, and never invents one', () => {
    expect(compose('phone-script', full).body).not.toContain('If they ask why:');
    const body = compose('phone-script', { ...full, reason: undefined, wish: 'cancel' }).body;
    expect(body).toContain('If they ask why:\n"It\'s a personal decision."');
  });

  test('the same kinds serve each wish', () => {
    expect(compose('text', { ...full, wish: 'reschedule' }).body).toContain('move my interview');
    expect(compose('follow-up', { ...full, wish: 'withdraw' }).body).toContain('withdraw my application');
    expect(compose('phone-script', { ...full, wish: 'decline' }).body).toContain('declining the invitation');
    expect(compose('pushback-reply', { ...full, wish: 'cancel' }).body).toContain('my decision stands');
  });

  test('the employer withdrawal says whether the role may reopen', () => {
    const employer = { ...full, reason: 'role-on-hold' };
    expect(compose('employer-withdraw-invitation', { ...employer, mayReopen: true }).body).toContain("The role may open again. If it does, we'll let you know.");
    expect(compose('employer-withdraw-invitation', { ...employer, mayReopen: true }).body).not.toContain('first');
    expect(compose('employer-withdraw-invitation', { ...employer, mayReopen: false }).body).toContain("We don't expect the role to reopen.");
    const unknown = compose('employer-withdraw-invitation', { ...employer, mayReopen: undefined }).body;
    expect(unknown).toContain("If it reopens, we'll let you know.");
    expect(unknown).toContain('The role has been put on hold.');
  });

  test('the employer cancels, or moves with new times', () => {
    const employer = { ...full, reason: 'interviewer-unavailable' };
    expect(compose('employer-cancel-interview', employer).body).toContain('need to move your interview');
    expect(compose('employer-cancel-interview', { ...employer, proposedTimes: [] }).body).toContain('need to cancel your interview');
    expect(compose('employer-cancel-interview', { ...employer, wish: 'cancel-interview' }).body).toContain('need to cancel your interview');
    expect(compose('employer-cancel-interview', { ...full, reason: 'role-filled' }).body).toContain("We've filled the role.");
  });

  test('the employer reply answers the candidate’s reason', () => {
    expect(compose('employer-reply-to-cancel', full).body).toContain('Congratulations on your new role.');
    expect(compose('employer-reply-to-cancel', { ...full, reason: 'illness' }).body).toContain('I hope you feel better soon.');
    expect(compose('employer-reply-to-cancel', { ...full, reason: 'illness' }).body).toContain('any of these would work for us');
  });
});

describe('composeAll and titles', () => {
  test('writes each kind asked for, in order, and skips unknown ones', () => {
    const kinds = ['voicemail', 'nonsense', 'cancel'] as unknown as MessageKind[];
    expect(composeAll(kinds, full).map((message) => message.kind)).toEqual(['voicemail', 'cancel']);
  });

  test('an unknown kind from a stale link gives a cancellation and a note', () => {
    const message = compose('nonsense' as MessageKind, full);
    expect(message.kind).toBe('cancel');
    expect(message.notes?.[0]).toMatch(/didn't recognise/u);
  });

  test('every kind has its own title', () => {
    const titles = Object.values(MESSAGE_TITLES);
    expect(Object.keys(MESSAGE_TITLES)).toEqual([...MESSAGE_KINDS]);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
