import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newContext } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// A reader must get from the home page to the right message, ready to copy, in three clicks or fewer.
describe('from the home page to the right message', () => {
  test.each([
    ['Cancel an interview', /\/candidates\/cancel-an-interview\/$/, 'Cancellation email'],
    ['Reschedule instead', /\/candidates\/reschedule-an-interview\/$/, 'Reschedule request'],
    ['Decline an invitation', /\/candidates\/decline-an-interview\/$/, 'Declining the invitation'],
    ['Withdraw from the process', /\/candidates\/withdraw-from-the-process\/$/, 'Withdrawal from the process'],
    ['For employers', /\/employers\/withdraw-an-invitation\/$/, 'Withdrawing an interview invitation'],
  ])('"%s": one click to the guide, the message is there, a second click copies it', async (card, url, title) => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/');
    // Click 1: the card for their situation.
    await page.getByRole('link', { name: card }).first().click();
    await page.waitForURL(url);
    // The builder on that page already shows the message for this situation.
    const message = page.getByRole('article', { name: title, exact: true });
    await message.scrollIntoViewIfNeeded();
    // The builder wakes when it scrolls into view (client:visible); its text is there before that.
    await expect.poll(() => message.locator('xpath=ancestor::astro-island[1]').getAttribute('ssr'), { timeout: 10_000 }).toBeNull();
    const body = message.getByRole('textbox').last();
    await expect.poll(() => body.inputValue(), { timeout: 10_000 }).not.toBe('');
    // Click 2: copy it. (The clipboard is shared by every page; the copying page must be in front.)
    await page.bringToFront();
    await message.getByRole('button', { name: /^Copy (message|script)$/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await body.inputValue());
    await context.close();
  });
});
