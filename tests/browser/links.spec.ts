import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MESSAGE_TITLES } from '../../src/lib/messages/index';
import { htmlFiles } from '../../scripts/check-csp-hashes.mjs';
import { SITE_DIR } from './chromium';
import { launch, newContext, watch } from './harness';

// Walks every internal link and fragment in the built site; a broken one is a dead end for a reader.
const pages = [...htmlFiles(SITE_DIR)] as string[];
const idsByFile = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  let ids = idsByFile.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
    idsByFile.set(file, ids);
  }
  return ids;
};

function targetFile(pathname: string): string | null {
  const candidates = pathname.endsWith('/')
    ? [join(SITE_DIR, pathname, 'index.html')]
    : [join(SITE_DIR, pathname), join(SITE_DIR, pathname, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

describe('internal links in the built site', () => {
  test('there are pages to walk', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  test.each(pages)('%s links only to pages and headings that exist', (file) => {
    const html = readFileSync(file, 'utf8');
    const pagePath = '/' + file.slice(SITE_DIR.length).replace(/^\//, '').replace(/index\.html$/, '');
    const broken: string[] = [];
    for (const match of html.matchAll(/\shref="([^"]*)"/g)) {
      const href = (match[1] ?? '').replace(/&amp;/g, '&');
      if (/^(mailto:|tel:|data:|https?:\/\/(?!localhost))/.test(href)) continue;
      const url = new URL(href, `http://localhost${pagePath}`);
      const target = targetFile(decodeURIComponent(url.pathname));
      if (!target) {
        broken.push(href);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});

// A link someone sends can carry a value we cannot use: a zone that does not exist, a time past
// midnight, a reason not on our list. It is left out, and the person is told which part, in words.
describe('a prefill link with a value we cannot use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const NOW = new Date('2026-12-01T10:00:00Z');
  const USABLE = { who: 'candidate', wish: 'cancel', date: '2026-12-14', time: '10:00', zone: 'America/New_York' };
  const leftOut = (part: string) => `We could not use one part of the link you followed, so we left it out: ${part}.`;

  const tools = {
    helper: {
      path: '/tools/decision-helper/',
      tool: (page: Page): Locator => page.locator('astro-island', { has: page.getByRole('form', { name: 'Your situation' }) }),
      zone: 'Interviewer’s time zone',
      time: /^Interview time/,
    },
    builder: {
      path: '/tools/message-builder/',
      tool: (page: Page): Locator => page.getByRole('region', { name: 'Message builder' }),
      zone: "Interviewer's time zone",
      time: /^Interview time/,
    },
  } as const;

  // Each bad value, what the note calls it, and what its field then holds (the browser is in London).
  const cases = [
    { name: 'a time zone that does not exist', bad: { zone: 'Mars/Olympus_Mons' }, part: 'the time zone', field: 'zone', holds: 'Europe/London' },
    { name: 'a time past midnight', bad: { time: '25:00' }, part: 'the time', field: 'time', holds: '' },
    { name: 'a reason not on our list', bad: { reason: 'aliens' }, part: 'the reason', field: 'Reason (optional)', holds: '' },
  ] as const;

  describe.each(Object.entries(tools))('in the %s', (_, tool) => {
    test.each(cases)('$name: the note names it, the rest of the link fills in, and nothing breaks', async ({ bad, part, field, holds }) => {
      const context = await newContext(browser, { timezoneId: 'Europe/London' });
      const page = await context.newPage();
      const seen = watch(page);
      await page.clock.setFixedTime(NOW);
      // Someone sends them a link with one value in it we cannot use.
      const link = new URLSearchParams({ ...USABLE, ...bad });
      await page.goto(`${tool.path}?${link}`);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      const root = tool.tool(page);

      // They are told which part was left out, in one sentence, and still what the link filled in.
      const note = root.getByRole('status').filter({ hasText: leftOut(part) });
      await note.waitFor();
      expect(await note.innerText()).toMatch(/The link you followed filled in .+\. Check them before you send anything\./);

      // The field shows nothing of the bad value: the browser's own zone, or nothing yet.
      const control = field === 'zone' ? root.getByLabel(tool.zone, { exact: true }) : field === 'time' ? root.getByLabel(tool.time) : root.getByLabel(field, { exact: true });
      expect(await control.inputValue()).toBe(holds);
      // What the link could use is there.
      expect(await root.getByLabel('Interview date', { exact: true }).inputValue()).toBe(USABLE.date);

      // The tool goes on: the helper advises or asks for the time, the builder writes its messages.
      if (tool === tools.helper) {
        const advice = page.getByRole('region', { name: 'Your advice' });
        await expect.poll(() => advice.innerText()).toMatch(field === 'time' ? /as soon as the interview date and time are filled in/ : /What to do/);
      } else {
        const cancel = page.getByRole('article', { name: MESSAGE_TITLES.cancel }).getByLabel('Message (you can edit it here)');
        await expect.poll(() => cancel.inputValue()).toMatch(/interview/);
        expect(await cancel.inputValue()).not.toMatch(/undefined|NaN|\[object|\{/);
      }
      const text = await root.innerText();
      expect(text).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
      for (const value of Object.values(bad)) expect(text).not.toContain(value);
      expect(seen.consoleErrors).toEqual([]);
      expect(await seen.cspViolations()).toEqual([]);
      await context.close();
    });
  });
});
