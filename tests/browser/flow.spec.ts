import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DETAILS_KEY } from '../../src/components/decision-helper/storage-keys';
import { axeViolations, launch, listenToStatus, newContext, timesSaid, watch, type PageWatch } from './harness';

// Issue #16's walkthroughs: from the question to the right message on one page, counted.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  seen: PageWatch;
}

async function open(
  path: string,
  now: string,
  options: { width?: number; zone?: string; colorScheme?: 'light' | 'dark'; locale?: string } = {},
): Promise<Opened> {
  const context = await newContext(browser, {
    permissions: ['clipboard-read', 'clipboard-write'],
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const page = await context.newPage();
  // The person's browser is in their own zone; the viewport is a phone's unless said otherwise.
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  await page.setViewportSize({ width: options.width ?? 390, height: 844 });
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setTimezoneOverride', { timezoneId: options.zone ?? 'Europe/London' });
  const seen = watch(page);
  await page.clock.setFixedTime(new Date(now));
  await page.goto(path);
  // On the home page the helper starts on the person's first touch (client:touch), so nothing
  // waits for it there: their first click or key press counts and takes effect. Elsewhere it
  // starts with the page.
  const island = page.locator(HELPER);
  if ((await island.getAttribute('client')) !== 'touch') await running(page);
  return { context, page, seen };
}

const HELPER = 'astro-island[component-url*="DecisionHelper"]';
const running = (page: Page) => page.waitForSelector(`${HELPER}:not([ssr])`, { state: 'attached' });

const form = (page: Page) => page.getByRole('form', { name: 'Your situation' });
const results = (page: Page) => page.getByRole('region', { name: 'Your advice' });
/** The plan's steps over the messages (the messages load when there is first advice). */
async function stepHeadings(page: Page): Promise<string[]> {
  await results(page).getByRole('heading', { level: 4 }).first().waitFor();
  return results(page).getByRole('heading', { level: 4 }).allInnerTexts();
}
const messageBox = (page: Page, step: number) => results(page).getByRole('textbox', { name: new RegExp(`for step ${step}$`) }).last();

async function expectClean({ seen }: Opened): Promise<void> {
  expect(seen.consoleErrors).toEqual([]);
  expect(await seen.cspViolations()).toEqual([]);
  expect(seen.foreignRequests).toEqual([]);
}

const hasNoSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('one flow, from "/" to the message', () => {
  test('a candidate on a phone at 21:30 in London: a copied cancellation email in 8 interactions or fewer', async () => {
    const opened = await open('/', '2026-12-01T21:30:00Z');
    const { page } = opened;
    let interactions = 0;
    const act = async (step: () => Promise<unknown>) => {
      interactions += 1;
      await step();
    };
    // The first questions are on the first screen of the home page.
    const date = form(page).getByLabel('Interview date', { exact: true });
    expect(await date.evaluate((element) => element.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    // What they want, when the interview is, and why: tomorrow at 10:00, another job accepted.
    await act(() => form(page).getByLabel('Cancel the interview').check());
    await act(() => date.fill('2026-12-02'));
    await act(() => form(page).getByLabel('Interview time (London time)', { exact: true }).fill('10:00'));
    await act(() => form(page).getByLabel('Reason (optional)').selectOption({ label: 'I have accepted another job' }));
    // The details the messages need, asked once beside them.
    await act(() => results(page).getByLabel('Your name').fill('Sam Lee'));
    await act(() => results(page).getByLabel('Their name').fill('Marta Ruiz'));
    // The plan's messages in the plan's order, each labelled with its step and time.
    // The plan's clock in a British browser: 24 hours, so no one misreads it (an American one: below).
    expect(await stepHeadings(page)).toEqual(['1 · Now: email', '2 · At 09:00: call — script', '3 · If no answer: voicemail']);
    const email = messageBox(page, 1);
    const body = await email.inputValue();
    expect(body).toMatch(/^(Hi|Dear) Marta/u);
    expect(body).toContain('cancel');
    expect(body).toContain('Wednesday 2 December at 10am');
    expect(body).toContain('Sam Lee');
    // The whole message shows: the box is as tall as its text.
    expect(await email.evaluate((box) => box.scrollHeight <= box.clientHeight + 2)).toBe(true);
    // Copy it.
    await page.bringToFront();
    const copy = results(page).getByRole('button', { name: 'Copy email for step 1' });
    await act(() => copy.click());
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(body);
    expect(body).not.toMatch(/<[a-z]/iu);
    // "Copied" appears by the button pressed, and nowhere else.
    expect(await copy.locator('xpath=..').innerText()).toContain('Copied');
    expect(await results(page).getByText('Copied', { exact: true }).count()).toBe(1);
    await expect.poll(() => results(page).getByRole('status').innerText()).toContain('Copied the cancellation email');

    console.info(`phone case, "/" to a copied email: ${interactions} interactions`);
    expect(interactions).toBeLessThanOrEqual(8);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await hasNoSideScroll(page)).toBe(true);
    await expectClean(opened);
    await opened.context.close();
  });

  test('in an American browser the plan and its messages write the date and time the same way', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T21:30:00Z', { locale: 'en-US' });
    const { page } = opened;
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-02');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    expect(await stepHeadings(page)).toEqual(['1 · Now: email', '2 · At 9:00 AM: call — script', '3 · If no answer: voicemail']);
    const advice = await results(page).innerText();
    expect(advice).toContain('When their working day starts: Wednesday, December 2, 2026 at 9:00 AM (London time).');
    expect(advice).toContain('by Tuesday, December 1, 2026 at 10:30 PM (London time)');
    expect(advice).not.toMatch(/\b\d{1,2} December\b|\b\d\d:\d\d \(/u);
    const body = await messageBox(page, 1).inputValue();
    expect(body).toContain('Wednesday, December 2 at 10:00 AM');
    expect(body).not.toMatch(/2 December|10am/u);
    await expectClean(opened);
    await opened.context.close();
  });

  test('the call at 09:00 gets a calendar reminder with its alarm at that instant, and the download is announced', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T21:30:00Z');
    const { page } = opened;
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-02');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    // Only the step that waits offers a reminder.
    await stepHeadings(page);
    expect(await results(page).getByRole('button', { name: /^Add a reminder to my calendar/ }).count()).toBe(1);
    // The person adds a line to the script first.
    await messageBox(page, 2).fill(`${await messageBox(page, 2).inputValue()}\nI will also send a card.`);
    const downloading = page.waitForEvent('download');
    await results(page).getByRole('button', { name: 'Add a reminder to my calendar for step 2' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('bow-out-reminder-step-2.ics');
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('DTSTART:20261202T090000Z');
    expect(ics).toContain('TRIGGER;VALUE=DATE-TIME:20261202T090000Z');
    // The alarm holds the script as it is on screen, edits and all, so the words are there at 09:00.
    const description = (ics.replace(/\r\n /gu, '').split('\r\n').find((line) => line.startsWith('DESCRIPTION:') && line.includes('What to say')) ?? '').replace(/\\n/gu, '\n').replace(/\\([,;\\])/gu, '$1');
    expect(description).toContain(`What to say:\n${await messageBox(page, 2).inputValue()}`);
    expect(description).toMatch(/I will also send a card\.$/u);
    await expect.poll(() => results(page).getByRole('status').innerText()).toContain('Downloaded bow-out-reminder-step-2.ics');
    await expectClean(opened);
    await opened.context.close();
  });

  test('keyboard only: a candidate in London moving a New York interview, in 60 key presses or fewer', async () => {
    const opened = await open('/', '2026-12-01T10:00:00Z', { width: 1280 });
    const { page } = opened;
    let presses = 0;
    const press = async (key: string, times = 1) => {
      for (let index = 0; index < times; index += 1) {
        presses += 1;
        await page.keyboard.press(key);
      }
    };
    const type = async (text: string) => {
      for (const character of text) await press(character);
    };
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    const tabUntil = async (isThere: () => Promise<boolean>) => {
      for (let guard = 0; guard < 40 && !(await isThere()); guard += 1) await press('Tab');
    };
    // Tab into the helper: the first radio group says who they are (the candidate is chosen).
    await tabUntil(async () => (await focusedName()) === 'dh-who');
    // Focus inside it starts the helper, no key of its own; the zone menu's type-ahead below needs it running.
    await running(page);
    // Past where things stand, to what they want: the second choice moves the interview.
    await tabUntil(async () => (await focusedName()) === 'dh-wish');
    await press('ArrowDown');
    expect(await form(page).getByLabel('Move it to another time').isChecked()).toBe(true);
    // The date, Tuesday 8 December 2026, typed into the date field (month, day, year in this en-US browser).
    await tabUntil(async () => (await focusedId()) === 'dh-date');
    await type('12082026');
    await tabUntil(async () => (await focusedId()) === 'dh-time');
    await type('1500');
    // The interviewer's zone, by typing the city's name into the menu.
    await tabUntil(async () => (await focusedId()) === 'dh-zone');
    await type('new y');
    expect(await form(page).getByLabel('Interviewer’s time zone').inputValue()).toBe('America/New_York');
    // The time field now names the zone the time is read in.
    expect(await form(page).getByLabel('Interview time (New York time)', { exact: true }).inputValue()).toBe('15:00');
    // On to the first message and copy it.
    const copy = results(page).getByRole('button', { name: 'Copy email for step 1' });
    await tabUntil(() => copy.evaluate((button) => button === document.activeElement));
    await page.bringToFront();
    await press('Enter');
    const body = await messageBox(page, 1).inputValue();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(body);
    expect(await form(page).getByLabel('Interview date', { exact: true }).inputValue()).toBe('2026-12-08');
    // A request to move it, with both clocks: 15:00 in New York is 20:00 in London.
    expect(body).toContain('move my interview');
    expect(body).toContain('3pm New York time (8pm London time)');
    expect(await stepHeadings(page)).toEqual(expect.arrayContaining(['1 · Now: email']));
    console.info(`keyboard reschedule across zones: ${presses} key presses`);
    expect(presses).toBeLessThanOrEqual(60);
    await expectClean(opened);
    await opened.context.close();
  });

  test('an HR coordinator taking back an invitation two days out: the call comes first, then the email', async () => {
    // Monday 7 December 2026, 11:00 in London; the interview is Wednesday at 10:00.
    const opened = await open('/tools/decision-helper/', '2026-12-07T11:00:00Z', { width: 1280 });
    const { page } = opened;
    await form(page).getByLabel('The employer').check();
    await form(page).getByLabel('Take back the invitation').check();
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-09');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    const headings = await stepHeadings(page);
    expect(headings[0]).toBe('1 · Now: call — script');
    expect(headings.findIndex((heading) => heading.endsWith(': email'))).toBeGreaterThan(0);
    // Words for an employer: the candidate's name, never "their role".
    expect(await results(page).getByLabel('Candidate’s name').count()).toBe(1);
    expect(await results(page).innerText()).not.toContain('Their role');
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('the flow on a guide page', () => {
  test('an HR coordinator on the withdrawal guide: the flow is near the top and in "On this page", set to the employer taking back an invitation', async () => {
    // Monday 7 December 2026, 11:00 in London; the interview is Wednesday at 10:00.
    const opened = await open('/employers/withdraw-an-invitation/', '2026-12-07T11:00:00Z', { width: 1280 });
    const { page } = opened;
    // "On this page" links to it, and it starts within the first screen and a half, not after the guide.
    const toc = page.locator('starlight-toc nav');
    expect(await toc.getByRole('link', { name: 'Your plan and messages' }).getAttribute('href')).toBe('#your-plan-and-messages');
    const top = await form(page).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(1.5 * 844);
    // The page's topic: the employer, taking back the invitation.
    expect(await form(page).getByLabel('The employer').isChecked()).toBe(true);
    expect(await form(page).getByLabel('Take back the invitation').isChecked()).toBe(true);
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-09');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    const headings = await stepHeadings(page);
    expect(headings[0]).toBe('1 · Now: call — script');
    expect(headings.findIndex((heading) => heading.endsWith(': email'))).toBeGreaterThan(0);
    // The script names no timing it cannot know; the labels speak to an employer.
    const script = messageBox(page, 1);
    expect(await script.evaluate((box) => (box as HTMLTextAreaElement).labels?.[0]?.textContent ?? '')).toMatch(/^Phone script for the candidate/u);
    const text = await results(page).innerText();
    expect(text).not.toMatch(/same-day|Their role|Interviewer’s time zone/u);
    expect(await form(page).getByLabel('Candidate’s time zone').count()).toBe(1);
    // Whether the role may reopen is asked in the open, beside the messages, and the email follows it.
    const reopen = results(page).getByLabel('May the role reopen?');
    expect(await reopen.isVisible()).toBe(true);
    await reopen.selectOption('no');
    const emailStep = headings.findIndex((heading) => heading.endsWith(': email')) + 1;
    await expect.poll(() => messageBox(page, emailStep).inputValue()).toMatch(/not expect the role to reopen|don't expect the role to reopen/u);
    await expectClean(opened);
    await opened.context.close();
  });

  test('a reschedule guide asks for times to offer in the open, its label naming the zone, and the request carries them', async () => {
    const opened = await open('/candidates/reschedule-an-interview/', '2026-12-01T10:00:00Z', { width: 390 });
    const { page } = opened;
    expect(await form(page).getByLabel('Move it to another time').isChecked()).toBe(true);
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-08');
    await form(page).getByLabel(/^Interview time/).fill('15:00');
    await form(page).getByLabel('Interviewer’s time zone').selectOption('America/New_York');
    await stepHeadings(page);
    const times = results(page).getByRole('group', { name: 'Times you can offer (New York time)' });
    expect(await times.isVisible()).toBe(true);
    await times.getByLabel('Option 1: date').fill('2026-12-10');
    await times.getByLabel('Option 1: time (New York time)').fill('11:00');
    // A second row appears once the first is used.
    expect(await times.getByLabel('Option 2: date').count()).toBe(1);
    await expect.poll(() => messageBox(page, 1).inputValue()).toContain('10 December at 11am New York time');
    await expectClean(opened);
    await opened.context.close();
  });

  test('what the page says beats saved details for who and what; saved dates still fill in, with a note', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-07T11:00:00Z', { width: 1280 });
    const { page } = opened;
    // A candidate used the helper first, and their details were saved.
    await form(page).getByLabel('Cancel the interview').check();
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-09');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    await stepHeadings(page);
    // Then, on the employer's guide, the page's topic wins.
    await page.goto('/employers/withdraw-an-invitation/');
    await page.waitForSelector('astro-island[component-url*="DecisionHelper"]:not([ssr])', { state: 'attached' });
    expect(await form(page).getByLabel('The employer').isChecked()).toBe(true);
    expect(await form(page).getByLabel('Take back the invitation').isChecked()).toBe(true);
    expect(await form(page).getByLabel('Interview date', { exact: true }).inputValue()).toBe('2026-12-09');
    expect(await page.locator('.dh-notice').first().innerText()).toMatch(/saved in this browser/u);
    expect((await stepHeadings(page))[0]).toBe('1 · Now: call — script');
    await expectClean(opened);
    await opened.context.close();
  });

  test('reloaded while reading the messages, the person lands on their plan, not on a blank helper', async () => {
    const opened = await open('/candidates/reschedule-an-interview/', '2026-12-01T14:00:00Z');
    const { page } = opened;
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-03');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    await stepHeadings(page);
    // They are reading the first message when they reload (the browser brings the scroll back).
    await messageBox(page, 1).scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(1000);
    await page.reload();
    // Where they were, their plan is there: the same message, on screen, with their date.
    const box = messageBox(page, 1);
    await box.waitFor();
    await expect
      .poll(() => box.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < window.innerHeight;
      }))
      .toBe(true);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(200);
    expect(await results(page).getByText('Your advice appears here', { exact: false }).count()).toBe(0);
    await expectClean(opened);
    await opened.context.close();
  });

  test('before any date, the page’s own messages are there to copy; a second move is among them', async () => {
    const opened = await open('/candidates/reschedule-an-interview/', '2026-12-01T10:00:00Z', { width: 390 });
    const { page } = opened;
    const start = results(page).getByRole('heading', { name: 'Messages to start from' });
    // They load as the person scrolls towards them.
    await start.scrollIntoViewIfNeeded();
    const second = results(page).getByRole('textbox', { name: 'Message (second reschedule request)', exact: true });
    expect(await second.inputValue()).not.toBe('');
    await page.bringToFront();
    await results(page).getByRole('button', { name: /^Copy email \(second reschedule request\)$/u }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await second.inputValue());
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('the parts that load when wanted', () => {
  test('a keyboard user entering the form on a guide gets its messages without scrolling to them', async () => {
    const opened = await open('/candidates/reschedule-an-interview/', '2026-12-01T10:00:00Z', { width: 390 });
    const { page } = opened;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await form(page).getByLabel('The candidate').focus();
    await expect.poll(() => fetched.some((path) => path.includes('PlanMessages'))).toBe(true);
    await expect.poll(() => results(page).getByRole('textbox', { name: 'Message (second reschedule request)', exact: true }).count()).toBe(1);
    await expectClean(opened);
    await opened.context.close();
  });

  test('printed before they load, the page leaves out "Writing your messages…" rather than printing it', async () => {
    const opened = await open('/candidates/reschedule-an-interview/', '2026-12-01T10:00:00Z', { width: 390 });
    const { page } = opened;
    const waiting = results(page).getByText('Writing your messages…');
    expect(await waiting.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await waiting.isVisible()).toBe(false);
    await opened.context.close();
  });

  test('if the advice cannot load, a guide still gives its own messages, and says what went wrong', async () => {
    const opened = await open('/candidates/cancel-an-interview/', '2026-12-01T10:00:00Z', { width: 1280 });
    const { page } = opened;
    await page.route('**/_astro/advice-engine.*', (route) => route.abort());
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-03');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    await expect.poll(() => results(page).innerText()).toContain('Your advice could not load. Please reload the page.');
    // Their first change in the form asked for the messages: they come without the engine.
    await expect.poll(() => results(page).getByRole('textbox', { name: 'Message (cancellation email)', exact: true }).inputValue()).not.toBe('');
    await opened.context.close();
  });
});

describe('when they have been texting you', () => {
  test('ticking the box turns the plan into a text alone, and the text promises no email; employers are not asked', async () => {
    // Tuesday 1 December 2026, 11:00 in London; the interview is Friday at 14:00: enough notice.
    const opened = await open('/tools/decision-helper/', '2026-12-01T11:00:00Z', { width: 1280 });
    const { page } = opened;
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-04');
    await form(page).getByLabel(/^Interview time/).fill('14:00');
    expect((await stepHeadings(page))[0]).toBe('1 · Now: email');
    await form(page).getByLabel('They have been texting me about this interview').check();
    await expect.poll(async () => (await stepHeadings(page))[0]).toBe('1 · Now: text');
    const text = await messageBox(page, 1).inputValue();
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/email/i);
    // The step's reason, folded under "Why this advice".
    expect(await results(page).textContent()).toMatch(/texting you about this interview, so a text on its own is fine/);
    // The policy gives the case to candidates: an employer's form does not ask it.
    await form(page).getByLabel('The employer').check();
    expect(await form(page).getByLabel('They have been texting me about this interview').count()).toBe(0);
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('when they have been texting you, without the phone box', () => {
  test('a short hint beside the texting box, said politely, asks for the phone box if they can call that number', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T11:00:00Z', { width: 1280 });
    const { page } = opened;
    const texting = form(page).getByRole('checkbox', { name: 'They have been texting me about this interview' });
    const phone = form(page).getByRole('checkbox', { name: 'I have their phone number' });
    const hint = form(page).getByRole('status').filter({ hasText: 'If you can call that number too' });
    // Texting with the phone box ticked: nothing to say.
    await texting.check();
    expect(await hint.count()).toBe(0);
    expect(await texting.getAttribute('aria-describedby')).toBeNull();
    // Unticked, a text needs their number all the same: the hint appears in a polite region and describes the box.
    await phone.uncheck();
    await expect.poll(() => hint.count()).toBe(1);
    expect(await hint.innerText()).toBe('If you can call that number too, tick “I have their phone number”.');
    expect(await hint.getAttribute('id')).toBe(await texting.getAttribute('aria-describedby'));
    // Ticked again, or texting unticked, it goes.
    await phone.check();
    await expect.poll(() => hint.count()).toBe(0);
    await phone.uncheck();
    await expect.poll(() => hint.count()).toBe(1);
    await texting.uncheck();
    await expect.poll(() => hint.count()).toBe(0);
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('an employer’s missed interview', () => {
  test('the stage says whose miss it was, so an employer whose candidate did not come does not pick it', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-07T11:00:00Z', { width: 1280 });
    const { page } = opened;
    const stage = form(page).getByLabel('Where things stand');
    expect(await stage.locator('option[value="missed"]').innerText()).toBe('The interview has already been missed');
    await form(page).getByLabel('The employer').check();
    await expect.poll(() => stage.locator('option[value="missed"]').innerText()).toBe('We missed the interview on our side');
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('the details beside the messages', () => {
  test('are asked once, kept in this browser on reload, and cleared with the rest', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T21:30:00Z', { width: 1280 });
    const { page } = opened;
    await fillPhoneCase(page);
    await results(page).getByLabel('Your name').fill('Sam Lee');
    await results(page).getByLabel('Company').fill('Acme');
    // Asked once: one field for each, whatever the number of messages.
    expect(await page.getByLabel('Your name').count()).toBe(1);
    // Every message of the plan signs with the name.
    for (const step of [1, 2, 3]) await expect.poll(() => messageBox(page, step).inputValue()).toContain('Sam');
    // Reloaded, the situation and the details are both back.
    await page.reload();
    await running(page);
    await expect.poll(() => results(page).getByLabel('Your name').inputValue()).toBe('Sam Lee');
    expect(await results(page).getByLabel('Company').inputValue()).toBe('Acme');
    // "Clear my details" forgets them too.
    await form(page).getByRole('button', { name: 'Clear my details' }).click();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('bowout:decision-helper')))).toEqual([]);
    await expectClean(opened);
    await opened.context.close();
  });

  test('a name longer than the messages use stops at that length in the field, so the messages sign with what the field shows', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T21:30:00Z', { width: 1280 });
    const { page } = opened;
    await fillPhoneCase(page);
    const name = results(page).getByLabel('Your name');
    const long = Array.from({ length: 20 }, (_, index) => `Name${index}`).join(' ');
    expect(long.length).toBeGreaterThan(100);
    await name.focus();
    // Pasted, as a long name usually arrives.
    await page.keyboard.insertText(long);
    const kept = await name.inputValue();
    expect(kept).toBe(long.slice(0, 100));
    await expect.poll(() => messageBox(page, 1).inputValue()).toContain(kept.trim());
    expect(await messageBox(page, 1).inputValue()).not.toContain(long.slice(0, 101));
    await expectClean(opened);
    await opened.context.close();
  });

  test('on a guide that advises with nothing filled in, clearing empties the details on screen too, and a reload keeps them gone', async () => {
    const opened = await open('/candidates/decline-an-interview/', '2026-12-01T10:00:00Z', { width: 1280 });
    const { page } = opened;
    await results(page).scrollIntoViewIfNeeded();
    await results(page).getByLabel('Company').fill('Acme');
    await expect.poll(() => messageBox(page, 1).inputValue()).toContain('Acme');
    await form(page).getByRole('button', { name: 'Clear my details' }).click();
    // The advice stays (it needs nothing filled in), and its messages start afresh.
    await expect.poll(() => results(page).getByLabel('Company').inputValue()).toBe('');
    expect(await messageBox(page, 1).inputValue()).not.toContain('Acme');
    // A key typed after clearing saves that, not the cleared details with it.
    await results(page).getByLabel('Your name').fill('S');
    await page.reload();
    await running(page);
    await results(page).scrollIntoViewIfNeeded();
    await expect.poll(() => results(page).getByLabel('Your name').inputValue()).toBe('S');
    expect(await results(page).getByLabel('Company').inputValue()).toBe('');
    await expectClean(opened);
    await opened.context.close();
  });

  test('the offer to stay in touch is a box in view: unticked, no message makes it, and it stays unticked on reload', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T21:30:00Z', { width: 1280 });
    const { page } = opened;
    await form(page).getByLabel('Cancel the interview').check();
    await fillPhoneCase(page);
    const offer = results(page).getByLabel('Offer to stay in touch about future roles');
    expect(await offer.isChecked()).toBe(true);
    await expect.poll(() => messageBox(page, 1).inputValue()).toContain('stay in touch');
    await offer.uncheck();
    await expect.poll(() => messageBox(page, 1).inputValue()).not.toContain('stay in touch');
    for (const step of [2, 3]) expect(await messageBox(page, step).inputValue()).not.toMatch(/stay in touch|future (roles|openings)/u);
    await page.reload();
    await running(page);
    await stepHeadings(page);
    expect(await results(page).getByLabel('Offer to stay in touch about future roles').isChecked()).toBe(false);
    expect(await messageBox(page, 1).inputValue()).not.toContain('stay in touch');
    // An employer is asked the same in their own words.
    await form(page).getByLabel('The employer').check();
    await form(page).getByLabel('Take back the invitation').check();
    expect(await results(page).getByLabel('Offer to keep their details for future roles').count()).toBe(1);
    await expectClean(opened);
    await opened.context.close();
  });

  test('a plan with a call asks for your phone number, and the voicemail gives it as typed', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T21:30:00Z', { width: 1280 });
    const { page } = opened;
    await fillPhoneCase(page);
    // Step 3 is the voicemail: with no number it promises none.
    await expect.poll(() => messageBox(page, 3).inputValue()).not.toContain('reach me on');
    await results(page).getByLabel('Your phone number').fill('07700 900123');
    await expect.poll(() => messageBox(page, 3).inputValue()).toContain('You can reach me on 07700 900123.');
    // Kept with the other details on reload.
    await page.reload();
    await running(page);
    await expect.poll(() => results(page).getByLabel('Your phone number').inputValue()).toBe('07700 900123');
    // It looks like the fields beside it, in either theme: the same height, border and colours.
    const looks = (label: string) =>
      results(page)
        .getByLabel(label)
        .evaluate((input) => {
          const style = getComputedStyle(input);
          return [input.getBoundingClientRect().height, style.borderTopColor, style.color, style.backgroundColor].join(' ');
        });
    expect(await looks('Your phone number')).toBe(await looks('Your name'));
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('an edited message', () => {
  test('takes a new time; a new reason sets it aside with its own note; signed, it is set aside again; it comes back, and survives reload and a second tab', async () => {
    const opened = await open('/', '2026-12-01T21:30:00Z');
    const { page } = opened;
    await form(page).getByLabel('Cancel the interview').check();
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-02');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    await form(page).getByLabel('Reason (optional)').selectOption({ label: 'I have accepted another job' });
    await stepHeadings(page);
    // The person adds a line to the step 1 email.
    const email = messageBox(page, 1);
    const added = 'I can start a call any time.';
    await email.fill(`${await email.inputValue()}\n${added}`);
    // The interview moves to 14:30: the email says so, as the call script does, and keeps the line.
    await form(page).getByLabel(/^Interview time/).fill('14:30');
    await expect.poll(() => messageBox(page, 2).inputValue()).toContain('2:30pm');
    await expect.poll(() => email.inputValue()).toContain('2:30pm');
    expect(await email.inputValue()).not.toMatch(/\b10(:00)?\s?(am|a\.m\.)/iu);
    expect(await email.inputValue()).toContain(added);
    // A new reason writes it again, and the line written beside the old one is not slipped in unseen: a note says why.
    await form(page).getByLabel('Reason (optional)').selectOption({ label: 'I am unwell' });
    await expect.poll(() => email.inputValue()).not.toContain('accepted another');
    expect(await email.inputValue()).not.toContain(added);
    expect(await page.locator(`#${await email.getAttribute('aria-describedby')}`).innerText()).toContain('The reason changed after you edited this, so it was written again.');
    // The line still fits, so the person brings it back: it goes into the email for the new reason.
    await results(page).getByRole('button', { name: 'Bring back my edit for step 1' }).click();
    await expect.poll(() => email.inputValue()).toContain(added);
    expect(await email.inputValue()).not.toContain('accepted another');
    // Signing at the end where the line was added: the email is written again, and a note says so.
    await results(page).getByLabel('Your name').fill('Sam Lee');
    await expect.poll(() => email.inputValue()).toContain('Sam Lee');
    expect(await email.inputValue()).not.toContain(added);
    const bringBack = results(page).getByRole('button', { name: 'Bring back my edit for step 1' });
    expect(await email.getAttribute('aria-describedby')).toBeTruthy();
    expect(await page.locator(`#${await email.getAttribute('aria-describedby')}`).innerText()).toContain('The details changed after you edited this, so it was written again.');
    // One click brings it back, as last carried forward (2:30pm), and the box holds the focus.
    await bringBack.click();
    await expect.poll(() => email.inputValue()).toContain(added);
    expect(await email.inputValue()).toMatch(/2:30/u);
    expect(await email.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await bringBack.count()).toBe(0);
    const kept = await email.inputValue();
    // Reloaded, the edit is still there; and a second tab shows it too.
    await page.reload();
    await expect.poll(() => messageBox(page, 1).inputValue()).toBe(kept);
    const second = await opened.context.newPage();
    await second.goto('/');
    await expect.poll(() => messageBox(second, 1).inputValue()).toBe(kept);
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('an edited message, set aside or in two tabs', () => {
  const ADDED = 'I can start a call any time.';
  const OWN_LINE = 'Ask for Jo Smith, who booked it.';

  /** A cancellation at 21:30 for 10:00 tomorrow, with a line the person added to the end of the step 1 email. */
  async function editedCancellation(page: Page): Promise<string> {
    await form(page).getByLabel('Cancel the interview').check();
    await fillPhoneCase(page);
    const email = messageBox(page, 1);
    const mine = `${await email.inputValue()}\n${ADDED}`;
    await email.fill(mine);
    return mine;
  }

  const setAsideSaid = (page: Page) => timesSaid(page, /set aside/u);

  test('a line added to the call script is not carried unseen into the script for another wish: set aside with a note, it comes back into the new script', async () => {
    const opened = await open('/', '2026-12-01T21:30:00Z');
    const { page } = opened;
    // Moving the interview: step 2 is the call at 09:00, and the person adds a line at its top.
    await form(page).getByLabel('Move it to another time').check();
    await fillPhoneCase(page);
    const script = messageBox(page, 2);
    await expect.poll(() => script.inputValue()).toContain('move my interview');
    await script.fill(`${OWN_LINE}\n${await script.inputValue()}`);
    // They decide to cancel instead: the script is written for that, and their line is not slipped into it.
    await form(page).getByLabel('Cancel the interview').check();
    await expect.poll(() => script.inputValue()).toContain('need to cancel');
    expect(await script.inputValue()).not.toContain(OWN_LINE);
    // A note beside the box says why, and the button brings their line into the new script.
    const noteId = await script.getAttribute('aria-describedby');
    expect(noteId).toBeTruthy();
    expect(await page.locator(`#${noteId}`).innerText()).toContain('What you want to do changed after you edited this, so it was written again for that.');
    await results(page).getByRole('button', { name: 'Bring back my edit for step 2' }).click();
    await expect.poll(() => script.inputValue()).toContain(OWN_LINE);
    expect(await script.inputValue()).toContain('need to cancel');
    expect(await script.inputValue()).not.toContain('move my interview');
    await expectClean(opened);
    await opened.context.close();
  });

  test('when only the wish the helper assumed moves with where things stand, the note names the stage, not a wish the person never chose', async () => {
    const opened = await open('/', '2026-12-01T21:30:00Z');
    const { page } = opened;
    // Invited, no wish chosen: the helper assumes a no to the invitation; the person adds a line to the call script at step 2.
    await form(page).getByLabel('Where things stand').selectOption({ label: 'Invited, but no time is agreed yet' });
    await fillPhoneCase(page);
    const script = messageBox(page, 2);
    const invited = await script.inputValue();
    await script.fill(`${invited}\n${OWN_LINE}`);
    // The interview is in fact booked: the assumed wish follows, and the script is written again.
    await form(page).getByLabel('Where things stand').selectOption({ label: 'The interview is booked' });
    await expect.poll(() => script.inputValue()).not.toContain(OWN_LINE);
    expect(await script.inputValue()).not.toBe(invited);
    const note = page.locator(`#${await script.getAttribute('aria-describedby')}`);
    expect(await note.innerText()).toContain('Where things stand changed after you edited this');
    expect(await results(page).getByText(/What you want to do changed/u).count()).toBe(0);
    // Choosing a wish is a change of what they want: that note is the wish's.
    await results(page).getByRole('button', { name: 'Forget my edit for step 2' }).click();
    await script.fill(`${await script.inputValue()}\n${OWN_LINE}`);
    await form(page).getByLabel('Move it to another time').check();
    await expect.poll(() => script.inputValue()).not.toContain(OWN_LINE);
    expect(await page.locator(`#${await script.getAttribute('aria-describedby')}`).innerText()).toContain('What you want to do changed after you edited this');
    await expectClean(opened);
    await opened.context.close();
  });

  test('an email edited two days ahead and reopened the night before, details unchanged, is set aside with a note that says time moved on', async () => {
    // Monday night: Wednesday's 10:00 interview is 36 hours away, and the person rewrites the step 1 email.
    const opened = await open('/', '2026-11-30T21:30:00Z');
    const { page, context } = opened;
    await listenToStatus(context);
    await form(page).getByLabel('Cancel the interview').check();
    await fillPhoneCase(page);
    const email = messageBox(page, 1);
    const monday = await email.inputValue();
    const mine = 'Hello,\n\nI have to cancel my interview on Wednesday. My own words.';
    await email.fill(mine);
    // Tuesday night, nothing changed but the clock: the plan now has short notice, and the email says so.
    await page.clock.setFixedTime(new Date('2026-12-01T21:30:00Z'));
    await page.reload();
    await expect.poll(() => messageBox(page, 1).inputValue()).not.toBe(mine);
    expect(await email.inputValue()).not.toBe(monday);
    // The note comes as the edit is set aside, a moment after the new text.
    const bringBack = results(page).getByRole('button', { name: 'Bring back my edit for step 1' });
    await bringBack.waitFor();
    const note = page.locator(`#${await email.getAttribute('aria-describedby')}`);
    expect(await note.innerText()).toContain('Time has moved on since you edited this');
    expect(await note.innerText()).not.toContain('The details changed');
    await expect.poll(() => setAsideSaid(page)).toBe(1);
    // Brought back, their words return as they wrote them.
    await bringBack.click();
    await expect.poll(() => email.inputValue()).toBe(mine);
    await expectClean(opened);
    await context.close();
  });

  test('what was set aside survives typing in the new text and a reload, until it is brought back or forgotten', async () => {
    const opened = await open('/', '2026-12-01T21:30:00Z');
    const { page } = opened;
    const mine = await editedCancellation(page);
    const email = messageBox(page, 1);
    // Signing at the end where the line was added: the email is written again, the edit set aside.
    await results(page).getByLabel('Your name').fill('Sam Lee');
    await expect.poll(() => email.inputValue()).toContain('Sam Lee');
    const bringBack = results(page).getByRole('button', { name: 'Bring back my edit for step 1' });
    await bringBack.waitFor();
    // The person types into the new text, key by key: the note, and what it keeps, stay.
    await email.press('End');
    await email.pressSequentially(' Thanks.');
    expect(await bringBack.isVisible()).toBe(true);
    const typed = await email.inputValue();
    expect(typed).toMatch(/Thanks\.$/u);
    // Reloaded, both their typing and the note are back.
    await page.reload();
    await expect.poll(() => messageBox(page, 1).inputValue()).toBe(typed);
    await bringBack.waitFor();
    // Bring back restores the edit that was set aside, as it was.
    await bringBack.click();
    await expect.poll(() => email.inputValue()).toBe(mine);
    expect(await bringBack.count()).toBe(0);
    // A new name touches the same end: set aside again; this time the person forgets it.
    await results(page).getByLabel('Your name').fill('Sam Lee-Jones');
    await expect.poll(() => email.inputValue()).toContain('Sam Lee-Jones');
    await results(page).getByRole('button', { name: 'Forget my edit for step 1' }).click();
    expect(await bringBack.count()).toBe(0);
    expect(await email.evaluate((box) => box === document.activeElement)).toBe(true);
    const written = await email.inputValue();
    expect(written).not.toContain(ADDED);
    // Forgotten is forgotten: a reload brings neither the note nor the edit back.
    await page.reload();
    await expect.poll(() => messageBox(page, 1).inputValue()).toBe(written);
    expect(await results(page).getByRole('button', { name: 'Forget my edit for step 1' }).count()).toBe(0);
    await expectClean(opened);
    await opened.context.close();
  });

  test('typed and the tab closed at once, an edit is kept to the last key, even on a page slow to paint', async () => {
    const opened = await open('/', '2026-12-01T21:30:00Z');
    const { page, context } = opened;
    const mine = await editedCancellation(page);
    // A busy phone paints late (no frame comes here); the last key, and the tab is closed straight away.
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0;
    });
    await messageBox(page, 1).press('End');
    await messageBox(page, 1).press('!');
    await page.close();
    const again = await context.newPage();
    await again.goto('/');
    await expect.poll(() => messageBox(again, 1).inputValue()).toBe(`${mine}!`);
    await context.close();
  });

  test('a set-aside note is said once, politely: not again as the person types, nor on a reload', async () => {
    const opened = await open('/', '2026-12-01T21:30:00Z');
    const { page } = opened;
    await listenToStatus(opened.context);
    await page.reload();
    const mine = await editedCancellation(page);
    expect(mine).toContain(ADDED);
    expect(await setAsideSaid(page)).toBe(0);
    const email = messageBox(page, 1);
    await results(page).getByLabel('Your name').fill('Sam Lee');
    // The polite status region of the messages says it, naming the message.
    const status = results(page).getByRole('status');
    await expect.poll(() => status.innerText()).toContain('set aside');
    expect(await status.innerText()).toContain('Step 1');
    // Typing in the new text and another detail change nothing it said.
    await email.press('End');
    await email.pressSequentially(' Thanks.');
    await results(page).getByLabel('Company').fill('Acme');
    await expect.poll(() => email.inputValue()).toContain('Acme');
    expect(await setAsideSaid(page)).toBe(1);
    // Reloaded, the note is on screen but not said again; a new set-aside is.
    await page.reload();
    await results(page).getByRole('button', { name: 'Bring back my edit for step 1' }).waitFor();
    await messageBox(page, 1).press('End');
    await messageBox(page, 1).pressSequentially('\nPS');
    await results(page).getByLabel('Your name').fill('Sam Lee-Jones');
    await expect.poll(() => setAsideSaid(page)).toBe(1);
    // Brought back, then set aside again by another name: that is news, said again.
    await results(page).getByRole('button', { name: 'Bring back my edit for step 1' }).click();
    await results(page).getByLabel('Your name').fill('Sam Jones');
    await expect.poll(() => setAsideSaid(page)).toBe(2);
    await results(page).getByRole('button', { name: 'Forget my edit for step 1' }).click();
    expect(await setAsideSaid(page)).toBe(2);
    await expectClean(opened);
    await opened.context.close();
  });

  test('in two tabs, the tab that follows an edit never writes an older one back', async () => {
    const opened = await open('/', '2026-12-01T21:30:00Z');
    const { page, context } = opened;
    await form(page).getByLabel('Cancel the interview').check();
    await fillPhoneCase(page);
    // A second tab of the site, beside the first.
    const second = await context.newPage();
    await (await context.newCDPSession(second)).send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/London' });
    await second.goto('/');
    await expect.poll(() => messageBox(second, 1).inputValue()).toBe(await messageBox(page, 1).inputValue());
    // From here the first tab notes each save of the details the other tab makes.
    await page.evaluate((key) => {
      const saves: string[] = [];
      (window as unknown as { __saves: string[] }).__saves = saves;
      addEventListener('storage', (event) => {
        if (event.key === key) saves.push(event.newValue ?? '');
      });
    }, DETAILS_KEY);
    // In the first tab the person edits the email's text, then its subject.
    await page.bringToFront();
    const email = messageBox(page, 1);
    await email.fill(`${await email.inputValue()}\n${ADDED}`);
    await results(page).getByLabel('Subject for step 1').fill('My interview tomorrow');
    // The second tab follows both, and says why its text changed; the tab typed in says nothing.
    await expect.poll(() => results(second).getByLabel('Subject for step 1').inputValue()).toBe('My interview tomorrow');
    expect(await messageBox(second, 1).inputValue()).toContain(ADDED);
    const followedNote = (tab: Page) => results(tab).locator('.dh-notice', { hasText: 'You changed your messages in another tab, so this tab shows them too.' });
    expect(await followedNote(second).isVisible()).toBe(true);
    expect(await followedNote(page).count()).toBe(0);
    // The first save the second tab makes is the company typed there, not the edit sent back.
    await second.bringToFront();
    await results(second).getByLabel('Company').fill('Acme');
    // Changed here, the note goes: it was about the other tab's change.
    expect(await followedNote(second).count()).toBe(0);
    const saves = async () =>
      (await page.evaluate(() => (window as unknown as { __saves: string[] }).__saves)).map(
        (raw) => JSON.parse(raw) as { data: { company: string; edits: { cancel?: { subject?: { text: string }; body?: { text: string } } } } },
      );
    // What a person relies on: the company typed there arrives here, and no save from the other tab
    // undoes this tab's edits (an older body or subject written back over the newer one).
    await expect.poll(async () => (await saves()).some((save) => save.data.company === 'Acme')).toBe(true);
    for (const save of await saves()) {
      expect(save.data.edits.cancel?.subject?.text).toBe('My interview tomorrow');
      expect(save.data.edits.cancel?.body?.text).toContain(ADDED);
    }
    await expectClean(opened);
    await context.close();
  });
});

describe('a later step’s own message, when the person changed the first', () => {
  test('the call again is offered the changes made to the first call: they go in where the two say the same, and the note says when they cannot', async () => {
    // Short notice in working hours: call, voicemail, email, then the call once more (step 4), with its own script.
    const opened = await open('/', '2026-12-02T10:00:00Z');
    const { page } = opened;
    await form(page).getByLabel('Cancel the interview').check();
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-02');
    await form(page).getByLabel(/^Interview time/).fill('16:00');
    await form(page).getByLabel('Your time zone').focus();
    expect((await stepHeadings(page))[3]).toBe('4 · If no call back, at 11:00: call — script');
    const first = messageBox(page, 1);
    const again = messageBox(page, 4);
    const written = await again.inputValue();
    expect(written).toContain('I left you a voicemail earlier.');
    const original = await first.inputValue();
    const note = results(page).locator('#dh-step-4-earlier');
    const use = results(page).getByRole('button', { name: 'Use my changes from step 1 for step 4' });
    expect(await note.count()).toBe(0);

    // A change to a line the call again says another way: nothing is carried, and the note says so.
    await first.fill(original.replace("I'll send you a short email today.", "I'll email you in a minute."));
    await expect.poll(() => note.innerText()).toBe('You changed the script in step 1. Your changes are not in this one, as it says those lines another way. Check it before you use it.');
    expect(await use.count()).toBe(0);
    expect(await again.inputValue()).toBe(written);
    expect((await again.getAttribute('aria-describedby'))?.split(' ')).toContain('dh-step-4-earlier');

    // A change to a line both calls say: offered, and carried in when the person asks.
    await first.fill(original.replace("It's a personal decision.", "I've accepted another job."));
    await expect.poll(() => note.innerText()).toContain('You changed the script in step 1. Your changes are not in this one yet.');
    expect(await again.inputValue()).toBe(written);
    await use.click();
    await expect.poll(() => again.inputValue()).toBe(written.replace("It's a personal decision.", "I've accepted another job."));
    expect(await again.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await note.count()).toBe(0);
    await expect.poll(() => results(page).locator('.dh-flow > [role="status"]').innerText()).toBe('Your changes from step 1 are now in step 4.');

    // Kept as the call again's own edit: after a reload it is there, and nothing is offered again.
    await page.reload();
    await running(page);
    await stepHeadings(page);
    await expect.poll(() => messageBox(page, 4).inputValue()).toContain("I've accepted another job.");
    expect(await messageBox(page, 4).inputValue()).toContain('I left you a voicemail earlier.');
    expect(await results(page).locator('#dh-step-4-earlier').count()).toBe(0);
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('the walk of the built site: marks and choices that outlived what they were about', () => {
  const MINE = 'I can start a call any time.';
  const RESCHEDULE = '/candidates/reschedule-an-interview/';

  test('"Copied" goes as soon as the box differs from what was copied: an edited line, another wish, an edited subject', async () => {
    const opened = await open(RESCHEDULE, '2026-12-01T10:00:00Z');
    const { page } = opened;
    await fillPhoneCase(page);
    const email = messageBox(page, 1);
    const copy = results(page).getByRole('button', { name: 'Copy email for step 1' });
    const copied = () => results(page).getByText('Copied', { exact: true }).count();
    // Copied, the mark is beside the button.
    await page.bringToFront();
    await copy.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await email.inputValue());
    expect(await copy.locator('xpath=..').innerText()).toContain('Copied');
    // A line edited: the clipboard holds the old text, so the mark goes.
    await email.fill(`${await email.inputValue()}\n${MINE}`);
    await expect.poll(copied).toBe(0);
    // Copied again, then another wish rewrites the email: the mark goes again.
    await copy.click();
    await expect.poll(copied).toBe(1);
    await form(page).getByLabel('Cancel the interview').check();
    await expect.poll(() => email.inputValue()).toContain('cancel');
    expect(await copied()).toBe(0);
    // The subject's own mark goes when the subject is edited.
    const copySubject = results(page).getByRole('button', { name: 'Copy subject for step 1' });
    await copySubject.click();
    await expect.poll(copied).toBe(1);
    await results(page).getByLabel('Subject for step 1').fill('About tomorrow');
    await expect.poll(copied).toBe(0);
    await expectClean(opened);
    await opened.context.close();
  });

  test('a wish chosen on the page survives a reload in this tab; arriving from another page, the page’s topic wins, with its note', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T10:00:00Z');
    const { page } = opened;
    // Saved elsewhere: a cancellation.
    await form(page).getByLabel('Cancel the interview').check();
    await fillPhoneCase(page);
    // The reschedule guide starts on its topic, and a reload, with no choice made here, keeps it.
    await page.goto(RESCHEDULE);
    await running(page);
    expect(await form(page).getByLabel('Move it to another time').isChecked()).toBe(true);
    await page.reload();
    await running(page);
    expect(await form(page).getByLabel('Move it to another time').isChecked()).toBe(true);
    // Chosen here, the wish comes back on a reload.
    await form(page).getByLabel('Cancel the interview').check();
    await stepHeadings(page);
    await page.reload();
    await running(page);
    expect(await form(page).getByLabel('Cancel the interview').isChecked()).toBe(true);
    expect(await form(page).getByLabel('Interview date', { exact: true }).inputValue()).toBe('2026-12-02');
    // Arriving from another page, the page’s topic wins again, and the note says what was filled in.
    await page.goto('/tools/decision-helper/');
    await running(page);
    expect(await form(page).getByLabel('Cancel the interview').isChecked()).toBe(true);
    await page.goto(RESCHEDULE);
    await running(page);
    expect(await form(page).getByLabel('Move it to another time').isChecked()).toBe(true);
    expect(await page.locator('.dh-notice').first().innerText()).toMatch(/saved in this browser/u);
    await expectClean(opened);
    await opened.context.close();
  });

  test('an edit brought into another wish goes home with its wish, and the status stops saying it is set aside', async () => {
    const opened = await open(RESCHEDULE, '2026-12-01T10:00:00Z');
    const { page } = opened;
    await fillPhoneCase(page);
    const email = messageBox(page, 1);
    const mine = `${await email.inputValue()}\n${MINE}`;
    await email.fill(mine);
    // Cancelling, the request is among the page's other messages, written for cancelling: the edit is set aside.
    await form(page).getByLabel('Cancel the interview').check();
    const request = results(page).getByRole('textbox', { name: 'Message (reschedule request)', exact: true });
    await request.waitFor();
    expect(await request.inputValue()).not.toContain(MINE);
    const status = results(page).getByRole('status');
    await expect.poll(() => status.innerText()).toContain('set aside');
    // Brought back, it goes into that request, and the status stops saying it is set aside.
    await results(page).getByRole('button', { name: 'Bring back my edit (reschedule request)' }).click();
    await expect.poll(() => request.inputValue()).toContain(MINE);
    const brought = await request.inputValue();
    await expect.poll(() => status.innerText()).not.toContain('set aside');
    // Moving it again, step 1 is the edit as written for moving it, with no note.
    await form(page).getByLabel('Move it to another time').check();
    await expect.poll(() => email.inputValue()).toBe(mine);
    expect(await results(page).getByRole('button', { name: /^Bring back my edit/u }).count()).toBe(0);
    expect(await results(page).getByText(/What you want to do changed/u).count()).toBe(0);
    // Cancelling again, the request as they had it for cancelling comes back; and both survive a reload.
    await form(page).getByLabel('Cancel the interview').check();
    await expect.poll(() => request.inputValue()).toBe(brought);
    await page.reload();
    await running(page);
    await expect.poll(() => request.inputValue()).toBe(brought);
    await form(page).getByLabel('Move it to another time').check();
    await expect.poll(() => email.inputValue()).toBe(mine);
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('the interviewer’s zone, when nobody chose it', () => {
  test('the zone assumed from the browser is said by the menu until one is chosen, and the waiting line asks only for what is missing', async () => {
    const opened = await open('/', '2026-12-01T21:30:00Z');
    const { page } = opened;
    const zoneMenu = form(page).getByLabel('Interviewer’s time zone');
    const description = () =>
      zoneMenu.evaluate((menu) =>
        (menu.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    const assumed = 'We assumed the interview is in London time. Change it if not.';
    // The person starts on the date; nothing about the zone was asked of them.
    await form(page).getByLabel('Interview date', { exact: true }).click();
    await running(page);
    await expect.poll(() => form(page).getByText(assumed).isVisible()).toBe(true);
    expect(await description()).toContain(assumed);
    // The waiting line asks for what is missing, and the zone is not.
    expect(await results(page).innerText()).toContain('as soon as the interview date and time are filled in');
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-02');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    await stepHeadings(page);
    // Still assumed after a reload: the saved zone was not chosen.
    await page.reload();
    await running(page);
    await expect.poll(() => form(page).getByText(assumed).isVisible()).toBe(true);
    // Chosen, the line goes, and stays gone after a reload.
    await zoneMenu.focus();
    await zoneMenu.selectOption('America/New_York');
    await expect.poll(() => form(page).getByText(/We assumed the interview/u).count()).toBe(0);
    expect(await description()).not.toContain('We assumed');
    await page.reload();
    await running(page);
    await expect.poll(() => zoneMenu.inputValue()).toBe('America/New_York');
    expect(await form(page).getByText(/We assumed the interview/u).count()).toBe(0);
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('quiet, precise announcements', () => {
  test('a year still being typed is not called a mistake; leaving the field checks it', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T10:00:00Z', { width: 1280 });
    const { page } = opened;
    const date = form(page).getByLabel('Interview date', { exact: true });
    const status = results(page).locator('[aria-live="polite"]');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    await date.click();
    // Day and month, then the year one digit at a time: "2", "20", "202"… each a date far away or past.
    await page.keyboard.type('0212', { delay: 20 });
    for (const digit of '2028') {
      await page.keyboard.type(digit);
      expect(await date.getAttribute('aria-invalid')).toBeNull();
      expect(await status.innerText()).not.toContain('Please check the year');
    }
    // Leaving the field checks it.
    await form(page).getByLabel(/^Interview time/).focus();
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => status.innerText()).toContain('Please check the year');
    await expectClean(opened);
    await opened.context.close();
  });
  test('typing a city into the zone menu announces one summary, once typing pauses', async () => {
    // 21:30 in London: after their hours there (email now), within New York's (call now).
    const opened = await open('/tools/decision-helper/', '2026-12-01T21:30:00Z', { width: 1280 });
    const { page } = opened;
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-02');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    const status = results(page).locator('[aria-live="polite"]');
    await expect.poll(() => status.innerText()).toContain('First: email');
    // Note when the live region changes from here on.
    await status.evaluate((region) => {
      const said: { text: string; at: number }[] = [];
      (window as unknown as { said: typeof said }).said = said;
      const keys: number[] = [];
      (window as unknown as { keys: number[] }).keys = keys;
      document.addEventListener('keydown', () => keys.push(performance.now()), true);
      new MutationObserver(() => said.push({ text: region.textContent ?? '', at: performance.now() })).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await form(page).getByLabel('Interviewer’s time zone').focus();
    // Each letter moves the menu to another zone on the way to New York.
    await page.keyboard.type('new y', { delay: 60 });
    expect(await form(page).getByLabel('Interviewer’s time zone').inputValue()).toBe('America/New_York');
    await expect.poll(() => status.innerText()).toContain('First: call');
    await page.waitForTimeout(800);
    const said = await page.evaluate(() => (window as unknown as { said: { text: string; at: number }[] }).said);
    const keys = await page.evaluate(() => (window as unknown as { keys: number[] }).keys);
    expect(keys).toHaveLength(5);
    // Nothing is said while the letters come: each announcement waits for a pause after the key
    // before it (on a busy machine a pause may come mid-word, so the count is not fixed), and the
    // last one says the advice for New York.
    expect(said.length).toBeGreaterThan(0);
    expect(said.length).toBeLessThan(keys.length);
    for (const { at } of said) expect(at - Math.max(...keys.filter((key) => key < at))).toBeGreaterThan(300);
    expect(said.at(-1)?.text).toContain('First: call');
    await expectClean(opened);
    await opened.context.close();
  });
});

describe('small screens', () => {
  test('the two-zone "By when" table fits 320 px with both columns', async () => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T10:00:00Z', { width: 320 });
    const { page } = opened;
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-02');
    await form(page).getByLabel(/^Interview time/).fill('15:00');
    await form(page).getByLabel('Interviewer’s time zone').selectOption('America/New_York');
    await results(page).getByText('Why this advice').click();
    const table = results(page).getByRole('table');
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Your time (London)', 'Their time (New York)']);
    const fits = await table.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.right <= document.documentElement.clientWidth && [...element.querySelectorAll('th, td')].every((cell) => cell.getBoundingClientRect().width > 40);
    });
    expect(fits).toBe(true);
    expect(await hasNoSideScroll(page)).toBe(true);
    await opened.context.close();
  });

  test.each([320, 390])('copy buttons line up at the start of each step at %i px', async (width) => {
    const opened = await open('/tools/decision-helper/', '2026-12-01T21:30:00Z', { width });
    const { page } = opened;
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-02');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    await stepHeadings(page);
    const lefts = await results(page)
      .getByRole('button', { name: /^Copy (email|script|voicemail) for step/ })
      .evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().left)));
    expect(lefts).toHaveLength(3);
    expect(new Set(lefts).size).toBe(1);
    await opened.context.close();
  });
});

async function fillPhoneCase(page: Page): Promise<void> {
  await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-02');
  await form(page).getByLabel(/^Interview time/).fill('10:00');
  await form(page).getByLabel('Your time zone').focus();
  await stepHeadings(page);
}

const STATES: [string, (page: Page) => Promise<void>][] = [
  ['empty', async () => {}],
  [
    'filled',
    async (page) => {
      await fillPhoneCase(page);
      await results(page).getByLabel('Your name').fill('Sam Lee');
    },
  ],
  [
    'error',
    async (page) => {
      await form(page).getByLabel(/^Interview time/).fill('10:00');
      await form(page).getByLabel('Interview date', { exact: true }).fill('2028-12-02');
      await form(page).getByLabel(/^Interview time/).focus();
      await expect.poll(() => form(page).getByLabel('Interview date', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    },
  ],
  [
    'results',
    async (page) => {
      await fillPhoneCase(page);
      await results(page).getByText('Why this advice').click();
    },
  ],
];

// The helper where issue #16 asks for axe: its tool page, a guide with the flow, and the home page.
const AXE_PAGES = ['/tools/decision-helper/', '/candidates/decline-an-interview/', '/'];

describe('axe', () => {
  for (const path of AXE_PAGES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        test(`${path} is clean in the ${colorScheme} theme at ${width} px: empty, filled, error and results`, async () => {
          for (const [state, reach] of STATES) {
            const opened = await open(path, '2026-12-01T21:30:00Z', { width, colorScheme });
            await reach(opened.page);
            expect(await axeViolations(opened.page), state).toEqual([]);
            await opened.context.close();
          }
        });
      }
    }
  }
  test('the home page, with the helper at the top, is clean in the dark theme, its search placeholder at 4.5:1 or more', async () => {
    const opened = await open('/', '2026-12-01T21:30:00Z', { colorScheme: 'dark' });
    expect(await axeViolations(opened.page)).toEqual([]);
    // axe does not weigh placeholders: compare the placeholder's colour with the box's own.
    const ratio = await opened.page.getByRole('searchbox', { name: 'Search the guide' }).evaluate((input) => {
      const rgb = (colour: string) => (colour.match(/[\d.]+/gu) ?? []).slice(0, 3).map(Number);
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = rgb(colour).map((value) => {
          const channel = value / 255;
          return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const text = luminance(getComputedStyle(input, '::placeholder').color);
      const background = luminance(getComputedStyle(input).backgroundColor);
      return (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    await opened.context.close();
  });
});

