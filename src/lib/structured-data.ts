// schema.org data built from a page's own Markdown, so the questions are written once. There is no
// HowTo data: Google stopped showing How-to results in September 2023, and it repeated a step
// page's text in its HTML (0.7-0.9 kB gzip) for no reader.
// A rule a page prints (<Rule>, <RuleList>, <NoticeBands>) is read back from the rulebook.
import {
  ACT_WITHIN_MINUTES_WHEN_SHORT,
  bandOf,
  CALL_AGAIN_AFTER_MINUTES,
  CANDIDATE_SHORT_NOTICE_HOURS,
  EMPLOYER_SHORT_NOTICE_WORKING_DAYS,
  EVENING_GRACE_MINUTES,
  RUNNING_LATE_MINUTES,
} from './advice/rules';
import { isRuleId, RULES } from './advice/statements';
import { VOICEMAIL_WORD_LIMIT } from './messages/text-length';

export interface QuestionAndAnswer {
  question: string;
  answer: string;
}

/**
 * The rulebook's numbers a page may print as `{NAME}` (imported in its MDX), so an answer read from
 * the page's source says the number the reader sees.
 */
const RULEBOOK_NUMBERS: Record<string, number> = {
  ACT_WITHIN_MINUTES_WHEN_SHORT,
  CALL_AGAIN_AFTER_MINUTES,
  CANDIDATE_SHORT_NOTICE_HOURS,
  EMPLOYER_SHORT_NOTICE_WORKING_DAYS,
  EVENING_GRACE_MINUTES,
  RUNNING_LATE_MINUTES,
  VOICEMAIL_WORD_LIMIT,
};

/** An attribute's value in a component tag: `id="reason"` or `ids={['a', 'b']}`. */
const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|\\{([^}]*)\\})`).exec(tag)?.slice(1).find((value) => value !== undefined);

const hasFlag = (tag: string, name: string): boolean => new RegExp(`\\s${name}(?=[\\s/>])`).test(tag);

function statementOf(id: string, withWhy: boolean): string {
  if (!isRuleId(id)) return '';
  const { statement, why } = RULES[id];
  return withWhy ? `${statement} ${why}` : statement;
}

/** The rulebook components' own words, as a page prints them (src/components/rules). */
const RULEBOOK_TAG = /<(Rule|RuleList|NoticeBands)\b(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*\/>/g;

function rulebookText(tag: string, name: string): string {
  if (name === 'Rule') return statementOf(attribute(tag, 'id') ?? '', hasFlag(tag, 'why'));
  if (name === 'RuleList') {
    const ids = [...(attribute(tag, 'ids') ?? '').matchAll(/['"]([^'"]+)['"]/g)].map(([, id = '']) => id);
    return ids.map((id) => statementOf(id, true)).join(' ');
  }
  return (['candidate', 'employer'] as const)
    .flatMap((who) => (['short', 'enough'] as const).map((notice) => bandOf(who, notice)))
    .map((band) => `${band.label}. ${band.thresholds}`)
    .join(' ');
}

/** Markdown inline syntax to plain text: links keep their words, emphasis and code lose their marks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(RULEBOOK_TAG, (tag, name: string) => rulebookText(tag, name))
    .replace(/\{\s*([A-Z][A-Z0-9_]*)\s*\}/g, (expression, name: string) =>
      Object.hasOwn(RULEBOOK_NUMBERS, name) ? String(RULEBOOK_NUMBERS[name]) : expression,
    )
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/^\s*>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

type Block = { kind: 'text' | 'list' | 'quote' | 'rules' | 'other'; lines: string[] };

function kindOf(lines: string[]): Block['kind'] {
  const first = lines[0] ?? '';
  if (lines.join(' ').replace(RULEBOOK_TAG, '').trim() === '') return 'rules';
  // A tool, a card grid, raw HTML, code or an import: not words of the answer.
  if (/^\s*<(?!(Rule|RuleList|NoticeBands)\b)[A-Za-z]/.test(first) || /^\s*(```|~~~)/.test(first) || /^\s*(import|export)\s/.test(first)) return 'other';
  if (lines.every((line) => /^\s*>/.test(line))) return 'quote';
  if (/^\s*([-*+]|\d+\.)\s+/.test(first)) return 'list';
  return 'text';
}

/** A section's blocks (paragraphs, lists, quotes, components), up to the next heading. */
function blocksAfter(lines: string[], start: number): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let inFence = false;
  const close = () => {
    if (current.length > 0) blocks.push({ kind: kindOf(current), lines: current });
    current = [];
  };
  for (let j = start; j < lines.length; j++) {
    const next = lines[j] ?? '';
    if (/^\s*(```|~~~)/.test(next)) inFence = !inFence;
    if (!inFence && /^#{1,6}\s/.test(next)) break;
    if (!inFence && (next.trim() === '' || /^\s*\{\/\*.*\*\/\}\s*$/.test(next))) {
      close();
      continue;
    }
    current.push(next);
  }
  close();
  return blocks;
}

/**
 * The answer a section gives, whole: its first paragraph (or rule), the rules printed straight after
 * it, and, when a paragraph ends with a colon, the list or rule it introduces.
 */
function answerOf(blocks: Block[]): string {
  const taken: string[] = [];
  let index = blocks.findIndex((block) => block.kind !== 'other');
  if (index === -1) return '';
  // A list's items become sentences, so "Your name" and "your number" do not run together.
  const item = (line: string): string => {
    const words = line.replace(/^\s*([-*+]|\d+\.)\s+/, '').trim();
    return /[.!?:]$/.test(words) ? words : `${words}.`;
  };
  const text = (block: Block): string => plainText(block.kind === 'list' ? block.lines.map(item).join(' ') : block.lines.join(' '));
  taken.push(text(blocks[index] as Block));
  for (index++; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    const introduces = /:$/.test(taken.at(-1) ?? '');
    if (block.kind === 'other') {
      if (introduces) continue;
      break;
    }
    if (!introduces && block.kind !== 'rules') break;
    taken.push(text(block));
  }
  return taken.filter(Boolean).join(' ');
}

/** The whole answer after each heading line matched by `headingPattern`. */
function sectionsAfter(body: string, headingPattern: RegExp): { heading: string; answer: string }[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const sections: { heading: string; answer: string }[] = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = headingPattern.exec(line);
    if (!match) continue;
    const heading = plainText(match[1] ?? '');
    const answer = answerOf(blocksAfter(lines, i + 1));
    if (heading && answer) sections.push({ heading, answer });
  }
  return sections;
}

/** Every `## Question?` heading with the answer that follows it. */
export function questionsFromMarkdown(body: string): QuestionAndAnswer[] {
  return sectionsAfter(body, /^##\s+(.+\?)\s*$/).map(({ heading, answer }) => ({
    question: heading,
    answer,
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

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function jsonForScriptTag(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
