// @ts-check
// The Content-Security-Policy, in one place: astro.config.mjs puts it in every page's meta tag,
// public/_headers and the local server send it as a header (plus frame-ancestors, which a meta
// tag cannot carry).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Starlight exports only ESM entry points; its main entry sits in dist/.
const starlightDir = dirname(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))));

// Starlight writes a few `is:inline` scripts (theme before paint, theme pickers, sidebar state).
// Astro cannot hash those itself, so we hash them from Starlight's own source at build time:
// they never go stale after an upgrade, and a browser test fails on any CSP violation if the
// emitted text ever differs from the source.
const INLINE_SCRIPT_SOURCES = [
  'dist/components/ThemeProvider.astro',
  'dist/components/ThemeSelect.astro',
  'dist/components/SidebarPersister.astro',
  'dist/components/SidebarRestorePoint.astro',
  'dist/components/Search.astro',
  'dist/user-components/Tabs.astro',
];

// Our own overrides that keep an inline script (paths from the project root).
const OWN_INLINE_SCRIPT_SOURCES = [
  'src/components/overrides/ThemeProvider.astro',
  'src/components/overrides/ThemeSelect.astro',
];
const projectDir = dirname(dirname(fileURLToPath(import.meta.url)));

/** @param {string} text */
export function sha256(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Hashes of every `<script is:inline>` body in the listed Starlight components and our overrides. */
export function starlightInlineScriptHashes() {
  const hashes = new Set();
  const files = [
    ...INLINE_SCRIPT_SOURCES.map((file) => join(starlightDir, file)),
    ...OWN_INLINE_SCRIPT_SOURCES.map((file) => join(projectDir, file)),
  ];
  for (const file of files) {
    let source;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue; // a component Starlight no longer ships has no script to allow
    }
    for (const match of source.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)) {
      hashes.add(sha256(match[1] ?? ''));
    }
  }
  return [...hashes];
}

/**
 * Directives other than script-src and style-src, which Astro writes itself. Each is as narrow as
 * the built site allows (tests/browser/pages.spec.ts fails on any violation): no fonts, no web app
 * manifest, no workers (search runs in the page), and images from our own files plus `data:`,
 * which Starlight, Expressive Code and Pagefind's UI use in their CSS for icons drawn as
 * mask-image SVGs (the <details> marker, the current page in the sidebar, copy and search icons);
 * without it, pages.spec.ts finds img-src violations on 17 of its 30 pages.
 */
export const OTHER_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'none'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'none'",
  "worker-src 'none'",
];

// Pagefind compiles its WebAssembly search engine; that needs 'wasm-unsafe-eval' and nothing more.
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
