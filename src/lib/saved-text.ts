// How much typed text the tools keep. A limit applies as the person types or pastes, with a
// sentence saying so, and the same cut is used when saved details are read back: what is saved
// is exactly what comes back after a reload, never more.

/** A draft to check: far beyond any message, small enough for every browser's storage. */
export const DRAFT_CHARACTER_LIMIT = 100_000;

/** Each text field of the message builder (the messages themselves use far less, see FIELD_CAPS). */
export const BUILDER_TEXT_LIMIT = 20_000;

/** The first `limit` UTF-16 units of `text`, never half an emoji; `isCapped` when anything was left out. */
export function keepFirst(text: string, limit: number): { text: string; isCapped: boolean } {
  if (text.length <= limit) return { text, isCapped: false };
  let end = Math.max(0, Math.floor(limit));
  // A high surrogate at the cut would leave half a character behind.
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), isCapped: true };
}

/** What a person reads when a box kept only the first part of what they typed or pasted. */
export function keptNotice(limit: number): string {
  return `This box keeps up to ${limit.toLocaleString('en-GB')} characters, so the rest of what you pasted was left out.`;
}
