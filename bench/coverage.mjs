// @ts-check
// What of a page's script runs while it loads: `BOW_OUT_SOURCEMAP=1 npm run build`, then
// `./node_modules/.bin/node bench/coverage.mjs [path] [--wait=CSS selector] [--touch]`; `--touch`
// focuses into the helper first, as a person's first touch of "/" does (HOME_TOUCHED), and waits for it to run. Chromium's JS coverage
// (per function) from the first byte until the page is idle, each function's bytes given to the
// source module its source map names; a module whose code mostly never ran is a candidate to load
// later. Bytes are raw (minified); a function counts as run if it was called once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { serve } from '../scripts/serve.mjs';
import { launchChromium } from './browser.mjs';
import { FLOW_PAGE, HOME_TOUCHED } from './weight.mjs';

const path = process.argv.slice(2).find((item) => !item.startsWith('--')) ?? FLOW_PAGE;
// By default, until the flow's first message is on screen (its heading shows while it loads, too).
const isTouched = process.argv.includes('--touch');
const waitFor = process.argv.find((item) => item.startsWith('--wait='))?.slice('--wait='.length) ?? (isTouched ? '' : '.dh-steps textarea');
const dist = 'dist';

const site = await serve({ root: dist, port: 0 });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  if (isTouched) {
    await page.locator(`${HOME_TOUCHED.touch} :is(input, select, textarea, button)`).first().focus();
    await page.locator(`${HOME_TOUCHED.touch}:not([ssr])`).first().waitFor({ state: 'attached', timeout: 30_000 });
  }
  if (waitFor) await page.locator(waitFor).first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 10_000 })));
  const entries = await page.coverage.stopJSCoverage();

  /** @type {Map<string, { total: number, ran: number }>} */
  const byModule = new Map();
  for (const entry of entries) {
    const url = new URL(entry.url);
    if (!url.pathname.startsWith('/_astro/')) continue;
    const code = entry.source ?? '';
    // Per byte: did it run? Function ranges nest; the innermost range's count wins, and Chromium
    // lists outer ranges first.
    const ran = new Uint8Array(code.length).fill(0);
    for (const fn of entry.functions) for (const range of fn.ranges) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, range.endOffset);
    const mapFile = join(dist, url.pathname + '.map');
    const name = url.pathname.slice('/_astro/'.length);
    if (!existsSync(mapFile)) {
      const runBytes = ran.reduce((sum, value) => sum + value, 0);
      byModule.set(`(${name})`, { total: code.length, ran: runBytes });
      continue;
    }
    const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
    const lineStarts = [0];
    for (let index = 0; index < code.length; index++) if (code[index] === '\n') lineStarts.push(index + 1);
    /** @type {{ offset: number, source: string }[]} */
    const marks = [];
    consumer.eachMapping((mapping) => {
      const offset = (lineStarts[mapping.generatedLine - 1] ?? 0) + mapping.generatedColumn;
      const source = mapping.source ? mapping.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '') : `(${name})`;
      marks.push({ offset, source });
    }, null, SourceMapConsumer.GENERATED_ORDER);
    marks.forEach((mark, index) => {
      const end = marks[index + 1]?.offset ?? code.length;
      const row = byModule.get(mark.source) ?? { total: 0, ran: 0 };
      row.total += end - mark.offset;
      for (let offset = mark.offset; offset < end; offset++) row.ran += ran[offset] ?? 0;
      byModule.set(mark.source, row);
    });
  }
  const rows = [...byModule].sort((a, b) => b[1].total - b[1].ran - (a[1].total - a[1].ran));
  console.log(`${path}: script bytes that never ran while the page loaded (raw, minified)\n`);
  console.log('  unused   total  module');
  for (const [source, row] of rows) {
    if (row.total < 200) continue;
    console.log(`  ${String(row.total - row.ran).padStart(6)}  ${String(row.total).padStart(6)}  ${source}`);
  }
  const total = rows.reduce((sum, [, row]) => sum + row.total, 0);
  const unused = rows.reduce((sum, [, row]) => sum + row.total - row.ran, 0);
  console.log(`\n  ${unused} of ${total} bytes never ran (${Math.round((100 * unused) / total)}%)`);
} finally {
  await browser.close();
  await site.close();
}
