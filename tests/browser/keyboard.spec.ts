import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newContext, sitemapPaths } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function focusedOutline(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return null;
    const style = getComputedStyle(element);
    return { tag: element.tagName, width: parseFloat(style.outlineWidth), outline: style.outlineStyle, text: element.textContent?.trim() ?? '' };
  });
}

describe('keyboard use', () => {
  test.each(sitemapPaths())('%s: the first Tab shows the skip link, which moves focus to the content', async (path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(path);
    // A keyboard user presses Tab once: the skip link appears, visibly focused.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect.poll(() => skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const ring = await focusedOutline(page);
    expect(ring?.outline).not.toBe('none');
    expect(ring?.width).toBeGreaterThanOrEqual(2);
    // Enter follows it to the page title.
    await page.keyboard.press('Enter');
    // The same-page navigation reaches page.url() a moment after the key press.
    await expect.poll(() => new URL(page.url()).hash).toBe('#_top');
    await context.close();
  });

  test('search opens with Ctrl+K and with Tab and Enter on its button, and Escape closes it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/candidates/cancel-an-interview/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    // The shortcut opens search with the cursor in the box.
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const input = page.getByRole('searchbox').or(page.getByPlaceholder('Search the guide'));
    await expect.poll(() => input.first().evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // After a fresh load, tabbing reaches the search button, which has a visible focus ring; Enter opens it.
    await page.reload();
    const button = page.getByRole('button', { name: 'Search' });
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await button.evaluate((element) => element === document.activeElement)) break;
    }
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await focusedOutline(page))?.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await context.close();
  });
});
