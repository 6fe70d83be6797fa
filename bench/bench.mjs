// @ts-check
// `npm run bench`: what Bow Out costs and how fast it is, measured on the built site.
//   1 build time and index size   2 bytes per page before any interaction (and per island)
//   3 Lighthouse, four pages, mobile and desktop   4 search: bytes and latency, cold and warm
//   5 decide() and the message generator, calls per second
//   6 growth: the site ten times over   7 baseline: a plain Starlight site of the same pages
// Each section reports its own failure and the rest go on. Exit code 1 only when a Lighthouse
// category scores below 95 on a measured page. `npm run bench -- --only=weight,search` runs
// some sections (without `build`, the existing dist/ is measured). Writes bench/results.json.
// BENCH_KEEP_SCRATCH=1 keeps the scratch projects of sections 6 and 7 for a look afterwards.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';
import { withBaseline } from './baseline.mjs';
import { launchChromium } from './browser.mjs';
import { buildSite } from './build.mjs';
import { benchEngine } from './engine.mjs';
import { COPIES, benchGrowth } from './growth.mjs';
import { CATEGORIES, PRESETS, lighthousePages } from './lighthouse.mjs';
import { heading, kb, median, ms, seconds, table, times } from './report.mjs';
import * as report from './report.mjs';
import { QUERIES, SEARCH_TARGETS, benchSearch, printSearch } from './search.mjs';
import { BUILDER_GUIDES, BUILDER_IN_USE, BUILDER_PAGE, FLOW_IN_USE, FLOW_PAGE, HOME_TOUCHED, htmlPaths, weighPage, weighPages } from './weight.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench/results.json');
const SECTIONS = ['build', 'weight', 'lighthouse', 'search', 'engine', 'growth', 'baseline'];
// Issue #16's three: home, a tool page and the guide with the flow (FLOW_PAGE, whose helper shows
// its plan's messages); and an FAQ page, plain prose with structured data.
const LIGHTHOUSE_PAGES = ['/', '/tools/decision-helper/', FLOW_PAGE, '/faq/cancelling/'];
const LIGHTHOUSE_RUNS = 3;
const LIGHTHOUSE_MIN_SCORE = 95;
const TARGETS = SEARCH_TARGETS;

const onlyArgument = process.argv.find((argument) => argument.startsWith('--only='));
const selected = onlyArgument ? onlyArgument.slice('--only='.length).split(',').map((name) => name.trim()) : SECTIONS;
const unknown = selected.filter((name) => !SECTIONS.includes(name));
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Sections: ${SECTIONS.join(', ')}.`);
  process.exit(2);
}

/** @type {Record<string, any>} */
const results = { startedAt: new Date().toISOString(), node: process.version, cores: availableParallelism(), sections: selected, load: {} };
const saveResults = () => writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
const errorText = (/** @type {unknown} */ error) => (error instanceof Error ? error.message : String(error));

/**
 * Runs one section: prints its title, its tables (from `run`), its failure if any, its duration.
 * @param {string} name
 * @param {string} title
 * @param {() => Promise<any>} run
 */
async function section(name, title, run) {
  if (!selected.includes(name)) return;
  heading(title);
  const started = performance.now();
  const loadBefore = loadavg()[0] ?? 0;
  try {
    results[name] = await run();
  } catch (error) {
    results[name] = { error: errorText(error) };
    console.log(`  FAILED: ${errorText(error).split('\n').join('\n  ')}`);
  }
  // Other work on the machine stretches every timing here (and Lighthouse's simulated figures).
  // The bench alone keeps a two-core machine at a load of two or three; past twice the cores, say so.
  const load = Math.max(loadBefore, loadavg()[0] ?? 0);
  results.load[name] = load;
  const busy = load > 2 * results.cores ? `; machine busy: load average ${load.toFixed(1)} on ${results.cores} cores, timings inflated` : '';
  console.log(`(section took ${seconds((performance.now() - started) / 1000)}${busy})`);
  saveResults();
}

// Shared across sections: one Chromium, and one server on a snapshot of dist/ taken after the
// build, so another build in this folder (it empties dist/) cannot pull pages from under us.
/** @type {import('playwright-core').Browser | undefined} */
let browser;
/** @type {{ url: string, close: () => Promise<void>, folder: string } | undefined} */
let site;
const getBrowser = async () => (browser ??= await launchChromium());
async function getSite() {
  if (site) return site;
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('No built site in dist/. Run "npm run build" (or the build section) first.');
  const folder = mkdtempSync(join(tmpdir(), 'bowout-bench-dist-'));
  cpSync(dist, folder, { recursive: true });
  site = { ...(await serve({ root: folder, port: 0 })), folder };
  return site;
}

const triple = (/** @type {{ raw: number, gzip: number, brotli: number }} */ value) => `${kb(value.raw)} / ${kb(value.gzip)} / ${kb(value.brotli)}`;

await section('build', '1. Build: npm run build (astro build + Pagefind index)', async () => {
  const build = await buildSite(ROOT);
  console.log(
    table(
      ['figure', 'value'],
      [
        ['wall time', seconds(build.seconds)],
        ['HTML pages', build.pages],
        ['Pagefind index, dist/pagefind (KB)', `${kb(build.indexBytes)} in ${build.indexFiles} files`],
      ],
    ),
  );
  return build;
});

/** @type {Map<string, import('./weight.mjs').PageWeight>} */
const ourWeights = new Map();
/** @type {import('./weight.mjs').PageWeight | undefined} */
let homeTouched;
/** @type {import('./weight.mjs').PageWeight | undefined} */
let flowInUse;
/** @type {Map<string, import('./weight.mjs').PageWeight>} */
const builderInUse = new Map();

await section('weight', '2. Bytes per page before any interaction (KB: raw / gzip / brotli)', async () => {
  const { url, folder } = await getSite();
  const paths = htmlPaths(folder);
  const weights = await weighPages(await getBrowser(), url, paths);
  printWeights(weights);
  for (const weight of weights) if (!('error' in weight)) ourWeights.set(weight.path, weight);
  // "/" again, once its helper has started on a first touch (client:touch): issue #16 holds both.
  homeTouched = await weighPage(await getBrowser(), url, HOME_TOUCHED.path, { touch: HOME_TOUCHED.touch });
  const helper = homeTouched.islands.find((island) => island.name === 'DecisionHelper');
  console.log(`"/" once its helper has started on a first touch: ${kb(homeTouched.total.gzip)} KB gz (helper ${helper?.loaded ? 'loaded' : 'NOT LOADED'}).`);
  // The flow page again, scrolled to its advice until the plan's messages are on screen.
  flowInUse = await weighPage(await getBrowser(), url, FLOW_PAGE, FLOW_IN_USE);
  console.log(`${FLOW_PAGE} in use, its plan's messages on screen: ${kb(flowInUse.total.gzip)} KB gz.`);
  // The builder's pages again, scrolled to the messages until they are on screen.
  for (const path of [BUILDER_PAGE, ...BUILDER_GUIDES]) {
    if (!paths.includes(path)) continue;
    const inUse = await weighPage(await getBrowser(), url, path, BUILDER_IN_USE);
    builderInUse.set(path, inUse);
    console.log(`${path} as it loads ${kb(ourWeights.get(path)?.total.gzip ?? 0)} KB gz; in use, its messages on screen: ${kb(inUse.total.gzip)} KB gz.`);
  }
  return { viewport: '1280x720', pages: weights, homeTouched, flowInUse, builderInUse: Object.fromEntries(builderInUse) };
});

/** @param {(import('./weight.mjs').PageWeight | { path: string, error: string })[]} weights */
function printWeights(weights) {
  const good = /** @type {import('./weight.mjs').PageWeight[]} */ (weights.filter((weight) => !('error' in weight)));
  const rows = good.map((weight) => [
    weight.path,
    triple(weight.html),
    triple(weight.css),
    triple(weight.js),
    kb(weight.other.gzip),
    kb(weight.total.gzip),
    kb(weight.total.brotli),
    weight.requests,
    weight.islands.length ? `${weight.islands.filter((island) => island.loaded).length}/${weight.islands.length}` : '0',
  ]);
  if (good.length) {
    const mid = (/** @type {(weight: import('./weight.mjs').PageWeight) => number} */ pick) => kb(median(good.map(pick)));
    rows.push([
      'median page',
      `${mid((w) => w.html.raw)} / ${mid((w) => w.html.gzip)} / ${mid((w) => w.html.brotli)}`,
      `${mid((w) => w.css.raw)} / ${mid((w) => w.css.gzip)} / ${mid((w) => w.css.brotli)}`,
      `${mid((w) => w.js.raw)} / ${mid((w) => w.js.gzip)} / ${mid((w) => w.js.brotli)}`,
      mid((w) => w.other.gzip),
      mid((w) => w.total.gzip),
      mid((w) => w.total.brotli),
      median(good.map((w) => w.requests)) ?? '–',
      '',
    ]);
  }
  console.log(table(['page', 'HTML', 'CSS', 'JS', 'other gz', 'total gz', 'total br', 'requests', 'islands loaded'], rows));
  for (const weight of weights) if ('error' in weight) console.log(`  ${weight.path}: FAILED: ${weight.error}`);

  const islandRows = good.flatMap((weight) =>
    weight.islands.map((island) => [
      weight.path,
      island.name,
      island.client,
      island.loaded ? 'yes' : 'no',
      triple(island.js),
      kb(island.sharedJs.gzip),
      island.files.length,
    ]),
  );
  if (islandRows.length) {
    console.log('\nIslands: JS fetched for each (its component and imported chunks, less the renderer), KB raw / gzip / brotli:');
    console.log(table(['page', 'island', 'client:', 'loaded', 'JS for it', 'of which shared, gz', 'files'], islandRows));
    /** @type {Map<string, { url: string, raw: number, gzip: number, brotli: number }>} */
    const islandFiles = new Map();
    for (const weight of good) for (const island of weight.islands) for (const file of island.files) islandFiles.set(file.url, file);
    const biggest = [...islandFiles.values()].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
    console.log(`Largest island chunks (gz): ${biggest.map((file) => `${file.url.replace('/_astro/', '')} ${kb(file.gzip)}`).join(', ')}`);
    const frameworks = new Map(good.filter((weight) => weight.framework.files.length).map((weight) => [weight.framework.files.join(), weight.framework]));
    for (const framework of frameworks.values()) {
      console.log(`Shared framework JS (renderer + Preact), once per page that loads an island: ${triple(framework.js)} in ${framework.files.length} files`);
    }
  } else if (good.length) {
    console.log('\nNo astro-island on any page.');
  }
}

/** @type {string[]} */
const lighthouseFailures = [];
let lighthouseChecked = false;

await section('lighthouse', `3. Lighthouse (mobile and desktop presets, simulated throttling; median of ${LIGHTHOUSE_RUNS} runs)`, async () => {
  const { url } = await getSite();
  const short = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best pr.', seo: 'SEO' };
  /** @type {Record<string, Awaited<ReturnType<typeof lighthousePages>>>} */
  const byPreset = {};
  for (const preset of PRESETS) {
    const pages = await lighthousePages(url, LIGHTHOUSE_PAGES, LIGHTHOUSE_RUNS, preset);
    byPreset[preset] = pages;
    console.log(`${preset}:`);
    console.log(
      table(
        ['page', ...CATEGORIES.map((id) => short[id]), 'LCP', 'TBT', 'CLS', 'runs'],
        pages.map((page) => [
          page.path,
          ...CATEGORIES.map((id) => page.scores[id] ?? '–'),
          ms(page.lcp),
          ms(page.tbt),
          page.cls === undefined ? '–' : page.cls.toFixed(3),
          `${page.runs}/${LIGHTHOUSE_RUNS}`,
        ]),
      ),
    );
    for (const page of pages) {
      const where = `${page.path} (${preset})`;
      for (const error of page.errors) console.log(`  ${where}: run FAILED: ${error.split('\n')[0]}`);
      if (page.failing.length) console.log(`  ${where}: audits under 0.9 in some run: ${page.failing.join('; ')}`);
      if ((page.tbt ?? 0) > 200 && page.bootup.length) {
        const origin = new URL(url).origin;
        console.log(`  ${where}: main-thread time by script (simulated): ${page.bootup.map((item) => `${item.url.replace(origin, '') || 'other'} ${ms(item.ms)} (scripting ${ms(item.scriptingMs)})`).join(', ')}`);
      }
      for (const warning of page.warnings) console.log(`  ${where}: warning: ${warning}`);
      if (page.runs === 0) continue;
      lighthouseChecked = true;
      for (const id of CATEGORIES) {
        const score = page.scores[id];
        if (score === undefined || score < LIGHTHOUSE_MIN_SCORE) lighthouseFailures.push(`${where}: ${id} ${score ?? 'no score'} < ${LIGHTHOUSE_MIN_SCORE}`);
      }
    }
  }
  return { minScore: LIGHTHOUSE_MIN_SCORE, pages: byPreset.mobile, desktop: byPreset.desktop, failures: lighthouseFailures };
});

await section('search', `4. Search (Pagefind; ${QUERIES.length} queries, medians)`, async () => {
  const { url } = await getSite();
  const search = await benchSearch(await getBrowser(), url, { path: '/' });
  printSearch(search, report);
  return { targets: TARGETS, ...search };
});

await section('engine', '5. Engine and message generator speed (1,000 seeded situations, fixed clock)', async () => {
  const engine = await benchEngine(ROOT);
  const row = (/** @type {string} */ name, /** @type {{ callsPerSecond: number } | undefined} */ figure, /** @type {string} */ note) =>
    figure ? [name, Math.round(figure.callsPerSecond).toLocaleString('en-GB'), `${(1e6 / figure.callsPerSecond).toFixed(0)} µs`, note] : [name, '–', '–', 'not measured'];
  console.log(
    table(
      ['function', 'calls/s', 'per call', 'note'],
      [
        row('decide(situation, now)', engine.decide, `${engine.decide.advised} advice, ${engine.decide.problems} problems (half-typed input)`),
        row('compose(kind, fields)', engine.compose, 'one message'),
        row('composeAll(kinds, fields)', engine.composeAll, engine.composeAll ? `${engine.composeAll.messagesPerCall.toFixed(1)} messages a call, ${Math.round(engine.composeAll.messagesPerSecond).toLocaleString('en-GB')} messages/s` : ''),
      ],
    ),
  );
  for (const note of engine.notes) console.log(`  note: ${note}`);
  return engine;
});

await section('growth', `6. Growth: the site ${COPIES} times over (scratch copies, fresh caches)`, async () => {
  const growth = await benchGrowth(ROOT);
  const real = results['build'] && !results['build'].error ? results['build'] : undefined;
  const rows = [];
  if (real) rows.push(['this project (section 1)', real.pages, seconds(real.seconds), kb(real.indexBytes)]);
  rows.push(['copy, as is', growth.single.pages, seconds(growth.single.seconds), kb(growth.single.indexBytes)]);
  rows.push([`copy, docs ×${growth.copies}`, growth.multiplied.pages, seconds(growth.multiplied.seconds), kb(growth.multiplied.indexBytes)]);
  rows.push([`ratio ×${growth.copies} / as is`, times(growth.pagesRatio), times(growth.buildTimeRatio), times(growth.indexBytesRatio)]);
  console.log(table(['site', 'pages', 'build time', 'index (KB)'], rows));
  return growth;
});

await section('baseline', '7. Baseline: plain Starlight, same pages, no islands (KB gzip per page)', async () => {
  const measured = await withBaseline(ROOT, async (dist, build) => {
    const server = await serve({ root: dist, port: 0 });
    try {
      return { build, weights: await weighPages(await getBrowser(), server.url, htmlPaths(dist)) };
    } finally {
      await server.close();
    }
  });
  const baseline = /** @type {import('./weight.mjs').PageWeight[]} */ (measured.weights.filter((weight) => !('error' in weight)));
  for (const weight of measured.weights) if ('error' in weight) console.log(`  baseline ${weight.path}: FAILED: ${weight.error}`);
  const rows = baseline.map((weight) => {
    const ours = ourWeights.get(weight.path);
    return [
      weight.path,
      `${kb(weight.html.gzip)} / ${kb(weight.css.gzip)} / ${kb(weight.js.gzip)}`,
      kb(weight.total.gzip),
      ours ? `${kb(ours.html.gzip)} / ${kb(ours.css.gzip)} / ${kb(ours.js.gzip)}` : '–',
      ours ? kb(ours.total.gzip) : '–',
      ours ? times(ours.total.gzip / weight.total.gzip) : '–',
    ];
  });
  const baseMedian = median(baseline.map((weight) => weight.total.gzip));
  const ourMedian = ourWeights.size ? median([...ourWeights.values()].map((weight) => weight.total.gzip)) : undefined;
  const pick = (/** @type {import('./weight.mjs').PageWeight[]} */ list, /** @type {'html' | 'css' | 'js'} */ kind) => kb(median(list.map((weight) => weight[kind].gzip)));
  const ours = [...ourWeights.values()];
  rows.push([
    'median page',
    `${pick(baseline, 'html')} / ${pick(baseline, 'css')} / ${pick(baseline, 'js')}`,
    kb(baseMedian),
    ours.length ? `${pick(ours, 'html')} / ${pick(ours, 'css')} / ${pick(ours, 'js')}` : '–',
    kb(ourMedian),
    ourMedian && baseMedian ? times(ourMedian / baseMedian) : '–',
  ]);
  console.log(table(['page', 'baseline HTML / CSS / JS', 'baseline total', 'ours HTML / CSS / JS', 'ours total', 'ours ÷ baseline'], rows));
  if (!ourWeights.size) console.log('  (our pages were not weighed in this run: run the weight section for the ratios)');
  // Issue #16's budget: a page with the flow's island loaded at most ×1.00 the baseline's page. Said
  // for the page as it loads (the helper ready for input) and in use (its plan's messages on screen).
  const flow = ourWeights.get(FLOW_PAGE);
  const flowBaseline = baseline.find((weight) => weight.path === FLOW_PAGE);
  const flowLoaded = flow?.islands.some((island) => island.name === 'DecisionHelper' && island.loaded);
  const flowMessages = flowInUse?.islands.some((island) => island.files.some((file) => file.url.includes('PlanMessages')));
  if (flow && flowBaseline) {
    console.log(
      `Flow page ${FLOW_PAGE} as it loads (helper ${flowLoaded ? 'loaded' : 'NOT LOADED in this run'}): ${kb(flow.total.gzip)} KB gz, ` +
        `${times(flow.total.gzip / flowBaseline.total.gzip)} the baseline's ${kb(flowBaseline.total.gzip)} KB (issue #16 budget: ×1.00).`,
    );
  }
  if (flowInUse && flowBaseline) {
    console.log(
      `Flow page in use (its plan's messages ${flowMessages ? 'on screen' : 'NOT LOADED in this run'}): ${kb(flowInUse.total.gzip)} KB gz, ` +
        `${times(flowInUse.total.gzip / flowBaseline.total.gzip)} the baseline's.`,
    );
  }
  // The builder's pages, held to the same ×1.00: as they load (the form alone) and in use (its messages on screen).
  for (const [path, inUse] of builderInUse) {
    const loads = ourWeights.get(path);
    const base = baseline.find((weight) => weight.path === path);
    if (loads && base) {
      console.log(
        `Builder page ${path}: as it loads ${kb(loads.total.gzip)} KB gz, ${times(loads.total.gzip / base.total.gzip)}; ` +
          `in use ${kb(inUse.total.gzip)} KB gz, ${times(inUse.total.gzip / base.total.gzip)} the baseline's ${kb(base.total.gzip)} KB.`,
      );
    }
  }
  const homeBaseline = baseline.find((weight) => weight.path === '/');
  const home = ourWeights.get('/');
  if (home && homeBaseline) {
    console.log(`Home "/" before its helper is touched: ${kb(home.total.gzip)} KB gz, ${times(home.total.gzip / homeBaseline.total.gzip)} the baseline's ${kb(homeBaseline.total.gzip)} KB (issue #16 budget: ×0.60).`);
  }
  if (homeTouched && homeBaseline) {
    console.log(`Home "/" once its helper has loaded: ${kb(homeTouched.total.gzip)} KB gz, ${times(homeTouched.total.gzip / homeBaseline.total.gzip)} the baseline's (issue #16 budget: ×1.00).`);
  }
  console.log(`Baseline build: ${seconds(measured.build.seconds)}, ${measured.build.pages} pages, index ${kb(measured.build.indexBytes)} KB.`);
  return {
    build: measured.build,
    medianGzip: baseMedian,
    oursMedianGzip: ourMedian,
    ratio: ourMedian && baseMedian ? ourMedian / baseMedian : undefined,
    flowPage: flow && flowBaseline ? { path: FLOW_PAGE, gzip: flow.total.gzip, baselineGzip: flowBaseline.total.gzip, ratio: flow.total.gzip / flowBaseline.total.gzip } : undefined,
    flowInUse: flowInUse && flowBaseline ? { gzip: flowInUse.total.gzip, baselineGzip: flowBaseline.total.gzip, ratio: flowInUse.total.gzip / flowBaseline.total.gzip } : undefined,
    homeTouched: homeTouched && homeBaseline ? { gzip: homeTouched.total.gzip, baselineGzip: homeBaseline.total.gzip, ratio: homeTouched.total.gzip / homeBaseline.total.gzip } : undefined,
    pages: measured.weights,
  };
});

await browser?.close().catch(() => {});
if (site) {
  await site.close().catch(() => {});
  rmSync(site.folder, { recursive: true, force: true });
}

heading('Legend');
console.log(`- KB are 1,000 bytes. raw = bytes as served (our server does not compress); gzip and brotli = each
  response compressed by node:zlib at its defaults (gzip level 6, brotli quality 11), as a host would send it.
- 1 Build: wall time of \`npm run build\` (astro build, then Starlight's Pagefind step); index = every file in dist/pagefind.
- 2 Bytes per page: a cold page load in Chromium (1280×720, empty cache), then network idle plus a quiet second;
  every response counted, so lazily loaded files count only if they load with no interaction. HTML includes
  inline scripts and styles; "other" is images, fonts, JSON. Islands: an astro-island's component module and the
  chunks it imports (static, dynamic, preloads), counting only those fetched, less the renderer (Astro's Preact
  client + Preact, printed once); "shared" = chunks another kind of island imports too (paid once per page).
  "loaded" says whether its JS arrived without interaction (client:visible islands below the fold do not).
- 3 Lighthouse: the npm package's Node API, simulated throttling, a fresh Chromium per run, with its mobile preset
  (the default) and its desktop one (1350×940, a faster network and CPU; where a wide page's layout shows);
  scores 0–100 and LCP, TBT, CLS are each the median of ${LIGHTHOUSE_RUNS} runs. The bench fails if a score is below ${LIGHTHOUSE_MIN_SCORE}.
- 4 Search: on a freshly loaded "/" (each cold query in its own empty-cache context), Ctrl+K opens search, the query
  goes into "Search the guide" as one input event (a paste, or the last keystroke), and the clock runs until the
  list answers it (results.ts sets data-query once its results, or "nothing matched", are on screen); there is no
  debounce. "API alone" = pagefind.search() plus the first result's data() on the warm page. Whole questions
  (FALLBACK_QUERIES) need the closest matches (several Pagefind searches each): "what they add to searching" is the
  median of the dialog's own performance measure of its searches for such an answer less that for a plain answer
  (the target), "end to end" the same for input-to-first-result; five of them also run cold, for their bytes.
  First-query bytes = every response from Ctrl+K until results are shown and the network is quiet for 0.5 s
  (result list script and CSS, pagefind.js and its worker if used, WebAssembly, index chunks, result fragments). "gzip host"
  counts our files gzipped by node:zlib and Pagefind's own files (WebAssembly, index, fragments) as they are, since
  Pagefind writes them already gzipped; "typed key by key" types five queries one key at a time.
- 5 Speed: calls per second on one core, Node ${process.version}, code loaded through Vite as Astro builds it;
  median of five 400 ms samples after a 300 ms warm-up, cycling through the 1,000 situations.
- 6 Growth: the project copied to a scratch folder; each docs section and top-level page copied to make ${COPIES} of each
  (titles suffixed); both copies built with empty caches; ratios compare the ×10 copy with the unchanged copy.
- 7 Baseline: a plain Starlight site (no overrides, islands, custom CSS or CSP) with our page paths, headings and
  word counts in generated English, built in a scratch folder and weighed as in 2; ratio = our gzip total ÷ its.
  The flow page lines are ${FLOW_PAGE} (issue #16), whose helper can advise with nothing filled in: as it loads,
  and in use, scrolled to its advice until the plan's messages are on screen.`);

results.finishedAt = new Date().toISOString();
saveResults();
console.log(`\nResults written to ${RESULTS}.`);

if (selected.includes('lighthouse')) {
  if (lighthouseFailures.length) {
    console.log(`\nLighthouse: a score is below ${LIGHTHOUSE_MIN_SCORE}:\n  ${lighthouseFailures.join('\n  ')}`);
    process.exitCode = 1;
  } else if (lighthouseChecked) {
    console.log(`\nLighthouse: every category is ${LIGHTHOUSE_MIN_SCORE} or more on every page measured.`);
  } else {
    console.log('\nLighthouse: no run completed, so the score rule could not be checked (see section 3).');
  }
}
