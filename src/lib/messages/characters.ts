// Characters as a person counts them (an emoji, or a letter with its accents, is one), with the
// platform's grapheme segmenter where there is one.
const graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : undefined;

/** Characters as a person counts them: an emoji or a letter with its accents is one. */
export function characterCount(text: string): number {
  if (text.length === 0) return 0;
  return graphemes ? Array.from(graphemes.segment(text)).length : Array.from(text).length;
}

/** At most the first `count` characters (as a person counts them), segmenting no further than that. */
export function firstCharacters(text: string, count: number): string[] {
  const found: string[] = [];
  for (const part of graphemes ? graphemes.segment(text) : Array.from(text, (segment) => ({ segment }))) {
    if (found.length === count) break;
    found.push(part.segment);
  }
  return found;
}
