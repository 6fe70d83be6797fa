import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../../scripts/check-csp-hashes.mjs';
import { SITE_DIR } from './chromium';

// Walks every internal link and fragment in the built site; a broken one is a dead end for a reader.
const pages = [...htmlFiles(SITE_DIR)] as string[];
const idsByFile = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  let ids = idsByFile.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
    idsByFile.set(file, ids);
  }
  return ids;
};

function targetFile(pathname: string): string | null {
  const candidates = pathname.endsWith('/')
    ? [join(SITE_DIR, pathname, 'index.html')]
    : [join(SITE_DIR, pathname), join(SITE_DIR, pathname, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

describe('internal links in the built site', () => {
  test('there are pages to walk', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  test.each(pages)('%s links only to pages and headings that exist', (file) => {
    const html = readFileSync(file, 'utf8');
    const pagePath = '/' + file.slice(SITE_DIR.length).replace(/^\//, '').replace(/index\.html$/, '');
    const broken: string[] = [];
    for (const match of html.matchAll(/\shref="([^"]*)"/g)) {
      const href = (match[1] ?? '').replace(/&amp;/g, '&');
      if (/^(mailto:|tel:|data:|https?:\/\/(?!localhost))/.test(href)) continue;
      const url = new URL(href, `http://localhost${pagePath}`);
      const target = targetFile(decodeURIComponent(url.pathname));
      if (!target) {
        broken.push(href);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});
