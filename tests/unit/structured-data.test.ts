import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CANDIDATE_SHORT_NOTICE_HOURS } from '../../src/lib/advice/rules';
import { RULES } from '../../src/lib/advice/statements';
import { faqPageJsonLd, jsonForScriptTag, plainText, questionsFromMarkdown } from '../../src/lib/structured-data';

const faq = `Intro paragraph.

## Is it rude to cancel?

No. Cancelling with notice is **normal**, and [our guide](/candidates/cancel-an-interview/) says how.

More nuance here.

## A heading that is not a question

Text.

## Can I cancel by text?
{/* tool: message-builder */}

Only if they have been texting you.

\`\`\`
## Is this code a question?
\`\`\`
`;

describe('questionsFromMarkdown', () => {
  test('pairs each question heading with the first paragraph that answers it, as plain text', () => {
    expect(questionsFromMarkdown(faq)).toEqual([
      { question: 'Is it rude to cancel?', answer: 'No. Cancelling with notice is normal, and our guide says how.' },
      { question: 'Can I cancel by text?', answer: 'Only if they have been texting you.' },
    ]);
  });
  test('a page without question headings gives no FAQ data', () => {
    expect(faqPageJsonLd(questionsFromMarkdown('Just text.\n\n## Steps\n\nDo it.'))).toBeNull();
  });
});

describe('a whole answer, in the words the reader sees', () => {
  test('a printed rule is its statement from the rulebook, with its reason when the page shows it', () => {
    const body = '## Can I text?\n\n<Rule id="text-alone" />\n\n## Do I need a reason?\n\nNo.\n\n<Rule id="reason" why />\n\nMore.';
    expect(questionsFromMarkdown(body)).toEqual([
      { question: 'Can I text?', answer: RULES['text-alone'].statement },
      { question: 'Do I need a reason?', answer: `No. ${RULES.reason.statement} ${RULES.reason.why}` },
    ]);
  });
  test('a rule printed inside a sentence reads as part of it', () => {
    const body = '## Late?\n\nFirst, <Rule id="running-late" inline /> Then go.';
    expect(questionsFromMarkdown(body)[0]?.answer).toBe(`First, ${RULES['running-late'].statement} Then go.`);
  });
  test('a paragraph ending with a colon takes the list or rule it introduces', () => {
    const body = '## What to cover?\n\nCover these points:\n\n1. Your name\n2. Your number, said twice.\n\nAfterwards.\n\n## Then?\n\nTry once more:\n\n<Rule id="short-notice-chase" />';
    expect(questionsFromMarkdown(body)).toEqual([
      { question: 'What to cover?', answer: 'Cover these points: Your name. Your number, said twice.' },
      { question: 'Then?', answer: `Try once more: ${RULES['short-notice-chase'].statement}` },
    ]);
  });
  test('a rulebook number imported into the page is its value', () => {
    expect(plainText('With under {CANDIDATE_SHORT_NOTICE_HOURS} hours, call.')).toBe(`With under ${CANDIDATE_SHORT_NOTICE_HOURS} hours, call.`);
  });
  test('a tool on its own line is no part of an answer', () => {
    const body = '## What do I write?\n\n<MessageBuilder client:visible kinds="cancel" />\n\nUse the builder.';
    expect(questionsFromMarkdown(body)).toEqual([{ question: 'What do I write?', answer: 'Use the builder.' }]);
  });
});

const DOCS = 'src/content/docs';
const pages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const source = readFileSync(join(DOCS, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(source);
    return { file, front: front?.[1] ?? '', body: source.slice(front?.[0].length ?? 0) };
  });

// What src/components/overrides/Head.astro puts in each page's JSON-LD, read from the page's source.
describe.each(pages.filter(({ front }) => /^kind: faq$/m.test(front)))('$file: structured data', ({ body }) => {
  const answers = questionsFromMarkdown(body).map(({ question, answer }) => [question, answer] as const);
  test('has questions', () => {
    expect(answers.length).toBeGreaterThan(0);
  });
  test('every answer is whole plain text: no markup, no tag, no expression, nothing left hanging on a colon', () => {
    const broken = answers.filter(([, text]) => text === '' || /[<{}]|\/>/.test(text) || /:$/.test(text));
    expect(broken).toEqual([]);
  });
});

describe('jsonForScriptTag', () => {
  test('no text can close the script tag it sits in', () => {
    const json = jsonForScriptTag({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});

describe('plainText', () => {
  test('keeps link words and drops Markdown marks and MDX comments', () => {
    expect(plainText('See *this* and `that` in [the guide](/x/) {/* note */}')).toBe('See this and that in the guide');
  });
});
