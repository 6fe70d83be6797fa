// The employer's phone script says what the email it goes with says: a call to a candidate who was
// not chosen tells them so, kindly, and never cancels an interview that has already been held.
import { describe, expect, test } from 'vitest';
import { compose } from '../../src/lib/messages/index';
import { EMPLOYER_REASONS } from '../../src/lib/types';
import { FULL } from './fixtures/messages';

const employer = { ...FULL, stage: 'between-rounds' as const };
const NOT_CHOSEN = ['employer-not-chosen', 'employer-phone-script'] as const;

describe('the phone script ticked with the not-chosen email', () => {
  test.each([undefined, ...EMPLOYER_REASONS])('reason %s: tells them they were not chosen, and cancels nothing', (reason) => {
    const message = compose('employer-phone-script', { ...employer, reason }, { alongside: NOT_CHOSEN });
    expect(message.body).toContain("we won't be offering you the job");
    expect(message.body).not.toMatch(/cancel|move it|change on our side|change of plan|booked travel/u);
  });

  test('the role filled: the reason as it bears on them, and feedback offered', () => {
    const body = compose('employer-phone-script', { ...employer, reason: 'role-filled' }, { alongside: NOT_CHOSEN }).body;
    expect(body).toContain("We've offered it to another candidate.");
    expect(body).toContain("If you'd like feedback on your interview, I'd be glad to give it.");
    expect(body).not.toContain("We've filled the role.");
  });

  test('no feedback or future roles offered when the door is not left open', () => {
    const body = compose('employer-phone-script', { ...employer, keepDoorOpen: false }, { alongside: NOT_CHOSEN }).body;
    expect(body).not.toMatch(/feedback|future roles/u);
  });

  test('the news is not left on a voicemail; the number is given when typed', () => {
    const body = compose('employer-phone-script', employer, { alongside: NOT_CHOSEN }).body;
    const voicemail = body.slice(body.indexOf('If you reach voicemail'));
    expect(voicemail).toContain('call me back on +44 7700 900123?');
    expect(voicemail).not.toContain('offering you');
  });

  test('its note points to the email it goes with', () => {
    expect(compose('employer-phone-script', employer, { alongside: NOT_CHOSEN }).notes).toContain('Send the email letting them know straight after the call, so they have it in writing.');
  });

  test('inside a plan step, the step’s set says what it goes with', () => {
    const body = compose('employer-phone-script', employer, { step: { notice: 'enough', after: 'nothing', set: NOT_CHOSEN } }).body;
    expect(body).toContain("we won't be offering you the job");
  });
});

describe('the phone script with an email that changes the interview, or a wish to change it', () => {
  test.each([
    [{}, ['employer-cancel-interview', 'employer-not-chosen', 'employer-phone-script']],
    [{ wish: 'cancel-interview' }, NOT_CHOSEN],
    [{}, ['employer-phone-script']],
    [{}, undefined],
  ] as const)('%j with %j: changes the interview, as before', (fields, alongside) => {
    const body = compose('employer-phone-script', { ...employer, ...fields }, alongside ? { alongside } : {}).body;
    expect(body).toMatch(/we need to (cancel|move) it/u);
  });
});

// The plan's call again after a voicemail: one message on their phone is enough, on either side.
describe('the phone script for a call again after the voicemail', () => {
  const moving = { ...FULL, stage: 'scheduled' as const, wish: 'move-interview' as const };
  test('gives no voicemail to leave, where the first call gives one', () => {
    const again = compose('employer-phone-script', moving, { step: { notice: 'short', after: 'voicemail', set: ['employer-phone-script', 'employer-cancel-interview'], sent: 'email' } }).body;
    const first = compose('employer-phone-script', moving, { step: { notice: 'short', after: 'nothing', set: ['employer-phone-script', 'employer-cancel-interview'] } }).body;
    expect(first).toContain('If you reach voicemail');
    expect(again).not.toContain('If you reach voicemail');
  });
});

describe('the phone script taking back an invitation', () => {
  test('offers to cover travel only when a time was agreed: with none, nobody can have booked travel', () => {
    const withdrawing = { ...FULL, who: 'employer' as const, wish: 'withdraw-invitation' as const, reason: 'role-filled' as const };
    expect(compose('employer-phone-script', { ...withdrawing, stage: 'booked' }).body).toContain('If they have already set off or booked travel:');
    const invited = compose('employer-phone-script', { ...withdrawing, stage: 'invited' }).body;
    expect(invited).not.toMatch(/travel|expenses/u);
    expect(invited).toContain("We've filled the role.");
  });
});
