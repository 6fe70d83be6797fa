// Whether a typed email address reads as whole ("sam@example.com"), so one half typed ("sam@",
// "sam@example") is said by its field before it goes into a message. It still goes in as typed:
// the person may know better, and what they typed is never dropped.
import { isPlainEmail } from './mailto';
import type { Problem } from './types';

/** What an email field says while its address does not read as whole. */
export const UNFINISHED_EMAIL = 'This does not look like a whole email address yet. Check it before you send.';

/**
 * An address a mail app can be given (./mailto.ts, so the builder's "Open in mail app" never leaves
 * out one this calls whole), its domain ending in two letters or more: "sam@example.c" is half typed.
 */
export const isWholeEmail = (text: string): boolean => {
  // Trimmed first: a space typed after "sam@example.c" is not a second letter of its ending.
  const address = text.trim();
  return isPlainEmail(address) && /\.[^.\s]{2,}$/u.test(address);
};

/** The problem an email field shows, or null: an empty field and a whole address say nothing. */
export const emailProblem = (text: string): Problem<'unfinished-email'> | null =>
  text.trim() && !isWholeEmail(text) ? { ok: false, problem: 'unfinished-email', message: UNFINISHED_EMAIL } : null;
