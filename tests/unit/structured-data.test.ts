import { describe, expect, test } from 'vitest';
import {
  faqPageJsonLd,
  howToJsonLd,
  jsonForScriptTag,
  plainText,
  questionsFromMarkdown,
  stepsFromMarkdown,
} from '../../src/lib/structured-data';

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

describe('stepsFromMarkdown', () => {
  test('reads "### Step N: name" headings in order', () => {
    const body = '### Step 1: Decide\n\nBe sure first.\n\n### Step 2 – Call\n\nPhone them.\n\n### Not a step\n\nx';
    expect(stepsFromMarkdown(body)).toEqual([
      { name: 'Decide', text: 'Be sure first.' },
      { name: 'Call', text: 'Phone them.' },
    ]);
  });
  test('HowTo data numbers its steps from 1', () => {
    const data = howToJsonLd('Cancel', 'How to cancel', [{ name: 'A', text: 'a' }]) as { step: { position: number }[] };
    expect(data.step[0]?.position).toBe(1);
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
