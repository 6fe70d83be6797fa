// @ts-check
// How build time and index size grow with content: the project copied to a scratch folder, its
// pages duplicated ten times over, built and indexed; compared with the same copy undoubled,
// built in the same conditions (fresh caches), so the ratio measures content, not caching.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { buildSite, shareNodeModules } from './build.mjs';

const PROJECT_PARTS = ['src', 'public', 'astro.config.mjs', 'scripts', 'tsconfig.json', 'package.json'];
export const COPIES = 10;

/** A scratch copy of the project, with this project's packages linked in. */
function copyProject(/** @type {string} */ root, /** @type {string} */ label) {
  const folder = mkdtempSync(join(tmpdir(), `bowout-${label}-`));
  for (const part of PROJECT_PARTS) {
    const from = join(root, part);
    if (existsSync(from)) cpSync(from, join(folder, part), { recursive: true });
  }
  shareNodeModules(join(root, 'node_modules'), join(folder, 'node_modules'));
  return folder;
}

/** `title: How to cancel` → `title: How to cancel (copy 3)`, keeping quotes valid. */
export function suffixTitle(/** @type {string} */ source, /** @type {string} */ suffix) {
  return source.replace(/^(---\r?\n[\s\S]*?^title:[ \t]*)(.+)$/m, (_, head, title) => {
    const quote = /^(["'])(.*)\1$/.exec(title.trim());
    return quote ? `${head}${quote[1]}${quote[2]}${suffix}${quote[1]}` : `${head}${title.trimEnd()}${suffix}`;
  });
}

function suffixTitlesIn(/** @type {string} */ path, /** @type {string} */ suffix) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) suffixTitlesIn(join(path, entry), suffix);
  } else if (['.md', '.mdx'].includes(extname(path))) {
    writeFileSync(path, suffixTitle(readFileSync(path, 'utf8'), suffix));
  }
}

/** Copies each section folder and top-level page N−1 times (candidates → candidates-2 …), so there are N of each. */
function multiplyDocs(/** @type {string} */ docs, /** @type {number} */ copies) {
  const entries = readdirSync(docs).filter((entry) => !entry.startsWith('404.'));
  for (let copy = 2; copy <= copies; copy += 1) {
    for (const entry of entries) {
      const from = join(docs, entry);
      const isFolder = statSync(from).isDirectory();
      const extension = isFolder ? '' : extname(entry);
      if (!isFolder && !['.md', '.mdx'].includes(extension)) continue;
      const to = join(docs, isFolder ? `${entry}-${copy}` : `${entry.slice(0, -extension.length)}-${copy}${extension}`);
      cpSync(from, to, { recursive: true });
      suffixTitlesIn(to, ` (copy ${copy})`);
    }
  }
}

/** @param {string} root */
export async function benchGrowth(root) {
  const single = copyProject(root, 'growth-1x');
  const multiplied = copyProject(root, `growth-${COPIES}x`);
  try {
    multiplyDocs(join(multiplied, 'src/content/docs'), COPIES);
    const one = await buildSite(single);
    const many = await buildSite(multiplied);
    return {
      copies: COPIES,
      single: one,
      multiplied: many,
      pagesRatio: many.pages / one.pages,
      buildTimeRatio: many.seconds / one.seconds,
      indexBytesRatio: many.indexBytes / one.indexBytes,
    };
  } finally {
    if (process.env['BENCH_KEEP_SCRATCH'] === '1') console.log(`  (kept the copies in ${single} and ${multiplied})`);
    else {
      rmSync(single, { recursive: true, force: true });
      rmSync(multiplied, { recursive: true, force: true });
    }
  }
}
