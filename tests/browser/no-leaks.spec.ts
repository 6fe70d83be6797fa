// "Nothing you type is sent anywhere", checked on every page: every tool on it is used (typed into,
// ticked, copied) and search is opened, while every request, cookie and eval is recorded.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { baseURL, launch, newContext, sitemapPaths, watch } from './harness';

const paths = sitemapPaths();

// Typed into every field and the search box; it must never appear in any request.
const MARKER = 'Zqvx7Leak';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Sent {
  method: string;
  url: string;
  body: string;
  headers: string;
}

/** Records every call that compiles a string into code: eval, Function, string timers. */
function recordEval(): void {
  const calls: string[] = [];
  (window as unknown as { __evalCalls: string[] }).__evalCalls = calls;
  const note = (kind: string, code: unknown): void => {
    // Only calls from the site's own scripts: Playwright's evaluate() compiles its functions with eval too.
    const callers = (new Error().stack ?? '').split('\n').slice(3).join('\n');
    if (callers.includes(location.origin)) calls.push(`${kind}: ${String(code).slice(0, 80)}\n${callers}`);
  };
  const realEval = window.eval;
  window.eval = function evalRecorded(code: string) {
    note('eval', code);
    return realEval(code);
  } as typeof window.eval;
  const RealFunction = Function;
  const FunctionRecorded = function FunctionRecorded(this: unknown, ...args: string[]) {
    note('Function', args.at(-1));
    return RealFunction(...args);
  } as unknown as FunctionConstructor;
  Object.defineProperty(FunctionRecorded, 'prototype', { value: RealFunction.prototype });
  window.Function = FunctionRecorded;
  // `(() => {}).constructor('code')` reaches Function without the global name.
  Object.defineProperty(RealFunction.prototype, 'constructor', { value: FunctionRecorded, configurable: true, writable: true });
  const timers = window as unknown as Record<'setTimeout' | 'setInterval', (...args: unknown[]) => number>;
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const real = timers[name];
    timers[name] = function timerRecorded(handler: unknown, ...rest: unknown[]) {
      if (typeof handler === 'string') note(name, handler);
      return real(handler, ...rest);
    };
  }
}

/** Text as sent and percent-decoded, so an encoded copy of what was typed is found too. */
function readable(text: string): string {
  try {
    return `${text}\n${decodeURIComponent(text.replace(/\+/g, ' '))}`;
  } catch {
    return text;
  }
}

/** Every island on the page hydrated, including those that wait until they are scrolled to. */
async function hydrateAll(page: Page): Promise<Locator[]> {
  const islands = await page.locator('astro-island').all();
  for (const island of islands) {
    await island.scrollIntoViewIfNeeded();
    // One that waits for a touch (client:touch, the home page's helper) starts when a control in it gets focus.
    if ((await island.getAttribute('client')) === 'touch') await island.locator('input, select').first().focus();
  }
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { timeout: 15_000 });
  // Only outermost islands: a tool, not the components inside it.
  return page.locator('astro-island:not(astro-island astro-island)').all();
}

/** Uses one tool the way a person would: a box ticked, every text field typed into, every Copy pressed. */
async function useTool(island: Locator): Promise<{ copies: number }> {
  // Tick a box that is not ticked yet (a message to write, a way to reach them).
  const box = island.locator('input[type="checkbox"]:not(:checked)').first();
  if ((await box.count()) > 0) {
    await box.check();
  }
  // A date and a time, so tools that wait for them show their full output.
  const nextYear = new Date().getUTCFullYear() + 1;
  for (const date of await island.locator('input[type="date"]').all()) {
    if (await date.isVisible()) await date.fill(`${nextYear}-06-15`);
  }
  for (const time of await island.locator('input[type="time"]').all()) {
    if (await time.isVisible()) await time.fill('10:00');
  }
  // The helper's advice, then its messages, load a moment after the first change: counted before, their fields are missed.
  await island.getByText(/^(Working out your advice…|Writing your messages…)$/u).waitFor({ state: 'detached' });
  // Every text field and text area, the messages' own included.
  const fields = island.locator('textarea, input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="search"], input[type="url"]');
  const count = await fields.count();
  for (let index = 0; index < count; index++) {
    const field = fields.nth(index);
    if (!(await field.isVisible()) || !(await field.isEditable())) continue;
    await field.fill(`${MARKER} ${index} <b>x</b>\nline`);
  }
  // Every Copy button, which puts the text on the clipboard and nowhere else.
  const copies = island.getByRole('button', { name: /^Copy/ });
  let pressed = 0;
  for (let index = 0; index < (await copies.count()); index++) {
    const copy = copies.nth(index);
    if (!(await copy.isVisible())) continue;
    await copy.click();
    pressed += 1;
  }
  return { copies: pressed };
}

describe('nothing a person types leaves the browser', () => {
  test('the sitemap lists pages with tools on them', () => {
    expect(paths).toContain('/tools/message-builder/');
    expect(paths).toContain('/tools/decision-helper/');
    expect(paths).toContain('/tools/draft-checker/');
  });

  test.each(paths)('%s: using every tool and search sends nothing anywhere', async (path) => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(recordEval);
    const page = await context.newPage();
    const seen = watch(page);
    const sent: Sent[] = [];
    page.on('request', (request) => {
      sent.push({ method: request.method(), url: request.url(), body: request.postData() ?? '', headers: JSON.stringify(request.headers()) });
    });
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));

    // The person opens the page and uses every tool on it.
    await page.goto(path);
    const islands = await hydrateAll(page);
    const isToolPage = path.startsWith('/tools/');
    if (isToolPage) expect(islands.length).toBeGreaterThan(0);
    let copies = 0;
    for (const island of islands) copies += (await useTool(island)).copies;
    // What was copied is on the clipboard, the one place it should go.
    if (copies > 0) expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(MARKER);

    // They open search and type a query, then one that matches nothing.
    await page.locator('site-search').getByRole('button', { name: 'Search', exact: true }).click();
    const search = page.getByPlaceholder('Search the guide');
    await search.waitFor();
    await search.fill('cancel');
    await page.getByRole('list', { name: 'Results' }).getByRole('link').first().waitFor({ timeout: 15_000 });
    await search.fill(MARKER);
    await page.getByText('Or start from one of the main guides').waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');

    // Every request went to this site, only to read files, and carried nothing typed.
    const origin = new URL(baseURL()).origin;
    const local = sent.filter((request) => !/^(?:data|blob):/.test(request.url));
    expect(local.filter((request) => new URL(request.url).origin !== origin).map((request) => request.url)).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
    expect(local.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.url}`)).toEqual([]);
    const carried = local.filter((request) => [request.url, request.body, request.headers].some((text) => readable(text).includes(MARKER)));
    expect(carried.map((request) => request.url)).toEqual([]);
    expect(sockets).toEqual([]);

    // No cookie, no eval, nothing blocked, nothing thrown.
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.evaluate(() => (window as unknown as { __evalCalls: string[] }).__evalCalls)).toEqual([]);
    expect(await seen.cspViolations()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });
});
