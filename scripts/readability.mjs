// @ts-check
// How hard each built page's own prose is to read (issue #12: the GOV.UK standard, a reading age
// of 9). Reads dist/**/*.html, keeps the guidance in <main> and leaves out what a person does not
// read as our prose: quoted example messages, code, tables of data, the islands and their
// fallbacks. Prints every page's Flesch–Kincaid grade and its opening paragraph's (the answer a
// page gives first); exits 1 when either is above MAX_GRADE or a sentence is longer than
// MAX_SENTENCE_WORDS.
//
//   node scripts/readability.mjs            # after `npm run build`
//   node scripts/readability.mjs --verbose  # also the page's three longest sentences
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fleschKincaid } from 'flesch-kincaid';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { syllable } from 'syllable';
import { visit } from 'unist-util-visit';

export const MAX_GRADE = 6;
export const MAX_SENTENCE_WORDS = 30;

/** Inside <main>, what is not our running prose. */
const LEFT_OUT = [
  'blockquote', // example messages quoted in a page
  'figure.example-message', // example messages from the generator
  'pre',
  'code',
  'table',
  'astro-island', // the tools, rendered on the server as their first state
  'script',
  'style',
  'noscript',
  '[data-pagefind-ignore]',
  '[hidden]',
  'nav', // pagination ("Previous", "Next")
  'footer',
].join(', ');

/** Blocks whose text a reader takes as its own line, so a heading never runs into a paragraph. */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'figcaption', 'summary', 'caption']);

/**
 * The page's prose as separate blocks of text, in reading order.
 * @param {string} html
 * @returns {string[]}
 */
export function proseBlocks(html) {
  return blocksOf(html).map((block) => block.text);
}

/**
 * The page's opening paragraph: the answer a page gives before anything else.
 * @param {string} html
 * @returns {string | undefined}
 */
export function openingParagraph(html) {
  return blocksOf(html).find((block) => block.tagName === 'p')?.text;
}

/**
 * @param {string} html
 * @returns {{ tagName: string, text: string }[]}
 */
function blocksOf(html) {
  const tree = fromHtml(html);
  const main = select('main', tree);
  if (!main) return [];
  for (const unwanted of selectAll(LEFT_OUT, main)) unwanted.children = [];
  /** @type {{ tagName: string, text: string }[]} */
  const blocks = [];
  /** @param {import('hast').Element} element */
  const ownText = (element) => {
    // A list item holding a nested list reads as two blocks: its own words, then the nested items.
    const copy = { ...element, children: element.children.filter((child) => !(child.type === 'element' && hasBlock(child))) };
    return toText(copy, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
  };
  visit(main, 'element', (element) => {
    if (!BLOCKS.has(element.tagName)) return;
    const text = ownText(element);
    if (text) blocks.push({ tagName: element.tagName, text });
  });
  return blocks;
}

/** @param {import('hast').Element} element @returns {boolean} */
function hasBlock(element) {
  if (BLOCKS.has(element.tagName) || element.tagName === 'ul' || element.tagName === 'ol') return true;
  return element.children.some((child) => child.type === 'element' && hasBlock(child));
}

// ICU's sentence and word rules (Unicode UAX #29), as browsers use them: "log in. If" and
// "at 10. Then" are two sentences each, and "don't" or "24" is one word.
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Sentences of some blocks of prose, each with its words' syllable counts.
 * @param {string[]} blocks
 * @returns {{ text: string, syllables: number[] }[]}
 */
export function sentences(blocks) {
  /** @type {{ text: string, syllables: number[] }[]} */
  const out = [];
  for (const block of blocks) {
    for (const { segment } of sentenceSegmenter.segment(block)) {
      const syllables = [...wordSegmenter.segment(segment)]
        .filter((word) => word.isWordLike)
        // A number still takes a beat to read: at least one syllable.
        .map((word) => Math.max(1, syllable(word.segment)));
      if (syllables.length > 0) out.push({ text: segment.trim(), syllables });
    }
  }
  return out;
}

/**
 * Flesch–Kincaid grade of some sentences (0 for none).
 * @param {{ syllables: number[] }[]} found
 */
export function grade(found) {
  const words = found.reduce((sum, sentence) => sum + sentence.syllables.length, 0);
  const syllables = found.reduce((sum, sentence) => sum + sentence.syllables.reduce((a, b) => a + b, 0), 0);
  return found.length === 0 ? 0 : fleschKincaid({ sentence: found.length, word: words, syllable: syllables });
}

/**
 * @param {string} html
 * @returns {{ grade: number, openingGrade: number, sentences: number, words: number, longest: { text: string, words: number }[] }}
 */
export function measure(html) {
  const found = sentences(proseBlocks(html));
  const words = found.reduce((sum, sentence) => sum + sentence.syllables.length, 0);
  const opening = openingParagraph(html);
  const openingGrade = opening === undefined ? 0 : grade(sentences([opening]));
  const longest = found
    .map((sentence) => ({ text: sentence.text, words: sentence.syllables.length }))
    .sort((a, b) => b.words - a.words);
  return { grade: grade(found), openingGrade, sentences: found.length, words, longest };
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function main() {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const verbose = process.argv.includes('--verbose');
  let files;
  try {
    files = htmlFiles(dist);
  } catch {
    console.error('readability: no dist/ folder; run `npm run build` first');
    return 2;
  }
  if (files.length === 0) {
    console.error('readability: dist/ holds no HTML; run `npm run build` first');
    return 2;
  }
  const problems = [];
  for (const file of files) {
    const page = '/' + relative(dist, file).replace(/index\.html$/, '');
    const result = measure(readFileSync(file, 'utf8'));
    if (result.sentences === 0) continue;
    const tooLong = result.longest.filter((sentence) => sentence.words > MAX_SENTENCE_WORDS);
    const verdict = result.grade > MAX_GRADE || result.openingGrade > MAX_GRADE || tooLong.length > 0 ? 'FAIL' : 'ok  ';
    const figures = `grade ${result.grade.toFixed(1).padStart(4)} (opening ${result.openingGrade.toFixed(1).padStart(4)})`;
    console.log(`${verdict} ${figures}  ${String(result.sentences).padStart(3)} sentences  ${page}`);
    if (result.grade > MAX_GRADE) problems.push(`${page}: Flesch–Kincaid grade ${result.grade.toFixed(1)} is above ${MAX_GRADE}`);
    if (result.openingGrade > MAX_GRADE) problems.push(`${page}: the opening paragraph reads at grade ${result.openingGrade.toFixed(1)}, above ${MAX_GRADE}`);
    for (const sentence of tooLong) problems.push(`${page}: ${sentence.words} words: "${sentence.text}"`);
    if (verbose) for (const sentence of result.longest.slice(0, 3)) console.log(`       ${sentence.words} words: ${sentence.text}`);
  }
  if (problems.length > 0) {
    console.log(`\n${problems.length} readability problem(s) (grade at most ${MAX_GRADE} for the page and its opening, sentences at most ${MAX_SENTENCE_WORDS} words):`);
    for (const problem of problems) console.log(`- ${problem}`);
    return 1;
  }
  console.log(`\nevery page and its opening read at grade ${MAX_GRADE} or below, no sentence over ${MAX_SENTENCE_WORDS} words`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
