import { describe, expect, test } from 'vitest';
import { isRuleId, RULE_IDS, RULES } from '../../../src/lib/advice/statements';

const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z“"])/u);
const words = (sentence: string): number => sentence.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('the rulebook in words', () => {
  test.each(RULE_IDS)('%s: plain sentences of 25 words or fewer, with a one-line reason', (id) => {
    const { statement, why } = RULES[id];
    for (const sentence of sentences(statement)) expect([sentence, words(sentence) <= 25]).toEqual([sentence, true]);
    expect(words(why)).toBeLessThanOrEqual(25);
    // A guide page prints these as they are: no "we", which would read as the reader's side.
    expect(statement).not.toMatch(/\b(we|We)\b/);
  });

  // employer-apology: an employer says sorry once for the change whatever the notice, so a sentence
  // that lets more notice go without an apology may speak of candidates only.
  test('no statement lets an employer off the apology for a change', () => {
    const excusing = RULE_IDS.flatMap((id) => sentences(RULES[id].statement).map((sentence) => [id, sentence] as const)).filter(
      ([, sentence]) => /nothing to (say sorry|apologi[sz]e) for|no (need for an? )?apology|no need to (say sorry|apologi[sz]e)/i.test(sentence),
    );
    for (const [id, sentence] of excusing) expect([id, sentence]).toEqual([id, expect.stringMatching(/\bcandidates?\b/)]);
  });

  // The policy: with short notice, one apology in every message of the plan, not one across them all.
  test('the short-notice apology says it goes in each message, once', () => {
    expect(RULES['short-notice-apology'].statement).toMatch(/\bonce in each message\b/u);
  });

  test('an unknown id is not a rule', () => {
    expect(isRuleId('candidate-short-notice')).toBe(true);
    expect(isRuleId('toString')).toBe(false);
    expect(isRuleId('made-up')).toBe(false);
  });
});
