// @ts-check
// Search as a person meets it: open it with Ctrl+K on a page that has never searched, enter a
// query, and time until the first result is on screen, counting every byte from Ctrl+K on; then
// a few queries typed key by key (bytes only); then more queries on the same page.
// Run alone on any built site with `node bench/search.mjs --dir=<folder>` (see the end).
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
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

/**
 * Whole questions that no page holds word for word, as people type them: each needs the closest
 * matches (src/components/search/closest-matches.ts), so each costs several Pagefind searches.
 */
export const FALLBACK_QUERIES = [
  "they haven't replied to my cancellation email",
  'got the time zone wrong',
  'can I switch to a video interview',
  'reject candidate after interview',
  'interview tomorrow and I got another offer',
  'how do i cancel an interview i booked through calendly',
  'is it bad to renege on a job offer i already accepted',
  'the employer was a no-show for my interview',
  'i mixed up the time zones and missed my interview',
  'can i cancel an interveiw by text message',
];
/** Fallback questions also run cold, on a fresh page each: their first-query bytes. */
const COLD_FALLBACK_QUERIES = 5;

const INPUT_PLACEHOLDER = 'Search the guide';
/** Queries also typed key by key, and the pause between keys (a brisk typist). */
const TYPED_QUERIES = 5;
const TYPING_DELAY_MS = 150;

/**
 * One response after Ctrl+K. raw = bytes as served by a host that compresses nothing; gzip = as a
 * gzip host sends it (Pagefind's pre-gzipped files as they are); decoded = size once unpacked.
 * @typedef {{ url: string, part: string, raw: number, gzip: number, precompressed: boolean, decoded: number }} SearchRequest
 */

/**
 * What one response costs on the wire. Pagefind writes its WebAssembly and index files already
 * gzipped and unpacks them in the page, so a host sends them as they are: for those, "gzip" and
 * "brotli" are the served bytes, not a second compression, and `decoded` is their size unpacked.
 * @param {Buffer} body
 * @returns {import('./report.mjs').Sizes & { precompressed: boolean, decoded: number }}
 */
export function transferSizes(body) {
  const isGzip = body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
  if (!isGzip) return { ...sizes(body), precompressed: false, decoded: body.length };
  let decoded = body.length;
  try {
    decoded = gunzipSync(body).length;
  } catch {
    // not gzip after all: counted as served
  }
  return { raw: body.length, gzip: body.length, brotli: body.length, precompressed: true, decoded };
}

/** Which part of search a request is, for the per-part table: the same names whatever the hashes. */
export function searchPart(/** @type {string} */ path) {
  const file = path.replace(/[?#].*$/, '');
  if (file.startsWith('/pagefind/index/')) return 'Pagefind index chunks';
  if (file.startsWith('/pagefind/fragment/')) return 'Pagefind result fragments';
  if (file.startsWith('/pagefind/filter/')) return 'Pagefind filter index';
  if (/\/pagefind\/wasm\./.test(file)) return 'Pagefind WebAssembly';
  if (file.endsWith('.pf_meta') || file.endsWith('pagefind-entry.json')) return 'Pagefind entry + metadata';
  if (file.endsWith('/pagefind-worker.js')) return 'Pagefind worker script';
  if (file.endsWith('/pagefind.js')) return 'Pagefind API script (pagefind.js)';
  if (file.endsWith('.css')) return 'search UI styles';
  if (file.endsWith('.js')) return 'search UI script';
  return `other (${file})`;
}

/**
 * Arms a timer in the page: from the next `input` event on the search field to the first moment
 * the results list answers exactly this query (results.ts sets `data-query` on the list once its
 * results, or "nothing matched", are on screen). The page's own clock measures it;
 * `window.__searchTimer` holds it.
 * @param {import('playwright-core').Page} page
 * @param {string} query
 */
async function armTimer(page, query) {
  await page.evaluate(
    ({ query, placeholder }) => {
      const input = /** @type {HTMLInputElement | null} */ (document.querySelector(`input[placeholder="${placeholder}"]`));
      const list = /** @type {HTMLElement | null} */ (document.querySelector('[data-search-results]'));
      if (!input || !list) throw new Error('search input not found');
      /** @type {any} */ (window).__searchTimer = new Promise((resolve, reject) => {
        /** @type {number | undefined} */
        let typedAt;
        input.addEventListener('input', () => (typedAt ??= performance.now()), { capture: true, once: true });
        const isShown = () => input.value === query && list.dataset['query'] === query.trim();
        const observer = new MutationObserver(() => {
          if (typedAt !== undefined && isShown()) {
            observer.disconnect();
            clearTimeout(timeout);
            resolve(performance.now() - typedAt);
          }
        });
        observer.observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
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
 * figure is the site's latency, not the bench's typing speed.
 * @param {import('playwright-core').Page} page
 * @param {string} query
 */
async function timeQuery(page, query) {
  const input = page.getByPlaceholder(INPUT_PLACEHOLDER);
  if ((await input.inputValue()) !== '') {
    await input.fill('');
    // An empty field clears the results; wait for that so old results cannot count as new.
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('data-query') === '', null, { timeout: 5_000 });
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
 * A freshly loaded page, quiet, with search opened from the keyboard as a person would, and every
 * response from the moment they reached for search being recorded.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
async function searchOnFreshPage(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const recorder = recordResponses(page);
  await page.keyboard.press('Control+k');
  await openedSearch(page);
  return { page, recorder };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{ path?: string, queries?: string[], fallbackQueries?: string[] }} [options]
 */
export async function benchSearch(browser, baseUrl, { path = '/', queries = QUERIES, fallbackQueries = FALLBACK_QUERIES } = {}) {
  /** @type {number[]} */
  const cold = [];
  /** @type {number[]} */
  const warm = [];
  /** @type {number[]} */
  const engineMs = [];
  /** @type {{ query: string, sizes: import('./report.mjs').Sizes, requests: SearchRequest[] }[]} */
  const firstQueryBytes = [];
  /** @type {typeof firstQueryBytes} */
  const fallbackFirstQueryBytes = [];
  /** @type {string[]} */
  const errors = [];
  const origin = new URL(baseUrl).origin;

  /** @type {number[]} */
  const warmFallback = [];
  /** @type {number[]} */
  const searchesPlainMs = [];
  /** @type {number[]} */
  const searchesClosestMs = [];
  /** @type {Set<string>} */
  const fallbackCold = new Set(fallbackQueries.slice(0, COLD_FALLBACK_QUERIES));

  // Cold: a fresh browser context (empty cache) per query, one query each; a few whole questions
  // that need the closest matches too (their bytes are reported apart, never in the medians).
  for (const query of [...queries, ...fallbackCold]) {
    const isFallback = fallbackCold.has(query);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const { page, recorder } = await searchOnFreshPage(context, new URL(path, baseUrl).href);
      const took = await timeQuery(page, query);
      if (!isFallback) cold.push(took);
      // The other visible results' excerpts arrive just after the first: count them too.
      await recorder.quiet(500, 5_000);
      const responses = await recorder.stop();
      const total = noSizes();
      const requests = responses.map((response) => {
        const measured = response.body ? transferSizes(response.body) : { ...noSizes(), precompressed: false, decoded: 0 };
        addSizes(total, measured);
        const url = response.url.replace(origin, '');
        return { url, part: searchPart(url), raw: measured.raw, gzip: measured.gzip, precompressed: measured.precompressed, decoded: measured.decoded };
      });
      (isFallback ? fallbackFirstQueryBytes : firstQueryBytes).push({ query, sizes: total, requests });
    } catch (error) {
      errors.push(`cold "${query}": ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    } finally {
      await context.close();
    }
  }

  // Typed: the same, but key by key as a person types, so every prefix on the way may fetch index
  // chunks and result data too. Fewer queries: each takes seconds to type.
  /** @type {{ query: string, gzip: number }[]} */
  const typedBytes = [];
  for (const query of queries.slice(0, TYPED_QUERIES)) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const { page, recorder } = await searchOnFreshPage(context, new URL(path, baseUrl).href);
      await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
      await page.getByRole('list', { name: 'Results' }).getByRole('link').first().waitFor({ timeout: 15_000 });
      await recorder.quiet(500, 5_000);
      const responses = await recorder.stop();
      const gzip = responses.reduce((sum, response) => sum + (response.body ? transferSizes(response.body).gzip : 0), 0);
      typedBytes.push({ query, gzip });
    } catch (error) {
      errors.push(`typed "${query}": ${error instanceof Error ? error.message.split('\n')[0] : error}`);
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
    // The same warm page, whole questions that need the closest matches.
    for (const query of fallbackQueries) {
      try {
        warmFallback.push(await timeQuery(page, query));
      } catch (error) {
        errors.push(`warm fallback "${query}": ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      }
    }
    // The dialog's own measure of its Pagefind searches per answer (results.ts): plain answers
    // take one search, closest matches several; the difference is what the fallback adds.
    const measures = await page.evaluate(() =>
      performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('bowout-search:')).map((entry) => ({ kind: entry.name.slice('bowout-search:'.length), ms: entry.duration })),
    );
    searchesPlainMs.push(...measures.filter((entry) => entry.kind === 'every-word').map((entry) => entry.ms));
    searchesClosestMs.push(...measures.filter((entry) => entry.kind === 'closest').map((entry) => entry.ms));
    // Pagefind's own API on the same warm page (the module the dialog loaded): search plus the first
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
  // Per part of search (UI, API, WebAssembly, index chunks…): the median over the cold queries
  // of that part's bytes and files, so the table adds up to about the median total.
  const parts = [...new Set(firstQueryBytes.flatMap((entry) => entry.requests.map((request) => request.part)))];
  const byPart = parts.map((part) => {
    const of = (/** @type {(request: SearchRequest) => number} */ pick) =>
      median(firstQueryBytes.map((entry) => entry.requests.filter((request) => request.part === part).reduce((sum, request) => sum + pick(request), 0))) ?? 0;
    return { part, files: of(() => 1), raw: of((request) => request.raw), gzip: of((request) => request.gzip), decoded: of((request) => request.decoded) };
  });
  return {
    path,
    queries: queries.length,
    coldMedianMs: median(cold),
    warmMedianMs: median(warm),
    warmFallbackMedianMs: median(warmFallback),
    // What the closest matches add, end to end: whole questions against plain queries, same warm
    // page (fragments and rendering included, so page-to-page noise too).
    fallbackEndToEndAddsMs: warm.length && warmFallback.length ? /** @type {number} */ (median(warmFallback)) - /** @type {number} */ (median(warm)) : undefined,
    // What they add to the searching itself (results.ts's performance measures): the target.
    searchesPlainMedianMs: median(searchesPlainMs),
    searchesClosestMedianMs: median(searchesClosestMs),
    fallbackAddsMs: searchesPlainMs.length && searchesClosestMs.length ? /** @type {number} */ (median(searchesClosestMs)) - /** @type {number} */ (median(searchesPlainMs)) : undefined,
    warmFallbackMs: warmFallback,
    engineMedianMs: median(engineMs),
    engineMs,
    coldMs: cold,
    warmMs: warm,
    firstQuery: {
      rawMedian: median(firstQueryBytes.map((entry) => entry.sizes.raw)),
      gzipMedian: firstQueryGzip,
      brotliMedian: median(firstQueryBytes.map((entry) => entry.sizes.brotli)),
      byPart,
      // The first TYPED_QUERIES queries typed key by key: gzip-host bytes, median and each.
      typedGzipMedian: median(typedBytes.map((entry) => entry.gzip)),
      typed: typedBytes,
      // One query's requests, for seeing what the bytes are.
      example: firstQueryBytes[0],
      all: firstQueryBytes.map((entry) => ({ query: entry.query, ...entry.sizes })),
      // Whole questions needing the closest matches, cold: gzip-host bytes, the largest and each.
      fallbackGzipMax: fallbackFirstQueryBytes.length ? Math.max(...fallbackFirstQueryBytes.map((entry) => entry.sizes.gzip)) : undefined,
      fallback: fallbackFirstQueryBytes.map((entry) => ({ query: entry.query, ...entry.sizes })),
    },
    errors,
  };
}

/**
 * The issue #6 and #13 targets: first results, later results, what the closest matches add, and
 * bytes of the first query (gzip host), a whole question's fallback included.
 */
export const SEARCH_TARGETS = { coldMs: 300, warmMs: 50, fallbackAddsMs: 30, firstQueryBytes: 120_000 };

/** Prints what `benchSearch` found: timings against the targets, then the first query's bytes by part. */
export function printSearch(/** @type {Awaited<ReturnType<typeof benchSearch>>} */ search, /** @type {typeof import('./report.mjs')} */ report) {
  const { againstTarget, kb, ms, table } = report;
  const first = search.firstQuery;
  console.log(
    table(
      ['figure', 'measured (target)'],
      [
        ['cold: input to first result, fresh page', againstTarget(search.coldMedianMs, SEARCH_TARGETS.coldMs, ms)],
        ['warm: input to first result, later queries', againstTarget(search.warmMedianMs, SEARCH_TARGETS.warmMs, ms)],
        ['warm: whole questions needing the closest matches', ms(search.warmFallbackMedianMs)],
        ['warm: Pagefind searches for a plain answer (in-page measure)', ms(search.searchesPlainMedianMs)],
        ['warm: Pagefind searches for closest matches (in-page measure)', ms(search.searchesClosestMedianMs)],
        ['warm: what the closest matches add to searching', againstTarget(search.fallbackAddsMs, SEARCH_TARGETS.fallbackAddsMs, ms)],
        ['warm: what they add end to end (median difference, noisy)', ms(search.fallbackEndToEndAddsMs)],
        ['warm: Pagefind API alone (no UI)', ms(search.engineMedianMs)],
        ['first query KB on the wire, gzip host', againstTarget(first.gzipMedian, SEARCH_TARGETS.firstQueryBytes, kb)],
        ['first query KB as served, no compression', kb(first.rawMedian)],
        [`first query, whole question with fallback, KB gzip host (largest of ${first.fallback.length})`, againstTarget(first.fallbackGzipMax, SEARCH_TARGETS.firstQueryBytes, kb)],
        [`first query typed key by key, KB gzip host (${first.typed.length} queries)`, kb(first.typedGzipMedian)],
        ['cold, fastest – slowest', search.coldMs.length ? `${ms(Math.min(...search.coldMs))} – ${ms(Math.max(...search.coldMs))}` : '–'],
        ['warm, fastest – slowest', search.warmMs.length ? `${ms(Math.min(...search.warmMs))} – ${ms(Math.max(...search.warmMs))}` : '–'],
      ],
    ),
  );
  console.log('\nFirst query, by part (median over the cold queries; KB; Pagefind\'s own files arrive pre-gzipped):');
  console.log(
    table(
      ['part', 'files', 'as served', 'gzip host', 'unpacked'],
      first.byPart.map((part) => [part.part, part.files, kb(part.raw), kb(part.gzip), kb(part.decoded)]),
    ),
  );
  console.log('\nFirst query, per query (KB, gzip host): ' + first.all.map((entry) => `"${entry.query}" ${kb(entry.gzip)}`).join(', '));
  console.log('Whole questions with fallback, first query (KB, gzip host): ' + first.fallback.map((entry) => `"${entry.query}" ${kb(entry.gzip)}`).join(', '));
  console.log(`Typed key by key, ${TYPING_DELAY_MS} ms a key (KB, gzip host): ` + first.typed.map((entry) => `"${entry.query}" ${kb(entry.gzip)}`).join(', '));
  for (const error of search.errors) console.log(`  FAILED: ${error}`);
}

// `node bench/search.mjs --dir=/tmp/my-dist`: the search section alone, on any built site
// (dist/ by default), served as it is; `--out=file.json` also writes the figures.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const option = (/** @type {string} */ name) => process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
  const [{ serve }, { launchChromium }, report, { writeFileSync }] = await Promise.all([
    import('../scripts/serve.mjs'),
    import('./browser.mjs'),
    import('./report.mjs'),
    import('node:fs'),
  ]);
  const server = await serve({ root: option('dir') ?? 'dist', port: 0 });
  const browser = await launchChromium();
  try {
    const search = await benchSearch(browser, server.url, { path: option('path') ?? '/' });
    printSearch(search, report);
    const out = option('out');
    if (out) writeFileSync(out, JSON.stringify({ targets: SEARCH_TARGETS, ...search }, null, 2) + '\n');
  } finally {
    await browser.close();
    await server.close();
  }
}
