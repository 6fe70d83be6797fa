import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { decodeMailto } from '../../src/lib/mailto';
import { unreadableField } from '../../src/lib/zones';
import { axeViolations, describedBy, launch, newContext, tabOut, typeInto, watch, type PageWatch } from './harness';

const TOOL = '/tools/decision-helper/';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What a person fills in, by the words on the form. */
interface Situation {
  who?: 'The candidate' | 'The employer';
  stage?: string;
  wish?: string;
  reason?: string;
  date: string;
  time: string;
  zone: string;
  yourZone?: string;
  /** Checkboxes by their labels: how they can be reached, who else is involved. */
  boxes?: Record<string, boolean>;
}

interface Opened {
  context: BrowserContext;
  page: Page;
  seen: PageWatch;
  /** Where each uncaught error was thrown: our bundled code lives under /_astro/. */
  errorStacks: string[];
}

/** Opens the tool with the clock pinned, so every run sees the same "now". */
async function openTool(
  now: string,
  options: { colorScheme?: 'light' | 'dark'; path?: string; initScript?: () => void } = {},
): Promise<Opened> {
  const context = await newContext(browser, options.colorScheme ? { colorScheme: options.colorScheme } : {});
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const seen = watch(page);
  const errorStacks: string[] = [];
  page.on('pageerror', (error) => errorStacks.push(error.stack ?? error.message));
  await page.clock.setFixedTime(new Date(now));
  await page.goto(options.path ?? TOOL);
  await hydrated(page);
  return { context, page, seen, errorStacks };
}

/** The island has run once Astro drops its `ssr` marker (on a guide it waits until it is scrolled to). */
async function hydrated(page: Page): Promise<void> {
  await page.getByRole('form', { name: 'Your situation' }).scrollIntoViewIfNeeded();
  await page.waitForSelector('astro-island[component-url*="DecisionHelper"]:not([ssr])', { state: 'attached' });
}

/** The helper's own form: a guide may also hold the message builder, with fields of the same name. */
const form = (page: Page) => page.getByRole('form', { name: 'Your situation' });
const field = (page: Page, label: string) => form(page).getByLabel(label, { exact: true });

async function fill(page: Page, situation: Situation): Promise<void> {
  // The person says who they are, then where things stand and what they want.
  if (situation.who) await field(page, situation.who).check();
  if (situation.stage) await field(page, 'Where things stand').selectOption({ label: situation.stage });
  if (situation.wish) await field(page, situation.wish).check();
  if (situation.reason) await field(page, 'Reason (optional)').selectOption({ label: situation.reason });
  // They give the interview's date, time and the zone it was arranged in, and their own zone.
  await field(page, 'Interview date').fill(situation.date);
  await timeField(page).fill(situation.time);
  const zoneLabel = situation.who === 'The employer' ? 'Candidate’s time zone' : 'Interviewer’s time zone';
  // A menu is focused before it is chosen from, as a click or Tab does: focus is what lists every zone
  // at once (the rest come in idle steps, which a test's paused clock holds back).
  await field(page, zoneLabel).focus();
  await field(page, zoneLabel).selectOption(situation.zone);
  await field(page, 'Your time zone').focus();
  await field(page, 'Your time zone').selectOption(situation.yourZone ?? situation.zone);
  // They tick how they can reach the other side, and who else is involved.
  for (const [label, checked] of Object.entries(situation.boxes ?? {})) {
    await field(page, label).setChecked(checked);
  }
}

const advice = (page: Page) => page.getByRole('region', { name: 'Your advice' });
/** The person opens "Why this advice", where the long explanation is folded. */
async function openWhy(page: Page): Promise<void> {
  const why = advice(page).locator('details');
  if ((await why.count()) > 0 && !(await why.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await why.getByText('Why this advice').click();
  }
}
const adviceText = async (page: Page): Promise<string> => {
  // The engine loads on the first change: a moment of "Working out your advice…" first.
  await advice(page).getByText('Working out your advice…').waitFor({ state: 'detached' });
  await openWhy(page);
  return advice(page).innerText();
};
// Announced once changes pause, so it is read by polling.
const summary = (page: Page) => advice(page).locator('[aria-live="polite"]');

/** The ordered steps under "How to tell them, in this order", inside "Why this advice". */
async function steps(page: Page): Promise<string[]> {
  await openWhy(page);
  return advice(page).locator('details').getByRole('list').first().getByRole('listitem').allInnerTexts();
}
/** The time field names the interview's zone: "Interview time (London time)". */
const timeField = (page: Page) => form(page).getByLabel(/^Interview time/);

async function expectClean(opened: Opened): Promise<void> {
  expect(opened.seen.consoleErrors).toEqual([]);
  expect(await opened.seen.cspViolations()).toEqual([]);
  expect(opened.seen.foreignRequests).toEqual([]);
}

describe('decision helper', () => {
  test('less than a day to go during working hours: call first, now', async () => {
    // Tuesday 10:00 in London; the interview is Wednesday 09:00 there.
    const opened = await openTool('2026-12-01T10:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-12-02', time: '09:00', zone: 'Europe/London' });
    const text = await adviceText(page);
    expect(text).toContain('Short notice: under 24 hours');
    expect(text).toContain('23 hours left until the interview');
    expect(text).toContain('Cancel the interview');
    const plan = await steps(page);
    expect(plan[0]).toMatch(/^Call the person who set up the interview: Now\./);
    expect(plan[0]).toContain('Why: A call is the only way to be sure they hear it in time.');
    // The screen-reader summary is short and says the same.
    await expect.poll(() => summary(page).innerText()).toBe(
      'Short notice: under 24 hours. Cancel the interview. First: call the person who set up the interview, now.',
    );
    // The builder link carries the whole situation, the wish the plan follows included.
    const link = advice(page).getByRole('link', { name: 'Write these messages' });
    const href = new URL((await link.getAttribute('href')) ?? '', 'http://x');
    expect(href.pathname).toBe('/tools/message-builder/');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      kinds: 'phone-script,voicemail,follow-up',
      who: 'candidate',
      stage: 'scheduled',
      wish: 'cancel',
      date: '2026-12-02',
      time: '09:00',
      zone: 'Europe/London',
      personZone: 'Europe/London',
      channels: 'phone,email',
    });
    await expectClean(opened);
    await opened.context.close();
  });

  test('Friday evening about a Monday-morning interview: not under 24 hours, and nobody will answer now', async () => {
    // Friday 18:00 in London; the interview is Monday 09:30.
    const opened = await openTool('2026-11-27T18:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-11-30', time: '09:30', zone: 'Europe/London' });
    const text = await adviceText(page);
    expect(text).toContain('Enough notice: 24 hours or more');
    expect(text).not.toContain('Short notice');
    expect(text).toContain('63 hours 30 minutes left');
    expect(text).toContain('your message will be waiting when they start work');
    expect((await steps(page))[0]).toMatch(/^Email the person who set up the interview: Now, so it is waiting when they start work\./);
    // Their working day starts on Monday, shown next to the deadline.
    // The plan writes dates as the messages do, in the browser's English: British or American.
    expect(text).toMatch(/Their working day starts\s+Monday 30 November 2026 at 09:00/u);
    await expectClean(opened);
    await opened.context.close();
  });

  test('an interview already past gives missed-interview advice', async () => {
    const opened = await openTool('2026-12-02T12:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-12-02', time: '09:00', zone: 'Europe/London' });
    const text = await adviceText(page);
    expect(text).toContain('The interview time has passed');
    // With no route chosen yet, both are offered.
    expect(text).toContain('Say sorry for missing the interview, then ask for another time or withdraw');
    await advice(page).getByRole('button', { name: 'Say sorry for missing the interview and ask if another time is possible' }).click();
    expect(await field(page, 'Move it to another time').isChecked()).toBe(true);
    expect(text).toContain('The start time was 3 hours ago.');
    expect(text).toContain('Act within 1 hour.');
    // "By when" says the hour once: "Within the next 60 minutes, by …", not "Act within 1 hour." first.
    expect(text).not.toMatch(/Act within [^.]*\. Within the next/u);
    await expectClean(opened);
    await opened.context.close();
  });

  test('the missed-interview page with the interview still ahead says so and does not apologise for missing it', async () => {
    const opened = await openTool('2026-12-01T21:30:00Z', { path: '/candidates/missed-the-interview/' });
    const { page } = opened;
    // The page sets "missed"; the person gives tomorrow at 10:00.
    expect(await field(page, 'Where things stand').inputValue()).toBe('missed');
    await fill(page, { date: '2026-12-02', time: '10:00', zone: 'Europe/London' });
    await expect.poll(() => advice(page).getByText(/is still ahead, so this advice treats it as not missed yet/u).isVisible()).toBe(true);
    const text = await adviceText(page);
    expect(text).not.toContain('The interview time has passed');
    expect(text).toContain('Short notice: under 24 hours');
    expect(text).not.toContain('told us it was missed');
    // No message, of the plan or the page, says sorry for missing it.
    const messages = await advice(page).getByRole('textbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value).join('\n'));
    expect(messages).not.toMatch(/missed/iu);
    await expect.poll(() => summary(page).innerText()).toMatch(/^Not missed yet/u);
    // Once the time is behind them, it is missed, and the explanation says only what the clock shows.
    await field(page, 'Interview date').fill('2026-12-01');
    await timeField(page).fill('10:00');
    await expect.poll(() => adviceText(page)).toContain('The interview time has passed');
    expect(await adviceText(page)).toContain('The start time given is behind you.');
    await expectClean(opened);
    await opened.context.close();
  });

  test('an interviewer in another zone: both clocks side by side', async () => {
    // 15:00 in London is 10:00 in New York; the interview is Thursday 10:00 New York time.
    const opened = await openTool('2026-12-01T15:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-12-03', time: '10:00', zone: 'America/New_York', yourZone: 'Europe/London' });
    await openWhy(page);
    const table = advice(page).getByRole('table');
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['Your time (London)', 'Their time (New York)']),
    );
    const interviewRow = await table.getByRole('row', { name: /^Interview/ }).innerText();
    expect(interviewRow).toContain('Thursday 3 December 2026 at 15:00 (London time)');
    expect(interviewRow).toContain('Thursday 3 December 2026 at 10:00 (New York time)');
    expect(await adviceText(page)).toContain('48 hours left');
    await expectClean(opened);
    await opened.context.close();
  });

  test('a span over the spring clock change counts real hours, not wall-clock hours', async () => {
    // Saturday 10:00 GMT; London moves to BST early on Sunday; the interview is Monday 09:00 BST.
    const opened = await openTool('2026-03-28T10:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-03-30', time: '09:00', zone: 'Europe/London' });
    const text = await adviceText(page);
    expect(text).toContain('46 hours left until the interview (1 day 22 hours).');
    expect(text).toContain('Enough notice: 24 hours or more');
    await expectClean(opened);
    await opened.context.close();
  });

  test('a time that happens twice when clocks go back asks which one is meant', async () => {
    const opened = await openTool('2026-10-20T12:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-10-25', time: '01:30', zone: 'Europe/London' });
    const time = timeField(page);
    expect(await time.getAttribute('aria-invalid')).toBe('true');
    const described = await time.getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).innerText()).toContain('happens twice that day');
    // The person picks the later one, and the advice appears.
    await field(page, 'The second one, after the clocks go back').check();
    expect(await time.getAttribute('aria-invalid')).toBeNull();
    expect(await adviceText(page)).toContain('Sunday 25 October 2026 at 01:30');
    await expectClean(opened);
    await opened.context.close();
  });

  test('an employer moving an interview, with the candidate far away', async () => {
    const opened = await openTool('2026-12-07T09:00:00Z');
    const { page } = opened;
    await fill(page, {
      who: 'The employer',
      wish: 'Move the interview to another time',
      reason: 'The interviewer cannot make it',
      date: '2026-12-14',
      time: '10:00',
      zone: 'Asia/Tokyo',
      yourZone: 'Europe/London',
      boxes: { 'An agency put the candidate forward': true },
    });
    const text = await adviceText(page);
    expect(text).toContain('Move the interview to a new time');
    expect(text).toContain('Enough notice: two working days or more');
    expect(text).toContain('Whoever was due to interview them');
    expect(text).toContain('The candidate’s agency recruiter');
    expect(text).toContain('Offer two or three new times, written in the candidate’s time zone.');
    await expectClean(opened);
    await opened.context.close();
  });

  test('a wish likely to cost more shows the better route and its reason', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z');
    const { page } = opened;
    await fill(page, { reason: 'I have doubts about the role', date: '2026-12-10', time: '14:00', zone: 'Europe/London' });
    const text = await adviceText(page);
    expect(text).toContain('A better route: Go to the interview and learn more');
    expect(text).toContain('The interview is where your doubts get answered');
    await expect.poll(() => summary(page).innerText()).toContain('A better route: Go to the interview and learn more.');
    await expectClean(opened);
    await opened.context.close();
  });

  test('no phone number, under a day: an urgent email comes first', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-12-01', time: '16:00', zone: 'Europe/London', boxes: { 'I have their phone number': false } });
    const plan = await steps(page);
    expect(plan).toHaveLength(1);
    expect(plan[0]).toContain('Start the subject line with “Urgent:”');
    // The email does as the step says: its subject, and the one the mail app opens with.
    const subject = advice(page).getByRole('textbox', { name: 'Subject for step 1' });
    await expect.poll(() => subject.inputValue()).toMatch(/^Urgent: Cancelling my interview/u);
    const href = await advice(page).getByRole('link', { name: 'Open in mail app for step 1' }).getAttribute('href');
    expect(decodeMailto(href ?? '')?.subject).toBe(await subject.inputValue());
    await expectClean(opened);
    await opened.context.close();
  });

  test('no way to reach them at all: the message asks who to contact, with no subject line and no mail app', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-12-08', time: '16:00', zone: 'Europe/London', boxes: { 'I have their phone number': false, 'I have their email address': false } });
    expect(await steps(page)).toHaveLength(1);
    // The person replies the way they were reached: they copy the message, and it asks who to tell.
    const copy = advice(page).getByRole('button', { name: 'Copy message for step 1' });
    await copy.waitFor();
    const box = advice(page).getByRole('textbox', { name: /for step 1$/u });
    expect(await box.inputValue()).toContain('Could you tell me who I should contact about this, or pass this message on to them?');
    expect(await advice(page).getByRole('textbox', { name: 'Subject for step 1' }).count()).toBe(0);
    expect(await advice(page).getByRole('link', { name: 'Open in mail app for step 1' }).count()).toBe(0);
    await expectClean(opened);
    await opened.context.close();
  });

  test('an agency recruiter set it up: the call asks them to let the employer know', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-12-01', time: '16:00', zone: 'Europe/London', boxes: { 'An agency recruiter set it up': true } });
    const script = advice(page).getByRole('textbox', { name: /for step 1$/u });
    await expect.poll(() => script.inputValue()).toContain('Could you let the employer know?');
    await expectClean(opened);
    await opened.context.close();
  });

  test('decided at 03:00 with days to go: act first thing when their day starts, not in the night', async () => {
    // Monday 03:00 in London; the interview is Friday 14:00.
    const opened = await openTool('2026-12-14T03:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-12-18', time: '14:00', zone: 'Europe/London' });
    const text = await adviceText(page);
    expect(text).toContain('First thing, by Monday 14 December 2026 at 09:00 (London time)');
    expect(text).not.toMatch(/by Monday 14 December 2026 at 0[0-8]:/u);
    await expectClean(opened);
    await opened.context.close();
  });

  test('no email address, under a day: no line about email, and a text as the written record', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z');
    const { page } = opened;
    await fill(page, { date: '2026-12-01', time: '16:00', zone: 'Europe/London', boxes: { 'I have their email address': false } });
    const text = await adviceText(page);
    expect(text).not.toMatch(/email alone/i);
    const plan = await steps(page);
    expect(plan[0]).toMatch(/^Call the person who set up the interview: Now\./);
    expect(plan.some((step) => step.startsWith('Text the person who set up the interview'))).toBe(true);
    expect(plan.some((step) => /^Email/.test(step))).toBe(false);
    await expectClean(opened);
    await opened.context.close();
  });

  test('30 February from a link: left out, and the note says the date was', async () => {
    const opened = await openTool('2026-01-10T10:00:00Z', {
      path: `${TOOL}?date=2026-02-30&time=10:00&zone=Europe/London`,
    });
    const { page } = opened;
    // No date field can hold a day that does not exist: it is left out, and said.
    await page.getByRole('status').filter({ hasText: 'We could not use one part of the link you followed, so we left it out: the date.' }).waitFor();
    const date = field(page, 'Interview date');
    expect(await date.inputValue()).toBe('');
    expect(await date.getAttribute('aria-invalid')).toBeNull();
    // The time it could use is there, and the advice waits for a date.
    expect(await timeField(page).inputValue()).toBe('10:00');
    expect(await advice(page).innerText()).not.toContain('What to do');
    expect(await form(page).innerText()).not.toMatch(/undefined|null|NaN/);
    await expectClean(opened);
    await opened.context.close();
  });

  test('30 February typed by hand: the date field says it does not exist', async () => {
    const opened = await openTool('2026-01-10T10:00:00Z');
    const { page } = opened;
    const date = field(page, 'Interview date');
    // Chromium's date field takes month, day and year in turn.
    await date.click();
    await page.keyboard.type('02302026');
    await timeField(page).focus();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    const described = await date.getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).innerText()).toContain('does not exist');
    await expectClean(opened);
    await opened.context.close();
  });

  test('31 February typed key by key into an empty field: said by the field once they pause or leave it, gone with a real date', async () => {
    const opened = await openTool('2026-01-10T10:00:00Z');
    const { page } = opened;
    const date = field(page, 'Interview date');
    // They type 31 February. The field shows it, but the browser gives the page nothing it can read.
    expect(await typeInto(page, date, '02312026')).toEqual({ value: '', isUnreadable: true });
    // They stop typing: the field says what is wrong, and the advice does not wait for a date "not filled in".
    await expect.poll(() => describedBy(date)).toBe(unreadableField('date').message);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await advice(page).innerText()).toContain('Please check the highlighted field above');
    // They Tab on: it is still said.
    await tabOut(page, date);
    expect(await describedBy(date)).toBe(unreadableField('date').message);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    // They go back and type 28 February: the message goes at once.
    expect(await typeInto(page, date, '02282026')).toEqual({ value: '2026-02-28', isUnreadable: false });
    await expect.poll(() => date.getAttribute('aria-invalid')).toBeNull();
    expect(await describedBy(date)).toBeNull();
    await expect.poll(() => advice(page).innerText()).toContain('as soon as the interview date and time are filled in');
    await expectClean(opened);
    await opened.context.close();
  });

  test('a time half typed: said by the field once they leave it, gone as soon as the field is emptied', async () => {
    const opened = await openTool('2026-01-10T10:00:00Z', { path: `${TOOL}?date=2026-01-20&zone=Europe/London` });
    const { page } = opened;
    const time = timeField(page);
    // They type the hour and leave the field without the rest.
    expect(await typeInto(page, time, '09')).toEqual({ value: '', isUnreadable: true });
    await tabOut(page, time);
    await expect.poll(() => describedBy(time)).toBe(unreadableField('time').message);
    expect(await time.getAttribute('aria-invalid')).toBe('true');
    expect(await advice(page).innerText()).not.toContain('What to do');
    // They go back and delete the hour, still in the field: the field is empty, and so is the message.
    await time.focus();
    await page.keyboard.press('Backspace');
    expect(await time.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(false);
    await expect.poll(() => time.getAttribute('aria-invalid')).toBeNull();
    expect(await describedBy(time)).toBeNull();
    await expect.poll(() => advice(page).innerText()).toContain('as soon as the interview date and time are filled in');
    await expectClean(opened);
    await opened.context.close();
  });

  test('the countdown keeps itself right while the page stays open', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = watch(page);
    // A clock that only moves when the test says so, timers included.
    await page.clock.install({ time: new Date('2026-12-01T09:59:00Z') });
    await page.clock.pauseAt(new Date('2026-12-01T10:00:00Z'));
    await page.goto(TOOL);
    await hydrated(page);
    await fill(page, { date: '2026-12-02', time: '09:00', zone: 'Europe/London' });
    expect(await adviceText(page)).toContain('23 hours left until the interview');
    // The person leaves the page open for an hour and a half.
    await page.clock.runFor(90 * 60_000);
    expect(await adviceText(page)).toContain('21 hours 30 minutes left until the interview');
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('the countdown agrees with the clock the person sees: at 21:30 and 40 seconds, 14:00 is 16 hours 30 minutes away', async () => {
    const opened = await openTool('2026-12-01T21:30:40Z');
    const { page } = opened;
    await fill(page, { date: '2026-12-02', time: '14:00', zone: 'Europe/London' });
    const text = await adviceText(page);
    expect(text).toContain('16 hours 30 minutes left until the interview');
    expect(text).not.toContain('16 hours 29 minutes');
    await expectClean(opened);
    await opened.context.close();
  });

  test('details are kept across a reload, and "Clear my details" empties them', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z');
    const { page } = opened;
    await fill(page, {
      wish: 'Move it to another time',
      reason: 'An emergency',
      date: '2026-12-03',
      time: '11:15',
      zone: 'America/Chicago',
      yourZone: 'Europe/Paris',
      boxes: { 'The company’s recruiter is involved': true },
    });
    // The person reloads the page.
    await page.reload();
    await hydrated(page);
    await expect.poll(() => field(page, 'Interview date').inputValue()).toBe('2026-12-03');
    expect(await timeField(page).inputValue()).toBe('11:15');
    expect(await field(page, 'Interviewer’s time zone').inputValue()).toBe('America/Chicago');
    expect(await field(page, 'Your time zone').inputValue()).toBe('Europe/Paris');
    expect(await field(page, 'Reason (optional)').inputValue()).toBe('emergency');
    expect(await field(page, 'Move it to another time').isChecked()).toBe(true);
    expect(await field(page, 'The company’s recruiter is involved').isChecked()).toBe(true);
    expect(await adviceText(page)).toContain('Ask to move the interview to a new time');
    // A link that carries a different date wins over what was saved.
    await page.goto(`${TOOL}?date=2026-12-09`);
    await hydrated(page);
    await expect.poll(() => field(page, 'Interview date').inputValue()).toBe('2026-12-09');
    expect(await timeField(page).inputValue()).toBe('11:15');
    // They clear their details.
    await page.getByRole('button', { name: 'Clear my details' }).click();
    expect(await field(page, 'Interview date').inputValue()).toBe('');
    expect(await timeField(page).inputValue()).toBe('');
    expect(await field(page, 'Reason (optional)').inputValue()).toBe('');
    expect(await field(page, 'Move it to another time').isChecked()).toBe(false);
    expect(await field(page, 'The company’s recruiter is involved').isChecked()).toBe(false);
    expect(await page.getByText('Your details have been cleared from this browser.').isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('bowout:decision-helper'))).toBeNull();
    // After another reload the form is still empty.
    await page.goto(TOOL);
    await hydrated(page);
    expect(await field(page, 'Interview date').inputValue()).toBe('');
    await expectClean(opened);
    await opened.context.close();
  });

  test('an old saved form is cleared with a notice, not an error', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z', {
      initScript: () => {
        try {
          if (!sessionStorage.getItem('seeded')) {
            sessionStorage.setItem('seeded', '1');
            localStorage.setItem('bowout:decision-helper', JSON.stringify({ v: 0, savedAt: 0, data: { who: 'candidate' } }));
          }
        } catch {
          // about:blank has no storage of its own
        }
      },
    });
    const { page } = opened;
    const notice = page.getByText('Your saved details were from an older version of this page and have been cleared.');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await field(page, 'Interview date').inputValue()).toBe('');
    await expectClean(opened);
    await opened.context.close();
  });

  test('with storage blocked the tool still works and says details will not be kept', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z', {
      initScript: () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('denied', 'SecurityError');
          },
        });
      },
    });
    const { page } = opened;
    const notice = page.getByText('Your browser isn’t letting this page save, so your details won’t be kept after you close it.');
    await expect.poll(() => notice.isVisible()).toBe(true);
    await fill(page, { date: '2026-12-02', time: '09:00', zone: 'Europe/London' });
    expect(await adviceText(page)).toContain('Short notice: under 24 hours');
    await page.getByRole('button', { name: 'Clear my details' }).click();
    expect(await field(page, 'Interview date').inputValue()).toBe('');
    expect(await notice.isVisible()).toBe(true);
    // Nothing of ours throws (our bundled code lives under /_astro/).
    expect(opened.errorStacks.filter((stack) => stack.includes('/_astro/'))).toEqual([]);
    expect(opened.seen.consoleErrors.filter((text) => !text.startsWith('uncaught: ') && text !== '')).toEqual([]);
    expect(await opened.seen.cspViolations()).toEqual([]);
    expect(opened.seen.foreignRequests).toEqual([]);
    await opened.context.close();
  });

  test.each(['light', 'dark'] as const)('passes axe with results showing, in the %s theme', async (colorScheme) => {
    const opened = await openTool('2026-12-01T10:00:00Z', { colorScheme });
    const { page } = opened;
    await fill(page, {
      reason: 'I have doubts about the role',
      date: '2026-12-02',
      time: '09:00',
      zone: 'America/New_York',
      yourZone: 'Europe/London',
    });
    expect(await adviceText(page)).toContain('A better route');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
    expect(await axeViolations(page)).toEqual([]);
    // And with a field in error: a date more than a year away.
    await field(page, 'Interview date').fill('2028-12-02');
    // Checked once the person leaves the field.
    await timeField(page).focus();
    expect(await field(page, 'Interview date').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(opened);
    await opened.context.close();
  });

  test('the advice engine loads on the first change and the schema with saved details to read, neither with the form', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
    await page.goto(TOOL);
    await hydrated(page);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 10_000 })));
    // The form works, and nothing of the engine, the messages or the situation's schema (zod) came with it.
    expect(fetched.filter((path) => /advice-engine|PlanMessages|\/_astro\/(reader|schema)\./u.test(path))).toEqual([]);
    await fill(page, { date: '2026-12-02', time: '09:00', zone: 'Europe/London' });
    expect(await adviceText(page)).toContain('Short notice: under 24 hours');
    expect(fetched.some((path) => path.includes('advice-engine'))).toBe(true);
    // Saved now: on a reload the island reads them through the schema's reader before it first renders.
    fetched.length = 0;
    await page.reload();
    await hydrated(page);
    expect(fetched.some((path) => path.includes('/_astro/reader.'))).toBe(true);
    expect(await field(page, 'Interview date').inputValue()).toBe('2026-12-02');
    expect(await adviceText(page)).toContain('Short notice: under 24 hours');
    await context.close();
  });

  test('if saved details cannot be read for want of the schema, the helper says so and still works', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z', {});
    const { page } = opened;
    await fill(page, { date: '2026-12-02', time: '09:00', zone: 'Europe/London' });
    expect(await adviceText(page)).toContain('Short notice: under 24 hours');
    // Offline after an update, say: the reader's file does not come on the reload.
    await page.route('**/_astro/reader.*', (route) => route.abort());
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('.dh-notice-area').innerText()).toContain('Your saved details could not load. Please reload the page.');
    // The form still works: filled in again, it advises.
    expect(await field(page, 'Interview date').inputValue()).toBe('');
    await fill(page, { date: '2026-12-02', time: '09:00', zone: 'Europe/London' });
    expect(await adviceText(page)).toContain('Short notice: under 24 hours');
    expect(opened.seen.foreignRequests).toEqual([]);
    await opened.context.close();
  });

  test('if the advice cannot load, the helper says so and keeps what was typed', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z', {});
    const { page } = opened;
    // Offline after an update, say: the engine's file does not come.
    await page.route('**/_astro/advice-engine.*', (route) => route.abort());
    await fill(page, { date: '2026-12-02', time: '09:00', zone: 'Europe/London' });
    await expect.poll(() => advice(page).innerText()).toContain('Your advice could not load. Please reload the page.');
    await expect.poll(() => summary(page).innerText()).toBe('Your advice could not load. Please reload the page.');
    expect(await field(page, 'Interview date').inputValue()).toBe('2026-12-02');
    expect(opened.seen.foreignRequests).toEqual([]);
    await opened.context.close();
  });

  test('the helper on a guide loads when scrolled into view and works the same', async () => {
    const opened = await openTool('2026-12-01T10:00:00Z', { path: '/candidates/cancel-an-interview/' });
    const { page } = opened;
    await fill(page, { date: '2026-12-02', time: '09:00', zone: 'Europe/London' });
    expect(await adviceText(page)).toContain('Short notice: under 24 hours');
    await expectClean(opened);
    await opened.context.close();
  });
});
