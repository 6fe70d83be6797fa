import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations, launch, newContext } from './harness';

// Issue #16's small-screen layout: tidy grids of boxes to tick, and message boxes that show the
// whole message. The cancel guide holds both islands, the helper and the builder.
const GUIDE = '/candidates/cancel-an-interview/';
const CHECKBOX_GROUPS = ['How you can reach them', 'Who else is involved', 'Messages to write'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, { colorScheme, timezoneId: 'Europe/London' });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height: 844 });
  await page.clock.setFixedTime(new Date('2026-12-01T21:30:00Z'));
  await page.goto(GUIDE);
  // Both islands hydrate once scrolled to; the builder sits lower on the page.
  await page.getByRole('form', { name: 'Your situation' }).scrollIntoViewIfNeeded();
  await page.getByRole('region', { name: 'Message builder' }).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('astro-island').length > 0 && !document.querySelector('astro-island[ssr]'));
  return { context, page };
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
        const { context, page } = await open(width, colorScheme);
        for (const legend of CHECKBOX_GROUPS) {
          const choices = await choicesOf(page.getByRole('group', { name: legend }));
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
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        if (width === 320) expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('message boxes show the whole message', () => {
  test('at 390 px, in the helper and the builder, and grow as a person adds to one', async () => {
    const { context, page } = await open(390);
    const form = page.getByRole('form', { name: 'Your situation' });
    const advice = page.getByRole('region', { name: 'Your advice' });
    const builder = page.getByRole('region', { name: 'Message builder' });
    // The phone case: tomorrow at 10:00, with the names the messages need.
    await form.getByLabel('Interview date', { exact: true }).fill('2026-12-02');
    await form.getByLabel(/^Interview time/).fill('10:00');
    await advice.getByLabel('Your name').fill('Sam Lee');
    await advice.getByRole('heading', { level: 4 }).first().waitFor();
    const boxes = [advice.getByRole('textbox', { name: /^(?!Subject ).+ for step \d+$/ }), builder.getByRole('article').getByRole('textbox', { name: /\(you can edit it here\)$/ })];
    // The boxes that hide part of their text, with how much they hold and show.
    const hiding = (box: Locator) =>
      box.evaluateAll((areas) => areas.filter((area) => area.scrollHeight > area.clientHeight).map((area) => `${area.id}: ${area.scrollHeight} px in ${area.clientHeight}`));
    for (const box of boxes) {
      expect(await box.count()).toBeGreaterThan(1);
      expect(await hiding(box)).toEqual([]);
    }
    // Ten more lines in a message: the box grows to keep them all in view.
    for (const box of boxes) {
      const first = box.first();
      const before = await first.evaluate((area) => area.clientHeight);
      await first.fill(`${await first.inputValue()}${'\nOne more line to say.'.repeat(10)}`);
      expect(await first.evaluate((area) => area.clientHeight)).toBeGreaterThan(before);
      expect(await hiding(first)).toEqual([]);
    }
    await context.close();
  });
});
