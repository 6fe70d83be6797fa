import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR } from './chromium';
import { axeViolations, launch, newContext, sitemapPaths, watch } from './harness';

// Every page the sitemap lists, plus the 404 page, checked as a visitor would meet it.
const paths = [...sitemapPaths(), '/no-such-page/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page of the built site', () => {
  test('the sitemap lists the home page and the first guide', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/candidates/cancel-an-interview/');
  });

  // One island per page: where the flow is, it writes the messages too, so nothing needs to pass the
  // situation from one island to another (a builder lower down used to miss it).
  test.each(sitemapPaths())('%s holds at most one of the flow and the message builder', (path) => {
    const html = readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
    const islands = ['DecisionHelper', 'MessageBuilder'].filter((name) => html.includes(`component-url="/_astro/${name}.`));
    expect(islands.length, islands.join(' and ')).toBeLessThanOrEqual(1);
  });

  test.each(paths)('%s loads cleanly, stays on its origin and passes axe in light and dark', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext(browser, { colorScheme });
      const page = await context.newPage();
      const seen = watch(page);
      // A person opens the page.
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
      await page.waitForLoadState('networkidle');
      // The theme the person's system asks for is the one shown.
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
      expect(await axeViolations(page), `${path} in ${colorScheme}`).toEqual([]);
      // The 404 page's own status is the one error Chromium logs there, and it is the point.
      const errors = seen.consoleErrors.filter((text) => !(path === '/no-such-page/' && /status of 404/.test(text)));
      expect(errors, `${path} console`).toEqual([]);
      expect(await seen.cspViolations(), `${path} CSP`).toEqual([]);
      expect(seen.foreignRequests, `${path} requests`).toEqual([]);
      expect(await context.cookies(), `${path} cookies`).toEqual([]);
      await context.close();
    }
  });
});
