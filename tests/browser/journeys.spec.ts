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

// A reader must get from the home page to the right message, ready to copy, in three clicks or fewer:
// the guide's flow shows the page's own messages before the person has given any date.
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
    // The flow on that page already holds the message for this situation, before any date is given:
    // as the plan's first step where the plan needs no date (an invitation), else as the page's own.
    const flow = page.getByRole('region', { name: 'Your advice' });
    // The person scrolls down to it (no click): its messages load as they near them.
    await flow.scrollIntoViewIfNeeded();
    const body = flow.getByRole('textbox', { name: new RegExp(`^(${title} for step 1|Message \\(${title.toLowerCase()}\\))$`, 'u') }).first();
    await expect.poll(() => body.inputValue(), { timeout: 10_000 }).not.toBe('');
    // Click 2: copy it. (The clipboard is shared by every page; the copying page must be in front.)
    await page.bringToFront();
    await flow.getByRole('button', { name: new RegExp(`^Copy (email|script|message) (\\(${title.toLowerCase()}\\)|for step 1)$`, 'u') }).first().click();
    await expect.poll(() => flow.getByText('Copied', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await body.inputValue());
    await context.close();
  });
});
