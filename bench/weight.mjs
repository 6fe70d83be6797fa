// @ts-check
// What each page costs before anyone touches it: load it in Chromium with an empty cache, wait
// for network idle plus a quiet second, and weigh every response that arrived. Islands are
// traced through the JS they pulled in, so each one's own cost shows.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { recordResponses, settle } from './browser.mjs';
import { addSizes, noSizes, sizes } from './report.mjs';

/** @typedef {import('./report.mjs').Sizes} Sizes */
/**
 * @typedef {{ url: string } & Sizes} FileWeight
 * @typedef {{ name: string, client: string, componentUrl: string, loaded: boolean, files: FileWeight[], js: Sizes, sharedJs: Sizes }} IslandWeight
 * @typedef {{
 *   path: string, status: number, requests: number,
 *   html: Sizes, css: Sizes, js: Sizes, other: Sizes, total: Sizes,
 *   islands: IslandWeight[], framework: { files: string[], js: Sizes },
 *   responses: { url: string, kind: string, status: number, raw: number, gzip: number, brotli: number }[]
 * }} PageWeight
 */

/**
 * Issue #16's flow page: a guide with the decision helper, whose advice and messages need nothing
 * filled in (declining an invitation needs no date). Weighed twice: as it loads, the helper's form
 * ready for input (the engine and the messages wait until the person changes something or nears
 * them), and in use, scrolled to its advice until the plan's messages are on screen (FLOW_IN_USE).
 * The bench prints both ratios to the baseline; budgets.spec.ts holds both weights.
 */
export const FLOW_PAGE = '/candidates/decline-an-interview/';
export const FLOW_IN_USE = { reveal: '.dh-results', until: '.dh-results textarea' };

/**
 * The message builder's pages: its tool page (client:load) and the guides that embed it
 * (client:visible). Each hydrates with its form alone; its message writer and cards load on the
 * person's first focus or change, with saved details or a link, or as the messages near the screen.
 * Weighed as they load and in use, scrolled to the messages until they are on screen (BUILDER_IN_USE).
 */
export const BUILDER_PAGE = '/tools/message-builder/';
export const BUILDER_GUIDES = [
  '/candidates/after-you-cancel/',
  '/candidates/employer-cancels-on-you/',
  '/candidates/recruiter-pushes-back/',
  '/candidates/call-email-voicemail-or-text/',
  '/candidates/mistakes-that-burn-bridges/',
  '/employers/reply-to-a-candidate-who-cancels/',
];
export const BUILDER_IN_USE = { reveal: '.bo-messages', until: '.bo-message textarea' };

/**
 * Issue #16's home page once the person has touched its helper: `client:touch` starts the island on
 * the first focus inside it, so the bench focuses its first field, waits for the island to run,
 * then weighs everything the page fetched.
 */
export const HOME_TOUCHED = { path: '/', touch: 'astro-island[component-url*="DecisionHelper"]' };

/** URL paths of every HTML file in a built site: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function htmlPaths(/** @type {string} */ dist) {
  /** @type {string[]} */
  const paths = [];
  const walk = (/** @type {string} */ folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.html')) {
        const path = '/' + relative(dist, file).split(sep).join('/');
        paths.push(path.endsWith('/index.html') || path === '/index.html' ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  walk(dist);
  return paths.sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));
}

/** Module URLs a script names: static and dynamic imports, and Vite's preload lists. */
function importedUrls(/** @type {string} */ source, /** @type {string} */ moduleUrl) {
  const found = new Set();
  for (const match of source.matchAll(/(["'`])((?:\.{1,2}\/|\/)[^"'`\s]+?\.m?js)\1/g)) {
    try {
      found.add(new URL(match[2] ?? '', moduleUrl).href);
    } catch {
      // not a URL after all
    }
  }
  return found;
}

/** The module and everything it imports, among the scripts the page actually fetched. */
function closure(/** @type {string} */ entry, /** @type {Map<string, string>} */ scripts) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const url = /** @type {string} */ (queue.pop());
    if (seen.has(url) || !scripts.has(url)) continue;
    seen.add(url);
    for (const next of importedUrls(scripts.get(url) ?? '', url)) queue.push(next);
  }
  return seen;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} path
 * @param {{ touch?: string, reveal?: string, until?: string }} [options] `touch`: an island to focus
 *   into once the page is idle (a `client:touch` island starts then); `reveal`: an element to scroll
 *   into view then, and `until` one to wait for after; the weight then includes what they fetched.
 * @returns {Promise<PageWeight>}
 */
export async function weighPage(browser, baseUrl, path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const recorder = recordResponses(page);
    const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load', timeout: 30_000 });
    // Idle callbacks run in order, so once ours runs, whatever the page deferred to idle time has
    // started (plain Starlight loads its search UI that way); a busy machine can delay that long
    // past a quiet second.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 10_000 })));
    if (options.touch) {
      await page.locator(`${options.touch} :is(input, select, textarea, button)`).first().focus();
      await page.locator(`${options.touch}:not([ssr])`).first().waitFor({ state: 'attached', timeout: 30_000 });
    }
    if (options.reveal) await page.locator(options.reveal).first().scrollIntoViewIfNeeded({ timeout: 30_000 });
    if (options.until) await page.locator(options.until).first().waitFor({ timeout: 30_000 });
    await settle(recorder);
    const islands = await page.evaluate(() =>
      [...document.querySelectorAll('astro-island')].map((island) => {
        let name = '';
        try {
          name = JSON.parse(island.getAttribute('opts') ?? '{}').name ?? '';
        } catch {
          // keep it unnamed
        }
        return {
          name,
          client: island.getAttribute('client') ?? '',
          componentUrl: island.getAttribute('component-url') ? new URL(island.getAttribute('component-url') ?? '', location.href).href : '',
          rendererUrl: island.getAttribute('renderer-url') ? new URL(island.getAttribute('renderer-url') ?? '', location.href).href : '',
        };
      }),
    );
    const responses = await recorder.stop();

    const weight = /** @type {PageWeight} */ ({
      path,
      status: response?.status() ?? 0,
      requests: responses.length,
      html: noSizes(),
      css: noSizes(),
      js: noSizes(),
      other: noSizes(),
      total: noSizes(),
      islands: [],
      framework: { files: [], js: noSizes() },
      responses: [],
    });
    /** @type {Map<string, Sizes>} */
    const sizeOf = new Map();
    /** @type {Map<string, string>} */
    const scripts = new Map();
    const origin = new URL(baseUrl).origin;
    const short = (/** @type {string} */ url) => (url.startsWith(origin) ? url.slice(origin.length) : url);
    for (const item of responses) {
      const measured = item.body ? sizes(item.body) : noSizes();
      const kind = /** @type {'html' | 'css' | 'js' | 'other'} */ (item.kind);
      addSizes(weight[kind], measured);
      addSizes(weight.total, measured);
      sizeOf.set(item.url, measured);
      if (kind === 'js' && item.body) scripts.set(item.url, item.body.toString('utf8'));
      weight.responses.push({ url: short(item.url), kind, status: item.status, ...measured });
    }

    const frameworkFiles = new Set();
    for (const island of islands) if (island.rendererUrl) for (const url of closure(island.rendererUrl, scripts)) frameworkFiles.add(url);
    weight.framework.files = [...frameworkFiles].map(short);
    for (const url of frameworkFiles) addSizes(weight.framework.js, sizeOf.get(url) ?? noSizes());

    for (const island of islands) {
      const own = [...closure(island.componentUrl, scripts)].filter((url) => !frameworkFiles.has(url));
      const js = noSizes();
      for (const url of own) addSizes(js, sizeOf.get(url) ?? noSizes());
      weight.islands.push({
        name: island.name || short(island.componentUrl),
        client: island.client,
        componentUrl: short(island.componentUrl),
        loaded: scripts.has(island.componentUrl),
        files: own.map((url) => ({ url: short(url), ...(sizeOf.get(url) ?? noSizes()) })),
        js,
        sharedJs: noSizes(), // filled in by weighPages, which sees every page
      });
    }
    return weight;
  } finally {
    await context.close();
  }
}

/**
 * Weighs every page, two at a time (each waits mostly for its quiet second; two cores).
 * A page that fails to load is reported with its error, the rest still measured.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string[]} paths
 */
export async function weighPages(browser, baseUrl, paths, concurrency = 2) {
  /** @type {(PageWeight | { path: string, error: string })[]} */
  const weights = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const index = next++;
      const path = /** @type {string} */ (paths[index]);
      try {
        weights[index] = await weighPage(browser, baseUrl, path);
      } catch (error) {
        weights[index] = { path, error: error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
  // A chunk another kind of island also imports (Preact's hooks, a shared src/lib module) is
  // shared: it is paid once per page however many islands use it.
  /** @type {Map<string, Set<string>>} */
  const usersOf = new Map();
  for (const weight of weights) {
    if ('error' in weight) continue;
    for (const island of weight.islands) for (const file of island.files) usersOf.set(file.url, (usersOf.get(file.url) ?? new Set()).add(island.name));
  }
  for (const weight of weights) {
    if ('error' in weight) continue;
    for (const island of weight.islands) {
      for (const file of island.files) if ((usersOf.get(file.url)?.size ?? 0) > 1) addSizes(island.sharedJs, file);
    }
  }
  return weights;
}
