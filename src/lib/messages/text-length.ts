// Word and character counts, and the length each channel takes, declared once: the templates,
// the draft checker, the islands and the tests all read them from here. Characters are counted in a
// file of their own (./characters.ts): the builder's form counts a reason line as it loads, and need
// not bring the message lengths with it.
import { characterCount, firstCharacters } from './characters';

export { characterCount, firstCharacters } from './characters';

export type LimitedChannel = 'email' | 'text' | 'voicemail' | 'linkedin';

export interface LengthLimit {
  unit: 'words' | 'characters';
  max: number;
}

/**
 * Longest message each channel takes. Email: 150 words, read in well under a minute. Text: 320
 * characters, two SMS segments. Voicemail: 80 words, about thirty seconds spoken. LinkedIn: 300
 * characters, the cap on a connection note. A phone script has no limit: it is read, not sent.
 */
export const CHANNEL_LIMITS = {
  email: { unit: 'words', max: 150 },
  text: { unit: 'characters', max: 320 },
  voicemail: { unit: 'words', max: 80 },
  linkedin: { unit: 'characters', max: 300 },
} as const satisfies Record<LimitedChannel, LengthLimit>;

export const EMAIL_WORD_LIMIT = CHANNEL_LIMITS.email.max;
export const TEXT_CHARACTER_LIMIT = CHANNEL_LIMITS.text.max;
export const VOICEMAIL_WORD_LIMIT = CHANNEL_LIMITS.voicemail.max;
export const LINKEDIN_NOTE_LIMIT = CHANNEL_LIMITS.linkedin.max;

/** Longest sentence of our own wording: GOV.UK asks for 25 words; names and dates may add a few. */
export const SENTENCE_WORD_LIMIT = 30;

export function isLimitedChannel(channel: string): channel is LimitedChannel {
  return Object.hasOwn(CHANNEL_LIMITS, channel);
}

/** Words as a person would count them: runs of text holding at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The text's length in its channel's unit. */
export function lengthIn(channel: LimitedChannel, text: string): number {
  return CHANNEL_LIMITS[channel].unit === 'words' ? countWords(text) : characterCount(text);
}

export function fitsChannel(channel: LimitedChannel, text: string): boolean {
  return lengthIn(channel, text) <= CHANNEL_LIMITS[channel].max;
}

/** The richest wording that fits the channel, else the last (barest) one. */
export function fitChannel(channel: LimitedChannel, candidates: readonly string[]): string {
  return candidates.find((text) => fitsChannel(channel, text)) ?? candidates[candidates.length - 1] ?? '';
}

const ELLIPSIS = '…';

/**
 * At most `max` characters, cut at the end of a word and marked with an ellipsis, so a cap never
 * leaves half a word ("at short n."). Text within the cap comes back as it is.
 */
export function capAtWord(text: string, max: number): string {
  const limit = Math.max(1, Math.floor(max));
  if (text.length <= limit || characterCount(text) <= limit) return text;
  const room = firstCharacters(text, limit - 1).join('');
  // The cut falls at a word's end when the next character is a space; otherwise back up to one.
  const endsAtWord = /\s/u.test(text.charAt(room.length));
  const lastSpace = room.search(/\s\S*$/u);
  const kept = endsAtWord ? room : lastSpace > 0 ? room.slice(0, lastSpace) : room;
  return `${kept.replace(/[\s,;:.!?–-]+$/u, '')}${ELLIPSIS}`;
}

// A full stop after a title is not the end of a sentence ("Dr. Lee"), nor after a.m. or p.m. when
// the time goes on ("10 a.m. New York time", "10 a.m. (3 p.m. London time)").
const TITLE_STOP = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|e\.g|i\.e)\.$/u;
const CLOCK_STOP = /\b[ap]\.m\.$/u;
const TIME_GOES_ON = /^(?:\(|[\p{Ll}\d]|(?:[\p{Lu}][\p{L}'-]*\s){1,3}time\b)/u;

/** The sentences of a message, one line or paragraph at a time; list items and cues count as one each. */
export function sentencesOf(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split(/\n+/u)) {
    const pieces = line.trim().split(/(?<=[.!?…]["”’)]?)\s+/u);
    let current = '';
    pieces.forEach((piece, index) => {
      current = current ? `${current} ${piece}` : piece;
      const next = pieces[index + 1] ?? '';
      const goesOn = TITLE_STOP.test(current) || (CLOCK_STOP.test(current) && TIME_GOES_ON.test(next));
      if (!goesOn) {
        found.push(current);
        current = '';
      }
    });
    if (current) found.push(current);
  }
  return found.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

/** Characters of our messages that fit on one row of a message box on a 390 px phone. */
export const PHONE_ROW_CHARACTERS = 36;

/**
 * Rows a message box needs to show all of `text` where the browser cannot size the box to its
 * text (`field-sizing: content`): each line takes the rows it wraps onto, an empty line one row.
 */
export function rowsToShow(text: string, charactersPerRow = PHONE_ROW_CHARACTERS, maxRows = 40): number {
  const perRow = Math.max(1, Math.floor(charactersPerRow));
  const rows = text.split('\n').reduce((total, line) => total + Math.max(1, Math.ceil(characterCount(line) / perRow)), 0);
  return Math.min(maxRows, rows);
}
