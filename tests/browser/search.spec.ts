import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
// The bench's own measure of a response's bytes, so this budget and its figure never disagree.
import { searchPart, transferSizes } from '../../bench/search.mjs';
import { axeViolations, baseURL, launch, listenToStatus, newContext, timesSaid, watch } from './harness';

// Issue #6: what the first search on a fresh page downloads, as a gzip host sends it.
const FIRST_SEARCH_BYTES = 120_000;

/** The results listed in the search dialog (each a page, with its headings nested inside). */
const results = (page: Page) => page.getByRole('list', { name: 'Results' }).locator(':scope > li');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('site search (the real Pagefind index)', () => {
  test('typing a word from the first guide finds it, and Enter on a result opens it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto('/');
    // A person opens search and types a question.
    await page.keyboard.press('Control+k');
    const input = page.getByPlaceholder('Search the guide');
    await input.waitFor();
    await input.fill('how to cancel a job interview');
    const result = page.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'How to cancel a job interview' }).first();
    await result.waitFor({ timeout: 10_000 });
    // They move to the result by keyboard and open it.
    await result.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/candidates\/cancel-an-interview\//);
    expect(seen.foreignRequests).toEqual([]);
    expect(await seen.cspViolations()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a query in the address opens search with its results', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/?q=reschedule');
    await page.getByRole('dialog', { name: 'Search the guide' }).waitFor();
    await results(page).first().waitFor({ timeout: 10_000 });
    expect(await page.getByPlaceholder('Search the guide').inputValue()).toBe('reschedule');
    await context.close();
  });

  test('a search with no match offers the main guides instead of an empty box', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/#search=zzqxvplorb');
    const help = page.getByText('Or start from one of the main guides');
    await help.waitFor({ timeout: 10_000 });
    expect(await page.getByRole('link', { name: 'How to cancel a job interview' }).first().isVisible()).toBe(true);
    await context.close();
  });

  test('the first search on a fresh page downloads under 120 KB, index chunks only for its words', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const responses: Promise<{ path: string; bytes: Buffer }>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      responses.push(response.body().then((bytes) => ({ path, bytes })));
    });
    // The longest of the bench's queries: four words, so four index chunks at most.
    await page.keyboard.press('Control+k');
    const input = page.getByPlaceholder('Search the guide');
    await input.waitFor();
    await input.fill('cancel interview last minute');
    await results(page).first().waitFor({ timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const fetched = await Promise.all(responses);
    const bytesOf = (part: string) =>
      fetched.filter(({ path }) => searchPart(path) === part).reduce((sum, { bytes }) => sum + transferSizes(bytes).gzip, 0);
    const total = fetched.reduce((sum, { bytes }) => sum + transferSizes(bytes).gzip, 0);
    const listing = fetched.map(({ path, bytes }) => `${path} ${transferSizes(bytes).gzip}`).join('\n');
    expect(total, listing).toBeLessThanOrEqual(FIRST_SEARCH_BYTES);
    // Small index chunks (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE in astro.config.mjs): with Pagefind's
    // default the same query fetches two 29 KB chunks. No worker script: the search runs in the page.
    expect(bytesOf('Pagefind index chunks'), listing).toBeLessThanOrEqual(20_000);
    expect(fetched.filter(({ path }) => path.endsWith('pagefind-worker.js'))).toEqual([]);
    await context.close();
  });

  test('results mark the words that matched, and "Load more results" lists more', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto('/?q=interview');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await results(page).first().waitFor({ timeout: 10_000 });
    await expect.poll(() => dialog.locator('mark', { hasText: /^interview/i }).count()).toBeGreaterThan(0);
    // Marks are elements, never markup shown as text.
    expect(await results(page).first().textContent()).not.toMatch(/<\/?mark>|&lt;|&gt;/);
    // Four at first (PAGE_SIZE in results.ts), four more on request.
    await expect.poll(() => results(page).count()).toBe(4);
    await dialog.getByRole('button', { name: 'Load more results' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => results(page).count()).toBe(8);
    // Focus moves to the first new result, so the keyboard carries on from there.
    expect(await results(page).nth(4).getByRole('link').first().evaluate((link) => link === document.activeElement)).toBe(true);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('the open dialog, with results and its filters expanded, has no axe violations', async () => {
    const context = await newContext(browser, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/?q=withdraw');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await results(page).first().waitFor({ timeout: 10_000 });
    await dialog.getByText('Filters', { exact: true }).click();
    await dialog.getByRole('checkbox', { name: /^employer \(\d+\)$/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('a page that is only read downloads no search code', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('/candidates/cancel-an-interview/');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(requested.filter((url) => /pagefind/i.test(url))).toEqual([]);
    await context.close();
  });
});

// Issue #13: whole questions, the first keystroke, room on a phone, highlights that help.
describe('search that answers whole questions, from the first keystroke', () => {
  test('on a first visit, Ctrl+K then typing at once loses no letter', async () => {
    // A fresh context: empty cache, nothing of search downloaded yet.
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto('/faq/cancelling/');
    // The shortcut, then the word straight away at 40 ms a key, without waiting for anything.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('voicemail', { delay: 40 });
    const input = page.getByPlaceholder('Search the guide');
    expect(await input.inputValue()).toBe('voicemail');
    // What was typed while search loaded is what it searched.
    await expect.poll(() => page.getByRole('status').filter({ hasText: /results? for/ }).textContent()).toMatch(/^\d+ results? for voicemail$/);
    await results(page).getByRole('link', { name: 'Should you call, email, leave a voicemail or text to cancel an interview?' }).first().waitFor();
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('typing a whole question key by key, the count is said once when typing stops, not at every key', async () => {
    const context = await newContext(browser);
    await listenToStatus(context);
    const page = await context.newPage();
    // The page's clock stands still while the person types: however busy the machine, no key
    // comes after a pause, so a count said before the clock moves was said mid-typing.
    await page.clock.install();
    await page.goto('/');
    await page.clock.pauseAt(Date.now() + 1000);
    const question = 'can i cancel an interview by text';
    await page.keyboard.press('Control+k');
    await page.keyboard.type(question, { delay: 60 });
    // The results follow the typing without waiting for the pause.
    const list = page.getByRole('list', { name: 'Results' });
    await expect.poll(() => list.getAttribute('data-query')).toBe(question);
    const counts = /results? for|Nothing matched|every word you typed/;
    // Before, each key was heard: "12 results for c", "12 results for ca", "31 results for can", …
    expect(await timesSaid(page, counts)).toBe(0);
    // The count in view keeps up with the list, with the clock still standing: it no longer waits.
    const shownCount = page.getByRole('dialog', { name: 'Search the guide' }).locator('[data-search-count]');
    await expect.poll(() => shownCount.textContent()).toMatch(new RegExp(`^\\d+ results? for ${question}$`, 'u'));
    expect(await shownCount.isVisible()).toBe(true);
    // The person stops typing.
    await page.clock.runFor(1000);
    const found = await page.evaluate(`import('/pagefind/pagefind.js').then((pagefind) => pagefind.search(${JSON.stringify(question)})).then((found) => found.results.length)`);
    const status = page.getByRole('dialog', { name: 'Search the guide' }).getByRole('status');
    await expect.poll(() => status.textContent()).toBe(`${found} results for ${question}`);
    expect(await shownCount.textContent()).toBe(`${found} results for ${question}`);
    expect(await timesSaid(page, counts)).toBe(1);
    await context.close();
  });

  test('a word nothing matches is said once when typing stops, and a word erased before the pause is never said', async () => {
    const context = await newContext(browser);
    await listenToStatus(context);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto('/');
    await page.clock.pauseAt(Date.now() + 1000);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('zzqxvplorb', { delay: 60 });
    const list = page.getByRole('list', { name: 'Results' });
    await expect.poll(() => list.getAttribute('data-query')).toBe('zzqxvplorb');
    expect(await timesSaid(page, /Nothing matched/)).toBe(0);
    await page.clock.runFor(1000);
    // Hidden when empty, so found with the hidden too.
    const status = page.getByRole('dialog', { name: 'Search the guide' }).getByRole('status', { includeHidden: true });
    await expect.poll(() => status.textContent()).toBe('Nothing matched zzqxvplorb.');
    expect(await timesSaid(page, /Nothing matched/)).toBe(1);
    // One more letter, then the box emptied before the pause: nothing is said for what was
    // erased, and the status is empty at once.
    await page.keyboard.type('x');
    await expect.poll(() => list.getAttribute('data-query')).toBe('zzqxvplorbx');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await expect.poll(() => status.textContent()).toBe('');
    await page.clock.runFor(1000);
    expect(await status.textContent()).toBe('');
    expect(await timesSaid(page, /Nothing matched/)).toBe(1);
    await context.close();
  });

  test('a whole question no page holds word for word gets its closest matches, said plainly', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/?q=they haven't replied to my cancellation email");
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    // Fewer than three pages hold every word, so the closest matches follow, and the dialog says so.
    await dialog.getByRole('status').getByText(/(No page has|pages? ha(s|ve)) every word you typed.*closest matches:$/i).waitFor({ timeout: 10_000 });
    // Results appear one by one as their text arrives: four in all.
    await expect.poll(() => results(page).count()).toBe(4);
    // The heading that answers is listed, and "Nothing matched" is not shown.
    await dialog.getByRole('link', { name: 'What if they don’t reply to my cancellation?' }).waitFor();
    expect(await dialog.getByText(/Nothing matched/).count()).toBe(0);
    expect(await dialog.getByText('Or start from one of the main guides').isVisible()).toBe(false);
    await context.close();
  });

  test('only the words that matter are highlighted, never stop words', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/?q=can I decline after I already said yes');
    await results(page).first().waitFor({ timeout: 10_000 });
    const marked = await page.getByRole('list', { name: 'Results' }).locator('mark').allTextContents();
    expect(marked.map((word) => word.toLowerCase())).toContain('decline');
    expect(marked.filter((word) => /^(can|i|after|already)$/i.test(word))).toEqual([]);
    // Nor what Pagefind finds for them by prefix ("cancel" for "can", "if" for "I"): every mark
    // is one of the words the question is about.
    expect(marked.filter((word) => !/^(declin|said|yes)/i.test(word))).toEqual([]);
    await context.close();
  });

  test('the page excerpt under a result is part of its card, styled like it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/?q=voicemail');
    const first = results(page).first();
    await first.waitFor({ timeout: 10_000 });
    const title = first.getByRole('link').first();
    const excerpt = first.locator('p').first();
    const styleOf = (locator: typeof title) =>
      locator.evaluate((element) => {
        const card = element.parentElement as HTMLElement;
        const style = getComputedStyle(card);
        return { background: style.backgroundColor, paddingLeft: style.paddingLeft, color: getComputedStyle(element).color };
      });
    expect((await excerpt.textContent())?.trim().length).toBeGreaterThan(0);
    const [titleCard, excerptCard] = [await styleOf(title), await styleOf(excerpt)];
    expect(excerptCard.background).toBe(titleCard.background);
    expect(excerptCard.background).not.toBe('rgba(0, 0, 0, 0)');
    const [titleBox, excerptBox] = [await title.boundingBox(), await excerpt.boundingBox()];
    expect(excerptBox!.x).toBeCloseTo(titleBox!.x, 0);
    await context.close();
  });

  test('on a phone, the filters take one line and the first result is high on the screen', async () => {
    const context = await browser.newContext({ baseURL: baseURL(), viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/?q=cancel by text');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    const first = results(page).first();
    await first.waitFor({ timeout: 10_000 });
    const filters = dialog.getByText('Filters', { exact: true });
    await filters.waitFor();
    // Collapsed: the checkboxes wait behind one line.
    expect(await dialog.getByRole('checkbox').first().isVisible()).toBe(false);
    expect((await filters.boundingBox())!.height).toBeLessThanOrEqual(32);
    // Before, the filter panel pushed the first result to y = 340 of 844.
    expect((await first.boundingBox())!.y).toBeLessThanOrEqual(844 / 4);
    // Opened on request, and the results are still there below.
    await filters.tap();
    await dialog.getByRole('checkbox', { name: /^candidate \(\d+\)$/ }).waitFor();
    await context.close();
  });

  test('on a desktop, the filters take one line, not a third of the dialog', async () => {
    const context = await browser.newContext({ baseURL: baseURL(), viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto('/?q=withdraw');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    const first = results(page).first();
    await first.waitFor({ timeout: 10_000 });
    const filters = dialog.getByText('Filters', { exact: true });
    await filters.waitFor();
    // Before, the open panel took 208 of the dialog's 640 px.
    expect((await filters.boundingBox())!.height).toBeLessThanOrEqual(32);
    const [dialogBox, firstBox] = [await dialog.boundingBox(), await first.boundingBox()];
    expect(firstBox!.y - dialogBox!.y).toBeLessThanOrEqual(200);
    await context.close();
  });

  test('a fallback search on a fresh page still downloads under 120 KB in all', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const responses: Promise<{ path: string; bytes: Buffer }>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      responses.push(response.body().then((bytes) => ({ path, bytes })));
    });
    await page.keyboard.press('Control+k');
    // Eight significant words: the whole query, without its stop words, then each word alone.
    await page.getByPlaceholder('Search the guide').fill('interview tomorrow and I got another offer, can I still switch to a video call?');
    await page.getByText(/Closest matches:$/).waitFor({ timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const fetched = await Promise.all(responses);
    const total = fetched.reduce((sum, { bytes }) => sum + transferSizes(bytes).gzip, 0);
    const listing = fetched.map(({ path, bytes }) => `${path} ${transferSizes(bytes).gzip}`).join('\n');
    expect(fetched.some(({ path }) => searchPart(path) === 'Pagefind index chunks'), listing).toBe(true);
    expect(total, listing).toBeLessThanOrEqual(FIRST_SEARCH_BYTES);
    await context.close();
  });
});
