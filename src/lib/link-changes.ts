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

// A list in a link (its messages, its people and ways to reach them) is left out only in part.
const LEFT_OUT_WORDS: Record<string, string> = { ...KEY_WORDS, kinds: 'some of the messages', channels: 'some of the people and ways to reach them' };
const IN_PART = new Set(['kinds', 'channels']);

/**
 * The note when a link carried values that could not be used (prefillSituation's `leftOut`), so a
 * part of a link never vanishes unsaid; null when it left nothing out. Our words only, never the values.
 */
export function leftOutByLink(keys: readonly string[]): string | null {
  const words = [...new Set(keys.map((key) => LEFT_OUT_WORDS[key] ?? 'details'))];
  if (words.length === 0) return null;
  return words.length === 1 && !keys.some((key) => IN_PART.has(key))
    ? `We could not use one part of the link you followed, so we left it out: ${listed(words)}.`
    : `We could not use some parts of the link you followed, so we left them out: ${listed(words)}.`;
}

/**
 * All a person who followed a link is told of it on arrival, in one place for both islands: what
 * it left out, then, with nothing saved, what it filled in (with details saved, the note offering
 * them back says what it changed). Null when there is nothing to say.
 */
export function linkNote(link: { changed: readonly string[]; leftOut: readonly string[] }, isSaved: boolean): string | null {
  const notes = [leftOutByLink(link.leftOut), isSaved ? null : filledByLink(link.changed)].filter((note) => note !== null);
  return notes.length > 0 ? notes.join(' ') : null;
}
