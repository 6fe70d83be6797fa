import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newContext, watch, type PageWatch } from './harness';

// The home page's helper loads its script on the person's first touch (client:touch). Whatever
// they choose or type before it runs must survive; with something to restore it runs at once.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const HELPER = 'astro-island[component-url*="DecisionHelper"]';
const form = (page: Page) => page.getByRole('form', { name: 'Your situation' });
const results = (page: Page) => page.getByRole('region', { name: 'Your advice' });
const isRunning = async (page: Page) => (await page.locator(HELPER).getAttribute('ssr')) === null;
const running = (page: Page) => page.waitForSelector(`${HELPER}:not([ssr])`, { state: 'attached' });
/** Whatever the page starts by itself has started once the browser is idle. */
const idle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 10_000 })));

async function open(options: { init?: () => void } = {}): Promise<{ context: BrowserContext; page: Page; seen: PageWatch }> {
  // Monday 7 December 2026, 11:00 in London.
  const context = await newContext(browser, { timezoneId: 'Europe/London' });
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-12-07T11:00:00Z'));
  return { context, page, seen: watch(page) };
}

async function expectClean(seen: PageWatch): Promise<void> {
  expect(seen.consoleErrors).toEqual([]);
  expect(await seen.cspViolations()).toEqual([]);
}

describe('the home page’s helper, started by the first touch', () => {
  test('what a person chooses and types before it runs stays, and the advice follows it', async () => {
    const { context, page, seen } = await open();
    // A slow network: the helper's script arrives only when the test lets it.
    let release = (): void => {};
    const arrives = new Promise<void>((resolve) => (release = resolve));
    let isAskedFor = false;
    await page.route('**/_astro/DecisionHelper*.js', async (route) => {
      isAskedFor = true;
      await arrives;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'load' });
    await idle(page);
    expect(isAskedFor).toBe(false);
    // The person says they are the employer (the first touch asks for the script)...
    await form(page).getByLabel('The employer').check();
    await expect.poll(() => isAskedFor).toBe(true);
    // ...and types the interview's date and time, Wednesday at 10:00, while it is still on its way.
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-09');
    await form(page).getByLabel(/^Interview time/).fill('10:00');
    expect(await isRunning(page)).toBe(false);
    // The script arrives and the helper starts.
    release();
    await running(page);
    // The form still shows what they chose and typed...
    expect(await form(page).getByLabel('The employer').isChecked()).toBe(true);
    expect(await form(page).getByLabel('Interview date', { exact: true }).inputValue()).toBe('2026-12-09');
    expect(await form(page).getByLabel(/^Interview time/).inputValue()).toBe('10:00');
    // ...and the helper took it in: an employer's questions and an employer's advice for Wednesday.
    await form(page).getByLabel('Call off the interview').waitFor();
    expect(await form(page).getByLabel('Candidate’s time zone').count()).toBe(1);
    await results(page).getByRole('heading', { level: 4 }).first().waitFor();
    expect(await results(page).getByLabel('Candidate’s name').count()).toBe(1);
    const script = results(page).getByRole('textbox', { name: /for step 1$/u }).last();
    expect(await script.inputValue()).toMatch(/9 December|December 9/u);
    // Kept in this browser, as any answer is.
    const saved = await page.evaluate(() => localStorage.getItem('bowout:decision-helper') ?? '');
    expect(saved).toContain('"who":"employer"');
    expect(saved).toContain('2026-12-09');
    await expectClean(seen);
    await context.close();
  });

  test('with details saved in this browser, it starts without a touch and shows them', async () => {
    const { context, page, seen } = await open();
    await page.goto('/');
    await form(page).getByLabel('The employer').check();
    await running(page);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('bowout:decision-helper') ?? '')).toContain('employer');
    // The same browser, another visit: no touch this time.
    await page.reload();
    await running(page);
    expect(await form(page).getByLabel('The employer').isChecked()).toBe(true);
    await page.getByRole('status').filter({ hasText: 'We filled in the date and details you saved' }).waitFor();
    await expectClean(seen);
    await context.close();
  });

  test('with only the messages’ details saved, it starts without a touch', async () => {
    const { context, page, seen } = await open({
      init: () => localStorage.setItem('bowout:decision-helper:details', JSON.stringify({ v: 1, savedAt: 0, data: { yourName: 'Sam Lee' } })),
    });
    await page.goto('/');
    await running(page);
    await expectClean(seen);
    await context.close();
  });

  test('a link with a query string starts it without a touch, filled from the link', async () => {
    const { context, page, seen } = await open();
    await page.goto('/?who=employer&date=2026-12-09&time=10%3A00');
    await running(page);
    expect(await form(page).getByLabel('The employer').isChecked()).toBe(true);
    expect(await form(page).getByLabel('Interview date', { exact: true }).inputValue()).toBe('2026-12-09');
    await expectClean(seen);
    await context.close();
  });

  test('storage the browser refuses: it waits for a touch, then works', async () => {
    const { context, page, seen } = await open({
      init: () => {
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      },
    });
    await page.goto('/', { waitUntil: 'load' });
    await idle(page);
    expect(await isRunning(page)).toBe(false);
    await form(page).getByLabel('Interview date', { exact: true }).fill('2026-12-09');
    await running(page);
    expect(await form(page).getByLabel('Interview date', { exact: true }).inputValue()).toBe('2026-12-09');
    await expectClean(seen);
    await context.close();
  });
});
