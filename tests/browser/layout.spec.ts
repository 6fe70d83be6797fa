import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations, baseURL, launch, newContext } from './harness';

// Issue #16's small-screen layout: tidy grids of boxes to tick, and message boxes that show the
// whole message, in the decision helper and the message builder, each on its own tool page.
const HELPER = '/tools/decision-helper/';
const BUILDER = '/tools/message-builder/';
const CHECKBOX_GROUPS: Record<string, string[]> = {
  [HELPER]: ['How you can reach them', 'Who else is involved'],
  [BUILDER]: ['Messages to write'],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, { colorScheme, timezoneId: 'Europe/London' });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height: 844 });
  await page.clock.setFixedTime(new Date('2026-12-01T21:30:00Z'));
  return { context, page };
}

/** A tool page, once its island has run. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('astro-island').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Choice {
  label: string;
  box: Box;
  /** The box's row in the grid: the checkbox's parent, which holds the box and its label. */
  cell: Box;
  /** One rectangle per line of the label's text. */
  lines: Box[];
}

/** Where each checkbox of a group and each line of its label's text sit on screen. */
function choicesOf(group: Locator): Promise<Choice[]> {
  return group.locator('input[type="checkbox"]').evaluateAll((inputs) =>
    inputs.map((input) => {
      const rect = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      const label = (input as HTMLInputElement).labels?.[0];
      const lines: Box[] = [];
      const walker = document.createTreeWalker(label ?? document.createElement('span'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        lines.push(...[...range.getClientRects()].filter((r) => r.width > 0).map(rect));
      }
      return {
        label: label?.textContent?.trim() ?? '',
        box: rect(input.getBoundingClientRect()),
        cell: rect((input.parentElement ?? input).getBoundingClientRect()),
        lines,
      };
    }),
  );
}

/** Boxes whose left edges lie within 1 px of each other stand in one column. */
function columns(choices: Choice[]): Choice[][] {
  const sorted = [...choices].sort((a, b) => a.box.left - b.box.left);
  const found: Choice[][] = [];
  for (const choice of sorted) {
    const last = found.at(-1);
    if (last && choice.box.left - (last[0]?.box.left ?? 0) <= 1) last.push(choice);
    else found.push([choice]);
  }
  return found.map((column) => column.sort((a, b) => a.box.top - b.box.top));
}

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('boxes to tick stand in a tidy grid', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [320, 390, 1280]) {
      test(`at ${width} px in the ${colorScheme} theme`, async () => {
        const { context, page } = await newPage(width, colorScheme);
        for (const [path, legends] of Object.entries(CHECKBOX_GROUPS)) {
          await visit(page, path);
          for (const legend of legends) expectTidy(legend, await choicesOf(page.getByRole('group', { name: legend })), width);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), path).toBe(true);
          if (width === 320) expect(await axeViolations(page), path).toEqual([]);
        }
        await context.close();
      });
    }
  }
});

function expectTidy(legend: string, choices: Choice[], width: number): void {
  expect(choices.length, legend).toBeGreaterThan(1);
  const found = columns(choices);
  // Boxes of one column share a left edge (within 1 px); columns stand well apart.
  for (const [index, column] of found.entries()) {
    if (index > 0) expect(column[0]!.box.left - found[index - 1]![0]!.box.left, legend).toBeGreaterThan(100);
  }
  if (width < 400) expect(found, `${legend}: one column on a phone`).toHaveLength(1);
  for (const column of found) {
    // Every row is the same gap from the next.
    const gaps = column.slice(1).map((choice, index) => choice.cell.top - column[index]!.cell.bottom);
    for (const gap of gaps) expect(Math.abs(gap - gaps[0]!), `${legend}: gaps ${gaps.join(', ')}`).toBeLessThanOrEqual(1);
  }
  for (const choice of choices) {
    const [first] = choice.lines;
    expect(first, choice.label).toBeDefined();
    // The text starts right of its box, and a long label wraps under its own first letter.
    for (const line of choice.lines) {
      expect(line.left, choice.label).toBeGreaterThanOrEqual(choice.box.right + 4);
      expect(Math.abs(line.left - first!.left), choice.label).toBeLessThanOrEqual(1);
    }
    // The box sits level with the first line of its label.
    const middle = (choice.box.top + choice.box.bottom) / 2;
    expect(middle, choice.label).toBeGreaterThan(first!.top);
    expect(middle, choice.label).toBeLessThan(first!.bottom);
    // Nothing of one choice lies over another.
    for (const other of choices) {
      if (other !== choice) expect(overlaps(choice.cell, other.cell), `${choice.label} / ${other.label}`).toBe(false);
    }
  }
}

/** The message boxes that hide part of their text, with how much they hold and show. */
const hiding = (boxes: Locator) =>
  boxes.evaluateAll((areas) => areas.filter((area) => area.scrollHeight > area.clientHeight).map((area) => `${area.id}: ${area.scrollHeight} px in ${area.clientHeight}`));

/** Ten more lines in the first box: it grows to keep them all in view. */
async function expectGrows(boxes: Locator): Promise<void> {
  const first = boxes.first();
  const before = await first.evaluate((area) => area.clientHeight);
  await first.fill(`${await first.inputValue()}${'\nOne more line to say.'.repeat(10)}`);
  expect(await first.evaluate((area) => area.clientHeight)).toBeGreaterThan(before);
  expect(await hiding(first)).toEqual([]);
}

describe('message boxes show the whole message at 390 px, and grow as a person adds to one', () => {
  test('in the helper, each step of the plan', async () => {
    const { context, page } = await newPage(390);
    await visit(page, HELPER);
    const form = page.getByRole('form', { name: 'Your situation' });
    const advice = page.getByRole('region', { name: 'Your advice' });
    // The phone case: tomorrow at 10:00, with the name the messages sign with.
    await form.getByLabel('Interview date', { exact: true }).fill('2026-12-02');
    await form.getByLabel(/^Interview time/).fill('10:00');
    await advice.getByLabel('Your name').fill('Sam Lee');
    await advice.getByRole('heading', { level: 4 }).first().waitFor();
    const boxes = advice.getByRole('textbox', { name: /^(?!Subject ).+ for step \d+$/ });
    expect(await boxes.count()).toBeGreaterThan(1);
    expect(await hiding(boxes)).toEqual([]);
    await expectGrows(boxes);
    await context.close();
  });

  test('in the builder, each message ticked', async () => {
    const { context, page } = await newPage(390);
    await visit(page, BUILDER);
    await page.getByLabel('Your name').fill('Sam Lee');
    const boxes = page.getByRole('article').getByRole('textbox', { name: /\(you can edit it here\)$/ });
    await expect.poll(() => boxes.first().inputValue()).toContain('Sam Lee');
    expect(await boxes.count()).toBeGreaterThan(1);
    expect(await hiding(boxes)).toEqual([]);
    await expectGrows(boxes);
    await context.close();
  });
});

/**
 * A server in front of the site that sends the page at `path` in pieces, cut where each of `cuts`
 * finds in its HTML, the next piece each time `next` is called: a page arriving over a slow network.
 */
async function pageArrivingInPieces(
  path: string,
  cuts: ((html: string) => number)[],
): Promise<{ url: string; next: () => void; close: () => Promise<void> }> {
  const original = await fetch(new URL(path, baseURL()));
  const type = original.headers.get('content-type') ?? 'text/html';
  const html = await original.text();
  const ends = [...cuts.map((cut) => cut(html)), html.length];
  if (ends.some((end, index) => end < (ends[index - 1] ?? 1))) throw new Error(`${path}: a cut is missing or out of order (${ends.join(', ')})`);
  const waiting: (() => void)[] = [];
  const gates = cuts.map(() => new Promise<void>((resolve) => waiting.push(resolve)));
  const server = createServer(async (request, response) => {
    if (new URL(request.url ?? '/', baseURL()).pathname === path) {
      response.writeHead(200, { 'Content-Type': type });
      response.write(html.slice(0, ends[0]));
      for (const [index, gate] of gates.entries()) {
        await gate;
        response.write(html.slice(ends[index], ends[index + 1]));
      }
      response.end();
      return;
    }
    // Everything else as the site serves it.
    const upstream = await fetch(new URL(request.url ?? '/', baseURL()));
    response.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    next: () => waiting.shift()?.(),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Resolves once the browser has drawn a frame of what it has now. */
const drawn = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

// Lighthouse's desktop runs found the page's table of contents jumping across the screen (CLS 0.42)
// whenever Chromium drew a page before its main column had arrived, and moving a little (0.003)
// when the scrollbar appeared with the main column's length.
describe('nothing moves while a page arrives, at 1280 px with a scrollbar', () => {
  let withScrollbars: Browser;
  beforeAll(async () => {
    withScrollbars = await launch({ showScrollbars: true });
  });
  afterAll(async () => {
    await withScrollbars?.close();
  });

  test.each([HELPER, '/candidates/decline-an-interview/'])('%s: the menu, the table of contents and the page keep their places', async (path) => {
    const mainColumn = (html: string) => html.lastIndexOf('<div', html.indexOf('class="main-pane'));
    const menusLinks = (html: string) => html.indexOf('<ul', html.indexOf('class="sidebar-content'));
    const arriving = await pageArrivingInPieces(path, [menusLinks, mainColumn]);
    const context = await newContext(withScrollbars);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 844 });
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { __shifts: string[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
          shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((source) => source.node?.nodeName).join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The page starts to arrive, up to the menu's links; the browser draws what it has.
    await page.goto(arriving.url, { waitUntil: 'commit' });
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'attached' });
    await drawn(page);
    // The menu's links and the table of contents arrive, and are drawn.
    arriving.next();
    const contents = page.getByRole('complementary').getByRole('navigation', { name: 'On this page' }).last();
    await contents.waitFor({ state: 'attached' });
    await drawn(page);
    const before = await contents.boundingBox();
    // Then the main column, longer than the window.
    arriving.next();
    await page.waitForLoadState('load');
    await drawn(page);
    expect(await contents.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
    await context.close();
    await arriving.close();
  });
});
