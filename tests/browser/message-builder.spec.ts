import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { EDITS_KEY, STORAGE_KEY } from '../../src/components/message-builder/form-state';
import { ASIDE_NOTES } from '../../src/lib/flow/kept-edit';
import { MESSAGE_TITLES } from '../../src/lib/messages/index';
import { checkDraft } from '../../src/lib/tone';
import { PASSED_HINT } from '../../src/components/message-builder/message-writer';
import { UNFINISHED_EMAIL } from '../../src/lib/email-address';
import { unreadableField } from '../../src/lib/zones';
import { axeViolations, baseURL, describedBy, launch, listenToStatus, newContext, tabOut, timesSaid, typeInto, watch } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGE = '/tools/message-builder/';

async function open(page: Page, path = PAGE) {
  await page.goto(path);
  await page.locator('astro-island').first().waitFor({ state: 'attached' });
  // Hydrated once the island's first control responds.
  await page.getByLabel('Your name').waitFor();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** The person scrolls down to the messages, with nothing changed yet: they load as they near the screen. */
async function scrollToMessages(page: Page) {
  await page.getByRole('region', { name: 'Message builder' }).getByText('Writing your messages…').scrollIntoViewIfNeeded();
}

/** The decoded subject and body of a mailto link, as a mail app would read them. */
function decodeMailto(href: string) {
  const url = new URL(href);
  const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
  return { to: decodeURIComponent(url.pathname), subject: params.get('subject') ?? '', body: (params.get('body') ?? '').replace(/\r\n/g, '\n') };
}

describe('the message builder', () => {
  test('a person fills details by label, sees the messages, copies one and opens the email in a mail app', async () => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const seen = watch(page);
    await open(page);
    // They fill in what they know.
    await page.getByLabel('Your name').fill('Jamie Rivera');
    await page.getByLabel('Your phone number').fill('+1 555 0100');
    await page.getByLabel("Recruiter's or interviewer's name").fill('Morgan');
    await page.getByLabel('Company').fill('Acme Corp');
    await page.getByLabel('Job title').fill('Analyst');
    // The cancellation email updates as they type.
    const body = page.getByLabel('Message (you can edit it here)').first();
    await expect.poll(() => body.inputValue()).toContain('Jamie Rivera');
    const text = await body.inputValue();
    expect(text).toContain('Acme Corp');
    expect(text).not.toMatch(/undefined|\[|\{|NaN/);
    // Copy puts exactly the shown text on the clipboard and says so.
    const cancel = page.getByRole('article', { name: MESSAGE_TITLES.cancel });
    const copy = cancel.getByRole('button', { name: 'Copy message' });
    await copy.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    // "Copied" shows beside the button pressed, and nowhere else.
    const tool = page.getByRole('region', { name: 'Message builder' });
    expect(await copy.locator('xpath=..').innerText()).toContain('Copied');
    expect(await tool.getByText('Copied', { exact: true }).count()).toBe(1);
    // Copying the subject moves it beside that button.
    const copySubject = cancel.getByRole('button', { name: 'Copy subject' });
    await copySubject.click();
    await expect.poll(() => copySubject.locator('xpath=..').innerText()).toContain('Copied');
    expect(await copy.locator('xpath=..').innerText()).not.toContain('Copied');
    expect(await tool.getByText('Copied', { exact: true }).count()).toBe(1);
    // The mailto link decodes back to the shown subject and body.
    const subject = await page.getByLabel('Subject').first().inputValue();
    const href = await page.getByRole('link', { name: 'Open in mail app' }).first().getAttribute('href');
    expect(href).toMatch(/^mailto:/);
    const decoded = decodeMailto(href ?? '');
    expect(decoded.subject).toBe(subject);
    expect(decoded.body).toBe(text);
    expect(seen.consoleErrors).toEqual([]);
    expect(await seen.cspViolations()).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
    await context.close();
  });

  test('the person chooses how dates and times are written, whatever the browser says', async () => {
    const context = await browser.newContext({ locale: 'en-GB', baseURL: baseURL() });
    const page = await context.newPage();
    await open(page);
    // They give the interview's date, time and zone.
    await page.getByLabel('Interview date').fill('2027-03-09');
    await page.getByLabel('Interview time').fill('15:00');
    await page.getByLabel("Interviewer's time zone").selectOption('Europe/London');
    await page.getByLabel('Your time zone').selectOption('Europe/London');
    const body = page.getByLabel('Message (you can edit it here)').first();
    // The browser's British English first.
    await expect.poll(() => body.inputValue()).toContain('Tuesday 9 March at 3pm');
    // They choose American English.
    await page.getByText('New times, referral and tone').click();
    await page.getByLabel('American English: Tuesday, March 9 at 10:00 AM').check();
    await expect.poll(() => body.inputValue()).toContain('Tuesday, March 9 at 3:00 PM');
    // The choice is kept on reload.
    await page.reload();
    await open(page);
    await expect.poll(() => page.getByLabel('Message (you can edit it here)').first().inputValue()).toContain('Tuesday, March 9 at 3:00 PM');
    await context.close();
  });

  test('a newline typed into a field cannot add a header to the email', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page);
    await page.getByLabel('Company').fill('Acme%0ABcc: evil@example.com\r\nCc: x@y.z');
    const href = (await page.getByRole('link', { name: 'Open in mail app' }).first().getAttribute('href')) ?? '';
    const params = [...new URLSearchParams(new URL(href).search).keys()];
    expect(params.sort()).toEqual(['body', 'subject']);
    await context.close();
  });

  test('edits in place are what gets copied', async () => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await open(page);
    await scrollToMessages(page);
    const body = page.getByLabel('Message (you can edit it here)').first();
    await body.fill('Hello Morgan,\n\nI am writing to cancel my interview.\n\nThank you,\nJamie');
    await page.getByRole('button', { name: 'Copy message' }).first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Hello Morgan,\n\nI am writing to cancel my interview.\n\nThank you,\nJamie',
    );
    await context.close();
  });

  test('an edited message gets the draft checker\'s suggestions (its rules load on the first edit)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = watch(page);
    await open(page);
    // The person rewrites the cancellation email in their own, vaguer words.
    const edited = 'Hi, I might not make it. Sorry!!';
    await scrollToMessages(page);
    const cancel = page.getByRole('article', { name: MESSAGE_TITLES.cancel });
    await cancel.getByLabel('Message (you can edit it here)').fill(edited);
    // The checker's suggestions for exactly that text appear under it.
    const expected = checkDraft(edited, { channel: 'email' }).map((finding) => finding.label);
    expect(expected.length).toBeGreaterThan(0);
    const list = cancel.getByRole('list', { name: `Suggestions for your edited ${MESSAGE_TITLES.cancel}` });
    await expect.poll(() => list.locator('li > strong').allInnerTexts()).toEqual(expected);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('the proposed times download as a calendar file, at the right instant in the interviewer\'s zone', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = watch(page);
    await open(page);
    const year = new Date().getUTCFullYear() + 1;
    await page.getByRole('checkbox', { name: MESSAGE_TITLES.reschedule, exact: true }).check();
    await page.getByLabel('Company').fill('Acme Corp');
    const zone = page.getByLabel("Interviewer's time zone");
    await zone.focus();
    await zone.selectOption('America/New_York');
    // With a reschedule request ticked, the times to offer are in the open, their zone named.
    const times = page.getByRole('group', { name: 'Times you can offer (New York time)' });
    expect(await times.isVisible()).toBe(true);
    await page.getByLabel('Option 1: date').fill(`${year}-06-15`);
    await page.getByLabel('Option 1: time').fill('14:00');
    // The times are read in the interview's zone, and the legend names it; so does the interview's time.
    expect(await page.getByRole('group', { name: 'Times you can offer (New York time)', exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Interview time (New York time)', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Option 1: time (New York time)', { exact: true }).inputValue()).toBe('14:00');
    const reschedule = page.getByRole('article', { name: MESSAGE_TITLES.reschedule });
    const download = page.waitForEvent('download');
    const calendar = reschedule.getByRole('button', { name: 'Add proposed times to calendar (.ics)' });
    await calendar.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('proposed-interview-times.ics');
    // The download is announced, and shown beside the button pressed.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).innerText()).toContain('Downloaded proposed-interview-times.ics');
    expect(await calendar.locator('xpath=..').innerText()).toContain('Downloaded');
    const ics = readFileSync((await file.path()) ?? '', 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // 14:00 in New York in June (UTC-4) is 18:00 UTC, whatever zone the browser is in.
    expect(ics).toContain(`DTSTART:${year}0615T180000Z`);
    expect(ics).toContain('SUMMARY:Interview with Acme Corp (proposed)');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('details survive a reload and "Clear my details" removes them', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page);
    await page.getByLabel('Your name').fill('Jamie Rivera');
    await page.getByLabel('Company').fill('Acme Corp');
    await page.reload();
    await page.getByLabel('Your name').waitFor();
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('Jamie Rivera');
    expect(await page.getByLabel('Company').inputValue()).toBe('Acme Corp');
    await page.getByRole('button', { name: 'Clear my details' }).click();
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('');
    // "Cleared from this browser" is true: the fresh form shown is not saved in their place.
    const savedForm = () => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(await savedForm()).toBeNull();
    await page.reload();
    await page.getByLabel('Your name').waitFor();
    // Once the island has started and read storage, the name must still be empty.
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.waitForTimeout(100);
    expect(await page.getByLabel('Your name').inputValue()).toBe('');
    expect(await savedForm()).toBeNull();
    // The next change is kept again.
    await page.getByLabel('Company').fill('Beta Ltd');
    await expect.poll(savedForm).toContain('Beta Ltd');
    await context.close();
  });

  test('an agency recruiter set it up: a box the helper also asks, kept on reload and set by a link, and the messages ask them to tell the company', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page);
    const email = page.getByRole('article', { name: MESSAGE_TITLES.cancel }).getByLabel('Message (you can edit it here)');
    await page.getByLabel('Company').fill('Acme Corp');
    await expect.poll(() => email.inputValue()).toContain('Acme Corp');
    expect(await email.inputValue()).not.toContain('Could you let Acme Corp know?');
    // The person ticks the box, worded as the decision helper words it: the email asks the recruiter to pass it on.
    const agency = page.getByRole('checkbox', { name: 'An agency recruiter set it up' });
    expect(await agency.isChecked()).toBe(false);
    await agency.check();
    await expect.poll(() => email.inputValue()).toContain('Could you let Acme Corp know?');
    // Reloaded, the box and the ask are still there; unticked, the ask goes.
    await page.reload();
    await page.getByLabel('Company').waitFor();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await expect.poll(() => agency.isChecked()).toBe(true);
    await expect.poll(() => email.inputValue()).toContain('Could you let Acme Corp know?');
    await agency.uncheck();
    await expect.poll(() => email.inputValue()).not.toContain('Could you let Acme Corp know?');
    // A link from the helper that names the agency ticks it; an employer is not asked.
    await open(page, `${PAGE}?who=candidate&channels=phone,email,agency`);
    await expect.poll(() => agency.isChecked()).toBe(true);
    await page.getByRole('radio', { name: /employer/iu }).first().check();
    await expect.poll(() => agency.count()).toBe(0);
    await context.close();
  });

  test('a name over 100 characters is capped with a visible message, not silently cut', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page);
    await page.getByLabel('Your name').fill('N'.repeat(130));
    await expect.poll(() => page.getByText('limited to 100 characters').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('markup typed into a field is shown as text and creates no element', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await open(page);
    await page.getByLabel('Company').fill('<img src=x onerror=alert(1)><b>Bold</b>');
    await expect.poll(() => page.getByLabel('Message (you can edit it here)').first().inputValue()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('.bo-tool img, .bo-tool b').count()).toBe(0);
    expect(dialogs).toBe(0);
    await context.close();
  });

  test('a prefill link from the decision helper picks the messages and the interview time', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page, `${PAGE}?kinds=voicemail,follow-up&date=2027-05-04&time=09%3A00&zone=Europe%2FLondon&who=candidate&reason=illness`);
    await expect.poll(() => page.getByRole('heading', { level: 3 }).allInnerTexts()).toHaveLength(2);
    expect(await page.getByLabel('Interview date').inputValue()).toBe('2027-05-04');
    await context.close();
  });

  test('the kinds for offers, format, no reply, a reply to the employer’s change, no-shows and not-chosen candidates can be ticked and written', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page);
    await page.getByLabel('Your name').fill('Jamie Rivera');
    // A candidate ticks the new kinds one by one; each appears as its own message.
    for (const kind of ['decline-offer', 'renege-offer', 'switch-format', 'no-reply-follow-up', 'reply-to-employer-change'] as const) {
      await page.getByRole('checkbox', { name: MESSAGE_TITLES[kind], exact: true }).check();
      const article = page.getByRole('article', { name: MESSAGE_TITLES[kind] });
      await expect.poll(() => article.getByRole('textbox').last().inputValue()).toContain('Jamie Rivera');
    }
    // An employer sees the two employer notes.
    await page.getByRole('radio', { name: 'An employer' }).check();
    for (const kind of ['employer-no-show', 'employer-not-chosen'] as const) {
      await page.getByRole('checkbox', { name: MESSAGE_TITLES[kind], exact: true }).check();
      const text = await page.getByRole('article', { name: MESSAGE_TITLES[kind] }).getByRole('textbox').last().inputValue();
      expect(text).toContain('Jamie Rivera');
      expect(text).not.toMatch(/undefined|NaN|\[|\{/);
    }
    await context.close();
  });

  test('an employer telling a candidate they were not chosen gets a phone script that says so, and cancels nothing', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // The walk that found it: the not-chosen email and the script, the role filled.
    await open(page, `${PAGE}?who=employer&kinds=employer-not-chosen,employer-phone-script&reason=role-filled`);
    const script = page.getByRole('article', { name: MESSAGE_TITLES['employer-phone-script'] });
    await expect.poll(() => script.getByRole('textbox').last().inputValue()).toContain("we won't be offering you the job");
    const text = await script.getByRole('textbox').last().inputValue();
    expect(text).toContain("We've offered it to another candidate.");
    expect(text).not.toMatch(/cancel it|change on our side/u);
    await context.close();
  });

  test('with no times typed, a request to move says where to add them; a Saturday night time is flagged by its field', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page, `${PAGE}?kinds=reschedule`);
    const request = page.getByRole('article', { name: MESSAGE_TITLES.reschedule });
    const prompt = request.getByText('Add two or three times you can do, above, and they appear here.');
    await expect.poll(() => prompt.isVisible()).toBe(true);
    // Saturday 15 March 2025 at 11:30pm: offered all the same, with a word beside the field.
    await page.getByLabel('Option 1: date').fill('2025-03-15');
    await page.getByLabel('Option 1: time').fill('23:30');
    const warning = page.getByText('Saturday at 23:30 is outside usual working hours (Monday to Friday, 09:00 to 17:00).', { exact: false });
    await expect.poll(() => warning.isVisible()).toBe(true);
    expect(await page.getByLabel('Option 1: time').getAttribute('aria-describedby')).toBe(await warning.getAttribute('id'));
    await expect.poll(() => request.getByRole('textbox').last().inputValue()).toMatch(/Saturday,? (15 March|March 15)/u);
    await expect.poll(() => prompt.count()).toBe(0);
    await context.close();
  });

  test('an impossible date typed key by key is said by the field once they leave it, not dropped from the messages in silence; a real date clears it', async () => {
    const context = await newContext(browser, { timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const seen = watch(page);
    await page.clock.setFixedTime(new Date('2026-01-10T10:00:00Z'));
    await open(page);
    const date = page.getByLabel('Interview date');
    // They type 31 February. The field shows it, but the browser gives the page nothing it can read.
    expect(await typeInto(page, date, '02312026')).toEqual({ value: '', isUnreadable: true });
    await tabOut(page, date);
    // The field says what is wrong, rather than that the messages will say "our upcoming interview".
    await expect.poll(() => describedBy(date)).toBe(unreadableField('date').message);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Leave the date blank').count()).toBe(0);
    // They go back and type 28 February: the message goes, and the hint asks for the time.
    expect(await typeInto(page, date, '02282026')).toEqual({ value: '2026-02-28', isUnreadable: false });
    await expect.poll(() => date.getAttribute('aria-invalid')).toBeNull();
    expect(await describedBy(date)).toBe('Add both the date and the time to have them written out in the messages.');
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a time half typed is said by the field once they leave it, and goes as soon as the field is emptied', async () => {
    const context = await newContext(browser, { timezoneId: 'Europe/London' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-01-10T10:00:00Z'));
    await open(page);
    const time = page.getByLabel(/^Interview time/);
    expect(await typeInto(page, time, '09')).toEqual({ value: '', isUnreadable: true });
    await tabOut(page, time);
    await expect.poll(() => describedBy(time)).toBe(unreadableField('time').message);
    expect(await time.getAttribute('aria-invalid')).toBe('true');
    // They go back and delete the hour, still in the field.
    await time.focus();
    await page.keyboard.press('Backspace');
    await expect.poll(() => time.getAttribute('aria-invalid')).toBeNull();
    expect(await describedBy(time)).toBe('Leave the date blank and the messages will say “our upcoming interview”.');
    await context.close();
  });

  test('a date that has passed is said by the field, and the first set of messages decides nothing: none withdraws, all ask', async () => {
    const context = await newContext(browser, { timezoneId: 'Europe/London' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-12-01T21:30:00Z'));
    await open(page);
    const date = page.getByLabel('Interview date');
    // Yesterday's date, a slip for tomorrow's, say: the messages left ticked as they came.
    await date.fill('2026-11-30');
    await page.getByLabel(/^Interview time/).fill('10:00');
    await expect.poll(() => describedBy(date)).toBe(PASSED_HINT);
    const email = page.getByRole('article', { name: MESSAGE_TITLES.cancel });
    const body = email.getByLabel('Message (you can edit it here)');
    await expect.poll(() => body.inputValue()).toContain("I'm sorry I missed our interview");
    // Before, the email withdrew the application while the script beside it asked for another time.
    for (const kind of ['cancel', 'phone-script', 'voicemail'] as const) {
      const text = await page.getByRole('article', { name: MESSAGE_TITLES[kind] }).getByLabel(/(Message|What to say) \(you can edit it here\)/u).inputValue();
      expect(text, kind).not.toContain('withdraw');
      expect(text, kind).toContain('another time might still be possible');
    }
    expect(await email.getByLabel(/^Subject/).inputValue()).toMatch(/^About our missed interview/u);
    // The right date, and the hint says what the messages will give.
    await date.fill('2026-12-02');
    await expect.poll(() => describedBy(date)).toMatch(/^Messages give the time in London time/u);
    await context.close();
  });

  test('an offered date that does not exist is said by its own field once they pause or leave it, not dropped in silence; a real date clears it', async () => {
    const context = await newContext(browser, { timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const seen = watch(page);
    await page.clock.setFixedTime(new Date('2026-01-10T10:00:00Z'));
    await open(page, `${PAGE}?kinds=reschedule`);
    const date = page.getByLabel('Option 1: date');
    // They offer 31 February. The field shows it, but the browser gives the page nothing it can read.
    expect(await typeInto(page, date, '02312026')).toEqual({ value: '', isUnreadable: true });
    // They stop typing: the field says what is wrong; the time beside it is not blamed.
    await expect.poll(() => describedBy(date)).toBe(unreadableField('date').message);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Option 1: time').getAttribute('aria-invalid')).toBeNull();
    // They Tab on: it is still said.
    await tabOut(page, date);
    expect(await describedBy(date)).toBe(unreadableField('date').message);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    // They go back and type Tuesday 17 March, then a time: the message goes, and the request offers it.
    expect(await typeInto(page, date, '03172026')).toEqual({ value: '2026-03-17', isUnreadable: false });
    await expect.poll(() => date.getAttribute('aria-invalid')).toBeNull();
    expect(await describedBy(date)).toBeNull();
    await page.getByLabel('Option 1: time').fill('10:00');
    const request = page.getByRole('article', { name: MESSAGE_TITLES.reschedule }).getByRole('textbox').last();
    await expect.poll(() => request.inputValue()).toMatch(/Tuesday,? (17 March|March 17)/u);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('an offered time half typed in the second row is said by that field once they leave it, and goes when emptied or cleared', async () => {
    const context = await newContext(browser, { timezoneId: 'Europe/London' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-01-10T10:00:00Z'));
    await open(page, `${PAGE}?kinds=reschedule`);
    const time = page.getByLabel(/^Option 2: time/);
    expect(await typeInto(page, time, '09')).toEqual({ value: '', isUnreadable: true });
    await tabOut(page, time);
    await expect.poll(() => describedBy(time)).toBe(unreadableField('time').message);
    expect(await time.getAttribute('aria-invalid')).toBe('true');
    // Only that field: the other rows' fields say nothing.
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);
    // They go back and delete the hour, still in the field: the message goes at once.
    await time.focus();
    await page.keyboard.press('Backspace');
    await expect.poll(() => time.getAttribute('aria-invalid')).toBeNull();
    expect(await describedBy(time)).toBeNull();
    // Half typed again, then "Clear my details": the field is emptied, and says nothing.
    expect(await typeInto(page, time, '09')).toEqual({ value: '', isUnreadable: true });
    await tabOut(page, time);
    await expect.poll(() => time.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Clear my details' }).click();
    await expect.poll(() => time.getAttribute('aria-invalid')).toBeNull();
    expect(await time.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(false);
    await context.close();
  });

  test('a half-typed email address is said by its field once they pause or leave it, and still signs the email as typed; a whole one clears it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = watch(page);
    await open(page);
    const yours = page.getByLabel('Your email address');
    const body = page.getByRole('article', { name: MESSAGE_TITLES.cancel }).getByLabel('Message (you can edit it here)');
    // They type the start of their address and stop.
    await yours.focus();
    await page.keyboard.type('sam@example');
    await expect.poll(() => describedBy(yours)).toBe(UNFINISHED_EMAIL);
    expect(await yours.getAttribute('aria-invalid')).toBe('true');
    // The email still signs off with what they typed: nothing is dropped.
    await expect.poll(() => body.inputValue()).toMatch(/\nsam@example$/u);
    // They finish it: the message goes.
    await page.keyboard.type('.com');
    await expect.poll(() => yours.getAttribute('aria-invalid')).toBeNull();
    expect(await describedBy(yours)).toBeNull();
    await expect.poll(() => body.inputValue()).toMatch(/\nsam@example\.com$/u);
    // Their address, left at the @: said once they leave it. Finished, the message goes and the mail app is given it.
    const theirs = page.getByLabel('Their email address');
    await theirs.focus();
    await page.keyboard.type('morgan@');
    await tabOut(page, theirs);
    await expect.poll(() => describedBy(theirs)).toBe(UNFINISHED_EMAIL);
    expect(await theirs.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await theirs.press('End');
    await page.keyboard.type('example.com');
    await tabOut(page, theirs);
    await expect.poll(() => theirs.getAttribute('aria-invalid')).toBeNull();
    const href = await page.getByRole('link', { name: 'Open in mail app' }).first().getAttribute('href');
    expect(decodeMailto(href ?? '').to).toBe('morgan@example.com');
    // Half typed again, then emptied: it says nothing, as the address is optional.
    await theirs.fill('morgan@example');
    await tabOut(page, theirs);
    await expect.poll(() => describedBy(theirs)).toBe(UNFINISHED_EMAIL);
    await theirs.fill('');
    await expect.poll(() => theirs.getAttribute('aria-invalid')).toBeNull();
    expect(await describedBy(theirs)).toBeNull();
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test.each(['light', 'dark'] as const)('axe finds no violation with messages showing, %s theme', async (colorScheme) => {
    const context = await newContext(browser, { colorScheme });
    const page = await context.newPage();
    await open(page);
    await page.getByLabel('Your name').fill('Jamie Rivera');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('edited messages in the builder', () => {
  const ADDED = 'I can start a call any time.';
  const email = (page: Page) => page.getByRole('article', { name: MESSAGE_TITLES.cancel });
  const emailBody = (page: Page) => email(page).getByLabel('Message (you can edit it here)');
  const voicemailBody = (page: Page) => page.getByRole('article', { name: MESSAGE_TITLES.voicemail }).getByLabel('Message (you can edit it here)');
  /** Reloaded, and the island has read storage. */
  async function reload(page: Page): Promise<void> {
    await page.reload();
    await page.getByLabel('Your name').waitFor();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  }

  test('an edited email and subject survive a reload; "Undo my edits" and "Clear my details" put the email back as written, for good', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = watch(page);
    await open(page);
    await page.getByLabel('Company').fill('Acme Corp');
    await expect.poll(() => emailBody(page).inputValue()).toContain('Acme Corp');
    const written = await emailBody(page).inputValue();
    // The person adds a line to the email and writes their own subject.
    await emailBody(page).fill(`${written}\n${ADDED}`);
    await email(page).getByLabel('Subject').fill('My interview at Acme Corp');
    // Reloaded, both are as they left them.
    await reload(page);
    await expect.poll(() => emailBody(page).inputValue()).toBe(`${written}\n${ADDED}`);
    expect(await email(page).getByLabel('Subject').inputValue()).toBe('My interview at Acme Corp');
    // Undo puts the email back as written, and a reload does not bring the edit back.
    await email(page).getByRole('button', { name: 'Undo my edits' }).click();
    await expect.poll(() => emailBody(page).inputValue()).toBe(written);
    await reload(page);
    await expect.poll(() => page.getByLabel('Company').inputValue()).toBe('Acme Corp');
    expect(await emailBody(page).inputValue()).toBe(written);
    // Edited again, then every detail cleared: the edit goes with them, on reload too.
    await emailBody(page).fill(`${written}\n${ADDED}`);
    await page.getByRole('button', { name: 'Clear my details' }).click();
    await expect.poll(() => emailBody(page).inputValue()).not.toContain(ADDED);
    await reload(page);
    expect(await page.getByLabel('Company').inputValue()).toBe('');
    expect(await emailBody(page).inputValue()).not.toContain(ADDED);
    expect(await page.evaluate((key) => localStorage.getItem(key), EDITS_KEY)).toBeNull();
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a new company sets a rewritten email aside with a note, said once; Bring back returns it, Forget forgets it; a detail the email does not use keeps it', async () => {
    const context = await newContext(browser);
    await listenToStatus(context);
    const page = await context.newPage();
    const seen = watch(page);
    await open(page);
    await page.getByLabel('Company').fill('Acme Corp');
    await expect.poll(() => emailBody(page).inputValue()).toContain('Acme Corp');
    // The person writes the email in their own words.
    const mine = 'Hello,\n\nI need to cancel my interview at Acme Corp. I am sorry.\n\nJamie';
    await emailBody(page).fill(mine);
    // Their email address is not in the email: the edit stays as it is, with no note.
    await page.getByLabel('Their email address').fill('morgan@example.com');
    expect(await emailBody(page).inputValue()).toBe(mine);
    const bringBack = email(page).getByRole('button', { name: 'Bring back my edit' });
    expect(await bringBack.count()).toBe(0);
    // They fix the company's name: the email is written again for it, and a note beside it says why.
    await page.getByLabel('Company').fill('Acme Ltd');
    await expect.poll(() => emailBody(page).inputValue()).toContain('Acme Ltd');
    expect(await emailBody(page).inputValue()).not.toBe(mine);
    const noteId = await emailBody(page).getAttribute('aria-describedby');
    expect(noteId).toBeTruthy();
    expect(await page.locator(`#${noteId}`).innerText()).toContain(ASIDE_NOTES.details);
    expect(await axeViolations(page)).toEqual([]);
    // The builder's polite status region says it once, naming the message; typing in the new text says nothing more.
    await expect.poll(() => timesSaid(page, /set aside/u)).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'set aside' }).innerText()).toContain(`${MESSAGE_TITLES.cancel}: ${ASIDE_NOTES.details}`);
    await emailBody(page).press('End');
    await emailBody(page).pressSequentially(' Thanks.');
    expect(await bringBack.isVisible()).toBe(true);
    expect(await timesSaid(page, /set aside/u)).toBe(1);
    // Bring back returns their words as they wrote them, and the box keeps the focus.
    await bringBack.click();
    await expect.poll(() => emailBody(page).inputValue()).toBe(mine);
    expect(await emailBody(page).evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await bringBack.count()).toBe(0);
    // The company changes again: set aside again (said again); this time they forget it, and a reload agrees.
    await page.getByLabel('Company').fill('Acme Group');
    await expect.poll(() => emailBody(page).inputValue()).toContain('Acme Group');
    await expect.poll(() => timesSaid(page, /set aside/u)).toBe(2);
    await email(page).getByRole('button', { name: 'Forget my edit' }).click();
    const written = await emailBody(page).inputValue();
    expect(written).not.toContain('I am sorry.');
    await reload(page);
    await expect.poll(() => emailBody(page).inputValue()).toBe(written);
    expect(await email(page).getByRole('button', { name: 'Forget my edit' }).count()).toBe(0);
    expect(seen.consoleErrors).toEqual([]);
    expect(await seen.cspViolations()).toEqual([]);
    await context.close();
  });

  test('an edit made days ahead, reopened under 24 hours, is set aside with a note that says time moved on, not that the details changed', async () => {
    const context = await newContext(browser, { timezoneId: 'Europe/London' });
    await listenToStatus(context);
    const page = await context.newPage();
    const seen = watch(page);
    // Monday morning: the interview is on Saturday at 10:00, and the person writes the email in their own words.
    await page.clock.setFixedTime(new Date('2026-11-30T10:00:00Z'));
    await open(page);
    await page.getByLabel('Company').fill('Acme Corp');
    await page.getByLabel('Interview date').fill('2026-12-05');
    await page.getByLabel('Interview time').fill('10:00');
    await expect.poll(() => emailBody(page).inputValue()).toContain('5 December');
    const monday = await emailBody(page).inputValue();
    const mine = 'Hello,\n\nI need to cancel my interview at Acme Corp on Saturday.\n\nJamie';
    await emailBody(page).fill(mine);
    // Friday night they come back, having changed nothing: the email is written again for short notice.
    await page.clock.setFixedTime(new Date('2026-12-04T21:30:00Z'));
    await reload(page);
    await expect.poll(() => emailBody(page).inputValue()).not.toBe(mine);
    expect(await emailBody(page).inputValue()).not.toBe(monday);
    // The note comes as the edit is set aside, a moment after the new text.
    const bringBack = email(page).getByRole('button', { name: 'Bring back my edit' });
    await bringBack.waitFor();
    const noteId = await emailBody(page).getAttribute('aria-describedby');
    expect(noteId).toBeTruthy();
    const note = await page.locator(`#${noteId}`).innerText();
    expect(note).toContain(ASIDE_NOTES.time);
    expect(note).not.toContain(ASIDE_NOTES.details);
    // The status region says it once, with the same words.
    await expect.poll(() => timesSaid(page, /set aside/u)).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'set aside' }).innerText()).toContain(`${MESSAGE_TITLES.cancel}: ${ASIDE_NOTES.time}`);
    // Reloaded again, the note is the same (kept with the edit), and not said again.
    await reload(page);
    await expect.poll(() => page.locator(`#${noteId}`).innerText()).toContain(ASIDE_NOTES.time);
    expect(await timesSaid(page, /set aside/u)).toBe(0);
    await bringBack.click();
    await expect.poll(() => emailBody(page).inputValue()).toBe(mine);
    expect(seen.consoleErrors).toEqual([]);
    expect(await seen.cspViolations()).toEqual([]);
    await context.close();
  });

  test('a note about the subject alone describes the subject box, not the body, and Bring back puts the focus in the subject', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page);
    await page.getByLabel('Job title').fill('Analyst');
    const subject = email(page).getByLabel('Subject');
    await expect.poll(() => subject.inputValue()).toContain('Analyst');
    // The person writes their own subject, and leaves the body as written.
    const mine = 'About Thursday: Analyst interview';
    await subject.fill(mine);
    // A new job title writes the subject again: only the subject is set aside.
    await page.getByLabel('Job title').fill('Senior Analyst');
    await expect.poll(() => subject.inputValue()).toContain('Senior Analyst');
    // The note comes with the new text, in the same render: never a subject written again without it.
    const noteId = await subject.getAttribute('aria-describedby');
    expect(noteId).toBeTruthy();
    expect(await page.locator(`#${noteId}`).innerText()).toContain(ASIDE_NOTES.details);
    expect(await emailBody(page).getAttribute('aria-describedby')).toBeNull();
    // Bring back returns their subject, and the subject box holds the focus.
    await email(page).getByRole('button', { name: 'Bring back my edit' }).click();
    await expect.poll(() => subject.inputValue()).toBe(mine);
    expect(await subject.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await subject.getAttribute('aria-describedby')).toBeNull();
    await context.close();
  });

  test('a line added at the end takes a new job title in; a message unticked, or the other side chosen, and back, keeps its edit', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page);
    await page.getByLabel('Job title').fill('Analyst');
    await expect.poll(() => emailBody(page).inputValue()).toContain('Analyst');
    const written = await emailBody(page).inputValue();
    await emailBody(page).fill(`${written}\n${ADDED}`);
    // A new job title reaches the email, and the line the person added stays, with no note.
    await page.getByLabel('Job title').fill('Senior Analyst');
    await expect.poll(() => emailBody(page).inputValue()).toContain('Senior Analyst');
    expect(await emailBody(page).inputValue()).toMatch(new RegExp(`\\n${ADDED}$`, 'u'));
    expect(await email(page).getByRole('button', { name: 'Bring back my edit' }).count()).toBe(0);
    const edited = await emailBody(page).inputValue();
    // The voicemail, edited, is unticked and ticked again: the edit is still there.
    const voicemail = `${await voicemailBody(page).inputValue()} ${ADDED}`;
    await voicemailBody(page).fill(voicemail);
    const box = page.getByRole('checkbox', { name: MESSAGE_TITLES.voicemail, exact: true });
    await box.uncheck();
    await expect.poll(() => voicemailBody(page).count()).toBe(0);
    await box.check();
    await expect.poll(() => voicemailBody(page).inputValue()).toBe(voicemail);
    // Writing as an employer for a moment, then as a candidate again: both edits are back as they were.
    await page.getByRole('radio', { name: 'An employer' }).check();
    await expect.poll(() => emailBody(page).count()).toBe(0);
    await page.getByRole('radio', { name: 'A candidate' }).check();
    await expect.poll(() => emailBody(page).inputValue()).toBe(edited);
    expect(await voicemailBody(page).inputValue()).toBe(voicemail);
    await context.close();
  });

  test('in two tabs, an edit in one shows in the other, and edits made in each are both kept', async () => {
    const context = await newContext(browser);
    const first = await context.newPage();
    const seen = watch(first);
    await open(first);
    const second = await context.newPage();
    await open(second);
    // The second tab shows its messages too.
    await scrollToMessages(second);
    await emailBody(second).waitFor();
    // In the first tab the person scrolls to the email and adds a line to it; the second tab follows.
    await first.bringToFront();
    await scrollToMessages(first);
    const written = await emailBody(first).inputValue();
    await emailBody(first).fill(`${written}\n${ADDED}`);
    await expect.poll(() => emailBody(second).inputValue()).toBe(`${written}\n${ADDED}`);
    // The tab whose text changed on screen says why.
    expect(await second.getByRole('status').filter({ hasText: 'You changed your messages in another tab, so this tab shows them too.' }).isVisible()).toBe(true);
    // In the second tab they type the recruiter's address, which reaches the first, then edit the voicemail there.
    await second.bringToFront();
    await second.getByLabel('Their email address').fill('morgan@example.com');
    await expect.poll(() => first.getByLabel('Their email address').inputValue()).toBe('morgan@example.com');
    // From here the first tab notes each save of the edits the other tab makes.
    await first.evaluate((key) => {
      const saves: string[] = [];
      (window as unknown as { __saves: string[] }).__saves = saves;
      addEventListener('storage', (event) => {
        if (event.key === key) saves.push(event.newValue ?? '');
      });
    }, EDITS_KEY);
    const voicemail = `${await voicemailBody(second).inputValue()} ${ADDED}`;
    await voicemailBody(second).fill(voicemail);
    // The first tab shows the voicemail as edited there, and neither tab lost the other's edit.
    await expect.poll(() => voicemailBody(first).inputValue()).toBe(voicemail);
    const saves = (await first.evaluate(() => (window as unknown as { __saves: string[] }).__saves)).map(
      (raw) => JSON.parse(raw) as { data: { cancel?: { body?: { text: string } } } },
    );
    expect(saves.length).toBeGreaterThan(0);
    for (const save of saves) expect(save.data.cancel?.body?.text).toContain(ADDED);
    for (const page of [first, second]) {
      expect(await emailBody(page).inputValue()).toContain(ADDED);
      expect(await voicemailBody(page).inputValue()).toBe(voicemail);
      expect(await page.getByLabel('Their email address').inputValue()).toBe('morgan@example.com');
    }
    // And so does a third, opened now.
    const third = await context.newPage();
    await open(third);
    await expect.poll(() => voicemailBody(third).inputValue()).toBe(voicemail);
    expect(await emailBody(third).inputValue()).toContain(ADDED);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('edits saved in a shape it cannot read are left out, and the builder still writes and keeps new ones', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(PAGE);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 1, savedAt: 0, data: { cancel: { body: 'nonsense' }, voicemail: [1, 2] } })), EDITS_KEY);
    await open(page);
    const written = await emailBody(page).inputValue();
    expect(written).toContain('cancel');
    await emailBody(page).fill(`${written}\n${ADDED}`);
    await reload(page);
    await expect.poll(() => emailBody(page).inputValue()).toBe(`${written}\n${ADDED}`);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });
});

// Issue #16's bytes: the builder hydrates with its form alone, and its message writer and cards load
// when the messages are wanted (the first focus or change, saved details or a link, or as they near).
describe('what the builder loads, and when', () => {
  const WRITER = 'message-writer';
  const WAITING = 'Writing your messages…';
  const FAILED = 'The messages could not load. Please reload the page.';
  const tool = (page: Page) => page.getByRole('region', { name: 'Message builder' });

  /** A page whose requests are noted as it loads, and the pages it fetched so far. */
  async function watched(options: { width?: number; listen?: boolean } = {}) {
    const context = await newContext(browser);
    // What the status regions are given to say, from the page's first script on.
    if (options.listen) await listenToStatus(context);
    const page = await context.newPage();
    if (options.width) await page.setViewportSize({ width: options.width, height: 720 });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const seen = watch(page);
    return { context, page, fetched, seen, hasWriter: () => fetched.some((path) => path.includes(WRITER)) };
  }
  /** Everything the page starts on its own has started once the browser is idle. */
  const idle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 10_000 })));

  test('the form works before the writer comes; a placeholder, quiet for screen readers, waits in the messages’ place until the first focus', async () => {
    const { context, page, seen, hasWriter } = await watched();
    await open(page);
    await idle(page);
    expect(hasWriter()).toBe(false);
    const waiting = tool(page).getByText(WAITING);
    expect(await waiting.isVisible()).toBe(true);
    expect(await tool(page).getByRole('article').count()).toBe(0);
    // Not a live region: a screen reader is not told about a wait it did not ask about.
    expect(await waiting.evaluate((element) => element.closest('[aria-live], [role="status"], [role="alert"]') === null)).toBe(true);
    // The person's first focus in the builder asks for the messages, and they come.
    await page.getByLabel('Your name').focus();
    await expect.poll(hasWriter).toBe(true);
    const email = tool(page).getByRole('article', { name: MESSAGE_TITLES.cancel }).getByLabel('Message (you can edit it here)');
    await expect.poll(() => email.inputValue()).toContain('cancel');
    expect(await waiting.count()).toBe(0);
    // Typing then goes straight into the messages, the focus where it was.
    await page.keyboard.type('Jamie');
    await expect.poll(() => email.inputValue()).toContain('Jamie');
    expect(await page.getByLabel('Your name').evaluate((input) => input === document.activeElement)).toBe(true);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('on a guide, the messages load as the person scrolls near them, with nothing touched', async () => {
    const { context, page, hasWriter } = await watched({ width: 1280 });
    await open(page, '/candidates/after-you-cancel/');
    await idle(page);
    expect(hasWriter()).toBe(false);
    await tool(page).getByText(WAITING).scrollIntoViewIfNeeded();
    const note = tool(page).getByRole('article', { name: MESSAGE_TITLES['stay-in-touch'] }).getByLabel('Message (you can edit it here)');
    await expect.poll(() => note.inputValue()).not.toBe('');
    expect(hasWriter()).toBe(true);
    await context.close();
  });

  test('details saved in this browser, or a link that fills the builder, bring the messages at once', async () => {
    const { context, page, fetched, hasWriter } = await watched();
    await open(page);
    await page.getByLabel('Your name').fill('Jamie Rivera');
    // Back on another day: the page shows the messages as they were left, without a touch.
    fetched.length = 0;
    await page.reload();
    await open(page);
    const email = tool(page).getByRole('article', { name: MESSAGE_TITLES.cancel }).getByLabel('Message (you can edit it here)');
    await expect.poll(() => email.inputValue()).toContain('Jamie Rivera');
    expect(hasWriter()).toBe(true);
    await context.close();
    // A link from the decision helper, in a browser with nothing saved.
    const linked = await watched();
    await open(linked.page, `${PAGE}?who=candidate&kinds=withdraw`);
    const withdrawal = tool(linked.page).getByRole('article', { name: MESSAGE_TITLES.withdraw }).getByLabel('Message (you can edit it here)');
    await expect.poll(() => withdrawal.inputValue()).not.toBe('');
    expect(linked.hasWriter()).toBe(true);
    await linked.context.close();
  });

  test('the form starts without its schema; saved details bring the reader before the first render, and so does another tab\'s save', async () => {
    const { context, page, fetched } = await watched();
    const readsSchema = () => fetched.filter((path) => /\/_astro\/(reader|schema)\./u.test(path));
    await open(page);
    await idle(page);
    // Nothing saved and no link: the form works, and neither the reader nor the schema (zod) came with it.
    expect(readsSchema()).toEqual([]);
    // Looked at and left untouched, it keeps nothing: a later visit starts as light.
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    await page.reload();
    await open(page);
    await idle(page);
    expect(readsSchema()).toEqual([]);
    await page.getByLabel('Your name').fill('Jamie Rivera');
    // Saved now: on a reload the island reads them through the reader before it first renders.
    fetched.length = 0;
    await page.reload();
    await open(page);
    expect(fetched.some((path) => path.includes('/_astro/reader.'))).toBe(true);
    expect(await page.getByLabel('Your name').inputValue()).toBe('Jamie Rivera');
    // A second tab in a browser with nothing saved starts without the reader; the first tab's save brings it.
    await page.evaluate(() => localStorage.clear());
    const other = await context.newPage();
    const otherFetched: string[] = [];
    other.on('request', (request) => otherFetched.push(new URL(request.url()).pathname));
    await open(other);
    await idle(other);
    expect(otherFetched.filter((path) => /\/_astro\/(reader|schema)\./u.test(path))).toEqual([]);
    await page.getByLabel('Company').fill('Acme Corp');
    await expect.poll(() => other.getByLabel('Company').inputValue()).toBe('Acme Corp');
    expect(otherFetched.some((path) => path.includes('/_astro/reader.'))).toBe(true);
    await context.close();
  });

  test('if saved details cannot be read for want of the reader, the builder says so, keeps them, and still works', async () => {
    const { context, page, seen } = await watched();
    const READ_FAILED = 'Your saved details could not load. Please reload the page.';
    await open(page);
    await page.getByLabel('Your name').fill('Jamie Rivera');
    // Offline after an update, say: the reader's file does not come on the reload.
    await page.route('**/_astro/reader.*', (route) => route.abort());
    await page.reload();
    await open(page);
    await expect.poll(() => tool(page).getByRole('status').filter({ hasText: READ_FAILED }).count()).toBe(1);
    expect(await page.getByLabel('Your name').inputValue()).toBe('');
    // What was saved is not overwritten by the empty form shown instead: online again, a reload brings it back.
    await page.unroute('**/_astro/reader.*');
    await page.reload();
    await open(page);
    expect(await page.getByLabel('Your name').inputValue()).toBe('Jamie Rivera');
    // Offline once more, the form still works: typed into, it writes its messages.
    await page.route('**/_astro/reader.*', (route) => route.abort());
    await page.reload();
    await open(page);
    await page.getByLabel('Company').fill('Acme Corp');
    const email = tool(page).getByRole('article', { name: MESSAGE_TITLES.cancel }).getByLabel('Message (you can edit it here)');
    await expect.poll(() => email.inputValue()).toContain('Acme Corp');
    expect(seen.foreignRequests).toEqual([]);
    await context.close();
  });

  test('if the messages cannot load, the builder says so, politely and on screen, and keeps what was typed', async () => {
    const { context, page, seen } = await watched({ listen: true });
    // Offline after an update, say: the writer's file does not come.
    await page.route(`**/_astro/${WRITER}.*`, (route) => route.abort());
    await open(page);
    await page.getByLabel('Your name').fill('Jamie Rivera');
    // Said once in the status region, and shown where the messages would be, outside any live region.
    await expect.poll(() => timesSaid(page, new RegExp(`^${FAILED.replace(/\./gu, '\\.')}$`, 'u'))).toBe(1);
    const shown = () => tool(page).getByText(FAILED).evaluateAll((found) => found.filter((element) => !element.closest('[aria-live], [role="status"]')).length);
    await expect.poll(shown).toBe(1);
    expect(await tool(page).getByText(WAITING).count()).toBe(0);
    expect(await page.getByLabel('Your name').inputValue()).toBe('Jamie Rivera');
    // Online again, a reload brings the messages with what was typed.
    await page.unroute(`**/_astro/${WRITER}.*`);
    await page.reload();
    await open(page);
    const email = tool(page).getByRole('article', { name: MESSAGE_TITLES.cancel }).getByLabel('Message (you can edit it here)');
    await expect.poll(() => email.inputValue()).toContain('Jamie Rivera');
    expect(seen.foreignRequests).toEqual([]);
    await context.close();
  });

  test('printed before the messages load, the page leaves out "Writing your messages…" rather than printing it', async () => {
    const { context, page } = await watched();
    await open(page);
    const waiting = tool(page).getByText(WAITING);
    expect(await waiting.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await waiting.isVisible()).toBe(false);
    await context.close();
  });
});
