// Template placeholders: "[Name]", "{company}", "<Your name>", "XXX", "Job Title". The draft checker
// flags them inside a draft; the message builder leaves a field out when all it holds is one, so a
// message never goes out with a gap dressed up as a name.

export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /\[[^\]\n]{0,60}\]/gu,
  /\{\{?[^{}\n]{0,60}\}?\}/gu,
  // Only words inside angle brackets: "<jamie@example.com>" is an address and "<b>" or
  // "<img src=x>" is markup typed as text, which a message shows as it was typed.
  /<[\p{L}\p{N} '’._-]{2,60}>/gu,
  /\bX{2,}\b/gu,
  /\b(?:Company|Your|Recipient|Hiring Manager|Recruiter|Candidate|Interviewer|Employer|First|Last|Full|Contact|Manager)(?:'s)? Name\b/gu,
  /\b(?:Job|Position|Role) Title\b/gu,
  /\b(?:insert|add) (?:name|date|time|company|role|position|job title)\b/giu,
  /_{3,}/gu,
  /\b(?:DD\/MM(?:\/YY(?:YY)?)?|HH:MM)\b/gu,
  /\blorem ipsum\b/giu,
];

/**
 * True when a typed value is nothing but placeholders (one or several, with spaces or punctuation
 * between them), such as "[First Name] [Last Name]". A real value that merely contains brackets,
 * such as "Acme (UK) [Holdings]", is not one.
 */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  let rest = trimmed;
  for (const pattern of PLACEHOLDER_PATTERNS) rest = rest.replace(pattern, ' ');
  return rest !== trimmed && !/[\p{L}\p{N}]/u.test(rest);
}
