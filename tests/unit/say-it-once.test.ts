// Each rule has one home page (issue #12). Its number is stated there, in prose or through
// <Rule id>, and other pages link to it instead of restating it. Reads the pages' MDX sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const DOCS = new URL('../../src/content/docs/', import.meta.url).pathname;

/**
 * Pages left out, with the reason. (The decision helper's page lists every rule through
 * <RuleList>, which this file does not count as a <Rule> home: it is the rulebook's index.)
 */
const NOT_OURS: Record<string, string> = {
  'examples.mdx': 'example messages from the generator, owned by the message kinds',
};

const pages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ file: relative(DOCS, join(DOCS, file)), source: readFileSync(join(DOCS, file), 'utf8') }))
  .filter(({ file }) => !(file in NOT_OURS));

/** The page's own words: no `searchTerms` (search words, never shown), imports, quoted messages or link targets. */
function prose(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*(searchTerms:|import |>)/.test(line))
    .join('\n')
    .replace(/\]\([^)]*\)/g, ']'); // keep a link's text, drop its address
}

/** Link text is allowed to name the rule: "[less than 24 hours](/candidates/how-much-notice/)". */
function proseOutsideLinks(source: string): string {
  return prose(source).replace(/\[[^\]]*\]/g, '');
}

interface RuleHome {
  rule: string;
  /** How a restatement of the rule reads. */
  words: RegExp;
  /** The page that states it: its words may appear there. */
  home: string;
  /** Rule ids whose <Rule> must be on the home page. */
  printed: string[];
  /** Other pages that print the same <Rule>, with the reason. */
  alsoPrintedOn?: Record<string, string>;
  /** Other pages whose own, different rule uses the same words, with the reason. */
  alsoSaidOn?: Record<string, string>;
}

const RULE_HOMES: RuleHome[] = [
  {
    rule: 'the candidate notice line (24 hours)',
    words: /\b24[- ]hours?\b|\b(less than|under|more than) a day\b/i,
    home: 'candidates/how-much-notice.mdx',
    printed: ['candidate-enough-notice', 'candidate-short-notice'],
    alsoPrintedOn: { 'index.mdx': 'the home page gives the two notice rules to people short on time' },
  },
  {
    rule: 'the employer notice line (two working days)',
    words: /\btwo working days\b|\b2 working days\b/i,
    home: 'employers/cancel-or-move-an-interview.mdx',
    printed: ['employer-short-notice', 'employer-enough-notice'],
  },
  {
    rule: 'running late (15 minutes)',
    words: /\b(15|fifteen) minutes late\b|\bquarter of the slot\b/i,
    home: 'faq/interview-etiquette.mdx',
    printed: ['running-late'],
    alsoPrintedOn: { 'candidates/last-minute-and-same-day.mdx': 'the same-day page answers running late in place, for someone already on the way' },
  },
  {
    rule: 'one apology',
    words: /\b(apologi[sz](e|es|ing)|say(s|ing)? sorry) once\b|\bone sorry\b/i,
    home: 'candidates/mistakes-that-burn-bridges.mdx',
    printed: ['one-sorry', 'short-notice-apology'],
    alsoPrintedOn: { 'candidates/what-to-say.mdx': 'its "How much should I apologise?" answers with the short-notice rule in place, and links to the home' },
    alsoSaidOn: { 'candidates/missed-the-interview.mdx': 'the apology for a missed interview is its own rule (missed-apology)' },
  },
  {
    rule: 'other interviews after an offer',
    words: /\b(signed or )?accepted in writing\b/i,
    home: 'candidates/job-offers.mdx',
    printed: ['other-interviews-after-offer'],
    alsoSaidOn: { 'faq/employers.mdx': 'the employer’s side: other candidates hear once the chosen one accepts in writing' },
  },
];

describe.each(RULE_HOMES)('$rule', ({ words, home, printed, alsoPrintedOn = {}, alsoSaidOn = {} }) => {
  test('is printed on its home page from the rulebook', () => {
    const source = pages.find(({ file }) => file === home)?.source ?? '';
    for (const id of printed) expect(source, `${home} prints <Rule id="${id}">`).toContain(`<Rule id="${id}"`);
  });

  test('is not restated in the prose of any other page', () => {
    const restating = pages
      .filter(({ file }) => file !== home && !(file in alsoSaidOn))
      .flatMap(({ file, source }) => {
        const found = proseOutsideLinks(source).match(words);
        return found ? [`${file}: "${found[0]}"`] : [];
      });
    expect(restating).toEqual([]);
  });

  test('is printed through <Rule> on its home page only (and the listed exceptions)', () => {
    const printing = pages
      .filter(({ file }) => file !== home && !(file in alsoPrintedOn))
      .filter(({ source }) => printed.some((id) => source.includes(`<Rule id="${id}"`)))
      .map(({ file }) => file);
    expect(printing).toEqual([]);
  });
});

/** A question about a rule, and the rule its answer opens with: the reader who asks it gets the rule first. */
const ANSWERED_WITH: [heading: RegExp, id: string][] = [[/\brunning late\b/i, 'running-late']];

/** Each heading's first block of text (its answer's opening), by page. */
function openings(source: string): { heading: string; opening: string }[] {
  const found: { heading: string; opening: string }[] = [];
  const lines = source.split('\n');
  lines.forEach((line, index) => {
    const heading = /^#{2,3} (.*)$/.exec(line)?.[1];
    if (heading === undefined) return;
    const rest = lines.slice(index + 1);
    const start = rest.findIndex((next) => next.trim() !== '');
    const end = rest.findIndex((next, at) => at > start && next.trim() === '');
    found.push({ heading, opening: rest.slice(start, end === -1 ? undefined : end).join('\n') });
  });
  return found;
}

describe.each(ANSWERED_WITH)('a question matching %s', (heading, id) => {
  test(`opens its answer with <Rule id="${id}">`, () => {
    const missing = pages.flatMap(({ file, source }) =>
      openings(source)
        .filter((section) => heading.test(section.heading) && !section.opening.includes(`<Rule id="${id}"`))
        .map((section) => `${file}: ${section.heading}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('"Do I have to give a reason?"', () => {
  const REASON_HEADING = /^#{2,3} (do|must|should) (i|we) (have to |need to )?(give|owe|explain|tell)\b.*(\ba reason\b|\bwhy (i'm|i am|we're|we are)\b).*\?$/im;
  test('is a heading on the candidates’ reasons page and in the employer FAQ only', () => {
    const asking = pages.filter(({ source }) => REASON_HEADING.test(source)).map(({ file }) => file);
    expect(asking.sort()).toEqual(['candidates/reasons.mdx', 'faq/employers.mdx']);
  });
});

describe('the patterns that read as generated', () => {
  test('no "Here are the steps." line between a summary and the steps it repeats', () => {
    const announcing = pages.filter(({ source }) => /\b(here are the (\w+ )?steps|follow these steps)\b/i.test(prose(source)));
    expect(announcing.map(({ file }) => file)).toEqual([]);
  });
});
