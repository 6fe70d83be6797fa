// The HTTP headers the built site is served with (dist/_headers through scripts/serve.mjs, as a
// static host applies them): a strict CSP that agrees with each page's meta tag, no referrer, no
// sniffing, no camera or location, and long caching only for files whose names carry a hash.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch, newContext, sitemapPaths, watch } from './harness';

// Every page the sitemap lists, plus the 404 page a mistyped address gets.
const paths = [...sitemapPaths(), '/no-such-page/'];

type Policy = Map<string, Set<string>>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), new Set(values));
  }
  return policy;
}

interface Fetched {
  status: number;
  headers: Headers;
  html: string;
}

const fetched = new Map<string, Fetched>();
async function get(path: string): Promise<Fetched> {
  const known = fetched.get(path);
  if (known) return known;
  const response = await fetch(new URL(path, baseURL()));
  const result = { status: response.status, headers: response.headers, html: await response.text() };
  fetched.set(path, result);
  return result;
}

function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

describe('headers on every HTML page', () => {
  test('the sitemap lists the pages', () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  test.each(paths)('%s sends a strict CSP that allows everything its meta tag allows', async (path) => {
    const page = await get(path);
    expect(page.status).toBe(path === '/no-such-page/' ? 404 : 200);
    const header = page.headers.get('content-security-policy');
    expect(header, 'Content-Security-Policy header').toBeTruthy();
    const sent = parsePolicy(header ?? '');
    const meta = metaPolicy(page.html);
    expect(meta, 'meta CSP').toBeTruthy();
    const declared = parsePolicy(meta ?? '');

    // Both policies apply, so the header must allow at least what the page's own meta tag allows
    // (every script hash, every source), or the browser would block the page's own scripts.
    for (const [directive, values] of declared) {
      const allowed = sent.get(directive);
      expect(allowed, `${directive} in the header`).toBeDefined();
      for (const value of values) expect([...(allowed ?? [])], `${directive} in the header`).toContain(value);
    }
    const scripts = [...(sent.get('script-src') ?? [])];
    expect(scripts.filter((value) => value.startsWith("'sha256-")).length).toBeGreaterThan(0);
    // No inline script or eval can run, whatever gets into the page; WebAssembly (Pagefind) may compile.
    for (const policy of [sent, declared]) {
      const values = [...(policy.get('script-src') ?? [])];
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain('*');
      expect(values.filter((value) => /^https?:|^data:|^blob:/.test(value))).toEqual([]);
    }
    expect([...(sent.get('frame-ancestors') ?? [])]).toEqual(["'none'"]);
    expect([...(sent.get('object-src') ?? [])]).toEqual(["'none'"]);
    expect([...(sent.get('base-uri') ?? [])]).toEqual(["'self'"]);
    expect([...(sent.get('connect-src') ?? [])]).toEqual(["'self'"]);

    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const permissions = page.headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toMatch(new RegExp(`(?:^|,\\s*)${feature}=\\(\\)`));
    // A page must be revalidated, so a fix reaches people at once.
    const cache = page.headers.get('cache-control') ?? '';
    expect(cache).not.toContain('immutable');
    expect(Number(/max-age=(\d+)/.exec(cache)?.[1] ?? 0)).toBeLessThan(3600);
  });
});

describe('the policy allows only what the site uses', () => {
  // No fonts, no manifest, no workers (search runs in the page), no plugins; images from our own
  // files and data: (icons drawn as data: SVGs in Starlight's, Expressive Code's and Pagefind's CSS).
  test.each(['/', '/tools/message-builder/'])('%s, header and meta tag alike', async (path) => {
    const page = await get(path);
    for (const policy of [parsePolicy(page.headers.get('content-security-policy') ?? ''), parsePolicy(metaPolicy(page.html) ?? '')]) {
      for (const directive of ['font-src', 'manifest-src', 'worker-src', 'object-src']) {
        expect([...(policy.get(directive) ?? [])], directive).toEqual(["'none'"]);
      }
      expect([...(policy.get('img-src') ?? [])]).toEqual(["'self'", 'data:']);
      expect([...(policy.get('default-src') ?? [])]).toEqual(["'self'"]);
    }
  });
});

describe('the meta policy, for hosts that ignore _headers', () => {
  // A meta policy covers only what comes after it: it must precede every script (the theme
  // script, JSON-LD), stylesheet and image, so only the charset may come first.
  test.each(paths)('%s opens its <head> with the charset and then the CSP meta tag', async (path) => {
    const { html } = await get(path);
    const meta = html.search(/<meta http-equiv="content-security-policy"/i);
    expect(meta, 'meta CSP').toBeGreaterThan(0);
    expect(html.slice(0, meta)).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"\/?>$/i);
    expect(meta).toBeLessThan(html.search(/<script/i));
  });
});

describe('headers on built assets', () => {
  test('every /_astro/ file a page links to is cached for a year and marked immutable', async () => {
    const assets = new Set<string>();
    for (const path of paths) {
      for (const match of (await get(path)).html.matchAll(/(?:src|href|component-url|renderer-url)="(\/_astro\/[^"]+)"/g)) assets.add(match[1] ?? '');
    }
    expect(assets.size).toBeGreaterThan(3);
    for (const asset of assets) {
      const response = await fetch(new URL(asset, baseURL()));
      await response.arrayBuffer();
      expect(response.status, asset).toBe(200);
      const cache = response.headers.get('cache-control') ?? '';
      expect(cache, asset).toContain('immutable');
      expect(Number(/max-age=(\d+)/.exec(cache)?.[1] ?? 0), asset).toBeGreaterThanOrEqual(31_536_000);
      expect(response.headers.get('x-content-type-options'), asset).toBe('nosniff');
    }
  });

  test('files without a hash in their name are not cached for a year', async () => {
    for (const path of ['/favicon.svg', '/sitemap-index.xml', '/pagefind/pagefind.js']) {
      const response = await fetch(new URL(path, baseURL()));
      await response.arrayBuffer();
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control') ?? '', path).not.toContain('immutable');
    }
  });
});

describe('the header CSP in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('search opens and answers a query with no CSP violation (Pagefind WebAssembly under wasm-unsafe-eval)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = watch(page);
    const wasm: string[] = [];
    page.on('response', (response) => {
      if (/wasm/.test(response.url()) || response.headers()['content-type'] === 'application/wasm') wasm.push(response.url());
    });
    const response = await page.goto('/candidates/cancel-an-interview/');
    // The header is really in force for this page, not only the meta tag.
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    // A person opens search and types a query.
    await page.keyboard.press('Control+k');
    const input = page.getByPlaceholder('Search the guide');
    await input.waitFor();
    await input.fill('reschedule');
    await page.getByRole('list', { name: 'Results' }).getByRole('link').first().waitFor({ timeout: 15_000 });
    expect(wasm.length, 'Pagefind fetched its WebAssembly').toBeGreaterThan(0);
    expect(await seen.cspViolations()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
    await context.close();
  });

  test('the policy is in force: an injected inline script and a string timer (eval) are refused and reported', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/tools/message-builder/');
    // What an injection would try, if one ever got past the islands.
    const outcome = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      // A string timer is compiled by the page, under its policy (unlike this evaluate call).
      setTimeout('window.__evaluated = true', 0);
      return new Promise((done) => {
        setTimeout(() => {
          const flags = window as unknown as { __injected?: boolean; __evaluated?: boolean };
          done({ injected: flags.__injected === true, evaluated: flags.__evaluated === true });
        }, 50);
      });
    });
    expect(outcome).toEqual({ injected: false, evaluated: false });
    await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).length).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  test('another site cannot frame a page (frame-ancestors, X-Frame-Options)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const framed = page.waitForEvent('response', (response) => response.url().endsWith('/tools/message-builder/'));
    await page.setContent(`<iframe src="${new URL('/tools/message-builder/', baseURL()).href}"></iframe>`);
    await framed;
    await page.waitForTimeout(300);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    // The browser refuses to show it: the frame holds no page of ours.
    const title = await frame?.evaluate(() => document.title).catch(() => '');
    expect(title ?? '').not.toMatch(/Bow Out/);
    await context.close();
  });
});
