// schema.org data built from a page's own Markdown, so the questions and steps are written once.

export interface QuestionAndAnswer {
  question: string;
  answer: string;
}

export interface HowToStep {
  name: string;
  text: string;
}

/** Markdown inline syntax to plain text: links keep their words, emphasis and code lose their marks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/^\s*>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first paragraph after each heading line matched by `headingPattern`. */
function sectionsAfter(body: string, headingPattern: RegExp): { heading: string; firstParagraph: string }[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const sections: { heading: string; firstParagraph: string }[] = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = headingPattern.exec(line);
    if (!match) continue;
    const paragraph: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] ?? '';
      if (/^#{1,6}\s/.test(next)) break;
      if (next.trim() === '' || /^\s*\{\/\*.*\*\/\}\s*$/.test(next)) {
        if (paragraph.length > 0) break;
        continue;
      }
      paragraph.push(next);
    }
    const heading = plainText(match[1] ?? '');
    const firstParagraph = plainText(paragraph.join(' ').replace(/^\s*([-*+]|\d+\.)\s+/gm, ''));
    if (heading && firstParagraph) sections.push({ heading, firstParagraph });
  }
  return sections;
}

/** Every `## Question?` heading with the paragraph that answers it. */
export function questionsFromMarkdown(body: string): QuestionAndAnswer[] {
  return sectionsAfter(body, /^##\s+(.+\?)\s*$/).map(({ heading, firstParagraph }) => ({
    question: heading,
    answer: firstParagraph,
  }));
}

/** Every `### Step N: Name` heading with its first paragraph, in order. */
export function stepsFromMarkdown(body: string): HowToStep[] {
  return sectionsAfter(body, /^###\s+Step\s+\d+\s*[:.\-–]\s*(.+)$/i).map(({ heading, firstParagraph }) => ({
    name: heading,
    text: firstParagraph,
  }));
}

export function faqPageJsonLd(questions: QuestionAndAnswer[]): object | null {
  if (questions.length === 0) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}

export function howToJsonLd(name: string, description: string, steps: HowToStep[]): object | null {
  if (steps.length === 0) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name,
    description,
    step: steps.map((step, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      name: step.name,
      text: step.text,
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function jsonForScriptTag(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
