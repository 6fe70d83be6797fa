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

const wordsFor = (keys: readonly string[]): string[] => [...new Set(keys.map((key) => KEY_WORDS[key] ?? 'details'))];
const listed = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? 'details') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** "the date and the time": the fields a link changed, as a person reads them. */
export function changedInWords(keys: readonly string[]): string {
  return listed(wordsFor(keys));
}

// Who is writing and which messages are ticked only set the tool up, in plain view (our own guides
// link so); every other field a link fills can put a fact or a claim into a message.
const SETS_UP_THE_TOOL = new Set(['who', 'kinds']);

/**
 * The note when a link filled in a form nothing was saved in, so that no reason, date or stage a
 * stranger's link chose reaches a message unseen; null when it only set the tool up.
 */
export function filledByLink(keys: readonly string[]): string | null {
  const words = wordsFor(keys.filter((key) => !SETS_UP_THE_TOOL.has(key)));
  if (words.length === 0) return null;
  return `The link you followed filled in ${listed(words)}. Check ${words.length === 1 ? 'it' : 'them'} before you send anything.`;
}
