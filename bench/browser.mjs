// @ts-check
// Chromium for the bench: the same binary and closed-network flags as the browser suite.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium.ts';

export { CHROMIUM_ARGS, chromiumPath };

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** What a response is, for the byte tables: by Content-Type first, then by Chromium's resource type. */
export function kindOf(/** @type {import('playwright-core').Response} */ response) {
  const type = (response.headers()['content-type'] ?? '').toLowerCase();
  const resource = response.request().resourceType();
  if (type.includes('text/html') || resource === 'document') return 'html';
  if (type.includes('css') || resource === 'stylesheet') return 'css';
  if (type.includes('javascript') || resource === 'script') return 'js';
  return 'other';
}

/**
 * Records every response a page receives from now on, with its body, until `stop()`.
 * Redirects and failed bodies are counted with zero bytes and flagged, never dropped silently.
 * @param {import('playwright-core').Page} page
 */
export function recordResponses(page) {
  /** @type {Promise<{ url: string, kind: string, status: number, body: Buffer | null, at: number }>[]} */
  const pending = [];
  let lastActivity = Date.now();
  let inFlight = 0;
  const onRequest = () => {
    inFlight += 1;
    lastActivity = Date.now();
  };
  const onDone = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  /** @param {import('playwright-core').Response} response */
  const onResponse = (response) => {
    const url = response.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const at = Date.now();
    pending.push(
      response
        .body()
        .catch(() => null)
        .then((body) => ({ url, kind: kindOf(response), status: response.status(), body, at })),
    );
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);
  return {
    /** Resolves once no request has started or finished for `quietMs` (or after `capMs`). */
    async quiet(quietMs = 1000, capMs = 15_000) {
      const start = Date.now();
      while (Date.now() - start < capMs) {
        if (inFlight === 0 && Date.now() - lastActivity >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      page.off('request', onRequest);
      page.off('requestfinished', onDone);
      page.off('requestfailed', onDone);
      page.off('response', onResponse);
      return Promise.all(pending);
    },
  };
}

/**
 * Network idle (no request for 500 ms, as Playwright counts it) and then a further idle second:
 * returns once no request has started or finished for 1.5 s.
 */
export async function settle(/** @type {{ quiet: (quietMs?: number) => Promise<void> }} */ recorder) {
  await recorder.quiet(1500);
}
