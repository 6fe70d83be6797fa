// The _headers file static hosts read: public/_headers is the source, the build fills in the CSP.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFileFor, matchesPattern, mergePolicies, parseHeadersFile } from '../../scripts/headers.mjs';

const template = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

type Rule = { pattern: string; headers: Record<string, string> };
const rules = (text: string): Rule[] => parseHeadersFile(text);
const pagesRule = (text: string): Rule => {
  const rule = rules(text).find((candidate) => candidate.pattern === '/*');
  if (!rule) throw new Error('no /* rule');
  return rule;
};

function builtSite(policies: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bowout-headers-'));
  policies.forEach((policy, index) => {
    mkdirSync(join(dir, `page-${index}`));
    writeFileSync(
      join(dir, `page-${index}`, 'index.html'),
      `<!doctype html><head><meta http-equiv="content-security-policy" content="${policy}"></head>`,
    );
  });
  return dir;
}

describe('public/_headers', () => {
  test('asks every page for the headers the site promises', () => {
    const { headers } = pagesRule(template);
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(headers['Permissions-Policy']).toMatch(/geolocation=\(\)/);
    expect(headers['Cache-Control']).not.toContain('immutable');
    expect(headers['Content-Security-Policy']).toBeDefined();
  });

  test('caches for a year only the folders whose file names carry a hash', () => {
    const immutable = rules(template)
      .filter((rule) => rule.headers['Cache-Control']?.includes('immutable'))
      .map((rule) => rule.pattern)
      .sort();
    expect(immutable).toEqual(['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*']);
  });
});

describe('headersFileFor', () => {
  test('fills the CSP with the union of the pages’ policies plus frame-ancestors, and keeps the rest as written', () => {
    const dir = builtSite([
      "default-src 'self'; script-src 'self' 'sha256-aaa'",
      "default-src 'self'; script-src 'self' 'sha256-bbb'; style-src 'self'",
    ]);
    const filled = headersFileFor(dir, template);
    const csp = pagesRule(filled).headers['Content-Security-Policy'];
    expect(csp).toBe("default-src 'self'; script-src 'self' 'sha256-aaa' 'sha256-bbb'; style-src 'self'; frame-ancestors 'none'");
    // Every other line is the template's own.
    const otherLines = (text: string) => text.split('\n').filter((line) => !line.includes('Content-Security-Policy:'));
    expect(otherLines(filled)).toEqual(otherLines(template));
  });

  test('refuses a template without a CSP line rather than ship a site without one', () => {
    const dir = builtSite(["default-src 'self'"]);
    expect(() => headersFileFor(dir, '/*\n  Referrer-Policy: no-referrer\n')).toThrow(/Content-Security-Policy/);
  });

  test('mergePolicies replaces any frame-ancestors a page asked for', () => {
    expect(mergePolicies(["frame-ancestors *; img-src 'self'"])).toBe("frame-ancestors 'none'; img-src 'self'");
  });
});

describe('matchesPattern', () => {
  test('a trailing star matches the folder, anything else matches exactly', () => {
    expect(matchesPattern('/_astro/*', '/_astro/page.abc.js')).toBe(true);
    expect(matchesPattern('/_astro/*', '/astro/page.js')).toBe(false);
    expect(matchesPattern('/favicon.svg', '/favicon.svg')).toBe(true);
    expect(matchesPattern('/favicon.svg', '/favicon.svg.map')).toBe(false);
  });
});
