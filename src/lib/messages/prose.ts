// Joining helpers: sentences, paragraphs, lists and spoken cues, so no template glues text by hand.
import type { Tone } from '../types';

/** The wording for the tone: warm uses contractions and first names, formal does not. */
export function say(context: { tone: Tone }, warm: string, formal: string): string {
  return context.tone === 'formal' ? formal : warm;
}

/** One sentence: capitalised, and closed with a full stop unless it already ends in one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]["'”’)]?$/u.test(first) ? first : `${first}.`;
}

/** A sentence's opening word lowered, to follow a lead such as "As we discussed,". "I" stays. */
export function continuing(text: string): string {
  return /^I\b/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** "As we discussed on the phone, I need to…": a lead clause, then the sentence, as one sentence. */
export function led(lead: string | undefined, text: string): string {
  return lead ? sentence(`${lead} ${continuing(text)}`) : sentence(text);
}

type Part = string | false | undefined;

const kept = (parts: Part[]): string[] => parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '');

/** Joins the sentences that exist; `false` and undefined let a template skip a sentence inline. */
export function paragraph(...parts: Part[]): string {
  return kept(parts).join(' ');
}

export function paragraphs(...parts: Part[]): string {
  return kept(parts).join('\n\n');
}

export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

export function quoted(text: string): string {
  return `"${text}"`;
}

/** A cue for the person on the phone, then what to say. */
export function ifTheyAsk(cue: string, answer: string): string {
  return `${cue}\n${quoted(answer)}`;
}

/** "A", "A or B", "A, B or C"; semicolons part items that hold commas of their own (US dates). */
export function eitherOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const separator = items.some((item) => item.includes(',')) ? '; ' : ', ';
  return `${items.slice(0, -1).join(separator)} or ${items[items.length - 1]}`;
}
