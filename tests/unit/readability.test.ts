// scripts/readability.mjs: which words of a built page count as our prose, and how they are scored.
import { describe, expect, test } from 'vitest';
import { MAX_GRADE, MAX_SENTENCE_WORDS, measure, openingParagraph, proseBlocks, sentences } from '../../scripts/readability.mjs';

const page = (main: string) => `<!doctype html><html><body><header><p>Site header words.</p></header><main>${main}</main><footer><p>Footer.</p></footer></body></html>`;

describe('proseBlocks', () => {
  test('keeps headings, paragraphs and list items inside main, each as its own block', () => {
    const html = page('<h1>Cancel an interview</h1><p>Call them.</p><ul><li>Say who you are</li><li>Say thanks</li></ul>');
    expect(proseBlocks(html)).toEqual(['Cancel an interview', 'Call them.', 'Say who you are', 'Say thanks']);
  });

  test('leaves out quoted messages, example messages, code, tables and the islands', () => {
    const html = page(
      '<p>Our words.</p>' +
        '<blockquote><p>Dear Sam, I am writing to cancel my interview.</p></blockquote>' +
        '<figure class="example-message"><figcaption>Cancel by email</figcaption><pre>Hello</pre></figure>' +
        '<p>Use <code>npm test</code> daily.</p>' +
        '<table><tr><td><p>Monday 09:00</p></td></tr></table>' +
        '<astro-island><p>When is the interview?</p></astro-island>' +
        '<div data-pagefind-ignore><p>Tool text.</p></div>',
    );
    expect(proseBlocks(html)).toEqual(['Our words.', 'Use daily.']);
  });

  test('a list item holding a nested list gives its own words, then each nested item', () => {
    const html = page('<ul><li>Cancel when:<ul><li>you took another job</li></ul></li></ul>');
    expect(proseBlocks(html)).toEqual(['Cancel when:', 'you took another job']);
  });

  test('a page without main has no prose', () => {
    expect(proseBlocks('<html><body><p>Hi.</p></body></html>')).toEqual([]);
  });
});

describe('openingParagraph', () => {
  test('is the first paragraph of our prose, after the title and past any quoted message', () => {
    const html = page('<h1>Title</h1><blockquote><p>Quoted.</p></blockquote><p>The answer first.</p><p>More.</p>');
    expect(openingParagraph(html)).toBe('The answer first.');
  });
});

describe('sentences', () => {
  test('splits where a reader would, even after a number or a short word', () => {
    const found = sentences(['Email them by 10. Then call. They log in. If not, wait.']);
    expect(found.map((sentence) => sentence.text)).toEqual(['Email them by 10.', 'Then call.', 'They log in.', 'If not, wait.']);
  });

  test("counts each word once, contractions and numbers included, with at least one syllable", () => {
    const [sentence] = sentences(["Don't wait 24 hours."]);
    expect(sentence?.syllables).toHaveLength(4);
    expect(sentence?.syllables.every((count) => count >= 1)).toBe(true);
  });
});

describe('measure', () => {
  test('short words in short sentences read at a low grade', () => {
    const result = measure(page('<p>Call them now. Say you can not come. Thank them.</p>'));
    expect(result.sentences).toBe(3);
    expect(result.grade).toBeLessThan(2);
    expect(result.openingGrade).toBe(result.grade); // one paragraph: the opening is the page
  });

  test('long words in a long sentence read above the limit, and the sentence is listed first', () => {
    const long =
      'Notwithstanding organisational considerations, candidates experiencing unavoidable circumstantial complications should communicate expeditiously, ' +
      'professionally and unambiguously with recruitment representatives, hiring managers, interviewing panels, administrative coordinators, external agencies and every other relevant stakeholder involved in the process.';
    const result = measure(page(`<p>Call them.</p><p>${long}</p>`));
    expect(result.grade).toBeGreaterThan(MAX_GRADE);
    expect(result.longest[0]?.words).toBeGreaterThan(MAX_SENTENCE_WORDS);
  });
});
