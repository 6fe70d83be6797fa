// A page may not state a timing rule the rulebook does not hold: every quantity of time in a page's
// prose and in its title, description and summary ("24 hours", "two working days", "a few days",
// "a day or two", "the next morning") must be one of the rulebook's own numbers, words a rule
// statement uses, or a listed exception that is not a rule. Rules themselves are printed with
// <Rule id="…" />, and a rulebook number in a page's body is printed from the rulebook too
// ({CANDIDATE_SHORT_NOTICE_HOURS}, imported in the MDX), never typed: only the front matter and
// headings, which cannot print it (a heading's anchor and contents entry are read from its source),
// type the number, and there it must be the rulebook's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ACT_WITHIN_MINUTES_WHEN_SHORT,
  CALL_AGAIN_AFTER_MINUTES,
  CANDIDATE_SHORT_NOTICE_HOURS,
  EMPLOYER_SHORT_NOTICE_WORKING_DAYS,
  RUNNING_LATE_MINUTES,
} from '../../src/lib/advice/rules';
import { WORKING_DAY_HOURS } from '../../src/lib/advice/working-hours';
import { RULES } from '../../src/lib/advice/statements';
import { CHANNEL_LIMITS } from '../../src/lib/messages/text-length';

const DOCS = 'src/content/docs';
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, 'forty-five': 45, ninety: 90, 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72,
  a: 1, an: 1,
};
/** Amounts no rule can hold: a rule names its number. */
const VAGUE = ['a few', 'few', 'several', 'a couple of', 'couple of'];

/** The rulebook's quantities of time, as "24 hour", "2 working day", "15 minute". */
const RULEBOOK = new Set([
  `${CANDIDATE_SHORT_NOTICE_HOURS} hour`,
  `${EMPLOYER_SHORT_NOTICE_WORKING_DAYS} working day`,
  `${EMPLOYER_SHORT_NOTICE_WORKING_DAYS * WORKING_DAY_HOURS} working hour`,
  `${RUNNING_LATE_MINUTES} minute`,
  `${ACT_WITHIN_MINUTES_WHEN_SHORT} minute`,
  `${ACT_WITHIN_MINUTES_WHEN_SHORT / 60} hour`,
  `${CALL_AGAIN_AFTER_MINUTES} minute`,
]);

/** Every rule statement, for phrases such as "the same day" that a rule itself uses. */
const STATEMENTS = Object.values(RULES)
  .map(({ statement }) => statement.toLowerCase())
  .join('\n');

/** Quantities of time on one page that are an example's facts, not rules, each with why. */
const EXAMPLES_ON: Record<string, Record<string, string>> = {
  'candidates/assessment-day-task-or-presentation.mdx': { 'four hours': 'the length a take-home task said it would take, in a quoted line' },
  'candidates/how-much-notice.mdx': { '30 minutes': 'how close the interview is in an example' },
  'candidates/last-minute-and-same-day.mdx': { 'two hours': 'how close the interview is in an example' },
  'candidates/missed-the-interview.mdx': { 'five minutes': 'how long not to dwell on being late, not when to act' },
  'employers/candidate-no-show.mdx': { 'a reminder a day before': 'when to remind a candidate of a booked interview, not a rule about backing out' },
  'employers/reply-to-a-candidate-who-cancels.mdx': { 'a minute': 'how long a reply takes to write' },
};

/** Quantities of time on any page that are not timing rules, each with why. Each is matched with its words around it. */
const NOT_RULES: Record<string, string> = {
  'half a minute': 'how long a voicemail runs, not when to act',
  'one day': 'the idiom "one day" (some day), not a duration',
  'a day to think': 'time to think before deciding; the rules start once you have decided',
  'once a day': 'how often some people check voicemail, a fact, not when to act',
};

const AMOUNT = `(?:\\d+|${[...VAGUE, 'half an?', ...Object.keys(WORDS)].sort((a, b) => b.length - a.length).join('|')})`;
const UNIT = '(?:working hours?|hours?|minutes?|working days?|days?|weeks?)';
/** "30 seconds": no rule holds seconds (a voicemail's length is its word limit). Not "a second", the ordinal. */
const SECONDS = /\b(?:\d+|ten|fifteen|twenty|thirty|forty-five|ninety)\s+seconds?\b/gi;
/** "24 hours", "two or three days", "ten to fifteen minutes", "a few working days". */
const QUANTITY = new RegExp(`\\b(?:(${AMOUNT})\\s+(?:or|to)\\s+)?(${AMOUNT})[\\s-]+(${UNIT})\\b`, 'gi');

/** Timing phrases with no counted amount: each one sets a deadline no rule holds. */
const PHRASES: RegExp[] = [
  /\b(?:minute|hour|day|week)s? or two\b/gi, // "a day or two", "the next week or two"
  /\bnext morning\b|\bmorning after\b/gi,
  /\bif (?:it['’]s|it is|the \w+ is|you are|you're) (?:on )?the same day\b/gi, // "the same day" as a notice line
];

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : path.endsWith('.mdx') ? [path] : [];
  });
}

/** A component's opening or self-closing tag, attributes and all (quoted or {braced} values may hold ">"). */
const COMPONENT_TAG = /<[A-Z][\w.]*(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*\/?>/g;

/** The prose a reader sees: no front matter, imports, exports, components, code or link targets. */
export function prose(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^(?:import|export) .*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(COMPONENT_TAG, '')
    .replace(/<\/[A-Z][\w.]*>/g, '') // a closing tag; the text between the tags is prose and stays
    .replace(/\]\([^)]*\)/g, ']'); // keep a link's text, drop its address
}

/** What the front matter shows readers and search engines: the title, description and summary. */
export function shownFrontMatter(source: string): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return [...front.matchAll(/^(?:title|description|summary):\s*(.*)$/gm)].map(([, value = '']) => value).join('\n');
}

const count = (amount: string): number => {
  const lower = amount.toLowerCase();
  if (VAGUE.includes(lower)) return Number.NaN;
  return /^half/.test(lower) ? 0.5 : (WORDS[lower] ?? Number(amount));
};

function quantities(text: string): { phrase: string; amounts: string[]; keys: string[]; index: number }[] {
  return [...text.matchAll(QUANTITY)].map((match) => {
    const [phrase = '', low, amount = '', unit = ''] = match;
    const single = unit.toLowerCase().replace(/s$/, '');
    const amounts = [low, amount].filter((each) => each !== undefined);
    const keys = amounts.map((each) => `${count(each)} ${single}`);
    return { phrase: phrase.toLowerCase(), amounts, keys, index: match.index };
  });
}

/** Is the phrase found at `index` inside one of the allowed wordings ("once a day" covers its "a day")? */
function isCovered(text: string, index: number, phrase: string, allowed: string[]): boolean {
  const lower = text.toLowerCase();
  return allowed.some((ok) => {
    for (let start = lower.indexOf(ok); start !== -1; start = lower.indexOf(ok, start + 1)) {
      if (start <= index && start + ok.length >= index + phrase.length) return true;
    }
    return false;
  });
}

/** The quantities and timing phrases in a text that are neither the rulebook's nor a listed non-rule. */
function strays(text: string, page = '', rulebook: ReadonlySet<string> = RULEBOOK): string[] {
  const allowed = [...Object.keys(NOT_RULES), ...Object.keys(EXAMPLES_ON[page] ?? {})];
  const counted = quantities(text)
    .filter(({ phrase, keys, index }) => !keys.every((key) => rulebook.has(key)) && !isCovered(text, index, phrase, allowed))
    .map(({ phrase }) => phrase);
  // A counted amount must be the rulebook's number; a worded phrase may be one a rule statement uses.
  const worded = PHRASES.flatMap((pattern) => [...text.matchAll(pattern)])
    .filter(({ 0: phrase, index }) => !isCovered(text, index, phrase, allowed) && !STATEMENTS.includes(phrase.toLowerCase()))
    .map(([phrase]) => phrase.toLowerCase());
  const seconds = [...text.matchAll(SECONDS)].map(([phrase]) => phrase.toLowerCase());
  return [...counted, ...worded, ...seconds];
}

/** The body's prose without its headings: where a rulebook number can be printed, not typed. */
export function bodyProse(source: string): string {
  return prose(source)
    .split('\n')
    .filter((line) => !/^#{1,6}\s/.test(line))
    .join('\n');
}

/** The channels' word limits (a voicemail's 80 words), which a page prints from text-length.ts. */
const WORD_LIMITS = new Set<number>(Object.values(CHANNEL_LIMITS).flatMap((limit) => (limit.unit === 'words' ? [limit.max] : [])));

/**
 * A rulebook number typed as a number ("24 hours", "fifteen minutes", "80 words"), where the page
 * could print it from the rulebook. "An hour" and "a day" are everyday words, not a typed number.
 */
function typedByHand(text: string): string[] {
  const isNumber = (amount: string): boolean => /^\d+$/.test(amount) || (Object.hasOwn(WORDS, amount.toLowerCase()) && !['a', 'an'].includes(amount.toLowerCase()));
  const times = quantities(text)
    .filter(({ amounts, keys }) => amounts.every(isNumber) && keys.every((key) => RULEBOOK.has(key)))
    .map(({ phrase }) => phrase);
  const words = [...text.matchAll(new RegExp(`\\b(${AMOUNT})\\s+words\\b`, 'gi'))]
    .filter(([, amount = '']) => isNumber(amount) && WORD_LIMITS.has(count(amount)))
    .map(([phrase]) => phrase.toLowerCase());
  return [...times, ...words];
}

describe('guide pages state no timing rule the rulebook does not hold', () => {
  test.each(pages(DOCS).map((path) => [relative(DOCS, path), path]))('%s', (name, path) => {
    const source = readFileSync(path, 'utf8');
    expect({ prose: strays(prose(source), name), frontMatter: strays(shownFrontMatter(source), name) }).toEqual({ prose: [], frontMatter: [] });
  });

  test.each(pages(DOCS).map((path) => [relative(DOCS, path), path]))('%s: prints the rulebook’s numbers in its body, never types them', (_name, path) => {
    expect(typedByHand(bodyProse(readFileSync(path, 'utf8')))).toEqual([]);
  });

  test('a rulebook number typed in the body is caught; printed from the rulebook, or in a heading or the front matter, it is not', () => {
    const source = [
      '---',
      'title: Notice',
      'description: Aim for at least 24 hours.',
      '---',
      "import { CANDIDATE_SHORT_NOTICE_HOURS } from '../../../lib/advice/rules';",
      '',
      "## Can I cancel with less than 24 hours' notice?",
      '',
      'Aim for at least 24 hours, or [less than 24 hours away](/x/). Wait fifteen minutes. Keep it under 80 words, or 30 seconds.',
      '',
      'Aim for {CANDIDATE_SHORT_NOTICE_HOURS} hours. With an hour to go, call.',
    ].join('\n');
    expect(typedByHand(bodyProse(source))).toEqual(['24 hours', '24 hours', 'fifteen minutes', '80 words']);
    expect(strays(prose(source))).toEqual(['30 seconds']);
  });

  test('a number the front matter or a heading types must be the rulebook’s own: changed there, it would be caught', () => {
    const source = "---\ntitle: Notice\ndescription: Aim for at least 24 hours.\n---\n## Why is 24 hours the rule?\n";
    expect(strays(shownFrontMatter(source))).toEqual([]);
    expect(strays(prose(source))).toEqual([]);
    const withOtherLine = new Set([...RULEBOOK].map((key) => (key === `${CANDIDATE_SHORT_NOTICE_HOURS} hour` ? '36 hour' : key)));
    expect(strays(shownFrontMatter(source), '', withOtherLine)).toEqual(['24 hours']);
    expect(strays(prose(source), '', withOtherLine)).toEqual(['24 hours']);
  });

  test('the check itself catches a stray rule and passes a rulebook one', () => {
    expect(strays('Call if you hear nothing within 48 hours.')).toEqual(['48 hours']);
    expect(strays('With under 24 hours to go, call.')).toEqual([]);
    expect(strays('Allow two working days.')).toEqual([]);
    expect(strays('If you will be 15 minutes late, say so.')).toEqual([]);
  });

  // Lines the audit found on the pages, each a timing no rule holds.
  test.each([
    ['Reply to the invite within a day or two, thank them.', ['a day', 'day or two']],
    ['When a candidate cancels an interview, reply within a day.', ['a day']],
    ['email everyone else within a day or two', ['a day', 'day or two']],
    ['The same day the decision is made, or the next morning at the latest.', ['next morning']],
    ['all within the next week or two', ['week or two']],
    ['send two follow-ups at most, a few days apart', ['a few days']],
    ['If a candidate asks for feedback, answer within a few days.', ['a few days']],
    ['If you hear nothing in a few working days, close it.', ['a few working days']],
    ['Two or three days’ notice feels routine.', ['two or three days']],
    ['Wait about ten to fifteen minutes.', ['ten to fifteen minutes']],
    ['Allow several hours.', ['several hours']],
    ['Don’t turn up ill. If it’s the same day, call first.', ['if it’s the same day']],
  ])('catches %j', (line, expected) => {
    expect(strays(line)).toEqual(expected);
  });

  test('a phrase a rule statement uses is the rulebook’s own', () => {
    expect(strays('Confirm it in writing the same day.')).toEqual([]);
  });

  test('an allowed wording covers only its own words', () => {
    expect(strays('Some people only check voicemail once a day.')).toEqual([]);
    expect(strays('Some people only check voicemail once a day. Reply within a day.')).toEqual(['a day']);
  });

  test('reads the prose between a component’s tags, and none of its attributes', () => {
    const source = '---\ntitle: T\n---\n<CardGrid>\n  <LinkCard title="A" description="Tell them within 48 hours." />\n</CardGrid>\n\nReply within a day or two.\n\n<Rule id="real-hours" />\nAsk within several days.';
    expect(strays(prose(source))).toEqual(['a day', 'several days', 'day or two']);
  });

  test('reads the title, description and summary in the front matter', () => {
    const source = '---\ntitle: Decline\ndescription: Reply within a day or two.\nsummary: Act in a few days.\nsearchTerms: [48 hours]\n---\nBody.';
    expect(strays(shownFrontMatter(source))).toEqual(['a day', 'a few days', 'day or two']);
  });

  test('every rule statement uses only the rulebook’s numbers', () => {
    expect(Object.values(RULES).flatMap(({ statement }) => strays(statement))).toEqual([]);
  });
});
