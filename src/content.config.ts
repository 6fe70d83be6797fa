import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Bow Out's front matter on top of Starlight's: who a page is for, what kind of page it is
// (both become Pagefind filters), a one-sentence summary, and when the advice was last reviewed.
export const bowOutFields = z.object({
  audience: z.enum(['candidate', 'employer', 'both']).default('candidate'),
  kind: z.enum(['guide', 'faq', 'example', 'tool', 'home']).default('guide'),
  summary: z
    .string()
    .min(20)
    .max(240)
    .refine((s) => (s.match(/[.!?](\s|$)/g) ?? []).length <= 1, { error: 'summary is one sentence' })
    .optional(),
  reviewed: z.coerce.date().optional(),
  /** Words people search with that the page may not use (synonyms); indexed, never shown. */
  searchTerms: z.array(z.string()).default([]),
});

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: bowOutFields }),
  }),
};
