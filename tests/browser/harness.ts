import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, SITE_DIR } from './chromium';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseURL = (): string => inject('baseURL');

/**
 * Chromium for a spec. Playwright hides scrollbars in headless mode; `showScrollbars` keeps them, as
 * a desktop browser on Windows or Linux (and Lighthouse's Chromium) draws them, taking width from the page.
 */
export async function launch(options: { showScrollbars?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    ...(options.showScrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
  });
}

/** What a page did that a person would never want: errors, blocked content, requests elsewhere. */
export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  cspViolations(): Promise<string[]>;
}

export async function newContext(
  browser: Browser,
  options: {
    colorScheme?: 'light' | 'dark';
    permissions?: string[];
    /** The zone the browser reports, as after travelling. */
    timezoneId?: string;
    /** The browser's language, which sets how the plan and its messages write dates: en-GB unless a test asks. */
    locale?: string;
    /** localStorage carried over from another context, as the same browser on another day. */
    storageState?: Awaited<ReturnType<BrowserContext['storageState']>>;
  } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    baseURL: baseURL(),
    // Pinned, so a test can say exactly what a person reads, whatever language the machine runs in.
    locale: options.locale ?? 'en-GB',
    permissions: options.permissions ?? [],
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(options.storageState ? { storageState: options.storageState } : {}),
  });
  // Collect CSP violations from inside the page (init scripts run outside the page's CSP).
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return context;
}

/** Every text a status region of the context's pages takes, from its first script on: what a screen reader was given to say. */
export async function listenToStatus(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const heard: string[] = [];
    const last = new Map<Element, string>();
    (window as unknown as { __heard: string[] }).__heard = heard;
    new MutationObserver((records) => {
      for (const record of records) {
        const region = (record.target instanceof Element ? record.target : record.target.parentElement)?.closest('[role="status"], [aria-live]');
        const text = region?.textContent ?? '';
        // Each new text a region takes, once: a text cleared and said again counts twice.
        if (region && last.get(region) !== text) heard.push(text);
        if (region) last.set(region, text);
      }
    }).observe(document, { childList: true, characterData: true, subtree: true });
  });
}

/** How many of the texts a status region took (see listenToStatus) match `pattern`. */
export const timesSaid = (page: Page, pattern: RegExp): Promise<number> =>
  page.evaluate(
    ({ source, flags }) => (window as unknown as { __heard: string[] }).__heard.filter((text) => new RegExp(source, flags).test(text)).length,
    { source: pattern.source, flags: pattern.flags },
  );

export function watch(page: Page): PageWatch {
  const origin = new URL(baseURL()).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  return {
    consoleErrors,
    foreignRequests,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
  };
}

/**
 * The person types into a date or time field key by key, as into Chromium's own (its parts in
 * turn: month, day and year here), and what it then holds: its value, and whether it holds what
 * the browser cannot read (an impossible date, a time half typed: the value is then '').
 */
export async function typeInto(page: Page, input: Locator, keys: string): Promise<{ value: string; isUnreadable: boolean }> {
  await input.focus();
  await page.keyboard.type(keys);
  return input.evaluate((element: HTMLInputElement) => ({ value: element.value, isUnreadable: element.validity.badInput }));
}

/** The person presses Tab until they have left the field: a date or time field takes one for each part (and its picker) first. */
export async function tabOut(page: Page, input: Locator): Promise<void> {
  const isFocused = () => input.evaluate((element) => element === document.activeElement);
  for (let presses = 0; presses < 5 && (await isFocused()); presses += 1) await page.keyboard.press('Tab');
  if (await isFocused()) throw new Error('Tab did not leave the field');
}

/** The words a field is described by (its one aria-describedby id), or null when it has none. */
export async function describedBy(input: Locator): Promise<string | null> {
  const ids = await input.getAttribute('aria-describedby');
  return ids ? input.page().locator(`#${ids}`).innerText() : null;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (evaluate, since the CSP rightly blocks an injected script tag). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Every page URL the sitemap lists, as a path on the local server. */
export function sitemapPaths(): string[] {
  const index = readFileSync(`${SITE_DIR}/sitemap-0.xml`, 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname);
}
