// The reminder a step that waits gets: who to reach, at which company, and the words to say, so the
// alarm that rings at 09:00 holds what the person needs then.
import { describe, expect, test } from 'vitest';
import { EMPTY_DETAILS, flowItems } from '../../../src/lib/flow/plan-messages';
import { withWords } from '../../../src/lib/flow/reminder';
import { icsForReminder } from '../../../src/lib/ics';
import { advise, at, situation } from '../advice/fixtures';

const NIGHT_BEFORE = at('2026-12-01', '21:30', 'Europe/London');
const phoneCase = () => advise(situation({ reason: 'other-offer', interview: { date: '2026-12-02', time: '10:00', zone: 'Europe/London' } }), NIGHT_BEFORE);

describe('the reminder for the call at 09:00', () => {
  test('names the company once it is given, and no company when none is', () => {
    const [, call] = flowItems(phoneCase(), { ...EMPTY_DETAILS, company: 'Acme' }, NIGHT_BEFORE);
    expect(call?.reminder?.title).toMatch(/^Call .+ at Acme \(Bow Out reminder\)$/u);
    const [, plain] = flowItems(phoneCase(), EMPTY_DETAILS, NIGHT_BEFORE);
    expect(plain?.reminder?.title).not.toContain(' at ');
  });

  test('holds the script as the person has it, under "What to say", and the file keeps every line of it', () => {
    const [, call] = flowItems(phoneCase(), { ...EMPTY_DETAILS, recipientName: 'Marta' }, NIGHT_BEFORE);
    const reminder = call?.reminder;
    expect(reminder).toBeDefined();
    if (!reminder) return;
    const edited = `${call?.message?.body ?? ''}\nI'll also send a card.`;
    const given = withWords(reminder, { body: edited });
    expect(given.description.startsWith(reminder.description)).toBe(true);
    expect(given.description).toContain('\n\nWhat to say:\n');
    expect(given.description).toContain('Marta');
    expect(given.description.endsWith("I'll also send a card.")).toBe(true);
    // Unfolded and unescaped, the file's description is the same text: nothing typed is lost.
    const ics = icsForReminder(given, NIGHT_BEFORE).replace(/\r\n /gu, '');
    const line = ics.split('\r\n').find((row) => row.startsWith('DESCRIPTION:') && row.includes('What to say')) ?? '';
    expect(line.slice('DESCRIPTION:'.length).replace(/\\n/gu, '\n').replace(/\\([,;\\])/gu, '$1')).toBe(given.description);
  });

  test('an email step brings its subject; no words, or blank ones, leave the reminder as it was', () => {
    const reminder = { at: 1, title: 'Email the recruiter (Bow Out reminder)', description: 'If no reply by 12:00.' };
    expect(withWords(reminder, { subject: 'About my interview', body: 'Hello,' }).description).toBe('If no reply by 12:00.\n\nWhat to say:\nSubject: About my interview\n\nHello,');
    expect(withWords(reminder, undefined)).toEqual(reminder);
    expect(withWords(reminder, { body: '  \n ' })).toEqual(reminder);
  });
});
