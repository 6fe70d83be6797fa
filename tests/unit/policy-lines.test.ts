// Lines ADVICE-POLICY.md rules out, as a page would word them: an audit found each one on a page.
// A candidate's page may not let nerves excuse cancelling, offer a cover story, make a reason sound
// required or put pay among things never to mention. Reads the pages' MDX sources, sentence by
// sentence (nerves by paragraph, since "you can still cancel" may follow in the next sentence).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const DOCS = 'src/content/docs';

/** The words a reader sees: no front matter but its summary and description, imports, components, quotes or link targets. */
function prose(source: string): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const shown = [...front.matchAll(/^(?:description|summary):\s*(.*)$/gm)].map(([, value = '']) => value);
  const body = source
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^(?:import|export) .*$/gm, '')
    .replace(/^\s*>.*$/gm, '') // an example message quoted on the page is the message's words, not advice
    .replace(/<[A-Z][^>]*\/>/g, '')
    .replace(/\]\([^)]*\)/g, ']');
  return [...shown, body].join('\n\n');
}

const paragraphs = (text: string): string[] => text.split(/\n\s*\n/).map((each) => each.replace(/\s+/g, ' ').trim()).filter(Boolean);
const sentences = (text: string): string[] => paragraphs(text).flatMap((each) => each.split(/(?<=[.!?])\s+/));

interface Ruling {
  /** The policy line it breaks. */
  policy: string;
  /** How a page breaks it. */
  breaks: RegExp;
  /** What makes the same words fine (a reason offered as optional). */
  unless?: RegExp;
  /** Read a paragraph at a time, not a sentence. */
  byParagraph?: boolean;
}

const RULINGS: Ruling[] = [
  {
    policy: 'Nerves: go; nerves are not a reason to cancel or move',
    breaks: /\bnerv(?:es|ous)\b.*\b(?:you can (?:still )?(?:cancel|move|ask to move|pull out)|think again before you (?:cancel|pull out))\b/i,
    byParagraph: true,
  },
  {
    policy: 'A reason is never invented: no cover story',
    breaks: /\b(?:neutral|safe|vague|cover|polite|white) (?:reason|excuse|story)\b/i,
  },
  {
    policy: 'A reason is optional',
    breaks: /\b(?:give|name|state) (?:a|the|your) (?:(?:short|brief|one-line|honest|true|real),? )*reason\b|\bexplain in a line\b|\ba few words on why\b|\bsay what happened\b/i,
    unless: /\bup to you\b|\boptional\b|\bor none\b|\bif you (?:want|like|wish|do)\b|\b(?:don['’]t|do not) (?:have|need) to\b|\bno need\b|\byou can(?!['’]t|not)\b|\bif you give\b|\?$/i,
  },
  {
    policy: 'Pay is a fact you may state plainly, not a complaint',
    breaks: /\b(?:don['’]t|do not|never) (?:mention|say|bring up|talk about|raise)\b[^.]*\b(?:pay|salary)\b/i,
  },
];

function breaches(text: string): string[] {
  return RULINGS.flatMap(({ policy, breaks, unless, byParagraph }) =>
    (byParagraph ? paragraphs(text) : sentences(text))
      .filter((part) => breaks.test(part) && !(unless?.test(part) ?? false))
      .map((part) => `${policy}: "${part}"`),
  );
}

const candidatePages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, source: readFileSync(join(DOCS, file), 'utf8') }))
  // Employers owe a candidate a short true reason (withdraw-an-invitation): the reason rulings are a candidate's.
  .filter(({ source }) => !/^audience: employer$/m.test(source));

describe('candidate pages say nothing the policy rules out', () => {
  test.each(candidatePages.map(({ file, source }) => [file, source]))('%s', (_file, source) => {
    expect(breaches(prose(source))).toEqual([]);
  });

  // The lines the audit found, each caught.
  test.each([
    ['Feeling nervous, or wanting more time, is not an emergency. You can still cancel or ask to move in those cases.'],
    ['If your reason is nerves about presenting, think again before you pull out.'],
    ['If you still want out, be honest with yourself. Then use a neutral reason, or none.'],
    ['Say plainly that you missed it and give a one-line honest reason.'],
    ['Contact them as soon as you notice, apologise once, explain in a line, and ask for a second chance.'],
    ['Then say what happened, in one honest line.'],
    ["Say who you are, that you can't make it, and a few words on why."],
    ['Say sorry for the short notice, name the reason in a few words, and say what you want next.'],
    ["Don't mention bad reviews, low pay offers or a rude first call."],
  ])('catches %j', (line) => {
    expect(breaches(line)).toHaveLength(1);
  });

  test.each([
    ['If you are nervous, go. Nerves are not a reason to cancel.\n\nIf you have taken another job, you can still cancel.'],
    ['A reason is up to you, but if you give one, keep it to one true line.'],
    ['If you want to, say what happened, in one honest line.'],
    ["Don't complain about bad reviews, the pay or a rude first call."],
  ])('passes %j', (line) => {
    expect(breaches(line)).toEqual([]);
  });
});
