// One line of typed text made safe to show and store: no breaks, hidden characters or bidi
// overrides, and at most a cap of characters as a person counts them. Used by every field reader.
import { firstCharacters } from './messages/text-length';

// Line breaks and tabs become spaces; other controls, bidi overrides and invisible spaces go,
// because in a one-line field they only hide or reorder what the reader sees.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u180E]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Joiners are kept inside words (emoji sequences, Persian, Indic scripts) but not at the edges.
const STRAY_JOINER = /(?<=^|\s)[\u200C\u200D]+|[\u200C\u200D]+(?=\s|$)/gu;
// More stacked accents than any script needs only spill over the lines around them.
const MARK_PILE = /(\p{M}{8})\p{M}+/gu;

/** One line of text without breaks, hidden characters or runs of spaces. */
function tidy(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .replace(LINE_BREAKS, ' ')
    .replace(INVISIBLE, '')
    .replace(MARK_PILE, '$1')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(STRAY_JOINER, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The first `limit` characters, without a joiner or space left dangling at the cut. */
const cut = (start: string[], limit: number): string => start.slice(0, limit).join('').replace(STRAY_JOINER, '').trimEnd();

/** Cleans one line of typed text and keeps at most `cap` characters. Never throws. */
export function cleanField(text: unknown, cap: number): { value: string; capped: boolean } {
  const raw = typeof text === 'string' ? text : typeof text === 'number' && Number.isFinite(text) ? String(text) : '';
  const limit = Number.isFinite(cap) && cap >= 0 ? Math.floor(cap) : 0;
  // Only the start of a long paste is kept, and tidying looks at neighbouring characters only, so
  // the start of a pasted novel tidies alone, the same as in the whole bar the character at the end:
  // each keystroke then costs the cap, not the paste.
  for (let end = limit * 4 + 64; end < raw.length; end *= 4) {
    const start = firstCharacters(tidy(raw.slice(0, end)), limit + 2);
    if (start.length === limit + 2) return { value: cut(start, limit), capped: true };
  }
  const value = tidy(raw);
  // A string never has more characters than UTF-16 units, so short ones need no counting.
  if (value.length <= limit) return { value, capped: false };
  const start = firstCharacters(value, limit + 1);
  if (start.length <= limit) return { value, capped: false };
  return { value: cut(start, limit), capped: true };
}
