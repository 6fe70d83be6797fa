// The helper's time-zone menus fill in steps while the page is idle. What a person relies on must not
// change: the zone in use is shown from the start, and a menu that gets focus (Tab, a click or a tap)
// holds every zone, in order, before its list can open, so type-ahead and screen readers find them all.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, newContext, watch } from './harness';

const TOOL = '/tools/decision-helper/';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The tool, in a browser set to Tokyo time: both menus start on Asia/Tokyo without anyone choosing it. */
async function openInTokyo() {
  const context = await newContext(browser, { timezoneId: 'Asia/Tokyo' });
  // From the first script on: the zone the interviewer's menu shows each time its options grow.
  await context.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { __shown: string[] }).__shown = shown;
    new MutationObserver((records) => {
      const select = records.map((record) => record.target).find((node) => node instanceof HTMLSelectElement && node.id === 'dh-zone');
      if (select instanceof HTMLSelectElement && select.options.length > 3) shown.push(select.value);
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(TOOL);
  await page.waitForSelector('astro-island[component-url*="DecisionHelper"]:not([ssr])', { state: 'attached' });
  return { context, page, seen };
}

const menu = (page: Page, label: string) => page.getByRole('form', { name: 'Your situation' }).getByLabel(label, { exact: true });

/** What the menu holds now, read in one go: its value, the label shown for it, and every option. */
const contents = (select: Locator) =>
  select.evaluate((element) => {
    const menu = element as HTMLSelectElement;
    const options = Array.from(menu.options, (option) => ({ value: option.value, label: option.text }));
    return { value: menu.value, shown: menu.selectedOptions[0]?.text ?? '', options };
  });

/** Every zone the browser knows, and UTC: what a full menu must offer. */
const everyZone = (page: Page) =>
  page.evaluate(() => {
    const zones = new Set(Intl.supportedValuesOf('timeZone'));
    zones.add('UTC');
    return [...zones].sort();
  });

function expectEveryZoneInOrder(options: { value: string; label: string }[], zones: string[]) {
  const listed = options.filter((option) => option.value !== '');
  expect(listed.map((option) => option.value).sort()).toEqual(zones);
  for (let at = 1; at < listed.length; at += 1) {
    expect(listed[at - 1]!.label.localeCompare(listed[at]!.label), `${listed[at - 1]!.label} before ${listed[at]!.label}`).toBeLessThanOrEqual(0);
  }
}

describe('the zone menus', () => {
  test('show the zone in use from the start, and hold every zone in order the moment they get focus', async () => {
    const { context, page, seen } = await openInTokyo();
    const yours = menu(page, 'Your time zone');
    await expect.poll(async () => (await contents(yours)).value).toBe('Asia/Tokyo');
    // Whatever has been added so far, the zone in use is the one shown.
    const before = await contents(yours);
    expect(before.shown).toBe('Tokyo (Asia/Tokyo)');
    // Focus, as Tab gives it: read at once, with no waiting, the list is whole and in order.
    await yours.focus();
    const focused = await contents(yours);
    expectEveryZoneInOrder(focused.options, await everyZone(page));
    expect(focused.value).toBe('Asia/Tokyo');
    expect(focused.shown).toBe('Tokyo (Asia/Tokyo)');
    // Type-ahead then reaches a zone late in the list.
    await page.keyboard.type('vancouver');
    expect(await yours.inputValue()).toBe('America/Vancouver');
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a click on a menu opens it on every zone', async () => {
    const { context, page } = await openInTokyo();
    const interviewers = menu(page, 'Interviewer’s time zone');
    await expect.poll(async () => (await contents(interviewers)).value).toBe('Asia/Tokyo');
    await interviewers.click();
    const clicked = await contents(interviewers);
    expectEveryZoneInOrder(clicked.options, await everyZone(page));
    expect(clicked.shown).toBe('Tokyo (Asia/Tokyo)');
    await page.keyboard.press('Escape');
    await context.close();
  });

  test('a menu nobody opens still comes to hold every zone, the zone in use shown all along', async () => {
    const { context, page } = await openInTokyo();
    const interviewers = menu(page, 'Interviewer’s time zone');
    const zones = await everyZone(page);
    await expect.poll(async () => (await contents(interviewers)).options.filter((option) => option.value !== '').length, { timeout: 15_000 }).toBe(zones.length);
    const filled = await contents(interviewers);
    expect(filled.options.map((option) => option.value).filter((value) => value !== '').sort()).toEqual(zones);
    expect(filled.shown).toBe('Tokyo (Asia/Tokyo)');
    // Each time the options grew, the zone shown was Tokyo, never another.
    const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['Asia/Tokyo']));
    await context.close();
  });
});
