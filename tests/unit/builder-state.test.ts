import { describe, expect, test } from 'vitest';
import {
  messageLocale,
  applySituation,
  DEFAULT_KINDS,
  defaultKinds,
  emptyForm,
  formForSaving,
  formToSituation,
  parseBuilderForm,
  readSavedBuilderForm,
  restoreForm,
  toMessageFields,
} from '../../src/lib/builder-state';
import { messageStepsFor } from '../../src/lib/builder-steps';
import { BUILDER_TEXT_LIMIT, keepFirst } from '../../src/lib/saved-text';
import { applyQuery, prefillForm } from '../../src/lib/builder-prefill';
import { builderLink } from '../../src/lib/links';
import { UNUSABLE_PAIRS } from './fixtures/unusable-link-values';
import { compose } from '../../src/lib/messages/index';
import type { Situation } from '../../src/lib/situation';

describe('parseBuilderForm', () => {
  test.each([
    ['nothing', undefined],
    ['a string', 'corrupt'],
    ['an array', [1, 2]],
    ['wrong types everywhere', { who: 7, kinds: 'cancel', yourName: { x: 1 }, keepDoorOpen: 'yes', tone: 'shouty', proposedTimes: 'soon' }],
  ])('a saved form holding %s still gives a usable form', (_label, input) => {
    const form = parseBuilderForm(input);
    expect(form.who).toBe('candidate');
    expect(form.tone).toBe('warm');
    expect(form.keepDoorOpen).toBe(true);
    expect(Array.isArray(form.kinds)).toBe(true);
    expect(typeof form.yourName).toBe('string');
  });

  test('keeps every good field when one is bad', () => {
    const form = parseBuilderForm({ yourName: 'Ada', company: 42, kinds: ['cancel', 'not-a-kind'] });
    expect(form.yourName).toBe('Ada');
    expect(form.company).toBe('');
    expect(form.kinds).toEqual(['cancel']);
  });

  test('keeps text over a cap as typed (the cap applies to the message, with a notice), within a storage limit', () => {
    const form = parseBuilderForm({ yourName: 'x'.repeat(150), reasonLine: 'y'.repeat(100_000) });
    expect(form.yourName).toHaveLength(150);
    expect(form.reasonLine.length).toBeLessThanOrEqual(20_000);
  });
});

describe('applyQuery', () => {
  test('a link from the decision helper fills the interview and picks the messages', () => {
    const form = applyQuery(emptyForm('UTC'), '?kinds=phone-script,voicemail&date=2027-03-01&time=09%3A30&zone=Europe%2FParis&who=candidate&reason=illness');
    expect(form.kinds).toEqual(['phone-script', 'voicemail']);
    expect([form.date, form.time, form.zone, form.reason]).toEqual(['2027-03-01', '09:30', 'Europe/Paris', 'illness']);
  });
  test('a link for the employer side shows only employer messages', () => {
    const form = applyQuery(emptyForm(), '?who=employer&kinds=cancel,employer-phone-script');
    expect(form.kinds).toEqual(['employer-phone-script']);
  });
  test('a page without a prefill link leaves the saved form alone', () => {
    const saved = { ...emptyForm(), yourName: 'Ada' };
    expect(applyQuery(saved, '?utm=1')).toBe(saved);
  });
  test('unknown values in a link fall back instead of breaking the form', () => {
    const form = applyQuery(emptyForm(), '?who=alien&reason=boredom&kinds=%3Cscript%3E');
    expect(form.who).toBe('candidate');
    expect(form.reason).toBe('');
    expect(form.kinds).toEqual([]);
  });
});

describe('toMessageFields', () => {
  test('blank fields are left out so the templates can word around them', () => {
    const fields = toMessageFields({ ...emptyForm('UTC'), yourName: '  ', company: 'Acme' });
    expect(fields).not.toHaveProperty('yourName');
    expect(fields).not.toHaveProperty('interview');
    expect(fields['company']).toBe('Acme');
  });
  test('only complete proposed times are passed on', () => {
    const fields = toMessageFields({ ...emptyForm('UTC'), proposedTimes: [{ date: '2027-01-05', time: '10:00' }, { date: '2027-01-06', time: '' }] });
    expect(fields['proposedTimes']).toEqual([{ date: '2027-01-05', time: '10:00' }]);
  });
  test('"may reopen" is three-way: unknown stays unset', () => {
    expect(toMessageFields({ ...emptyForm(), mayReopen: '' })).not.toHaveProperty('mayReopen');
    expect(toMessageFields({ ...emptyForm(), mayReopen: 'no' })['mayReopen']).toBe(false);
  });
  test('an agency the helper’s link named reaches a candidate’s messages, which then ask them to tell the employer', () => {
    const form = applyQuery({ ...emptyForm('UTC'), kinds: ['cancel'], company: 'Acme' }, '?who=candidate&channels=phone,email,agency');
    expect(toMessageFields(form)['throughAgency']).toBe(true);
    expect(compose('cancel', toMessageFields(form)).body).toContain('Could you let Acme know?');
    expect(toMessageFields({ ...form, channels: 'phone,email' })).not.toHaveProperty('throughAgency');
    // An agency that put a candidate forward changes nothing an employer writes.
    expect(toMessageFields({ ...form, who: 'employer' })).not.toHaveProperty('throughAgency');
  });
});

describe('the builder reads the one situation', () => {
  const helperSituation: Situation = {
    who: 'employer',
    stage: 'scheduled',
    wish: 'move-interview',
    reason: 'interviewer-unavailable',
    interview: { date: '2026-12-16', time: '14:00', zone: 'America/New_York' },
    personZone: 'Europe/London',
    contacts: { phone: true, email: true, text: false },
    people: { recruiter: false, agency: true, hiringManager: true, panel: false },
    spoke: 'call',
  };

  test('helper → link → builder → situation loses nothing, wish and stage included', () => {
    const link = builderLink(helperSituation, ['employer-cancel-interview']);
    const form = applyQuery(emptyForm('UTC'), link.split('?')[1] ?? '');
    expect(formToSituation(form)).toEqual(helperSituation);
    expect(form.kinds).toEqual(['employer-cancel-interview']);
  });

  test('helper → event → builder loses nothing', () => {
    expect(formToSituation(applySituation(emptyForm('UTC'), helperSituation))).toEqual(helperSituation);
  });

  test('form → storage → form loses nothing', () => {
    const form = { ...applySituation(emptyForm('UTC'), helperSituation), yourName: 'Ada', kinds: ['employer-phone-script' as const] };
    expect(parseBuilderForm(JSON.parse(JSON.stringify(form)))).toEqual(form);
  });

  test('each message follows its step of the plan: a script after the email says so, the short notice reaches all', () => {
    const form = applySituation({ ...emptyForm('UTC'), kinds: ['cancel', 'phone-script', 'voicemail'] }, {
      ...helperSituation,
      who: 'candidate',
      wish: 'cancel',
      reason: 'other-offer',
      interview: { date: '2026-12-16', time: '10:00', zone: 'Europe/London' },
      spoke: 'no',
      people: { recruiter: true, agency: false, hiringManager: false, panel: false },
    });
    const steps = messageStepsFor(form, Date.UTC(2026, 11, 15, 21, 30));
    expect(steps?.cancel).toEqual({ notice: 'short', after: 'nothing', set: ['cancel', 'phone-script', 'voicemail'], writtenBy: 'email' });
    expect(steps?.['phone-script']?.after).toBe('email');
  });

  test('with short notice and no phone, the plan’s "Urgent:" reaches the builder’s email', () => {
    const form = applySituation({ ...emptyForm('UTC'), kinds: ['cancel'] }, {
      ...helperSituation,
      who: 'candidate',
      wish: 'cancel',
      reason: 'other-offer',
      interview: { date: '2026-12-16', time: '10:00', zone: 'Europe/London' },
      contacts: { phone: false, email: true, text: false },
      spoke: 'no',
    });
    expect(messageStepsFor(form, Date.UTC(2026, 11, 15, 12))?.cancel?.urgent).toBe(true);
    expect(messageStepsFor(form, Date.UTC(2026, 11, 10, 12))?.cancel).not.toHaveProperty('urgent');
  });

  test('no plan yet (no date): no steps, so messages stand alone', () => {
    expect(messageStepsFor(emptyForm('UTC'), Date.UTC(2026, 11, 15))).toBeUndefined();
  });
});

describe('the builder passes the stage on', () => {
  test('a message knows where things stand', () => {
    expect(toMessageFields({ ...emptyForm(), stage: 'between-rounds' })['stage']).toBe('between-rounds');
    expect(toMessageFields(emptyForm())).not.toHaveProperty('stage');
  });
});

describe('a saved form read back', () => {
  test.each([
    ['an array', [1, 2]],
    ['a string', 'corrupt'],
    ['null', null],
    ['a number', 42],
    ['every field the wrong type', { who: 7, kinds: 'cancel', yourName: { x: 1 }, keepDoorOpen: 'yes', tone: 'shouty', proposedTimes: 'soon' }],
  ])('%s cannot be read, so the island says so instead of emptying the form silently', (_name, data) => {
    expect(readSavedBuilderForm(data)).toBeNull();
  });

  test('one field as it was saved is enough to keep the form', () => {
    expect(readSavedBuilderForm({ yourName: 'Ada', who: 7 })?.yourName).toBe('Ada');
  });

  test('a whole saved form comes back as it was', () => {
    const form = { ...emptyForm('Europe/London'), yourName: 'Ada', kinds: ['cancel' as const] };
    expect(readSavedBuilderForm(JSON.parse(JSON.stringify(form)))).toEqual(form);
  });

  test('employer messages saved with who: candidate are dropped on load, so none shows without its box', () => {
    const form = parseBuilderForm({ who: 'candidate', kinds: ['employer-withdraw-invitation', 'cancel', 'employer-phone-script'] });
    expect(form.kinds).toEqual(['cancel']);
    expect(parseBuilderForm({ who: 'employer', kinds: ['cancel', 'employer-phone-script'] }).kinds).toEqual(['employer-phone-script']);
  });

  test('a reason pasted past the storage limit comes back exactly as it was cut', () => {
    const cut = keepFirst('y'.repeat(1_000_000), BUILDER_TEXT_LIMIT).text;
    expect(parseBuilderForm({ reasonLine: cut }).reasonLine).toBe(cut);
    expect(parseBuilderForm({ reasonLine: `${'y'.repeat(BUILDER_TEXT_LIMIT - 1)}🙂` }).reasonLine).toHaveLength(BUILDER_TEXT_LIMIT - 1);
  });
});

describe('defaultKinds', () => {
  test.each([
    ['candidate', 'cancel,voicemail', ['cancel', 'voicemail']],
    ['candidate', ' voicemail , cancel,voicemail', ['voicemail', 'cancel']],
    ['candidate', 'employer-phone-script', ['cancel', 'phone-script', 'voicemail', 'follow-up']],
    ['employer', undefined, ['employer-withdraw-invitation', 'employer-phone-script']],
    ['employer', 'employer-reply-to-cancel,cancel', ['employer-reply-to-cancel']],
  ] as const)('%s with %j ticks %j', (who, asked, kinds) => {
    expect(defaultKinds(who, asked)).toEqual(kinds);
  });
  test('the defaults are a copy: ticking a box never changes them', () => {
    defaultKinds('candidate', undefined).push('text');
    expect(DEFAULT_KINDS.candidate).not.toContain('text');
  });
});

describe('the person\'s own zone in a saved form', () => {
  test('a zone only detected is saved empty, and a later visit shows the browser\'s zone', () => {
    const form = { ...emptyForm('Europe/London'), yourName: 'Ada' };
    const saved = formForSaving(form, false);
    expect(saved.yourZone).toBe('');
    expect(restoreForm(saved, 'America/New_York')).toMatchObject({ form: { yourZone: 'America/New_York', zone: 'Europe/London' }, yourZone: { isChosen: false } });
  });
  test('a zone the person chose is kept after travelling', () => {
    const saved = formForSaving({ ...emptyForm('Europe/London'), yourZone: 'Asia/Tokyo' }, true);
    expect(restoreForm(saved, 'America/New_York')).toMatchObject({ form: { yourZone: 'Asia/Tokyo' }, yourZone: { isChosen: true } });
  });
  test('an empty interview zone and no messages take the browser\'s zone and the page\'s messages', () => {
    const { form } = restoreForm({ ...emptyForm(), kinds: [] }, 'Europe/Paris', 'voicemail');
    expect([form.zone, form.kinds]).toEqual(['Europe/Paris', ['voicemail']]);
  });
});

describe('prefillForm says what a link changed', () => {
  const saved = { ...emptyForm('Europe/London'), date: '2027-03-01', time: '09:30', kinds: ['cancel' as const] };

  test('a new date and time', () => {
    const { form, changed } = prefillForm(saved, '?date=2027-03-02&time=10%3A00');
    expect([form.date, form.time]).toEqual(['2027-03-02', '10:00']);
    expect(changed).toEqual(['date', 'time']);
  });
  test('other messages', () => {
    expect(prefillForm(saved, '?kinds=voicemail').changed).toEqual(['kinds']);
  });
  test('a link that repeats what is saved changes nothing', () => {
    expect(prefillForm(saved, '?date=2027-03-01&kinds=cancel').changed).toEqual([]);
  });
  test('no link, no change', () => {
    expect(prefillForm(saved, '')).toEqual({ form: saved, changed: [], leftOut: [] });
  });
});

describe('how dates and times are written', () => {
  test('the person’s choice wins, else the browser’s language', () => {
    expect(messageLocale('en-US', 'en-GB')).toBe('en-US');
    expect(messageLocale('en-GB', 'en-US')).toBe('en-GB');
    expect(messageLocale('', 'en-US')).toBe('en-US');
    expect(messageLocale('', undefined)).toBe('en-GB');
  });
  test('a saved choice is kept, and anything else follows the browser', () => {
    expect(parseBuilderForm({ locale: 'en-US' }).locale).toBe('en-US');
    expect(parseBuilderForm({ locale: 'fr-FR' }).locale).toBe('');
  });
});

describe('prefillForm says what a link left out', () => {
  const saved = { ...emptyForm('Europe/London'), date: '2027-03-01', time: '09:30', zone: 'Europe/London', reason: 'illness' as const, kinds: ['cancel' as const] };

  test.each(UNUSABLE_PAIRS)('%s=%j is named, and the form keeps what it had', (key, value) => {
    const { form, leftOut } = prefillForm(saved, `?${new URLSearchParams({ [key]: value })}`);
    expect(leftOut).toEqual([key]);
    expect([form.who, form.date, form.time, form.zone, form.reason, form.kinds]).toEqual(['candidate', '2027-03-01', '09:30', 'Europe/London', 'illness', ['cancel']]);
  });
  test.each([
    ['an unknown message', '?kinds=cancel,ransom-note', ['cancel']],
    ['only unknown messages', '?kinds=ransom-note', ['cancel']],
    ['a message of the other side', '?kinds=voicemail,employer-not-chosen', ['voicemail']],
  ])('%s is named as left out', (_, search, kinds) => {
    const { form, leftOut } = prefillForm(saved, search);
    expect([form.kinds, leftOut]).toEqual([kinds, ['kinds']]);
  });
  test('a link the helper writes leaves nothing out', () => {
    const situation = formToSituation({ ...saved, who: 'employer', reason: 'role-filled', wish: 'cancel-interview' });
    expect(prefillForm(saved, `?${builderLink(situation, ['employer-cancel-interview']).split('?')[1]}`).leftOut).toEqual([]);
  });
});
