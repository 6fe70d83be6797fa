// @ts-check
// Search as a person meets it: open it with Ctrl+K on a page that has never searched, enter a
// query, and time until the first result is on screen; then more queries on the same page.
import { recordResponses } from './browser.mjs';
import { addSizes, median, noSizes, sizes } from './report.mjs';

/** Fixed, realistic queries: what people type when backing out of an interview. */
export const QUERIES = [
  'cancel interview last minute',
  'voicemail',
  'is it rude',
  'reschedule',
  'withdraw after offer',
  'how much notice',
  'sick on interview day',
  'decline interview',
  'text or call',
  'missed the interview',
  'recruiter pushes back',
  'what to say',
  'employer cancels',
  'same day',
  'accepted another job',
  'withdraw invitation',
  'email template',
  'burn bridges',
  'second reschedule',
  'pause hiring',
];

const INPUT_PLACEHOLDER = 'Search the guide';

/**
 * Arms a timer in the page: from the next `input` event on the search field to the first moment
 * the results list is rendered with its first result's title (or the "nothing matched" message)
 * for exactly this query. The page's own clock measures it; `window.__searchTimer` holds it.
 * @param {import('playwright-core').Page} page
 * @param {string} query
 */
async function armTimer(page, query) {
  await page.evaluate(
    ({ query, placeholder }) => {
      const input = /** @type {HTMLInputElement | null} */ (document.querySelector(`input[placeholder="${placeholder}"]`));
      const root = input?.closest('.pagefind-ui');
      if (!input || !root) throw new Error('search input not found');
      /** @type {any} */ (window).__searchTimer = new Promise((resolve, reject) => {
        /** @type {number | undefined} */
        let typedAt;
        input.addEventListener('input', () => (typedAt ??= performance.now()), { capture: true, once: true });
        const isShown = () => {
          if (input.value !== query) return false;
          const list = root.querySelector('.pagefind-ui__results');
          const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
          // The list exists only once a search has finished; the message then names the term.
          if (!list || !message.includes(query)) return false;
          const first = list.querySelector('.pagefind-ui__result');
          return first ? !!first.querySelector('.pagefind-ui__result-link') : true;
        };
        const observer = new MutationObserver(() => {
          if (typedAt !== undefined && isShown()) {
            observer.disconnect();
            clearTimeout(timeout);
            resolve(performance.now() - typedAt);
          }
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no results shown for "${query}" within 15 s`));
        }, 15_000);
      });
    },
    { query, placeholder: INPUT_PLACEHOLDER },
  );
}

/**
 * The query goes in as one input event (as a paste, or the last keystroke of a typed word), so the
 * figure is the site's latency, not the bench's typing speed. Pagefind UI's debounce is included.
 * @param {import('playwright-core').Page} page
 * @param {string} query
 */
async function timeQuery(page, query) {
  const input = page.getByPlaceholder(INPUT_PLACEHOLDER);
  if ((await input.inputValue()) !== '') {
    await input.fill('');
    // An empty field closes the results; wait for that so old results cannot count as new.
    await page.locator('.pagefind-ui__results-area').waitFor({ state: 'detached', timeout: 5_000 });
  }
  await armTimer(page, query);
  await input.fill(query);
  return /** @type {number} */ (await page.evaluate(() => /** @type {any} */ (window).__searchTimer));
}

/** Waits for the search field; when it never comes, says what the dialog showed instead. */
async function openedSearch(/** @type {import('playwright-core').Page} */ page) {
  try {
    await page.getByPlaceholder(INPUT_PLACEHOLDER).waitFor({ timeout: 10_000 });
  } catch {
    const dialog = await page
      .evaluate(() => {
        const open = document.querySelector('dialog[open]');
        return open ? `dialog open, showing: ${(open.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120)}` : 'no dialog open';
      })
      .catch(() => 'page unreadable');
    throw new Error(`the search field did not appear within 10 s after Ctrl+K (${dialog})`);
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{ path?: string, queries?: string[] }} [options]
 */
export async function benchSearch(browser, baseUrl, { path = '/', queries = QUERIES } = {}) {
  /** @type {number[]} */
  const cold = [];
  /** @type {number[]} */
  const warm = [];
  /** @type {number[]} */
  const engineMs = [];
  /** @type {{ query: string, sizes: import('./report.mjs').Sizes, requests: { url: string, raw: number, gzip: number }[] }[]} */
  const firstQueryBytes = [];
  /** @type {string[]} */
  const errors = [];
  const origin = new URL(baseUrl).origin;

  // Cold: a fresh browser context (empty cache) per query, one query each.
  for (const query of queries) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const recorder = recordResponses(page);
      // A person opens search from the keyboard, then enters a query.
      await page.keyboard.press('Control+k');
      await openedSearch(page);
      cold.push(await timeQuery(page, query));
      // The other visible results' excerpts arrive just after the first: count them too.
      await recorder.quiet(500, 5_000);
      const responses = await recorder.stop();
      const total = noSizes();
      const requests = responses.map((response) => {
        const measured = response.body ? sizes(response.body) : noSizes();
        addSizes(total, measured);
        return { url: response.url.replace(origin, ''), raw: measured.raw, gzip: measured.gzip };
      });
      firstQueryBytes.push({ query, sizes: total, requests });
    } catch (error) {
      errors.push(`cold "${query}": ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    } finally {
      await context.close();
    }
  }

  // Warm: one page; a first query loads everything, then each query in turn.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    await page.keyboard.press('Control+k');
    await openedSearch(page);
    await timeQuery(page, 'interview');
    for (const query of queries) {
      try {
        warm.push(await timeQuery(page, query));
      } catch (error) {
        errors.push(`warm "${query}": ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      }
    }
    // Pagefind's own API on the same warm page (the module the UI loaded): search plus the first
    // result's data, with no debounce and no rendering. Shows how much of "warm" is the engine.
    const engine = await page.evaluate(async (list) => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(bundle);
      /** @type {number[]} */
      const times = [];
      for (const query of list) {
        const started = performance.now();
        const found = await pagefind.search(query);
        await found?.results?.[0]?.data();
        times.push(performance.now() - started);
      }
      return times;
    }, queries);
    engineMs.push(...engine);
  } catch (error) {
    errors.push(`warm: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  } finally {
    await context.close();
  }

  const firstQueryGzip = median(firstQueryBytes.map((entry) => entry.sizes.gzip));
  return {
    path,
    queries: queries.length,
    coldMedianMs: median(cold),
    warmMedianMs: median(warm),
    engineMedianMs: median(engineMs),
    engineMs,
    coldMs: cold,
    warmMs: warm,
    firstQuery: {
      rawMedian: median(firstQueryBytes.map((entry) => entry.sizes.raw)),
      gzipMedian: firstQueryGzip,
      brotliMedian: median(firstQueryBytes.map((entry) => entry.sizes.brotli)),
      // One query's requests, for seeing what the bytes are.
      example: firstQueryBytes[0],
      all: firstQueryBytes.map((entry) => ({ query: entry.query, ...entry.sizes })),
    },
    errors,
  };
}
