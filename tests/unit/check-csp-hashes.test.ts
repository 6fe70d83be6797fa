// scripts/check-csp-hashes.mjs: where the build puts each page's CSP meta tag, and what it allows.
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { cspMetaFirst, metaPolicy, ownScriptHashesOnly, unhashedInlineScripts } from '../../scripts/check-csp-hashes.mjs';

const META = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
const THEME_SCRIPT = '<script>window.StarlightThemeProvider = 1;</script>';

/** A page laid out as Astro writes a Starlight page: the policy last in <head>. */
const page = (meta = META) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>T</title><script type="application/ld+json">{}</script>${THEME_SCRIPT}<link rel="stylesheet" href="/a.css">${meta}<script type="module" src="/b.js"></script></head><body><script>1</script></body></html>`;

describe('cspMetaFirst', () => {
  test('puts the policy right after the charset, ahead of every script and stylesheet', () => {
    const html = cspMetaFirst(page());
    expect(html.startsWith(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>${META}<title>`)).toBe(true);
    expect(html.indexOf(META)).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf(META)).toBeLessThan(html.indexOf('<link'));
  });

  test('moves the tag and changes nothing else', () => {
    const html = cspMetaFirst(page());
    expect(html.split(META)).toHaveLength(2);
    expect(html.replace(META, '')).toBe(page().replace(META, ''));
  });

  test('is idempotent, so a second run (a rebuild step run twice) does nothing', () => {
    expect(cspMetaFirst(cspMetaFirst(page()))).toBe(cspMetaFirst(page()));
  });

  test('leaves a page without a policy as it is', () => {
    expect(cspMetaFirst(page(''))).toBe(page(''));
  });

  test('without a charset, puts the policy first in <head>', () => {
    const html = cspMetaFirst(page().replace('<meta charset="utf-8"/>', ''));
    expect(html.startsWith(`<!DOCTYPE html><html lang="en"><head>${META}<title>`)).toBe(true);
  });
});

describe('ownScriptHashesOnly', () => {
  const hashOf = (script: string) => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
  const theme = hashOf('window.StarlightThemeProvider = 1;');
  const one = hashOf('1');
  const unused = hashOf('a client directive this page does not use');
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${theme}' '${unused}' '${one}'; style-src 'self' '${unused}'`;
  const withPolicy = page(`<meta http-equiv="content-security-policy" content="${policy}">`);

  test('keeps the hashes of the page’s own inline scripts, and the other sources, in their order', () => {
    expect(metaPolicy(ownScriptHashesOnly(withPolicy))).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${theme}' '${one}'; style-src 'self' '${unused}'`);
  });

  test('every inline script the page runs is still allowed', () => {
    expect(unhashedInlineScripts(withPolicy)).toEqual([]);
    expect(unhashedInlineScripts(ownScriptHashesOnly(withPolicy))).toEqual([]);
  });

  test('changes nothing but the policy, and a second run does nothing', () => {
    const trimmed = ownScriptHashesOnly(withPolicy);
    expect(trimmed.replace(/content="[^"]*"/, '')).toBe(withPolicy.replace(/content="[^"]*"/, ''));
    expect(ownScriptHashesOnly(trimmed)).toBe(trimmed);
  });

  test('leaves a page without a policy as it is', () => {
    expect(ownScriptHashesOnly(page(''))).toBe(page(''));
  });
});
