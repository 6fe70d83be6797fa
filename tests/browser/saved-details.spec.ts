// Saved details against what people do with them: two tabs of one tool, long pastes, travel,
// old or broken saved forms, and links that change what was saved (issue #14, "Storage and tabs").
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { STORAGE_NOTICES } from '../../src/components/storage';
import { MESSAGE_TITLES } from '../../src/lib/messages/index';
import { BUILDER_TEXT_LIMIT, DRAFT_CHARACTER_LIMIT, keptNotice } from '../../src/lib/saved-text';
import { launch, newContext, watch } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const BUILDER = '/tools/message-builder/';
const HELPER = '/tools/decision-helper/';
const CHECKER = '/tools/draft-checker/';
const nextYear = new Date().getUTCFullYear() + 1;

/** Opens a tool and waits until its island has started and read storage. */
async function open(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(path);
  await page.locator('astro-island').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.getByLabel(ready, { exact: true }).waitFor();
}

const saved = (page: Page, key: string) =>
  page.evaluate((storageKey) => JSON.parse(localStorage.getItem(storageKey) ?? 'null')?.data ?? null, key);

async function twoTabs(path: string, ready: string): Promise<{ context: BrowserContext; a: Page; b: Page }> {
  const context = await newContext(browser);
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, path, ready);
  await open(b, path, ready);
  return { context, a, b };
}

describe('two tabs of the same tool', () => {
  test('message builder: a name typed in one tab and a company in the other are both kept', async () => {
    const { context, a, b } = await twoTabs(BUILDER, 'Your name');
    const seen = watch(b);
    // The person types their name in the first tab, then the company in the second.
    await a.getByLabel('Your name', { exact: true }).fill('Jamie Rivera');
    // The second tab follows, and says why its form changed.
    await expect.poll(() => b.getByLabel('Your name', { exact: true }).inputValue()).toBe('Jamie Rivera');
    expect(await b.getByRole('status').filter({ hasText: STORAGE_NOTICES.changedElsewhere }).isVisible()).toBe(true);
    await b.getByLabel('Company', { exact: true }).fill('Acme Corp');
    await expect.poll(() => a.getByLabel('Company', { exact: true }).inputValue()).toBe('Acme Corp');
    // Back in the first tab, a reload keeps both.
    await a.reload();
    await open(a, BUILDER, 'Your name');
    await expect.poll(() => a.getByLabel('Your name', { exact: true }).inputValue()).toBe('Jamie Rivera');
    expect(await a.getByLabel('Company', { exact: true }).inputValue()).toBe('Acme Corp');
    // Clearing in one tab clears the other, rather than the other saving it all again.
    await b.getByRole('button', { name: 'Clear my details' }).click();
    await expect.poll(() => a.getByLabel('Your name', { exact: true }).inputValue()).toBe('');
    await a.getByLabel('Job title', { exact: true }).fill('Analyst');
    await expect.poll(() => b.getByLabel('Job title', { exact: true }).inputValue()).toBe('Analyst');
    expect(await saved(b, 'bowout:message-builder')).toMatchObject({ yourName: '', company: '', position: 'Analyst' });
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('decision helper: a date chosen in one tab and a time in the other are both kept', async () => {
    const { context, a, b } = await twoTabs(HELPER, 'Interview date');
    await a.getByLabel('Interview date').fill(`${nextYear}-06-15`);
    await expect.poll(() => b.getByLabel('Interview date').inputValue()).toBe(`${nextYear}-06-15`);
    expect(await b.getByRole('status').filter({ hasText: STORAGE_NOTICES.changedElsewhere }).isVisible()).toBe(true);
    await b.getByLabel('Interview time').fill('10:00');
    await a.reload();
    await open(a, HELPER, 'Interview date');
    await expect.poll(() => a.getByLabel('Interview date').inputValue()).toBe(`${nextYear}-06-15`);
    expect(await a.getByLabel('Interview time').inputValue()).toBe('10:00');
    // Cleared in one tab, cleared in the other, which says so.
    await a.getByRole('button', { name: 'Clear my details' }).click();
    await expect.poll(() => b.getByLabel('Interview date').inputValue()).toBe('');
    expect(await b.getByRole('status').filter({ hasText: STORAGE_NOTICES.clearedElsewhere }).isVisible()).toBe(true);
    await context.close();
  });

  test('draft checker: a draft typed in one tab survives the channel chosen in the other', async () => {
    const { context, a, b } = await twoTabs(CHECKER, 'Your draft');
    await a.getByLabel('Your draft').fill('Hi Morgan, I need to cancel our interview. Jamie');
    await expect.poll(() => b.getByLabel('Your draft').inputValue()).toContain('cancel our interview');
    await b.getByLabel('Where will you send it?').selectOption('text');
    await a.reload();
    await open(a, CHECKER, 'Your draft');
    await expect.poll(() => a.getByLabel('Your draft').inputValue()).toContain('cancel our interview');
    expect(await a.getByLabel('Where will you send it?').inputValue()).toBe('text');
    await context.close();
  });
});

/** Pastes at once, as a person pastes: one input event with the whole text. */
async function paste(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).evaluate((box, value) => {
    (box as HTMLTextAreaElement).value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

describe('a very long paste', () => {
  test('draft checker: 1 MB is cut to what storage brings back, and the box says so', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page, CHECKER, 'Your draft');
    await paste(page, 'Your draft', 'word '.repeat(200_000));
    const notice = page.getByText(keptNotice(DRAFT_CHARACTER_LIMIT));
    await notice.waitFor();
    expect(await notice.isVisible()).toBe(true);
    expect((await page.getByLabel('Your draft').inputValue()).length).toBe(DRAFT_CHARACTER_LIMIT);
    // What was saved is exactly what the box holds, and exactly what a reload brings back.
    expect((await saved(page, 'bowout:draft-checker')).draft.length).toBe(DRAFT_CHARACTER_LIMIT);
    await page.reload();
    await open(page, CHECKER, 'Your draft');
    await expect.poll(async () => (await page.getByLabel('Your draft').inputValue()).length).toBe(DRAFT_CHARACTER_LIMIT);
    await context.close();
  });

  test('message builder: a reason of 1 MB is cut to what storage brings back, and the field says so', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page, BUILDER, 'Your name');
    const label = 'Your own short reason, in your words (optional)';
    await paste(page, label, 'because '.repeat(125_000));
    const notice = page.getByText(keptNotice(BUILDER_TEXT_LIMIT));
    await notice.waitFor();
    expect(await notice.isVisible()).toBe(true);
    expect((await page.getByLabel(label).inputValue()).length).toBe(BUILDER_TEXT_LIMIT);
    expect((await saved(page, 'bowout:message-builder')).reasonLine.length).toBe(BUILDER_TEXT_LIMIT);
    await page.reload();
    await open(page, BUILDER, 'Your name');
    await expect.poll(async () => (await page.getByLabel(label).inputValue()).length).toBe(BUILDER_TEXT_LIMIT);
    await context.close();
  });
});

describe('saved employer messages under a candidate', () => {
  test('are dropped on load: every message shown has its box, ticked', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      const data = { who: 'candidate', kinds: ['employer-withdraw-invitation', 'cancel', 'employer-phone-script'], yourName: 'Jamie' };
      localStorage.setItem('bowout:message-builder', JSON.stringify({ v: 2, savedAt: 1, data }));
      sessionStorage.setItem('seeded', '1');
    });
    const page = await context.newPage();
    await open(page, BUILDER, 'Your name');
    await expect.poll(() => page.getByLabel('Your name', { exact: true }).inputValue()).toBe('Jamie');
    // Saved details bring the builder's messages at once, a moment after the form.
    const titles = () => page.getByRole('article').locator('h3').allInnerTexts();
    await expect.poll(titles).toEqual([MESSAGE_TITLES.cancel]);
    for (const title of await titles()) expect(await page.getByRole('checkbox', { name: title, exact: true }).isChecked()).toBe(true);
    await context.close();
  });
});

describe('after travelling', () => {
  /** Uses a tool in London, then opens it again with the same storage where the browser says New York. */
  async function travel(path: string, ready: string, use: (page: Page) => Promise<void>): Promise<Page> {
    const home = await newContext(browser, { timezoneId: 'Europe/London' });
    const page = await home.newPage();
    await open(page, path, ready);
    await use(page);
    const storageState = await home.storageState();
    await home.close();
    const away = await newContext(browser, { timezoneId: 'America/New_York', storageState });
    const there = await away.newPage();
    await open(there, path, ready);
    return there;
  }

  test.each([
    ['decision helper', HELPER, 'Interview date'],
    ['message builder', BUILDER, 'Your name'],
  ])('%s: a zone only detected follows the browser, the interview keeps its own', async (_name, path, ready) => {
    const page = await travel(path, ready, async (home) => {
      await home.getByLabel('Interview date').fill(`${nextYear}-06-15`);
      await home.getByLabel('Interview time').fill('10:00');
      await expect.poll(() => home.getByLabel('Your time zone').inputValue()).toBe('Europe/London');
    });
    await expect.poll(() => page.getByLabel('Interview date').inputValue()).toBe(`${nextYear}-06-15`);
    await expect.poll(() => page.getByLabel('Your time zone').inputValue()).toBe('America/New_York');
    // The interview was arranged in London's time; travelling does not move it.
    expect(await page.getByLabel(/Interviewer.s time zone/).inputValue()).toBe('Europe/London');
    await page.context().close();
  });

  test.each([
    ['decision helper', HELPER, 'Interview date'],
    ['message builder', BUILDER, 'Your name'],
  ])('%s: a zone the person chose is kept', async (_name, path, ready) => {
    const page = await travel(path, ready, async (home) => {
      const zone = home.getByLabel('Your time zone');
      await zone.focus();
      await zone.selectOption('Asia/Tokyo');
      await home.getByLabel('Interview date').fill(`${nextYear}-06-15`);
    });
    await expect.poll(() => page.getByLabel('Interview date').inputValue()).toBe(`${nextYear}-06-15`);
    expect(await page.getByLabel('Your time zone').inputValue()).toBe('Asia/Tokyo');
    await page.context().close();
  });
});

describe('a link that changes saved details', () => {
  test('message builder: says what it changed, and "Use my saved details" brings them back for good', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page, BUILDER, 'Your name');
    // The person saved an interview on 15 June at 10am.
    await page.getByLabel('Interview date').fill(`${nextYear}-06-15`);
    await page.getByLabel('Interview time').fill('10:00');
    // Then they follow a link someone sent, carrying another date and time.
    await open(page, `${BUILDER}?date=${nextYear}-07-01&time=15%3A00`, 'Your name');
    await expect.poll(() => page.getByLabel('Interview date').inputValue()).toBe(`${nextYear}-07-01`);
    const notice = page.getByRole('status').filter({ hasText: 'The link you followed changed details you had saved: the date and the time.' });
    await notice.waitFor();
    // They take their own details back.
    await notice.getByRole('button', { name: 'Use my saved details' }).click();
    await expect.poll(() => page.getByLabel('Interview date').inputValue()).toBe(`${nextYear}-06-15`);
    expect(await page.getByLabel('Interview time').inputValue()).toBe('10:00');
    expect(await page.getByRole('status').filter({ hasText: 'Your saved details are back.' }).isVisible()).toBe(true);
    // And they stay back on the next visit.
    await open(page, BUILDER, 'Your name');
    await expect.poll(() => page.getByLabel('Interview date').inputValue()).toBe(`${nextYear}-06-15`);
    await context.close();
  });

  test('message builder: a link over nothing saved changes nothing saved, so it says nothing', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page, `${BUILDER}?date=${nextYear}-07-01&time=15%3A00`, 'Your name');
    await expect.poll(() => page.getByLabel('Interview date').inputValue()).toBe(`${nextYear}-07-01`);
    expect(await page.getByRole('button', { name: 'Use my saved details' }).count()).toBe(0);
    await context.close();
  });

  // A stranger's link can choose a reason the person never gave ("I've accepted another offer."):
  // with nothing saved it is still said what the link filled in, so no claim reaches a message unseen.
  test.each([
    [BUILDER, 'Interview date'],
    [HELPER, 'Interview date'],
  ])('%s: a link over nothing saved says what it filled in; one that only picks the side and the messages says nothing', async (path, ready) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page, `${path}?who=candidate&wish=cancel&reason=other-offer&date=${nextYear}-07-01&time=15%3A00&zone=Europe%2FLondon`, ready);
    await expect.poll(() => page.getByLabel('Interview date', { exact: true }).inputValue()).toBe(`${nextYear}-07-01`);
    const said = 'The link you followed filled in what you want to do, the reason, the date, the time and the time zone. Check them before you send anything.';
    await page.getByRole('status').filter({ hasText: said }).waitFor();
    await context.close();

    // Our own guides link to the builder with the side and the messages only: that claims nothing.
    const quiet = await newContext(browser);
    const other = await quiet.newPage();
    await open(other, `${path}?who=candidate&kinds=stay-in-touch`, ready);
    expect(await other.getByText('The link you followed').count()).toBe(0);
    await quiet.close();
  });
});
