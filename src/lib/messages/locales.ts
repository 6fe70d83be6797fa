// The ways of writing dates and times a person can choose: apart from ./writing.ts, so a form
// that offers the choice (and its saved-form schema) never loads the writing itself.
export const WRITING_LOCALES = ['en-GB', 'en-US'] as const;
export type WritingLocale = (typeof WRITING_LOCALES)[number];
