// A page may not state a timing rule the rulebook does not hold: every quantity of time in a page's
// prose ("24 hours", "two working days", "15 minutes") must be one of the rulebook's own numbers,
// or a listed exception that is not a rule. Rules themselves are printed with <Rule id="…" />.
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

const DOCS = 'src/content/docs';
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, ten: 10, twelve: 12, 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72, a: 1, an: 1 };

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

/** Quantities of time on one page that are an example's facts, not rules, each with why. */
const EXAMPLES_ON: Record<string, Record<string, string>> = {
  'candidates/assessment-day-task-or-presentation.mdx': { 'four hours': 'the length a take-home task said it would take, in a quoted line' },
  'candidates/how-much-notice.mdx': { '30 minutes': 'how close the interview is in an example' },
  'candidates/last-minute-and-same-day.mdx': { 'two hours': 'how close the interview is in an example' },
  'candidates/missed-the-interview.mdx': { 'five minutes': 'how long not to dwell on being late, not when to act' },
  'employers/reply-to-a-candidate-who-cancels.mdx': { 'a minute': 'how long a reply takes to write' },
};

/** Quantities of time on any page that are not timing rules, each with why. */
const NOT_RULES: Record<string, string> = {
  'half a minute': 'how long a voicemail runs, not when to act',
  'one day': 'the idiom "one day" (some day), not a duration',
  'a day': 'the idiom in "a day or two", not a rule',
  '25 hours': 'how long a day is when the clocks go back, a fact of the calendar',
};

const QUANTITY = /\b(\d+|one|two|three|four|five|six|seven|eight|ten|twelve|twenty-four|forty-eight|seventy-two|half an?|an?)[\s-]+(working hours?|hours?|minutes?|working days?)\b/gi;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : path.endsWith('.mdx') ? [path] : [];
  });
}

/** The prose a reader sees: no front matter, imports, components or code. */
function prose(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[A-Z][\s\S]*?\/>/g, '');
}

function quantities(text: string): { phrase: string; key: string }[] {
  return [...text.matchAll(QUANTITY)].map((match) => {
    const [phrase = '', amount = '', unit = ''] = match;
    const count = /^half/i.test(amount) ? 0.5 : (WORDS[amount.toLowerCase()] ?? Number(amount));
    return { phrase: phrase.toLowerCase(), key: `${count} ${unit.toLowerCase().replace(/s$/, '')}` };
  });
}

/** The quantities in a text that are neither the rulebook's nor a listed non-rule. */
function strays(text: string, page = ''): string[] {
  const allowed = [...Object.keys(NOT_RULES), ...Object.keys(EXAMPLES_ON[page] ?? {})];
  return quantities(text)
    .filter(({ phrase, key }) => !RULEBOOK.has(key) && !allowed.some((ok) => phrase.startsWith(ok)))
    .map(({ phrase }) => phrase);
}

describe('guide pages state no timing rule the rulebook does not hold', () => {
  test.each(pages(DOCS).map((path) => [relative(DOCS, path), path]))('%s', (name, path) => {
    expect(strays(prose(readFileSync(path, 'utf8')), name)).toEqual([]);
  });

  test('the check itself catches a stray rule and passes a rulebook one', () => {
    expect(strays('Call if you hear nothing within 48 hours.')).toEqual(['48 hours']);
    expect(strays('With under 24 hours to go, call.')).toEqual([]);
    expect(strays('Allow two working days.')).toEqual([]);
  });

  test('every rule statement uses only the rulebook’s numbers', () => {
    expect(Object.values(RULES).flatMap(({ statement }) => strays(statement))).toEqual([]);
  });
});
