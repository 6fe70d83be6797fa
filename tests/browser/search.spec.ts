import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newContext, watch } from './harness';

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
