// Reads every message kind over a matrix of situations, as a recruiter would read them, and fails on
// the habits that make a message sound generated or say what the person did not say.
import { describe, expect, test } from 'vitest';
import { compose, type PlanStep } from '../../src/lib/messages/index';
import { CHANNEL_LIMITS, SENTENCE_WORD_LIMIT, countWords, isLimitedChannel, lengthIn, sentencesOf } from '../../src/lib/messages/text-length';
import { readName } from '../../src/lib/messages/writing';
import type { Message, MessageKind } from '../../src/lib/types';
import { APOLOGY, FIELD_SETS, SIDES, planSteps } from './fixtures/messages';

interface Case {
  kind: MessageKind;
  fields: Record<string, unknown>;
  step: PlanStep | undefined;
  locale: string;
  label: string;
}

function* cases(): Generator<Case> {
  const sets = Object.entries(FIELD_SETS);
  let turn = 0;
  for (const side of Object.values(SIDES)) {
    for (const kind of side.kinds) {
      for (const reason of side.reasons) {
        for (const tone of ['warm', 'formal']) {
          for (const step of planSteps(side.kinds)) {
            // Each combination takes the next field set, wish and locale in turn, so all of them are
            // read; MATRIX_FULL=1 reads every wish with every combination (five times as many).
            const wishes = process.env['MATRIX_FULL'] ? side.wishes : [side.wishes[turn % side.wishes.length]];
            for (const wish of wishes) {
              const [setName, set] = sets[turn % sets.length] ?? ['every field', {}];
              const locale = turn % 3 === 0 ? 'en-US' : 'en-GB';
              turn += 1;
              const fields = { ...set, reason, tone, wish };
              yield { kind, fields, step, locale, label: `${kind} | ${setName} | ${reason} | ${tone} | ${wish} | ${step ? `${step.notice}/${step.after}` : 'alone'} | ${locale}` };
            }
          }
        }
      }
    }
  }
}

const words = (text: string): string[] => text.toLowerCase().replace(/[^\p{L}\p{N}'’+@.-]+/gu, ' ').split(/\s+/u).map((word) => word.replace(/^[.'’-]+|[.'’-]+$/gu, '')).filter(Boolean);

/** Every run of six words that appears twice in the message. */
function repeatedRuns(text: string): string[] {
  const list = words(text);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let index = 0; index + 6 <= list.length; index++) {
    const run = list.slice(index, index + 6).join(' ');
    if (seen.has(run)) repeated.add(run);
    seen.add(run);
  }
  return [...repeated];
}

function repeatedSentences(text: string): string[] {
  const seen = new Set<string>();
  return sentencesOf(text.replace(/"/gu, ''))
    .map((line) => line.toLowerCase())
    .filter((line) => {
      const again = seen.has(line);
      seen.add(line);
      return again;
    });
}

/** The name the message greets or addresses, from "Hi Marta," or "Hello Marta, this is…". */
function greetedName(body: string): string | undefined {
  return /^(?:Hi|Dear) (.+),$/mu.exec(body)?.[1] ?? /"?Hello ([^,."]+)[,.]/u.exec(body)?.[1];
}

function problems(message: Message, { fields, step, kind }: Case): string[] {
  const found: string[] = [];
  const text = message.body;
  const all = `${message.subject ?? ''}\n${text}`;
  for (const sentence of repeatedSentences(text)) found.push(`repeats the sentence "${sentence}"`);
  for (const run of repeatedRuns(text)) found.push(`repeats "${run}"`);
  if (/(?<![\d:])0\d(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)/iu.test(all)) found.push('zero-pads a 12-hour time');
  if (/\b\d{1,2}:\d\d\b(?!\s?(?:am|pm|a\.m\.|p\.m\.))/iu.test(all.replace(/\+[\d ]+/gu, ''))) found.push('writes a 24-hour clock');
  const recipient = typeof fields['recipientName'] === 'string' ? readName(fields['recipientName']) : undefined;
  const greeted = greetedName(text);
  if (recipient?.given && greeted && fields['tone'] === 'warm' && greeted !== recipient.given) found.push(`greets "${greeted}", not the first name`);
  if (recipient?.title && recipient.surname && greeted && fields['tone'] === 'formal' && greeted !== `${recipient.title} ${recipient.surname}`) found.push(`greets "${greeted}", not title and surname`);
  const company = typeof fields['company'] === 'string' ? fields['company'] : undefined;
  for (const sentence of sentencesOf(text)) {
    if (company && sentence.split(company).length > 2) found.push(`names the company twice in "${sentence}"`);
    if (countWords(sentence) > SENTENCE_WORD_LIMIT) found.push(`runs to ${countWords(sentence)} words: "${sentence}"`);
  }
  const hasMet = fields['stage'] === 'between-rounds' && step?.notice !== 'missed' && kind !== 'missed-apology';
  if (!hasMet && /\benjoy/iu.test(text)) found.push('says "enjoyed" before any meeting');
  if (isLimitedChannel(message.channel) && lengthIn(message.channel, text) > CHANNEL_LIMITS[message.channel].max) {
    found.push(`${lengthIn(message.channel, text)} ${CHANNEL_LIMITS[message.channel].unit}, over the ${message.channel} limit`);
  }
  if (/undefined|NaN|\[object|\{|\}/u.test(all)) found.push('shows a gap');
  // One apology at most, in every message; the short-notice one only in a short-notice plan.
  const apologies = text.match(APOLOGY)?.length ?? 0;
  if (apologies > 1) found.push(`apologises ${apologies} times`);
  if (step && step.notice !== 'short' && /short notice/iu.test(text)) found.push('apologises for short notice in a plan with enough notice');
  return found;
}

describe('every message kind over the matrix of situations', () => {
  test('no repeats, no machine times, first names, short sentences, within channel limits', () => {
    const failures: string[] = [];
    let count = 0;
    for (const item of cases()) {
      const message = compose(item.kind, item.fields, { locale: item.locale, ...(item.step ? { step: item.step } : {}) });
      count += 1;
      for (const problem of problems(message, item)) if (failures.length < (process.env['MATRIX_SUMMARY'] ? 1e6 : 30)) failures.push(failures.length < 3 ? `${item.label}: ${problem}\n${message.body}` : `${item.label}: ${problem}`);
    }
    if (process.env['MATRIX_SUMMARY']) {
      const tally = new Map<string, number>();
      for (const failure of failures) {
        const key = failure.split('\n')[0]?.replace(/^(\S+) \|.*?: (\D{0,40}).*$/u, '$1: $2') ?? '';
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      console.log([...tally].map(([key, n]) => `${n}\t${key}`).join('\n'));
    }
    if (process.env['MATRIX_SUMMARY']) console.log(`${count} messages read`);
    expect(count).toBeGreaterThanOrEqual(2000);
    expect(failures).toEqual([]);
  }, 120_000);
});
