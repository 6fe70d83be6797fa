// @ts-check
// The yardstick: a plain Starlight site with the same pages (same paths, headings and length of
// text, generated), no islands, no overrides, no custom CSS, built from scratch in a scratch
// folder with this project's packages. Weighed exactly as our pages are.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { buildSite, shareNodeModules } from './build.mjs';

const WORDS = {
  who: ['The candidate', 'A recruiter', 'The hiring manager', 'Your contact', 'The panel', 'A friend', 'The employer', 'Everyone involved'],
  does: ['reads', 'answers', 'remembers', 'values', 'notices', 'forwards', 'keeps', 'appreciates'],
  what: ['a short email', 'a clear phone call', 'the new time', 'an honest reason', 'a polite reply', 'the calendar invite', 'a kind voicemail', 'the offer letter'],
  when: ['before lunch', 'the same day', 'within a week', 'on Monday morning', 'after the first round', 'during working hours', 'well ahead of time', 'without delay'],
};

/** Deterministic plain-English sentences, so every build of the baseline is the same text. */
function sentences(/** @type {number} */ wordCount, /** @type {number} */ seed) {
  const out = [];
  let words = 0;
  let index = seed;
  while (words < wordCount) {
    const pick = (/** @type {string[]} */ list, /** @type {number} */ step) => list[(index * step + seed) % list.length];
    const sentence = `${pick(WORDS.who, 3)} ${pick(WORDS.does, 5)} ${pick(WORDS.what, 7)} ${pick(WORDS.when, 11)}.`;
    out.push(sentence);
    words += sentence.split(' ').length;
    index += 1;
  }
  return out;
}

/** What a page holds, as prose a person reads: words outside front matter, imports and markup. */
function shapeOf(/** @type {string} */ source) {
  const title = /^title:[ \t]*["']?(.+?)["']?[ \t]*$/m.exec(source)?.[1] ?? 'Page';
  const body = source
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]+>/g, ' ');
  const headings = (body.match(/^#{2,3} /gm) ?? []).length;
  const words = body.replace(/[#*_`>[\]()-]/g, ' ').split(/\s+/).filter(Boolean).length;
  return { title, headings, words };
}

/** Our page files (404 aside: Starlight makes its own), as paths relative to the docs folder. */
function pageFiles(/** @type {string} */ docs) {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ folder) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry)) files.push(relative(docs, path).split(sep).join('/'));
    }
  };
  walk(docs);
  return files.filter((file) => !/^404\.mdx?$/.test(file)).sort();
}

/** Writes the baseline project; returns its folder. */
function writeBaseline(/** @type {string} */ root) {
  const folder = mkdtempSync(join(tmpdir(), 'bowout-baseline-'));
  const ourDocs = join(root, 'src/content/docs');
  const files = pageFiles(ourDocs);
  const sections = [...new Set(files.filter((file) => file.includes('/')).map((file) => file.split('/')[0]))];

  // Astro bundles (rather than externalises) packages the project lists, Starlight included.
  const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dependencies = Object.fromEntries(
    ['astro', '@astrojs/starlight', '@astrojs/mdx'].filter((name) => ours.dependencies?.[name]).map((name) => [name, ours.dependencies[name]]),
  );
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module', scripts: { build: 'astro build' }, dependencies }, null, 2));
  writeFileSync(
    join(folder, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Baseline',
      sidebar: ${JSON.stringify(sections.map((section) => ({ label: section, items: [{ autogenerate: { directory: section } }] })))},
    }),
  ],
});
`,
  );
  mkdirSync(join(folder, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(folder, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // Starlight links /favicon.svg; without one every page would also weigh a 404.
  mkdirSync(join(folder, 'public'));
  writeFileSync(join(folder, 'public/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg>\n');

  files.forEach((file, index) => {
    const shape = shapeOf(readFileSync(join(ourDocs, file), 'utf8'));
    const text = sentences(shape.words, index + 1);
    const perPart = Math.ceil(text.length / (shape.headings + 1));
    const parts = [];
    for (let part = 0; part <= shape.headings; part += 1) {
      const chunk = text.slice(part * perPart, (part + 1) * perPart);
      if (part > 0) parts.push(`## Part ${part}: ${chunk[0]?.slice(0, -1) ?? 'More'}`);
      // Paragraphs of about four sentences.
      for (let start = 0; start < chunk.length; start += 4) parts.push(chunk.slice(start, start + 4).join(' '));
    }
    const target = join(folder, 'src/content/docs', file.replace(/\.md$/, '.mdx'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `---\ntitle: ${JSON.stringify(shape.title)}\ndescription: A plain page of the same length as ours, for comparison.\n---\n\n${parts.join('\n\n')}\n`);
  });
  shareNodeModules(join(root, 'node_modules'), join(folder, 'node_modules'));
  return { folder, pages: files.length + 1 };
}

/**
 * Builds the baseline and hands its dist folder to `measure`; cleans up afterwards.
 * @template T
 * @param {string} root
 * @param {(dist: string, build: Awaited<ReturnType<typeof buildSite>>) => Promise<T>} measure
 */
export async function withBaseline(root, measure) {
  const { folder } = writeBaseline(root);
  try {
    const build = await buildSite(folder);
    return await measure(join(folder, 'dist'), build);
  } finally {
    if (process.env['BENCH_KEEP_SCRATCH'] === '1') console.log(`  (kept the baseline project in ${folder})`);
    else rmSync(folder, { recursive: true, force: true });
  }
}
