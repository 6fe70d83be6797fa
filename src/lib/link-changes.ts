// What a prefill link changed in a person's saved details, in words, for the notice that offers
// the saved details back. Keys are the query names of links.ts, plus `kinds` for the messages ticked.

const KEY_WORDS: Record<string, string> = {
  who: 'who you are',
  stage: 'where things stand',
  wish: 'what you want to do',
  reason: 'the reason',
  date: 'the date',
  time: 'the time',
  zone: 'the time zone',
  personZone: 'your time zone',
  fold: 'which time is meant',
  spoke: 'whether you have called',
  channels: 'how you can reach them',
  kinds: 'the messages chosen',
};

/** "the date and the time": the fields a link changed, as a person reads them. */
export function changedInWords(keys: readonly string[]): string {
  const words = [...new Set(keys.map((key) => KEY_WORDS[key] ?? 'details'))];
  return words.length <= 1 ? (words[0] ?? 'details') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
