// The rulebook's text rule run by the engine: a text stands alone only when they have been texting
// the candidate about this interview, and then it does the email's job in the whole plan.
import { describe, expect, test } from 'vitest';
import { compose } from '../../../src/lib/messages';
import { prefillSituation } from '../../../src/lib/link-prefill';
import { builderLink } from '../../../src/lib/links';
import { parseSituation } from '../../../src/lib/situation';
import { advise, allText, at, HOUR, INTERVIEW_AT, situation } from './fixtures';

const LONDON = 'Europe/London';
const texting = { phone: true, email: true, text: true };
const channels = (advice: ReturnType<typeof advise>) => advice.channelPlan.map((step) => step.channel);

describe('they have been texting the candidate about this interview', () => {
  test('with enough notice a text alone is the message, and an unanswered one is chased by a call', () => {
    const advice = advise(situation({ contacts: texting }), at('2026-12-14', '11:00', LONDON));
    expect(advice.notice).toBe('enough');
    expect(channels(advice)).toEqual(['text', 'call']);
    expect(advice.channelPlan[0]?.whyText).toMatch(/texting you about this interview, so a text on its own is fine/);
    expect(advice.channelPlan[1]?.why).toBe('chase');
    expect(advice.messages.list.map((message) => message.kind)).toEqual(['text', 'phone-script']);
    // The same situation without texting emails first: the box is what changed the plan.
    expect(channels(advise(situation(), at('2026-12-14', '11:00', LONDON)))).toEqual(['email', 'call']);
  });

  test('with short notice it is still call first; the text, not an email, is the record', () => {
    const advice = advise(situation({ contacts: texting }), INTERVIEW_AT - 4 * HOUR);
    expect(channels(advice)).toEqual(['call', 'voicemail', 'text', 'call']);
    expect(advice.channelPlan[2]?.why).toBe('text-usual');
    expect(allText(advice)).toContain('Do not rely on the text alone.');
    expect(allText(advice)).not.toMatch(/\bemail\b/i);
  });

  test('with no phone number to call, the text goes now and a second text chases it', () => {
    const contacts = { phone: false, email: true, text: true };
    expect(channels(advise(situation({ contacts }), INTERVIEW_AT - 4 * HOUR))).toEqual(['text']);
    expect(channels(advise(situation({ contacts }), at('2026-12-14', '11:00', LONDON)))).toEqual(['text', 'text']);
  });

  test('a text at 21:30 for an interview at 08:30 the day after next is followed by a call that knows about it', () => {
    // 35 hours: enough notice by the clock, but their day starts 23.5 hours before it.
    const advice = advise(
      situation({ contacts: texting, interview: { date: '2026-12-16', time: '08:30', zone: LONDON } }),
      at('2026-12-14', '21:30', LONDON),
    );
    expect(channels(advice)).toEqual(['text', 'call', 'voicemail']);
    expect(advice.channelPlan[1]?.after).toBe('text');
    const script = advice.messages.list.find((message) => message.kind === 'phone-script');
    expect(script).toBeDefined();
    const written = compose(script!.kind, {}, { step: script!.step });
    expect(written.body).toContain("It's in the text I sent you earlier.");
    expect(written.body).not.toMatch(/email/i);
  });

  test('the planned text carries no "only if they have been texting you" note, and promises no email', () => {
    const advice = advise(situation({ contacts: texting }), at('2026-12-14', '11:00', LONDON));
    const text = advice.messages.list.find((message) => message.kind === 'text');
    const written = compose('text', { recipientName: 'Sam' }, { step: text!.step });
    expect(written.body).not.toMatch(/email/i);
    expect(written.notes ?? []).not.toContainEqual(expect.stringMatching(/only if the recruiter has been texting/));
    // Without a plan (the builder), the text names the rule.
    const alone = compose('text', { recipientName: 'Sam' });
    expect(alone.notes).toContainEqual(expect.stringMatching(/only if the recruiter has been texting/));
  });

  test('an employer is never planned a text alone: the policy gives that case to candidates', () => {
    const employer = situation({ who: 'employer', wish: 'cancel-interview', contacts: texting });
    const plain = situation({ who: 'employer', wish: 'cancel-interview' });
    const now = at('2026-12-09', '11:00', LONDON);
    expect(channels(advise(employer, now))).toEqual(channels(advise(plain, now)));
    expect(channels(advise(employer, now))).toContain('email');
  });

  test('the box travels in the link and in storage, and old saved details read as not texting', () => {
    const given = situation({ contacts: texting });
    const link = new URL(builderLink(given, []), 'https://bowout.example');
    expect(link.searchParams.get('channels')).toContain('texting');
    expect(prefillSituation(situation(), link.search).situation.contacts).toEqual(texting);
    const old = parseSituation({ ...given, contacts: { phone: true, email: true } });
    expect(old.problems).toEqual([]);
    expect(old.situation.contacts.text).toBe(false);
  });
});

describe('texting, after hours, with short notice', () => {
  test('21:30 for 10:00 tomorrow: the text goes now and waits, then the call when their day starts knows about it', () => {
    const advice = advise(
      situation({ contacts: { phone: true, email: true, text: true }, interview: { date: '2026-12-02', time: '10:00', zone: 'Europe/London' } }),
      at('2026-12-01', '21:30', 'Europe/London'),
    );
    expect(advice.notice).toBe('short');
    expect(advice.channelPlan.map((step) => [step.channel, step.timing.kind, step.after])).toEqual([
      ['text', 'now', 'nothing'],
      ['call', 'at-opening', 'text'],
      ['voicemail', 'if-no-answer', 'text'],
    ]);
    expect(advice.channelPlan[0]?.when).toBe('Now, so it is waiting when they start work.');
    expect(advice.headline).toMatch(/First: text .*, now/);
  });
});
