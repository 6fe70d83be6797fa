import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
// The bench's own measure of a response's bytes, so this budget and its figure never disagree.
import { searchPart, transferSizes } from '../../bench/search.mjs';
import { axeViolations, launch, newContext, watch } from './harness';

// Issue #6: what the first search on a fresh page downloads, as a gzip host sends it.
const FIRST_SEARCH_BYTES = 120_000;

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
    const result = page.locator('.pagefind-ui__result-link', { hasText: 'How to cancel a job interview' }).first();
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
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
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
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
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
    await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    await expect.poll(() => dialog.locator('mark', { hasText: /^interview/i }).count()).toBeGreaterThan(0);
    // Marks are elements, never markup shown as text.
    expect(await dialog.locator('.pagefind-ui__result-excerpt').first().textContent()).not.toMatch(/<\/?mark>/);
    // Four at first (pageSize in site-search.ts), four more on request.
    await expect.poll(() => dialog.locator('.pagefind-ui__result').count()).toBe(4);
    await dialog.getByRole('button', { name: 'Load more results' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.locator('.pagefind-ui__result').count()).toBe(8);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('the open dialog, with results and its filters expanded, has no axe violations', async () => {
    const context = await newContext(browser, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/?q=withdraw');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    for (const name of ['Audience', 'Kind']) await dialog.getByText(name, { exact: true }).click();
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
