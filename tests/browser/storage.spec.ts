// Broken storage against every tool: missing, refused (private modes, blocked cookies), full,
// corrupt, or from an older version. The tool must still work and say what happened to the details.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { STORAGE_NOTICES } from '../../src/components/storage';
import { launch, newContext, watch } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Tool {
  name: string;
  path: string;
  /** The island's own key in localStorage (see STORAGE_KEY in each island). */
  key: string;
  /** The island's STORAGE_VERSION: what it writes back after clearing a broken entry. */
  version: number;
  /** Waits until the island answers. */
  ready(page: Page): Promise<void>;
  /** Does what a person does first, and resolves once the output shows it. */
  use(page: Page): Promise<void>;
}

const nextYear = new Date().getUTCFullYear() + 1;

const TOOLS: Tool[] = [
  {
    name: 'message builder',
    path: '/tools/message-builder/',
    key: 'bowout:message-builder',
    version: 2,
    ready: (page) => page.getByLabel('Your name').waitFor(),
    async use(page) {
      const tool = page.getByRole('region', { name: 'Message builder' });
      // The messages load as the person scrolls to them (or at once, with details that could be read).
      await tool.getByText('Writing your messages…').or(tool.getByRole('article').first()).scrollIntoViewIfNeeded();
      const body = page.getByLabel('Message (you can edit it here)').first();
      expect(await body.inputValue()).not.toContain('Jamie Rivera');
      await page.getByLabel('Your name').fill('Jamie Rivera');
      await expect.poll(() => body.inputValue()).toContain('Jamie Rivera');
    },
  },
  {
    name: 'decision helper',
    path: '/tools/decision-helper/',
    key: 'bowout:decision-helper',
    version: 2,
    ready: (page) => page.getByLabel('Interview date').waitFor(),
    async use(page) {
      const advice = page.getByRole('region', { name: 'Your advice' }).getByRole('heading', { name: 'What to do' });
      expect(await advice.count()).toBe(0);
      await page.getByLabel('Interview date').fill(`${nextYear}-06-15`);
      await page.getByLabel('Interview time').fill('10:00');
      await page.getByLabel('Interviewer’s time zone').selectOption('Europe/London');
      await advice.waitFor();
    },
  },
  {
    name: 'draft checker',
    path: '/tools/draft-checker/',
    key: 'bowout:draft-checker',
    version: 1,
    ready: (page) => page.getByLabel('Your draft').waitFor(),
    async use(page) {
      const summary = page.getByText(/Paste or type a draft|suggestions? for this draft|Nothing to flag/);
      expect(await summary.innerText()).toBe('Paste or type a draft to check it.');
      await page.getByLabel('Your draft').fill('Hi Morgan, I might not make it. Jamie');
      await expect.poll(() => summary.innerText()).toMatch(/suggestions? for this draft/);
    },
  },
];

interface Breakage {
  name: string;
  /** Runs in the page before any of its scripts, given the tool's key and version and `data`. */
  script: (target: { key: string; version: number; data: unknown }) => void;
  /** What the breakage saves, when it saves something. */
  data?: unknown;
  /** What the person is told, and when: on arrival or only once a save fails. */
  notice: string;
  noticeWhen: 'on arrival' | 'after use';
  /** Whether the broken entry must be gone (or replaced by a current one) afterwards. */
  isCleared: boolean;
}

const BREAKAGES: Breakage[] = [
  {
    name: 'localStorage is missing',
    script: () => {
      Object.defineProperty(window, 'localStorage', { configurable: true, get: () => undefined });
    },
    notice: STORAGE_NOTICES.unavailable,
    noticeWhen: 'on arrival',
    isCleared: false,
  },
  {
    name: 'localStorage throws SecurityError on access (private mode, blocked cookies)',
    script: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
        },
      });
    },
    notice: STORAGE_NOTICES.unavailable,
    noticeWhen: 'on arrival',
    isCleared: false,
  },
  {
    name: 'localStorage is full',
    script: () => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", 'QuotaExceededError');
      };
    },
    notice: STORAGE_NOTICES.full,
    noticeWhen: 'after use',
    isCleared: false,
  },
  {
    name: 'the saved entry is corrupt JSON',
    script: ({ key }) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, '{"v":1,"savedAt":1,"data":{"yourName":"Jam');
      sessionStorage.setItem('seeded', '1');
    },
    notice: STORAGE_NOTICES.unreadable,
    noticeWhen: 'on arrival',
    isCleared: true,
  },
  {
    name: 'the saved entry is from an older version',
    script: ({ key }) => {
      const old = { v: 0, savedAt: 1, data: { yourName: 'Old Name', draft: 'old draft', who: 'robot', interview: '9am' } };
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, JSON.stringify(old));
      sessionStorage.setItem('seeded', '1');
    },
    notice: STORAGE_NOTICES.olderVersion,
    noticeWhen: 'on arrival',
    isCleared: true,
  },
  // The current version holding something of the wrong shape: every tool says it could not be read.
  ...(
    [
      ['an array', [1, 2]],
      ['a string', 'corrupt'],
      ['null', null],
      ['every field the wrong type', { who: 7, stage: 7, kinds: 'cancel', yourName: { x: 1 }, draft: 7, channel: [], interview: '9am', contacts: 'yes', tone: 'shouty', proposedTimes: 'soon' }],
    ] as const
  ).map(([shape, data]): Breakage => ({
    name: `the saved entry holds ${shape}`,
    data,
    script: ({ key, version, data: saved }) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, JSON.stringify({ v: version, savedAt: 1, data: saved }));
      sessionStorage.setItem('seeded', '1');
    },
    notice: STORAGE_NOTICES.unreadable,
    noticeWhen: 'on arrival',
    isCleared: true,
  })),
];

/** Opens a page with storage broken before any of its scripts run, recording what goes wrong. */
async function openBroken(breakage: Breakage, key: string, path: string, version = 0) {
  const context = await newContext(browser);
  await context.addInitScript(breakage.script, { key, version, data: breakage.data ?? null });
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(path);
  return { context, page, seen };
}

// A page with no tool on it: whatever it logs comes from the site's frame (Starlight), not an island.
const PLAIN_PAGE = '/faq/cancelling/';

/** Errors the frame logs on its own under this breakage, so a tool page is held to exactly those. */
async function frameErrors(breakage: Breakage, key: string): Promise<string[]> {
  const { context, page, seen } = await openBroken(breakage, key, PLAIN_PAGE);
  await page.waitForLoadState('networkidle');
  const errors = [...seen.consoleErrors];
  await context.close();
  return errors.sort();
}

describe.each(TOOLS)('the $name with broken storage', (tool) => {
  test.each(BREAKAGES)('$name: it still works and says so', async (breakage) => {
    const { context, page, seen } = await openBroken(breakage, tool.key, tool.path, tool.version);
    // The person opens the tool.
    await page.locator('astro-island').first().waitFor({ state: 'attached' });
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await tool.ready(page);
    const notice = page.getByRole('status').filter({ hasText: breakage.notice });
    if (breakage.noticeWhen === 'on arrival') await notice.waitFor();
    // They use the tool and its output follows.
    await tool.use(page);
    // They are told their details won't be kept, or were cleared.
    await notice.waitFor();
    expect(await notice.isVisible()).toBe(true);
    if (breakage.isCleared) {
      // The broken entry is gone, or replaced by one in the current format.
      const stored = await page.evaluate((key) => localStorage.getItem(key), tool.key);
      if (stored !== null) expect(JSON.parse(stored)).toMatchObject({ v: tool.version });
    }
    // The island threw nothing: any error is one the frame also logs on a page without a tool.
    await page.waitForLoadState('networkidle');
    expect([...seen.consoleErrors].sort()).toEqual(await frameErrors(breakage, tool.key));
    expect(await seen.cspViolations()).toEqual([]);
    await context.close();
  });
});

describe('the site frame with broken storage', () => {
  // Starlight's own theme picker reads and writes localStorage unguarded; our ThemeSelect and
  // ThemeProvider overrides guard every touch, so the frame logs nothing under any breakage.
  test.each(BREAKAGES)('$name: the frame throws nothing', async (breakage) => {
    expect(await frameErrors(breakage, 'bowout:none')).toEqual([]);
  });

  test.each(BREAKAGES)('$name: the theme picker still switches the theme', async (breakage) => {
    const { context, page, seen } = await openBroken(breakage, 'bowout:none', PLAIN_PAGE);
    const picker = page.getByRole('combobox', { name: 'Select theme' }).first();
    await page.waitForFunction(() => customElements.get('starlight-theme-select') !== undefined);
    for (const theme of ['light', 'dark'] as const) {
      await picker.selectOption(theme);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    }
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the theme choice', () => {
  test('is remembered across pages when storage works', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(PLAIN_PAGE);
    await page.waitForFunction(() => customElements.get('starlight-theme-select') !== undefined);
    const other = page.getByRole('combobox', { name: 'Select theme' }).first();
    const start = await page.evaluate(() => document.documentElement.dataset.theme);
    const flipped = start === 'dark' ? 'light' : 'dark';
    await other.selectOption(flipped);
    await page.goto('/candidates/cancel-an-interview/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(flipped);
    expect(await page.getByRole('combobox', { name: 'Select theme' }).first().inputValue()).toBe(flipped);
    await context.close();
  });
});

describe('a stored theme that is not a theme', () => {
  // Starlight's provider builds a CSS selector from whatever `starlight-theme` holds; `[` threw
  // twice on every page (once per picker). Ours reads anything but dark or light as "auto".
  const JUNK = ['[', '.dark', 'dark light', '{"theme":"dark"}', 'DARK', 'auto', '<img src=x>'];

  test.each(JUNK)('%j: the page follows the system theme, the pickers say Auto, and nothing throws', async (stored) => {
    const context = await newContext(browser, { colorScheme: 'light' });
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem('starlight-theme', value);
      sessionStorage.setItem('seeded', '1');
      // Every theme the page ever shows, from the pre-paint script on: no flash of the wrong one.
      const shown: string[] = [];
      (window as unknown as { __themesShown: string[] }).__themesShown = shown;
      new MutationObserver(() => shown.push(document.documentElement.dataset['theme'] ?? '')).observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-theme'],
      });
    }, stored);
    const page = await context.newPage();
    const seen = watch(page);
    // A person whose storage holds a stray value opens a page.
    await page.goto(PLAIN_PAGE);
    await page.waitForFunction(() => customElements.get('starlight-theme-select') !== undefined);
    await page.waitForLoadState('networkidle');
    // Their system asks for light, and light is all they see (Starlight's own painted dark first).
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const shown = await page.evaluate(() => (window as unknown as { __themesShown: string[] }).__themesShown);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['light']));
    const pickers = page.getByRole('combobox', { name: 'Select theme' });
    expect(await pickers.count()).toBeGreaterThan(0);
    for (const picker of await pickers.all()) expect(await picker.inputValue()).toBe('auto');
    expect(seen.consoleErrors).toEqual([]);
    expect(await seen.cspViolations()).toEqual([]);
    // They choose dark, and it holds on the next page.
    await pickers.first().selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.goto('/candidates/cancel-an-interview/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('combobox', { name: 'Select theme' }).first().inputValue()).toBe('dark');
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });
});
