// @ts-check
// Lighthouse through its Node API, with simulated throttling, a fresh Chromium per run with the
// browser suite's closed-network flags. Two presets: mobile (its default) and desktop (its
// desktop config: a 1350×940 screen, a faster network and CPU), as its CLI's --preset=desktop.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
// chrome-launcher is Lighthouse's own dependency, the launcher its CLI uses.
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { median } from './report.mjs';

export const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);
export const PRESETS = /** @type {const} */ (['mobile', 'desktop']);
/** @typedef {typeof PRESETS[number]} Preset */

/** A short hint at what an audit found, from its first items: " (Refused to load …)". */
function describeItems(/** @type {any} */ audit) {
  const items = Array.isArray(audit?.details?.items) ? audit.details.items : [];
  const texts = items
    .slice(0, 3)
    .map((/** @type {any} */ item) => String(item.description ?? item.issueType ?? item.source?.url ?? item.url ?? item.node?.snippet ?? '').slice(0, 160))
    .filter(Boolean);
  return texts.length ? ` (${texts.join(' | ')})` : '';
}

/** @typedef {{ scores: Record<string, number | undefined>, lcp: number | undefined, tbt: number | undefined, cls: number | undefined, warnings: string[] }} LighthouseRun */

/** One Lighthouse run; scores 0–100, LCP and TBT in ms, CLS unitless. */
export async function runLighthouse(/** @type {string} */ url, /** @type {Preset} */ preset = 'mobile') {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no report for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    /** @type {Record<string, number | undefined>} */
    const scores = {};
    for (const id of CATEGORIES) {
      const score = lhr.categories[id]?.score;
      scores[id] = typeof score === 'number' ? Math.round(score * 100) : undefined;
    }
    const numeric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue;
    /** @type {LighthouseRun} */
    const run = {
      scores,
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      warnings: lhr.runWarnings ?? [],
    };
    // The audits that cost points, so a score below 100 says why without opening a report.
    /** @type {Record<string, string[]>} */
    const failing = {};
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      if (!category) continue;
      failing[id] = category.auditRefs
        .filter((ref) => ref.weight > 0 && typeof lhr.audits[ref.id]?.score === 'number' && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => `${ref.id}${describeItems(lhr.audits[ref.id])}`);
    }
    // Where main-thread time went, for a page whose blocking time needs explaining.
    /** @type {{ url: string, ms: number, scriptingMs: number }[]} */
    const bootup = (/** @type {any} */ (lhr.audits['bootup-time']?.details)?.items ?? [])
      .slice(0, 3)
      .map((/** @type {any} */ item) => ({ url: String(item.url ?? ''), ms: Number(item.total ?? 0), scriptingMs: Number(item.scripting ?? 0) }));
    return { ...run, failing, bootup };
  } finally {
    chrome.kill(); // returns nothing to wait for in this chrome-launcher version
  }
}

/**
 * Median of `runs` runs per page, figure by figure (each score and metric on its own).
 * @param {string} baseUrl
 * @param {string[]} paths
 * @param {number} runs
 * @param {Preset} preset
 */
export async function lighthousePages(baseUrl, paths, runs = 3, preset = 'mobile') {
  const pages = [];
  for (const path of paths) {
    const url = new URL(path, baseUrl).href;
    /** @type {Awaited<ReturnType<typeof runLighthouse>>[]} */
    const results = [];
    /** @type {string[]} */
    const errors = [];
    for (let run = 0; run < runs; run += 1) {
      try {
        results.push(await runLighthouse(url, preset));
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
    /** @type {Record<string, number | undefined>} */
    const scores = {};
    for (const id of CATEGORIES) {
      scores[id] = median(results.map((result) => result.scores[id]).filter((value) => value !== undefined));
    }
    pages.push({
      path,
      preset,
      runs: results.length,
      errors,
      scores,
      lcp: median(results.map((result) => result.lcp ?? NaN)),
      tbt: median(results.map((result) => result.tbt ?? NaN)),
      cls: median(results.map((result) => result.cls ?? NaN)),
      failing: [...new Set(results.flatMap((result) => Object.entries(result.failing).flatMap(([id, audits]) => audits.map((audit) => `${id}: ${audit}`))))],
      warnings: [...new Set(results.flatMap((result) => result.warnings))],
      // From the run whose blocking time is the median one.
      bootup: [...results].sort((a, b) => (a.tbt ?? 0) - (b.tbt ?? 0))[Math.floor(results.length / 2)]?.bootup ?? [],
      all: results,
    });
  }
  return pages;
}
